"""REST routes for the analyst's word: review items, the audit list, the review queue, merged actors,
collections, quality from reviews and calibration (issue 25). Every write names its reviewer and is
refused on a --read-only server."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from spinscope.api.models import ErrorOut
from spinscope.api.models_review import (
    AliasesOut,
    CalibrateIn,
    CalibrateOut,
    CollectIn,
    CollectionsOut,
    CollectOut,
    MergeIn,
    MergeOut,
    QualityOut,
    QueueOut,
    ReviewIn,
    ReviewList,
    ReviewOut,
)
from spinscope.api.routes import ERRORS
from spinscope.service import review as svc
from spinscope.service.http import app_state as state
from spinscope.service.http import in_thread

router = APIRouter(prefix="/api", tags=["review"], responses=ERRORS)

WRITE = {403: {"model": ErrorOut, "description": "A --read-only server, a cross-site request or a missing token."},
         404: {"model": ErrorOut, "description": "No such document or item."}}


@router.post("/documents/{doc_id:path}/reviews", response_model=ReviewOut, responses=WRITE,
             summary="Accept, reject, edit or add one annotation")
def api_review(request: Request, doc_id: str, body: ReviewIn) -> dict[str, Any]:
    """The analyst's word on one item; kept through every later re-analysis, logged with its reviewer."""
    out = state(request).write(
        lambda store: svc.review(store, doc_id, body.layer, body.action, body.reviewer, key=body.key, item=body.item))
    return {"ok": True, **out}


@router.get("/reviews", response_model=ReviewList, summary="Reviews, or every change (the audit list)")
async def api_reviews(
    request: Request,
    doc_id: Annotated[str | None, Query(max_length=1000, description="Only this document.")] = None,
    log: Annotated[bool, Query(description="Every change, newest first, instead of the current word.")] = False,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 500,
) -> dict[str, Any]:
    def run() -> dict[str, Any]:
        store = state(request).reader()
        text = (store.text_id(doc_id) or doc_id) if doc_id else None
        rows = store.review_log(text, limit=limit) if log else store.reviews(text)[:limit]
        return {"reviews": rows}
    return await in_thread(run)


@router.get("/reviews/queue", response_model=QueueOut, summary="Unreviewed items, least confident first")
async def api_queue(
    request: Request,
    layer: Annotated[str | None, Query(pattern="^(techniques|quotes|claims|narratives)$")] = None,
    label: Annotated[str | None, Query(max_length=200, description="A technique, quote kind or taxonomy.")] = None,
    outlet: Annotated[str | None, Query(max_length=500)] = None,
    collection: Annotated[str | None, Query(max_length=200)] = None,
    unreviewed: bool = True,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> dict[str, Any]:
    return await in_thread(lambda: {"items": state(request).reader().review_queue(
        layer, label, outlet, collection, unreviewed, limit)})


@router.get("/aliases", response_model=AliasesOut, summary="Merged actors and speakers")
async def api_aliases(request: Request) -> dict[str, Any]:
    return await in_thread(lambda: {"aliases": state(request).reader().aliases()})


@router.post("/aliases", response_model=MergeOut, responses=WRITE, summary="Merge actors and speakers")
def api_merge(request: Request, body: MergeIn) -> dict[str, Any]:
    """The names become one across the corpus and stay merged through re-analysis."""
    return {"ok": True, **state(request).write(lambda store: svc.merge_actors(store, body.names, body.into,
                                                                               body.reviewer))}


@router.get("/collections", response_model=CollectionsOut, summary="Named sets of documents")
async def api_collections(request: Request) -> dict[str, Any]:
    return await in_thread(lambda: {"collections": state(request).reader().collections()})


@router.post("/collections", response_model=CollectOut, responses=WRITE, summary="Add documents to a collection")
def api_collect(request: Request, body: CollectIn) -> dict[str, Any]:
    return {"ok": True, **state(request).write(lambda store: svc.collect(store, body.name, body.ids,
                                                                          body.description))}


@router.get("/quality", response_model=QualityOut, summary="How often each layer is right, from reviews")
async def api_quality(request: Request) -> dict[str, Any]:
    return await in_thread(lambda: svc.quality(state(request).reader()))


@router.post("/calibrate", response_model=CalibrateOut, responses=WRITE,
             summary="Refit default minimum scores from reviews")
def api_calibrate(request: Request, body: CalibrateIn) -> dict[str, Any]:
    """Only layers with enough reviewed items change; the calibration is versioned."""
    return state(request).write(lambda store: svc.calibrate(
        store, body.reviewer, current=svc.min_scores(store), min_reviews=body.min_reviews, dry_run=body.dry_run))
