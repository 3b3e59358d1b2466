"""A date filter never drops undated documents silently: the page says how many it left out."""

from __future__ import annotations

from pathlib import Path

from spinscope.core.document import Document
from spinscope.service import queries
from spinscope.store import DocumentFilter, Store


def _corpus(db: Path) -> None:
    with Store(db) as store:
        store.save(Document(id="dated", text="The port reopened on Monday.", source="Wire", published="2025-03-02"))
        store.save(Document(id="undated-1", text="The port stayed shut.", source="Wire"))
        store.save(Document(id="undated-2", text="Ferries were cancelled.", source="Herald"))


def test_a_date_filter_reports_the_undated_documents_it_leaves_out(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    _corpus(db)
    with Store(db, read_only=True) as store:
        page = queries.list_documents(store, DocumentFilter(date_from="2025-01-01"))
        assert [d["id"] for d in page["documents"]] == ["dated"]
        assert page["undated_excluded"] == 2
        by_outlet = queries.list_documents(store, DocumentFilter(date_to="2025-12-31", outlet="Herald"))
        assert by_outlet["count"] == 0 and by_outlet["undated_excluded"] == 1
        unfiltered = queries.list_documents(store, DocumentFilter())
        assert unfiltered["count"] == 3 and unfiltered["undated_excluded"] is None
