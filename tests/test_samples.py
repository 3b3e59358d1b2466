"""The shared sample documents fit their texts."""

from __future__ import annotations

from samples import full_doc, sparse_doc


def test_samples_fit_their_texts() -> None:
    for doc in (full_doc(), sparse_doc()):
        doc.validate()
    doc = full_doc()
    assert doc.snippet(doc.quotes[0].speaker) == "Anna Kovacs"
    assert doc.snippet(doc.entities[1].mentions[0]) == "Radio Nord"
    assert "<script>" in doc.snippet(doc.claims[1])
