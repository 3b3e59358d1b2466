"""Storage: the :class:`StoreProtocol` seam and its SQLite implementation.

Import from here, not from ``spinscope.store.sqlite``::

    from spinscope.store import Store, open_store
    with open_store("corpus.db", read_only=True) as store:
        store.count()

``Store`` is the SQLite store (the default backend); code that only reads or writes through the
protocol should annotate with :class:`StoreProtocol`, so another backend can stand in.
"""

from __future__ import annotations

from pathlib import Path

from spinscope.store.filters import ClaimVectorRow, DocumentFilter, DocumentKey, Page, QueryError, iso_day
from spinscope.store.protocol import StoreProtocol
from spinscope.store.sqlite import SQLiteStore, Store, StoreError


def open_store(path: str | Path, read_only: bool = False) -> StoreProtocol:
    """Open the store at ``path`` (a SQLite file; created with its schema unless ``read_only``)."""
    return SQLiteStore(path, read_only=read_only)


__all__ = [
    "ClaimVectorRow",
    "DocumentFilter",
    "DocumentKey",
    "Page",
    "QueryError",
    "SQLiteStore",
    "Store",
    "StoreError",
    "StoreProtocol",
    "iso_day",
    "open_store",
]
