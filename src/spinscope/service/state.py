"""What one running app holds: the database path, per-thread read connections, one writer, one pipeline.

FastAPI runs plain ``def`` routes in a thread pool. Each thread gets its own read-only
:class:`~spinscope.store.StoreProtocol` (SQLite connections are cheap and a read-only one can never write),
while saves go through a single writable Store behind a lock, as Datasette sends writes through one
connection. The analysis pipeline is built on first use so the server starts fast, and is shared.
Corpus-wide aggregates (facets, statistics) are cached per app until the store changes; the API
routes and the pages both read them through :func:`cached_facets` and :func:`cached_stats`.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from spinscope.core.document import Document
from spinscope.errors import SpinscopeError
from spinscope.service import queries
from spinscope.settings import default
from spinscope.store import StoreProtocol, open_store

if TYPE_CHECKING:
    from spinscope.core.pipeline import Pipeline
    from spinscope.engine.batch import BatchReport, StoredSignatures

log = logging.getLogger(__name__)
T = TypeVar("T")

# A pasted text larger than this is refused with 413 before it is read (bytes of request body).
DEFAULT_MAX_UPLOAD: int = default("max_upload_bytes")
# Entries kept by AppState.memo per app: counts per filter and lists per limit are small dicts.
MEMO_ENTRIES = 1024


class ReadOnlyError(SpinscopeError):
    """A write was asked of a server started with --read-only."""

    status = 403


class AppState:
    """Shared per-app resources; see the module docstring."""

    def __init__(
        self,
        db_path: str | Path,
        read_only: bool = False,
        analyzers: list[str] | None = None,
        max_upload: int = DEFAULT_MAX_UPLOAD,
    ) -> None:
        self.db_path = str(db_path)
        self.read_only = read_only
        self.analyzers = analyzers
        self.max_upload = max_upload
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._ingest_lock = threading.Lock()
        self._pipeline_lock = threading.Lock()
        self._pipeline: Any = None
        self._signatures: StoredSignatures | None = None  # the MinHash index every save of this app shares
        self._opened: list[StoreProtocol] = []
        # The writer creates the file and schema, so read-only readers can open it afterwards.
        self._writer: StoreProtocol | None = None if read_only else open_store(self.db_path)
        self.cache: dict[str, tuple[Any, Any]] = {}
        self._cache_locks: dict[str, threading.Lock] = {}
        # Many small corpus-wide answers (a count per filter, the speaker list per limit): LRU, bounded.
        self._memo: OrderedDict[tuple[str, Any], Any] = OrderedDict()
        self._memo_lock = threading.Lock()
        # Saves through this app: part of version(), so its own writes never wait on a file's mtime tick.
        self._saves = 0

    def reader(self) -> StoreProtocol:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db_path, read_only=True)
            self._local.store = store
            self._opened.append(store)
        return store

    def check_writable(self) -> StoreProtocol:
        if self._writer is None:
            raise ReadOnlyError("This server was started with --read-only; saving documents is refused.")
        return self._writer

    def save(self, doc: Document) -> None:
        """Store an already analysed document as it is (tests and tools); posted texts go through :meth:`ingest`."""
        writer = self.check_writable()
        with self._write_lock:
            writer.save(doc)
            self._saves += 1

    def write(self, change: Callable[[StoreProtocol], T]) -> T:
        """Run one write on the app's writer (e.g. a metadata edit), behind the write lock."""
        writer = self.check_writable()
        with self._write_lock:
            result = change(writer)
            self._saves += 1
        return result

    def version(self) -> tuple[Any, ...]:
        """A cache key that changes whenever the store does: this app's saves and the file's change token.

        The token (file and WAL size and mtime) sees writes by other processes; the save counter sees
        this app's own at once, even two within one mtime tick into a WAL reused at the same size.
        """
        return (self._saves, *self.reader().change_token())

    @contextmanager
    def _analysis(self, codebook: str | None) -> Iterator[Pipeline]:
        """The pipeline to run, held for one document (analyzers are shared per process)."""
        if codebook:
            from spinscope.service.codebooks import codebook_pipeline

            with codebook_pipeline(self.analyzers, codebook) as pipeline:
                yield pipeline
            return
        from spinscope.core.pipeline import Pipeline

        with self._pipeline_lock:  # builds it once; each analyzer then runs under its own lock
            if self._pipeline is None:
                self._pipeline = Pipeline(self.analyzers, on_error="record")
        yield self._pipeline

    def ingest(self, doc: Document, save: bool = False, codebook: str | None = None) -> tuple[Document, BatchReport | None]:
        """Analyse one posted document, and with ``save`` store it through the ingest service (Batch).

        The same way in as ``spinscope analyze``: metadata normalised, one content hash, MinHash
        near-duplicates, republications, a run record and recorded errors. Without ``save`` the
        document is only normalised and analysed (no report).
        """
        from spinscope.engine.batch import Batch, StoredSignatures, prepare

        writer = self.check_writable() if save else None  # refuse before spending seconds on analysis
        with self._analysis(codebook) as pipeline:
            if writer is None:
                doc = pipeline(prepare(doc))
                doc.meta.setdefault("pipeline_version", pipeline.version)
                return doc, None
            # One ingest at a time (they share the MinHash index), on a connection of its own: the
            # analysis takes seconds, and the app's other writes (reviews, metadata) need not wait
            # for it; SQLite's write lock orders the two connections' transactions.
            with self._ingest_lock:
                self._signatures = self._signatures or StoredSignatures()
                if self.db_path == ":memory:":  # a second connection would be another database
                    with self._write_lock:
                        doc, report = Batch(writer, pipeline, signatures=self._signatures).run_one(doc)
                else:
                    with open_store(self.db_path) as store:
                        doc, report = Batch(store, pipeline, signatures=self._signatures).run_one(doc)
                self._saves += 1
        return doc, report

    def cached(self, name: str, key: Any, compute: Any) -> Any:
        """``compute()`` once per ``key``: for corpus-wide aggregates that cost a full scan."""
        hit = self.cache.get(name)
        if hit is not None and hit[0] == key:
            return hit[1]
        # One computation per name at a time: a second request waits for the first's result
        # instead of starting the same full scan again.
        with self._cache_locks.setdefault(name, threading.Lock()):
            hit = self.cache.get(name)
            if hit is not None and hit[0] == key:
                return hit[1]
            value = compute()
            self.cache[name] = (key, value)
            return value

    def memo(self, name: str, key: Any, compute: Any, max_entries: int = MEMO_ENTRIES) -> Any:
        """``compute()`` once per ``(name, key)``, keeping the ``max_entries`` most recently used answers.

        For aggregates that depend on a parameter (the count of one filter's matches): ``key`` must
        hold the store's change token. Two threads may compute the same missing entry at once; both
        get a correct answer, and these are cheap enough that a lock per key is not worth it.
        """
        full = (name, key)
        with self._memo_lock:
            if full in self._memo:
                self._memo.move_to_end(full)
                return self._memo[full]
        value = compute()
        with self._memo_lock:
            self._memo[full] = value
            while len(self._memo) > max_entries:
                self._memo.popitem(last=False)
        return value

    def warm(self, jobs: dict[str, Any]) -> threading.Thread:
        """Compute corpus-wide aggregates in the background at start, so no visitor waits for them."""

        def run() -> None:
            for job in jobs.values():
                try:
                    job(self)
                except Exception:  # noqa: BLE001 - a failed warm-up just means the first request computes
                    log.debug("warm-up failed", exc_info=True)

        thread = threading.Thread(target=run, name="spinscope-warm", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        for store in self._opened:
            store.close()
        if self._writer is not None:
            self._writer.close()


def cached_facets(st: AppState) -> dict[str, Any]:
    """:func:`~spinscope.service.queries.facets`, computed once per change of the store."""
    store = st.reader()
    return st.cached("facets", st.version(), lambda: queries.facets(store))


def cached_stats(st: AppState) -> dict[str, Any]:
    """:func:`~spinscope.service.queries.corpus_stats`, computed once per change of the store."""
    store = st.reader()
    return st.cached("stats", st.version(), lambda: queries.corpus_stats(store))


def cached_count(st: AppState, flt: queries.DocumentFilter) -> int:
    """:func:`~spinscope.service.queries.count_documents` once per filter and store change.

    Counting the matches of a frequent search word or technique walks most of the corpus (7 ms at
    10k documents); every page of the same filter shows the same count.
    """
    store = st.reader()
    key = (st.version(), dataclasses.astuple(flt))
    return st.memo("count", key, lambda: queries.count_documents(store, flt))


def list_documents(st: AppState, flt: queries.DocumentFilter, after: str | None = None,
                   limit: int = queries.PAGE_SIZE) -> dict[str, Any]:
    """:func:`~spinscope.service.queries.list_documents` with its counts from :func:`cached_count`."""
    return queries.list_documents(st.reader(), flt, after=after, limit=limit, count=lambda f: cached_count(st, f))


def list_speakers(st: AppState, q: str | None = None, limit: int = 100) -> dict[str, Any]:
    """:func:`~spinscope.service.queries.list_speakers`; the unfiltered list (a corpus-wide group-by) cached."""
    store = st.reader()
    if q:
        return queries.list_speakers(store, q=q, limit=limit)
    return st.memo("speakers", (st.version(), limit), lambda: queries.list_speakers(store, limit=limit))


def list_actors(st: AppState, q: str | None = None, limit: int = 100) -> dict[str, Any]:
    """:func:`~spinscope.service.queries.list_actors`; the unfiltered list (a corpus-wide group-by) cached."""
    store = st.reader()
    if q:
        return queries.list_actors(store, q=q, limit=limit)
    return st.memo("actors", (st.version(), limit), lambda: queries.list_actors(store, limit=limit))


# What an app computes in the background when it starts (see AppState.warm).
WARM_UP = {"facets": cached_facets, "stats": cached_stats}
