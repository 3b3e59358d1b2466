"""Plain values the store's read queries take: filters, page keys, and the error for unusable input.

Nothing here knows SQL: a PostgreSQL store takes the same :class:`DocumentFilter` and turns it into
its own conditions. Input that cannot be used raises :class:`QueryError` (status 400 at the edges).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from spinscope.errors import SpinscopeError

K = TypeVar("K")

# Where a page of documents ends: (published, position). ``position`` is the store's insertion order
# (the rowid in SQLite, an identity column elsewhere), so ties on ``published`` keep a stable order.
DocumentKey = tuple[str | None, int]

# A cached claim vector: (doc_id, claim idx, hash of the claim's text, float32 vector bytes).
ClaimVectorRow = tuple[str, int, str, bytes]

FILTER_NAMES = ("q", "outlet", "technique", "technique_min_score", "speaker", "actor", "narrative", "stance",
                "collection", "date_from", "date_to")
# ``stance`` values: a narrative's stance, or ``any``. ``asserts`` also counts narratives stored before
# stance existed (null), which were counted as pushed then.
STANCE_FILTERS = ("asserts", "refutes", "reports", "any")


class QueryError(SpinscopeError):
    """A filter, cursor or search string that cannot be used (status 400)."""


@dataclass(slots=True)
class DocumentFilter:
    """The corpus filters; every field is optional and they combine with AND.

    ``q`` is full-text search (every word required, ``word*`` for prefixes); ``date_from`` and
    ``date_to`` are ISO days, both inclusive.
    """

    q: str | None = None
    outlet: str | None = None
    technique: str | None = None
    speaker: str | None = None
    # Documents naming this actor (entities layer), carrying this narrative id (codebook or taxonomy)
    # with this stance toward it (or toward any narrative when no narrative is named), or in this
    # collection (reviews).
    actor: str | None = None
    narrative: str | None = None
    stance: str | None = None
    collection: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    # Only documents without a publication date: how many a date filter leaves out (never a silent drop).
    undated_only: bool = False
    # With ``technique``: only spans scored at least this count (the views' minimum, issue 22).
    technique_min_score: float | None = None

    def active(self) -> dict[str, str]:
        # Strings, as they would be given in a query string (technique_min_score is a number).
        return {n: v if isinstance(v, str) else f"{v:g}" for n in FILTER_NAMES if (v := getattr(self, n))}


@dataclass(slots=True)
class Page(Generic[K]):
    """One page of rows and the key to pass as ``after`` for the next page (None on the last)."""

    rows: list[dict[str, Any]]
    next_key: K | None


# Positions (rowids) are signed 64-bit integers in SQLite and most other stores; a larger number in a
# cursor or ``after`` cannot be a key this server gave out, and would overflow the driver.
MAX_POSITION = 2**63 - 1


def iso_day(value: str, name: str) -> date:
    """The day an ISO date or datetime string starts with; ``name`` is the parameter, for the message."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise QueryError(f"The '{name}' filter must be a date like 2024-05-31. Got {value!r}.") from None


def check_position(value: int, name: str) -> int:
    """``value`` if it can be a stored position (0 .. 2**63-1); else QueryError naming ``name``."""
    if not 0 <= value <= MAX_POSITION:
        raise QueryError(
            f"The '{name}' parameter {value} is not a position this server gave out; use the 'next' value "
            "from a previous page."
        )
    return value


def check_text(value: str | None, name: str) -> str | None:
    """``value`` unless it holds a NUL character, which no stored text or search can match usefully."""
    if value is not None and "\x00" in value:
        raise QueryError(f"The '{name}' parameter contains a NUL character (%00); remove it.")
    return value
