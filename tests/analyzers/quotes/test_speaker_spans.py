"""Speaker spans as written and the names they resolve to (issue 11, speaker errors bucketed on our
PolNeAR validation split): a relative "who" is the speaker as written and resolves to the person the
clause hangs on. Texts of our own, through the real parse, entities and quotes."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline


@pytest.fixture(scope="module")
def analyze():
    pipe = Pipeline(["parse", "entities", "quotes"])
    return lambda text: pipe(Document(id="s", text=text))


def test_a_relative_who_is_the_span_and_the_person_its_name(analyze):
    doc = analyze("The talks were led by Jan Kovar, who said that the port of Amrel would reopen in May.")
    q = next(q for q in doc.quotes if "the port of Amrel would reopen" in doc.text[q.content.start : q.content.end])
    assert doc.text[q.speaker.start : q.speaker.end] == "who"
    assert q.speaker_name == "Jan Kovar"


def test_a_body_before_who_names_the_speaker(analyze):
    doc = analyze("Talks stalled after a protest by the Velgrad Dockers Union, which claimed that wages had been cut.")
    q = next(q for q in doc.quotes if "wages had been cut" in doc.text[q.content.start : q.content.end])
    assert doc.text[q.speaker.start : q.speaker.end] == "which"
    assert q.speaker_name is not None and "Velgrad Dockers Union" in q.speaker_name
