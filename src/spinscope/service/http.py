"""FastAPI dependencies shared by the REST routes (:mod:`spinscope.api`) and the pages (:mod:`spinscope.web`).

They sit here, below both, so neither interface imports the other for them.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

from spinscope.service.state import AppState
from spinscope.store.filters import DocumentFilter


def app_state(request: Request) -> AppState:
    """The :class:`AppState` of the app serving ``request``."""
    return request.app.state.spinscope


def document_filter(
    q: Annotated[str | None, Query(description="Full-text search (words, all required; `word*` for prefixes).")] = None,
    outlet: Annotated[str | None, Query(description="Exact outlet (source) name.")] = None,
    technique: Annotated[str | None, Query(description="Only documents with this technique.")] = None,
    speaker: Annotated[str | None, Query(description="Only documents quoting this speaker.")] = None,
    date_from: Annotated[str | None, Query(description="Published on or after this ISO date.")] = None,
    date_to: Annotated[str | None, Query(description="Published on or before this ISO date.")] = None,
) -> DocumentFilter:
    """The corpus filters from query parameters; empty strings (from HTML forms) mean 'no filter'."""
    return DocumentFilter(
        q=q or None, outlet=outlet or None, technique=technique or None, speaker=speaker or None,
        date_from=date_from or None, date_to=date_to or None,
    )
