"""A technique's reason names its trigger words and why they fit (issue 22 item 5); what the default
minimum score hides on neutral texts of the shapes the issue met. Texts written for these tests."""

from __future__ import annotations

import pytest

from spinscope.analyzers.techniques.reasons import explain
from spinscope.analyzers.techniques.taxonomy import DEFINITIONS, PTC_TECHNIQUES
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.settings import default


@pytest.mark.parametrize(("technique", "span", "cues"), [
    ("Loaded_Language", "a brutal smear campaign", ['"brutal"', '"smear"']),
    ("Name_Calling,Labeling", "the Karsh regime and its puppets", ['"regime"', '"puppets"']),
    ("Flag-Waving", "to defend our country and its sovereignty", ['"sovereignty"', '"our country"']),
    ("Exaggeration,Minimisation", "the worst crisis the region has ever seen", ['"worst"']),
    ("Doubt", "the so-called experts", ['"so-called"']),
    ("Appeal_to_fear-prejudice", "a threat that will destroy our towns", ['"threat"', '"destroy"']),
])
def test_a_reason_names_the_trigger_words_and_why(technique, span, cues):
    text = explain(technique, span)
    for cue in cues:
        assert cue in text
    assert DEFINITIONS[technique] in text
    # The why is more than the definition: text before "(Definition:" explains the cue words.
    assert len(text.split("(Definition:")[0]) > len(cues) * 12


def test_repetition_names_the_words_used_elsewhere():
    text = explain("Repetition", "peace and stability", "We want peace. Peace is all we ask for.")
    assert '"peace"' in text and "elsewhere" in text


def test_no_cue_word_is_said_plainly_not_invented():
    text = explain("Loaded_Language", "Grease a baking tin")
    assert "none of our cue words" in text and '"Grease a baking tin"' in text


def test_every_technique_has_a_why():
    for t in PTC_TECHNIQUES:
        assert "(Definition:" in explain(t, "some words here")


@pytest.fixture(scope="module")
def techniques():
    return Pipeline(["techniques"])


@pytest.mark.parametrize("text", [
    "Grease a baking tin and line it with paper. Beat the butter and sugar until pale, then fold in the flour.",
    "Consumer sentiment rose slightly in March, the statistics office said in its monthly survey.",
])
def test_neutral_texts_show_no_technique_at_the_default_minimum(techniques, text):
    doc = techniques(Document(id="n", text=text))
    minimum = default("min_score")["techniques"]
    shown = [(doc.text[t.start:t.end], t.score) for t in doc.techniques if t.score >= minimum]
    assert shown == []
    for t in doc.techniques:  # what is stored below the minimum still says why, in words of its own
        assert "Definition:" in t.reason
