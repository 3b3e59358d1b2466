"""Claims and denials on statements and wire reports (issue 11), on texts of our own, and the
statement-genre test set scored end to end."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from training.quotes.evaluate_statements import evaluate, load_fixtures


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(["parse", "entities", "quotes", "claims"])


def test_an_editors_note_inside_a_quote_is_not_the_speakers_claim(pipe):
    text = ('Karsh Interior Minister Lev Amsel said: "The Dawn Front [outlawed in Karsh since 2019] '
            'organised the attacks on the power stations in the north."')
    doc = pipe(Document(id="n", text=text, source="Amrel Herald"))
    for c in doc.claims:
        span = doc.text[c.start : c.end]
        if "outlawed in Karsh" in span:
            assert c.asserted_by == "Amrel Herald", (span, c.asserted_by)
            assert "power stations" not in span


def test_a_report_citing_rescuers_is_denied_by_the_spokesman_and_his_counter_claim_by_nobody(pipe):
    text = ("The Amrel Press Agency reported, citing rescuers, that 40 people were killed when the dam was shelled. "
            "A spokesman for the Selvian Defence Ministry, Ivo Brant, denied the report, saying that Selvian "
            "artillery had only fired at army positions.")
    doc = pipe(Document(id="d", text=text, source="Amrel Herald"))
    report = next(c for c in doc.claims if "40 people were killed" in doc.text[c.start : c.end])
    assert "Amrel Press Agency" in report.asserted_by
    assert report.denied_by == ["Ivo Brant"]
    counter = [c for c in doc.claims if "only fired at army positions" in doc.text[c.start : c.end]]
    assert all(not c.denied_by for c in counter)


def test_we_deny_in_a_statement_is_the_issuer_denying(pipe):
    doc = pipe(Document(id="s", title="Statement by the Karsh Ministry of Defence on the reports",
                        text="Foreign media claim that Karsh jets bombed a school in Amrel. We categorically deny these reports."))
    target = next(c for c in doc.claims if "bombed a school" in doc.text[c.start : c.end])
    assert target.denied_by == ["Karsh Ministry of Defence"]


def test_the_statement_set_is_scored_and_every_speaker_is_right():
    fixtures = load_fixtures()
    assert len(fixtures) >= 20
    summary = evaluate(fixtures).summary()
    assert summary["quotes"]["recall"] >= 0.95 and summary["quotes"]["precision"] >= 0.9, summary
    assert summary["speaker_accuracy"] == 1.0, summary
    assert summary["issuer_accuracy"] == 1.0 and summary["violations"] == 0, summary
    assert summary["denials"]["recall"] >= 0.8, summary


def test_a_party_never_denies_its_own_side():
    from spinscope.analyzers.claims.analyzer import _same_side

    assert _same_side("Ministry of Foreign Affairs of Veloria", "Veloria")
    assert _same_side("Veloria", "Ministry of Foreign Affairs of Veloria")
    assert not _same_side("Jan Kovar", "Velgrad Telegraph Agency")
    assert not _same_side("Ostland", "Ostlandia Rail")  # whole words only
