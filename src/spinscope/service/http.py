"""FastAPI dependencies shared by the REST routes (:mod:`spinscope.api`) and the pages (:mod:`spinscope.web`).

They sit here, below both, so neither interface imports the other for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import Query, Request
from starlette.concurrency import run_in_threadpool

from spinscope.service.state import AppState
from spinscope.settings import default
from spinscope.store.filters import MAX_POSITION, STANCE_FILTERS, DocumentFilter, QueryError

T = TypeVar("T")

# A stored position to page after (the `next` of the previous page): the schema says what a position
# can be, so a negative or overflowing one is refused by validation (422) like any wrong type.
Position = Annotated[int | None, Query(ge=0, le=MAX_POSITION, description="Position from the previous page's `next`.")]
# Per layer, the lowest score a view shows (service/min_score.py parses it; a bad value is a 400).
MinScore = Annotated[str | None, Query(
    description="Per layer, the lowest score shown, as LAYER:VALUE pairs separated by commas (techniques:0.5,"
                "claims:0.6); layers: techniques, claims, quotes, roles, labels, narratives. Default: the settings' "
                "min_score, see docs/quality.md. Items below stay in the store and the exports.",
    max_length=200)]


async def in_thread(work: Callable[[], T]) -> T:
    """Run a route's blocking store work in the thread pool, for ``async def`` routes.

    FastAPI gives a plain ``def`` route with a ``response_model`` two thread-pool hops: the
    endpoint, then the validation of its answer; a sync dependency is a third. Under load each
    hop waits for a thread to get the interpreter lock, so JSON twins answered slower than their
    pages (p50 240 ms against 140 with 50 clients). An ``async def`` route that sends only the
    store work here pays one hop; its answer (a dict) is validated on the event loop in
    microseconds. ``work`` must open its reader inside (``state.reader()`` is per thread).
    """
    return await run_in_threadpool(work)


def app_state(request: Request) -> AppState:
    """The :class:`AppState` of the app serving ``request``."""
    return request.app.state.spinscope


async def document_filter(
    q: Annotated[str | None, Query(description="Full-text search (words, all required; `word*` for prefixes).")] = None,
    outlet: Annotated[str | None, Query(description="Exact outlet (source) name.")] = None,
    technique: Annotated[str | None, Query(description="Only documents with this technique.")] = None,
    technique_min_score: Annotated[float | None, Query(
        ge=0, le=1, description="With `technique`: only spans scored at least this count; default the settings' "
                                "min_score for techniques (docs/quality.md).")] = None,
    speaker: Annotated[str | None, Query(description="Only documents quoting this speaker.")] = None,
    actor: Annotated[str | None, Query(description="Only documents naming this actor.")] = None,
    narrative: Annotated[str | None, Query(description="Only documents carrying this narrative id (see `stance`).")] = None,
    stance: Annotated[str | None, Query(
        description="With `narrative`: the document's stance toward it, asserts (default; also narratives stored "
                    "before stance existed), refutes, reports or any. Alone: a stance toward any narrative.")] = None,
    collection: Annotated[str | None, Query(description="Only documents of this collection.")] = None,
    undated: Annotated[bool, Query(description="Only documents without a publication date.")] = False,
    date_from: Annotated[str | None, Query(description="Published on or after this ISO date.")] = None,
    date_to: Annotated[str | None, Query(description="Published on or before this ISO date.")] = None,
) -> DocumentFilter:
    """The corpus filters from query parameters; empty strings (from HTML forms) mean 'no filter'.

    ``async``: building a dataclass needs no thread, and a sync dependency would cost a thread hop.
    """
    if stance and stance not in STANCE_FILTERS:
        raise QueryError(f"The 'stance' filter must be one of {', '.join(STANCE_FILTERS)}. Got {stance!r}.")
    return DocumentFilter(
        q=q or None, outlet=outlet or None, technique=technique or None, speaker=speaker or None,
        technique_min_score=_technique_minimum(technique, technique_min_score),
        actor=actor or None, narrative=narrative or None,
        stance=stance or ("asserts" if narrative else None), collection=collection or None,
        date_from=date_from or None, date_to=date_to or None, undated_only=undated,
    )


def _technique_minimum(technique: str | None, given: float | None) -> float | None:
    """The minimum score of the spans a technique filter counts: the one given, else the default."""
    if not technique:
        return None
    return given if given is not None else float(default("min_score")["techniques"])
