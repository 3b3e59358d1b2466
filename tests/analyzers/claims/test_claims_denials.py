"""Denial rules over the real parse, entities and quotes (texts written for these tests)."""

from __future__ import annotations

import pytest

from spinscope.analyzers.claims.denials import DenialFinder, is_denial_cue
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline


@pytest.fixture(scope="module")
def prepare():
    pipeline = Pipeline(["parse", "entities", "quotes"])

    def run(text: str) -> Document:
        doc = Document(id="t", text=text, source="Test Wire")
        for analyzer in pipeline.analyzers:  # not Pipeline.__call__: it drops the parse afterwards
            analyzer.ensure_initialized()
            analyzer(doc)
        return doc

    return run


def denials(doc: Document) -> list[tuple[str, str | None, str | None, bool]]:
    found = DenialFinder(doc, lambda off: "Outlet", "Test Wire").find()
    text = doc.text
    return [
        (text[d.cue[0] : d.cue[1]], _bare(d.denier), text[d.proposition[0] : d.proposition[1]] if d.proposition else None, d.local)
        for d in found
    ]


def _bare(name: str | None) -> str | None:
    # Names from the quotes analyzer may keep the article ("The agency"); the party is the same.
    return name[4:] if name and name.lower().startswith("the ") else name


def test_denied_that_clause_names_the_proposition_and_resolves_the_speaker(prepare):
    doc = prepare("Defence Minister Ivan Petrov denied that his troops had fired on the village of Dorna.")
    assert denials(doc) == [("denied", "Ivan Petrov", "his troops had fired on the village of Dorna", False)]


def test_a_claim_the_ministry_later_denied_is_local(prepare):
    doc = prepare("Troops shelled the village, a claim the ministry later denied.")
    assert denials(doc) == [("denied", "ministry", None, True)]


def test_dismissed_as_baseless_and_rejected_reports(prepare):
    doc = prepare("The agency dismissed the reports as baseless. The Foreign Ministry rejected the accusations.")
    assert denials(doc) == [("dismissed", "agency", None, False), ("rejected", "Foreign Ministry", None, False)]


def test_rejected_offer_and_denied_entry_are_not_denials(prepare):
    doc = prepare("The company rejected the offer on Friday. The reporter was denied entry at the border.")
    assert denials(doc) == []


def test_there_is_no_proof_that_is_a_denial_by_the_sentence_asserter(prepare):
    doc = prepare("There is no proof that the dam was mined before the flood.")
    assert denials(doc) == [("There is no proof", "Outlet", "the dam was mined before the flood", False)]


def test_which_has_not_been_verified_is_the_outlets_aside(prepare):
    doc = prepare("Rebel commanders said 40 people were killed, which has not been verified.")
    assert denials(doc) == [("has not been verified", "Test Wire", None, True)]


def test_first_person_denial_inside_a_quote_is_the_speakers(prepare):
    doc = prepare('"We reject these lies," Maria Zakharova said on Thursday.')
    assert denials(doc) == [("reject", "Maria Zakharova", None, False)]


def test_pronoun_denier_resolves_to_the_earlier_person(prepare):
    doc = prepare("Senator Laura Mbeki spoke in Geneva on Monday. She called the allegations baseless lies.")
    assert denials(doc) == [("called", "Laura Mbeki", None, False)]


def test_gerund_denial(prepare):
    doc = prepare("The Kremlin denied shelling the town of Vell.")
    assert denials(doc) == [("denied", "Kremlin", "shelling the town of Vell", False)]


@pytest.mark.parametrize(("cue", "expected"), [("denied", True), ("has dismissed", True), ("disputes", True), ("said", False)])
def test_is_denial_cue(cue, expected):
    assert is_denial_cue(cue) is expected
