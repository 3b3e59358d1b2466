"""Speakers that are counts of people or polls (issue 11, third round): "Many thought that …",
"26% say …", a share of those asked speaks through the poll, and a time is never a speaker.
Texts of our own, through the real parse (rules only, so the tagger's finds cannot hide a rule's)."""

from __future__ import annotations

import pytest

from spinscope.analyzers.quotes.candidate import Candidate
from spinscope.analyzers.quotes.checks import poll_speaker, valid_speaker
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.core.spans import TokenStarts


@pytest.fixture(scope="module")
def analyze():
    pipe = Pipeline(["parse", "entities", "quotes"], config={"quotes": {"tagger": False}})
    return lambda text: pipe(Document(id="n", text=text))


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def quote_with(doc, words: str):
    return next(q for q in doc.quotes if words in doc.text[q.content.start : q.content.end])


def test_many_as_a_subject_speaks(analyze):
    doc = analyze("The ferry strike ended in March. Many feared that the harbour of Amrel would close for good.")
    q = quote_with(doc, "the harbour of Amrel would close")
    assert doc.text[q.speaker.start : q.speaker.end] == "Many"


def test_a_percentage_speaks(analyze):
    doc = analyze("Of those asked in Ostland, 26% said that the tolls were too high.")
    q = quote_with(doc, "the tolls were too high")
    assert doc.text[q.speaker.start : q.speaker.end] == "26%"


def test_a_share_in_a_poll_report_speaks_through_the_poll(analyze):
    doc = analyze("A Nordwire poll in June showed that 62 percent of voters said the bridge tolls should be cut.")
    q = quote_with(doc, "the bridge tolls should be cut")
    assert "Nordwire poll" in doc.text[q.speaker.start : q.speaker.end]


def test_a_share_without_a_poll_keeps_its_words(parse):
    text = "At the meeting, 62 percent of the members said the tolls should be cut."
    idx = TokenStarts(parse(text))
    c = Candidate("indirect", span(text, "the tolls should be cut"), cue=span(text, "said"),
                  speaker=span(text, "62 percent of the members"), rule="ccomp")
    poll_speaker(text, idx, c)
    assert text[c.speaker[0] : c.speaker[1]] == "62 percent of the members"


@pytest.mark.parametrize(("text", "words", "ok"), [
    ("The report came out on Sunday and said the tolls would rise.", "Sunday", False),
    ("The minutes of June 2012 show that the tolls rose.", "June 2012", False),
    ("Mayor Ines Falk said the tolls would rise.", "Mayor Ines Falk", True),
    ("Many said the tolls would rise.", "Many", True),
])
def test_valid_speaker(parse, text, words, ok):
    assert valid_speaker(TokenStarts(parse(text)), span(text, words)) is ok


def test_a_participle_reports_for_the_noun_it_modifies(analyze):
    doc = analyze("Officials in Amrel dismissed the stories alleging that the ferry company had hidden its losses.")
    q = quote_with(doc, "the ferry company had hidden its losses")
    assert "stories" in doc.text[q.speaker.start : q.speaker.end]


def test_a_statement_saying_is_its_issuers(analyze):
    doc = analyze("The Ostland Ministry of Transport issued a statement saying that the night ferries would resume.")
    q = quote_with(doc, "the night ferries would resume")
    assert "Ministry of Transport" in doc.text[q.speaker.start : q.speaker.end]


def test_saying_after_a_comma_is_the_main_subjects(analyze):
    doc = analyze("Transport Minister Lena Brandt on Monday defended the plan to close two ferry lines, saying "
                  "the harbour of Amrel could not staff them safely.")
    q = quote_with(doc, "could not staff them safely")
    assert q.speaker_name == "Lena Brandt"
