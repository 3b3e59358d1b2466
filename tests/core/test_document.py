"""The document contract: offsets into the exact text, JSON round trips, validation."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spinscope.core.document import Claim, Document, Entity, Evidence, Quote, Span, Technique
from spinscope.errors import SpanError

CONTRACT_KEYS = {"id", "title", "source", "url", "published", "lang", "issuer", "text", "sentences",
                 "entities", "techniques", "quotes", "claims"}


def full_document() -> Document:
    text = "Minister Anna Kovacs said: “The West runs a smear campaign.”\r\nThe claim was denied."
    return Document(
        id="d1", text=text, title="T", source="Outlet", url="https://example.org/a", published="2026-01-02",
        issuer="Ministry", sentences=[Span(0, 60), Span(62, 83)],
        entities=[Entity("Anna Kovacs", "PERSON", ["Kovacs"], [Span(9, 20)])],
        techniques=[Technique(44, 58, "Loaded_Language", 0.8, "Loaded_Language: 'smear campaign'")],
        quotes=[Quote("direct", Span(28, 59), Span(21, 25), Span(9, 20), "Anna Kovacs", "in an interview")],
        claims=[Claim(28, 59, 0.7, "Anna Kovacs", ["Outlet"])],
        evidence=[Evidence(62, 83, "absent")],
    )


def test_contract_keys_present_and_empty_layers_are_lists():
    data = Document(id="x", text="Hi.").to_dict()
    assert CONTRACT_KEYS <= set(data)
    for layer in ("sentences", "entities", "techniques", "quotes", "claims"):
        assert data[layer] == []


def test_json_round_trip_keeps_every_annotation():
    doc = full_document()
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert Document.from_dict(data).to_dict() == doc.to_dict()
    assert data["quotes"][0]["content"] == {"start": 28, "end": 59}
    assert data["quotes"][0]["speaker_name"] == "Anna Kovacs"
    assert data["text"][44:58] == "smear campaign"


def test_validate_rejects_out_of_range_span():
    doc = Document(id="x", text="short")
    doc.techniques.append(Technique(2, 9, "Doubt", 0.5))
    with pytest.raises(SpanError, match=r"techniques\[0\].*does not fit a text of 5 characters"):
        doc.validate()


def test_from_dict_rejects_reversed_span():
    data = Document(id="x", text="abcdef").to_dict()
    data["sentences"] = [{"start": 4, "end": 2}]
    with pytest.raises(SpanError):
        Document.from_dict(data)


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=1, max_size=200), data=st.data())
def test_offsets_round_trip_over_random_unicode(text, data):
    """Any span over any unicode text (surrogate-free) survives JSON and indexes the same characters."""
    n = len(text)
    spans = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted), max_size=6))
    doc = Document(id="r", text=text)
    doc.techniques = [Technique(a, b, "Loaded_Language", 0.5) for a, b in spans]
    encoded = json.dumps(doc.to_dict(), ensure_ascii=False)
    back = Document.from_dict(json.loads(encoded))
    assert back.text == text
    assert [back.text[t.start:t.end] for t in back.techniques] == [text[a:b] for a, b in spans]
