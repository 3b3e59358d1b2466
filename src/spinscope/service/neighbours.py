"""What the store knows around one document: its recorded duplicates (both ways) and its errors.

Shared by the article page and ``GET /api/document-links/{id}``, so both show the same rows.
"""

from __future__ import annotations

from typing import Any

from spinscope.service.queries import load_document
from spinscope.store.protocol import StoreProtocol


def duplicate_links(store: StoreProtocol, doc_id: str) -> list[dict[str, Any]]:
    """Recorded duplicates of ``doc_id`` in either direction, most similar first.

    Each row adds to the store's: ``label`` ("near-duplicate" or "exact duplicate"), ``percent``
    (similarity as a whole percent, None when unknown). An exact duplicate is recorded but not stored
    twice, so its ``stored`` is false and the page shows its id without a link. The page reads direction ``of``
    as "near-duplicate of X (88%)" and ``by`` as "X is a near-duplicate of this document (88%)".
    """
    out = []
    for row in store.document_duplicates(doc_id):
        sim = row["similarity"]
        out.append({
            **row,
            "label": "near-duplicate" if row["kind"] == "near" else f"{row['kind']} duplicate",
            "percent": None if sim is None else round(100 * sim),
        })
    return out


def recorded_errors(store: StoreProtocol, doc_id: str, path: str | None = None) -> list[dict[str, Any]]:
    """Errors the engine recorded for this document (by id or source path), oldest first."""
    return store.document_errors(doc_id, path)


def links_for(store: StoreProtocol, doc_id: str, path: str | None = None) -> dict[str, Any]:
    """A loaded document's duplicates and recorded errors (the article page has the document already)."""
    return {"id": doc_id, "duplicates": duplicate_links(store, doc_id), "errors": recorded_errors(store, doc_id, path)}


def document_links(store: StoreProtocol, doc_id: str) -> dict[str, Any]:
    """The JSON twin of the article page's duplicates and errors (404 for an unknown id)."""
    doc = load_document(store, doc_id)
    return links_for(store, doc.id, doc.meta.get("path"))
