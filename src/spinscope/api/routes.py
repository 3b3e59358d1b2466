"""REST routes under /api/: thin wrappers that parse input and call :mod:`spinscope.service.queries`."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from spinscope.api.models import (
    ActorList,
    ActorProfile,
    AnalyzeIn,
    AnalyzeOut,
    DocumentOut,
    DocumentPage,
    ErrorOut,
    Facets,
    MetadataIn,
    PublicationOut,
    SpeakerList,
    SpeakerQuotes,
    Stats,
)
from spinscope.errors import NotFoundError
from spinscope.service import min_score as min_scores
from spinscope.service import queries as services
from spinscope.service import state as cached
from spinscope.service.http import MinScore, Position, document_filter, in_thread
from spinscope.service.http import app_state as state
from spinscope.service.publications import set_metadata
from spinscope.service.state import cached_facets, cached_stats

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "A filter, cursor or value that cannot be used."},
    422: {"model": ErrorOut, "description": "A parameter of the wrong type."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such record."}}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=services.MAX_PAGE, description="Rows per page.")]


@router.get("/documents", response_model=DocumentPage, summary="List and search documents")
async def api_documents(
    request: Request,
    flt: Annotated[services.DocumentFilter, Depends(document_filter)],
    after: Annotated[str | None, Query(description="Cursor from the previous page's `next`.")] = None,
    limit: Limit = services.PAGE_SIZE,
) -> dict[str, Any]:
    """Documents newest first, filtered and searched, with keyset pagination (fast at any depth)."""
    return await in_thread(lambda: cached.list_documents(state(request), flt, after=after, limit=limit))


@router.get("/documents/{doc_id:path}", response_model=DocumentOut, responses=NOT_FOUND,
            summary="Get one document in the contract's JSON form")
async def api_document(request: Request, response: Response, doc_id: str, min_score: MinScore = None) -> dict[str, Any]:
    """The document with every annotation layer; offsets index `text` exactly, end exclusive.

    Scored items below each layer's minimum are left out (the store and the exports keep them); the
    `x-spinscope-min-score` header says which minimums applied, `x-spinscope-hidden` how many items
    each hid. `?min_score=techniques:0` shows every technique span."""
    def read() -> tuple[dict[str, Any], dict[str, str]]:
        store = state(request).reader()
        mins = min_scores.for_view(store, getattr(state(request), "min_score", None), min_score)
        return min_scores.view(services.load_document(store, doc_id), mins)

    body, headers = await in_thread(read)
    response.headers.update(headers)
    return body


@router.get("/facets", response_model=Facets, summary="Values for the corpus filters")
async def api_facets(request: Request) -> dict[str, Any]:
    """Outlets, techniques and the most quoted speakers, with counts; the date range of the corpus."""
    return await in_thread(lambda: cached_facets(state(request)))


@router.get("/speakers", response_model=SpeakerList, summary="List speakers")
async def api_speakers(request: Request, q: str | None = None, limit: Limit = 100) -> dict[str, Any]:
    """Speakers by number of quotes; `q` keeps names containing it."""
    return await in_thread(lambda: cached.list_speakers(state(request), q=q, limit=limit))


@router.get("/speakers/{name:path}", response_model=SpeakerQuotes, responses=NOT_FOUND,
            summary="Every quote of one speaker")
async def api_speaker(request: Request, name: str, after: Position = None, limit: Limit = services.PAGE_SIZE) -> dict[str, Any]:
    """All quotes attributed to `name` across the corpus, with their documents."""
    return await in_thread(lambda: services.speaker_quotes(state(request).reader(), name, after=after, limit=limit))


@router.get("/actors", response_model=ActorList, summary="List actors")
async def api_actors(request: Request, q: str | None = None, limit: Limit = 100) -> dict[str, Any]:
    """Actors (grouped named entities) by the number of documents that mention them."""
    return await in_thread(lambda: cached.list_actors(state(request), q=q, limit=limit))


@router.get("/actors/{name:path}", response_model=ActorProfile, responses=NOT_FOUND,
            summary="How one actor is named and labelled")
async def api_actor(request: Request, name: str, limit: Limit = services.PAGE_SIZE) -> dict[str, Any]:
    """Surface forms, aliases, roles and labels (name-calling near its mentions) of one actor."""
    return await in_thread(lambda: services.actor_profile(state(request).reader(), name, limit=limit))


@router.get("/stats", response_model=Stats, summary="Corpus statistics")
async def api_stats(request: Request) -> dict[str, Any]:
    """Totals and tables of the corpus: the same JSON as `spinscope stats --json`."""
    return await in_thread(lambda: cached_stats(state(request)))


@router.get("/stats/{table}.csv", responses={**NOT_FOUND, 200: {"content": {"text/csv": {}}}},
            response_class=Response, summary="One statistics table as CSV")
def api_stats_csv(request: Request, table: str) -> Response:
    """Download one statistics table (the data of one chart) as CSV."""
    rows = cached_stats(state(request))["tables"].get(table)
    if rows is None:
        raise NotFoundError(f"No statistics table {table!r}. Tables: {', '.join(services.STAT_TABLES)}")
    return Response(to_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{table}.csv"'})


def to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        # Spreadsheet formula injection: a cell starting with = + - @ would run as a formula.
        writer.writerows({k: _cell(v) for k, v in r.items()} for r in rows)
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@router.post("/analyze", response_model=AnalyzeOut, summary="Analyse a posted text",
             responses={403: {"model": ErrorOut, "description": "save=true on a --read-only server."},
                        413: {"model": ErrorOut, "description": "The body is over the upload limit."}})
def api_analyze(request: Request, body: AnalyzeIn) -> dict[str, Any]:
    """Run the pipeline on one text now and return the annotated document; optionally store it.

    With `save`, the text goes the way `spinscope analyze` takes (one ingest service): metadata
    normalised, deduplicated by content hash and MinHash, a republication of a stored text adds a
    publication, and the run and any error are recorded.
    """
    st = state(request)
    doc = services.new_document(body.text, body.id, body.title, body.source, body.url, body.published)
    posted_id = doc.id
    doc, report = st.ingest(doc, save=body.save, codebook=body.codebook)
    if report is None:
        return {"ok": True, "saved": False, "document": doc.to_dict()}
    outcome = report.outcome(posted_id) if report.ok else "failed"
    return {"ok": report.ok, "saved": outcome in ("analyzed", "republished"), "outcome": outcome,
            "errors": [str(e) for e in report.errors], "document": doc.to_dict()}


@router.post("/documents/{doc_id:path}/metadata", response_model=PublicationOut, summary="Set a publication's metadata",
             responses={**NOT_FOUND, 403: {"model": ErrorOut, "description": "On a --read-only server."}})
def api_set_metadata(request: Request, doc_id: str, body: MetadataIn) -> dict[str, Any]:
    """Set the title, outlet, url or date of one publication (a document id or a republication's id).

    Fields left out are kept; an empty value or null clears one. Dates are read as at ingest.
    Fields set here are kept when the text is analysed again.
    """
    fields = {name: getattr(body, name) for name in body.model_fields_set}
    return state(request).write(lambda store: set_metadata(store, doc_id, fields))
