"""Span rules: whole phrases, content words, Repetition only where something repeats; calibration."""

from __future__ import annotations

import json

import numpy as np
import pytest

import spinscope
from spinscope.analyzers.techniques.calibration import FEATURES, Calibrator
from spinscope.analyzers.techniques.span_rules import has_content, repeats_elsewhere, trim_span
from spinscope.analyzers.techniques.tagger import MODEL_DIR, TokenOutput, load_tagger
from spinscope.analyzers.techniques.token_spans import threshold_spans
from spinscope.analyzers.techniques.windows import encode


def cut(text: str) -> str:
    s, e = trim_span(text, 0, len(text))
    return text[s:e]


@pytest.mark.parametrize(
    ("span", "kept"),
    [
        ("the regime has lied to us in", "the regime has lied to us"),
        ("a betrayal of the", "a betrayal"),
        ("traitors, and", "traitors"),
        ("so-called experts (", "so-called experts"),
        (", a shameful farce", "a shameful farce"),
        ("Make Ostland great again!", "Make Ostland great again!"),
        ("of", "of"),  # a lone function word is left for has_content to reject, not cut to nothing
    ],
)
def test_spans_end_on_whole_phrases(span, kept):
    assert cut(span) == kept


@pytest.mark.parametrize("span", ["Hello", "Thank you", "No.", "Good morning, everyone", "OK", "of the"])
def test_courtesy_formulas_and_function_words_carry_no_technique(span):
    assert not has_content(span)


@pytest.mark.parametrize("span", ["traitors", "Thank you, brave heroes", "a shameful farce", "No surrender"])
def test_a_content_word_is_enough(span):
    assert has_content(span)


def test_repetition_needs_a_content_word_that_occurs_outside_the_span():
    once = "Ostland will never surrender."
    twice = "Ostland will never surrender. Never! Ostland stands."
    assert not repeats_elsewhere(once, 0, len(once))
    assert repeats_elsewhere(twice, 0, 7)  # "Ostland" recurs
    assert not repeats_elsewhere("The the the.", 0, 3)  # only function words recur


def fake_output(text: str, channel: int, words: list[str], p: float = 0.99) -> TokenOutput:
    """Real word pieces of ``text`` with one channel set high on the pieces of ``words`` (and the SI
    channel left low), so the decoding rules can be checked without depending on the network."""
    tagger = load_tagger()
    enc = encode(tagger.tokenizer, [text])[0]
    probs = np.full((len(enc.ids), len(tagger.channels)), 0.01, np.float32)
    for w in words:
        start = text.index(w)
        on = (enc.offsets[:, 0] < start + len(w)) & (enc.offsets[:, 1] > start)
        probs[on, channel] = p
    return TokenOutput(enc, probs, np.zeros((len(enc.ids), 384), np.float32))


def test_a_repetition_channel_span_is_dropped_when_nothing_repeats():
    tagger = load_tagger()
    rep = tagger.channels.index("Repetition")
    lone = "Velmora rejects the proposal from Ardell."
    again = "Velmora rejects the proposal. Velmora rejects it today, as Velmora always has."
    assert not [p for p in tagger.spans(lone, fake_output(lone, rep, ["Velmora"])) if p.technique == "Repetition"]
    kept = [p for p in tagger.spans(again, fake_output(again, rep, ["Velmora rejects"])) if p.technique == "Repetition"]
    assert kept and again[kept[0].start : kept[0].end].startswith("Velmora")


def test_decoded_spans_do_not_end_on_a_preposition():
    tagger = load_tagger()
    text = "The council has betrayed us in every way."
    out = fake_output(text, 0, ["betrayed us in"])
    spans = threshold_spans(text, out.enc.offsets, out.probs[:, 0], 0.5)
    assert [text[s:e] for s, e, _ in spans] == ["betrayed us"]
    untidy = threshold_spans(text, out.enc.offsets, out.probs[:, 0], 0.5, tidy=False)
    assert [text[s:e] for s, e, _ in untidy] == ["betrayed us in"]
    assert tagger.tidy


@pytest.mark.parametrize("text", ["Hello", "Hello.", "Thank you.", "Thanks.", "Good morning.", "Yes.", "No."])
def test_no_technique_on_greetings_and_thanks(text):
    assert spinscope.analyze(text).techniques == []


def test_shipped_scores_are_calibrated_probabilities():
    cfg = json.loads((MODEL_DIR / "config.json").read_text())
    cal = Calibrator.from_dict(cfg["calibration"])
    assert cfg["calibration"]["features"] == list(FEATURES)
    # Raw mean sigmoids near 0.9 are right well under half the time on PTC dev (see the model card).
    assert cal("Loaded_Language", 0.9, 0.5, False) < 0.6
    assert cal("Doubt", 0.95, 0.9, False) < cal("Doubt", 0.99, 0.99, False)
    text = (
        "Opposition leader Mara Velt called the new tax a disgraceful betrayal of hard-working families. "
        "\"This corrupt gang of bureaucrats will stop at nothing,\" she said."
    )
    doc = spinscope.analyze(text)
    assert doc.techniques
    assert all(0.0 <= t.score <= 1.0 for t in doc.techniques)
    assert max(t.score for t in doc.techniques) < 0.95


def test_calibrator_refuses_other_features():
    with pytest.raises(ValueError, match="features"):
        Calibrator.from_dict({"features": ["raw"], "coef": [1.0], "intercepts": {}})
