"""Evidence markers: where a text says evidence is present or absent (texts written for these tests)."""

from __future__ import annotations

import pytest

from spinscope.analyzers.claims.evidence import find_evidence


def marks(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.kind) for e in find_evidence(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister offered no proof for the claim.", [("offered no proof", "absent")]),
        ("He made the accusation without providing any evidence.", [("without providing any evidence", "absent")]),
        ("The agency did not provide evidence to back it.", [("did not provide evidence", "absent")]),
        ("There is no evidence that the water was poisoned.", [("There is no evidence", "absent")]),
        ("The toll could not be independently verified.", [("could not be independently verified", "absent")]),
        ("The figure, which has not been verified, spread fast.", [("has not been verified", "absent")]),
        (
            "Photographs published by the state news agency show burned houses.",
            [("Photographs published by the state news agency show", "present")],
        ),
        ("Satellite images seen by Reuters showed fresh craters.", [("Satellite images seen by Reuters showed", "present")]),
        ("The account was verified by Amnesty International on Monday.", [("verified by Amnesty International", "present")]),
        ("According to court documents, he paid twice.", [("According to court documents", "present")]),
        ("She presented new evidence to the court.", [("presented new evidence", "present")]),
        (
            "It offers not a single fact and not a shred of evidence.",
            [("not a single fact", "absent"), ("not a shred of evidence", "absent")],
        ),
        ("The ship circled for hours, according to ship-tracking records.", [("according to ship-tracking records", "present")]),
        ("According to the minister, all was well.", []),
    ],
)
def test_evidence_markers(text, expected):
    assert marks(text) == expected


def test_evidence_none_in_plain_text():
    assert marks("The weather in the capital was mild and the markets were calm.") == []


def test_evidence_absent_wins_overlap_and_spans_index_text():
    text = "Officials said the video has not been independently verified by anyone, and offered no proof."
    found = find_evidence(text)
    assert [e.kind for e in found] == ["absent", "absent"]
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end].strip() == text[e.start : e.end]


def test_evidence_keeps_offsets_with_non_ascii_text():
    text = "«Ce n’est rien» — the ministry offered no proof. Ünïcödé footage released by the army shows tanks."
    got = marks(text)
    assert got == [("offered no proof", "absent"), ("footage released by the army shows", "present")]
