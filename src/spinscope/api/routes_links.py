"""``GET /api/document-links/{id}``: a document's recorded duplicates (both ways) and errors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from spinscope.api.routes import ERRORS, NOT_FOUND
from spinscope.service.http import app_state as state
from spinscope.service.neighbours import document_links

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


class DuplicateLink(BaseModel):
    other: str = Field(description="The other document's id.")
    direction: str = Field(description="`of`: this document repeats `other`; `by`: `other` repeats this one.")
    kind: str = Field(description="`near` (MinHash) or `exact`.")
    similarity: float | None = Field(description="Estimated Jaccard similarity of their shingles, 0-1.")
    title: str | None = Field(description="The other document's title; null when it is not stored.")
    stored: bool = Field(description="Whether the other document is stored (can be opened).")
    label: str = Field(description="`near-duplicate` or `exact duplicate`.")
    percent: int | None = Field(description="`similarity` as a whole percent.")


class RecordedError(BaseModel):
    source: str
    row: int | None = None
    reason: str
    run_id: int | None = None
    created_at: str


class DocumentLinks(BaseModel):
    id: str
    duplicates: list[DuplicateLink]
    errors: list[RecordedError]


@router.get("/document-links/{doc_id:path}", response_model=DocumentLinks,
            responses=NOT_FOUND,
            summary="A document's duplicates and recorded errors (the article page's JSON twin)")
def api_document_links(request: Request, doc_id: str) -> dict[str, Any]:
    """Duplicates recorded in either direction, most similar first, and errors recorded for it."""
    return document_links(state(request).reader(), doc_id)
