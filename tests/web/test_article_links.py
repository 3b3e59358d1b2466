"""A document's recorded duplicates (both ways) and errors: real SQLite file, store and service."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.errors import NotFoundError
from spinscope.service.neighbours import document_links
from spinscope.store import Store


@pytest.fixture()
def store(tmp_path):  # noqa: ANN001, ANN201
    with Store(tmp_path / "links.db") as st:
        for i, title in ((1, "Harbour plan"), (2, None), (3, "Harbour plan, again")):
            st.save(Document(id=f"h{i}", text=f"The harbour plan was approved, report {i}.", title=title, source="Metro Wire"))
        st.record_duplicate("h3", "h1", "near", 0.876)
        st.record_duplicate("h1", "h2", "near", 0.95)
        st.record_duplicate("h1-copy", "h1", "exact", 1.0, "inbox/h1.txt")
        st.record_duplicate("h2", "h3", "near", 0.9)  # not about h1
        st.record_error("h1", "analyzer claims failed: boom")
        st.record_error("inbox/h1.txt", "not UTF-8")
        st.record_error("h2", "someone else's error")
        yield st


def test_duplicates_of_a_document_come_both_ways_most_similar_first(store):
    links = document_links(store, "h1")
    rows = [(d["other"], d["direction"], d["kind"], d["percent"], d["stored"], d["title"]) for d in links["duplicates"]]
    assert rows == [
        ("h1-copy", "by", "exact", 100, False, None),
        ("h2", "of", "near", 95, True, None),  # stored, though it has no title
        ("h3", "by", "near", 88, True, "Harbour plan, again"),
    ]
    assert [d["label"] for d in links["duplicates"]] == ["exact duplicate", "near-duplicate", "near-duplicate"]


def test_errors_are_matched_by_id_and_by_source_path(store):
    assert [e["reason"] for e in store.document_errors("h1", "inbox/h1.txt")] == ["analyzer claims failed: boom", "not UTF-8"]
    assert [e["reason"] for e in document_links(store, "h1")["errors"]] == ["analyzer claims failed: boom"]
    assert store.document_errors("h3") == []


def test_unknown_document_is_a_not_found_error(store):
    with pytest.raises(NotFoundError, match="nope"):
        document_links(store, "nope")
