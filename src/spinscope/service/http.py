"""FastAPI dependencies shared by the REST routes (:mod:`spinscope.api`) and the pages (:mod:`spinscope.web`).

They sit here, below both, so neither interface imports the other for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import Query, Request
from pydantic import StringConstraints
from starlette.concurrency import run_in_threadpool

from spinscope.service.state import AppState
from spinscope.settings import default
from spinscope.store.filters import MAX_POSITION, STANCE_FILTERS, DocumentFilter, QueryError

T = TypeVar("T")

# A stored position to page after (the `next` of the previous page): the schema says what a position
# can be, so a negative or overflowing one is refused by validation (422) like any wrong type.
Position = Annotated[int | None, Query(ge=0, le=MAX_POSITION, description="Position from the previous page's `next`.")]
# A day that exists (leap years included; 0000 is no year), then anything (a datetime's time is
# ignored), or nothing: the pattern says exactly what iso_day accepts, so a date filter the schema
# allows is never refused. A compiled pattern makes Pydantic use Python's re, as the OpenAPI tools do.
# Python's whitespace (str.isspace, what strip() removes) spelled out for a character class: \s differs
# between regex engines (ECMA's lacks U+0085 and U+001C-U+001F), and the OpenAPI tools use ECMA's.
BLANK = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
NOT_BLANK = re.compile(f"[^{BLANK}]")
# A search is blank (no search, as an empty form field) or has something besides blanks, quotes and
# stars to look for (store.sqlite_documents.fts_query), and never a NUL, which no stored text can
# usefully match: so no search the schema allows is refused.
SEARCH_PATTERN = re.compile(rf'^(?:[{BLANK}]*|[^\x00]*[^{BLANK}"*\x00][^\x00]*)$')
_YEAR = "(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
_MONTH_DAY = ("(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
              "|02-(?:0[1-9]|1[0-9]|2[0-8]))")
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26]|0[48])00)"
DATE_PATTERN = re.compile(rf"^(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29|[{BLANK}]*$)")
IsoDate = Annotated[str | None, StringConstraints(pattern=DATE_PATTERN)]
STANCE_PATTERN = re.compile(rf"^[{BLANK}]*({'|'.join(STANCE_FILTERS)})?[{BLANK}]*$")

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
    q: Annotated[str | None, StringConstraints(pattern=SEARCH_PATTERN), Query(
        description="Full-text search (words, all required; `word*` for prefixes); blank: no search.")] = None,
    outlet: Annotated[str | None, Query(description="Exact outlet (source) name.")] = None,
    technique: Annotated[str | None, Query(description="Only documents with this technique.")] = None,
    technique_min_score: Annotated[str | None, Query(
        pattern=r"^\s*$|^(?:0(?:\.[0-9]+)?|1(?:\.0+)?|\.[0-9]+)$",
        description="With `technique`: only spans scored at least this (0-1) count; empty or left out: the "
                    "settings' min_score for techniques (docs/quality.md).")] = None,
    speaker: Annotated[str | None, Query(description="Only documents quoting this speaker.")] = None,
    actor: Annotated[str | None, Query(description="Only documents naming this actor.")] = None,
    narrative: Annotated[str | None, Query(description="Only documents carrying this narrative id (see `stance`).")] = None,
    stance: Annotated[str | None, StringConstraints(pattern=STANCE_PATTERN), Query(
        description="With `narrative`: the document's stance toward it, asserts (default; also narratives stored "
                    "before stance existed), refutes, reports or any. Alone: a stance toward any narrative.")] = None,
    collection: Annotated[str | None, Query(description="Only documents of this collection.")] = None,
    undated: Annotated[bool, Query(description="Only documents without a publication date.")] = False,
    date_from: Annotated[IsoDate, Query(description="Published on or after this ISO date.")] = None,
    date_to: Annotated[IsoDate, Query(description="Published on or before this ISO date.")] = None,
) -> DocumentFilter:
    """The corpus filters from query parameters; empty strings (from HTML forms) mean 'no filter'.

    ``async``: building a dataclass needs no thread, and a sync dependency would cost a thread hop.
    """
    stance = (stance or "").strip()
    if stance and stance not in STANCE_FILTERS:
        raise QueryError(f"The 'stance' filter must be one of {', '.join(STANCE_FILTERS)}. Got {stance!r}.")
    return DocumentFilter(
        q=q if q and q.strip() else None, outlet=outlet or None, technique=technique or None, speaker=speaker or None,
        technique_min_score=_technique_minimum(technique, technique_min_score),
        actor=actor or None, narrative=narrative or None,
        stance=stance or ("asserts" if narrative else None), collection=collection or None,
        date_from=(date_from or "").strip() or None, date_to=(date_to or "").strip() or None, undated_only=undated,
    )


def _technique_minimum(technique: str | None, given: str | None) -> float | None:
    """The minimum score of the spans a technique filter counts: the one given (a form sends an empty
    field as ""), else the default."""
    if not technique:
        return None
    return float(given) if given and given.strip() else float(default("min_score")["techniques"])
