"""Work of later analyzers run beside the earlier ones on the sequential path (one batch).

One document's analyzers otherwise run one after the other, and while spaCy parses (holding the
GIL) the ONNX models of later analyzers could use the other core: ONNX Runtime releases the GIL
inside ``session.run``. One side thread, in pipeline order, does two kinds of work:

- **text-only analyzers** (``requires`` empty, such as ``techniques``) run whole, as their own
  stage: they read nothing an earlier analyzer writes. The main thread waits for one when it
  reaches its place in the order, so every later analyzer sees its layers exactly as before.
- **prefetches** (:meth:`Analyzer.prefetch`) of the other later analyzers fill ``doc.cache``.

Results equal the sequential run's: a document that an earlier analyzer failed loses what the
text-only analyzer wrote (sequentially it would have been skipped), and the text-only analyzer's
own failures are recorded at its place in the order, so ``analysis_errors`` keep their order.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable

from spinscope.core.document import Document
from spinscope.core.instances import run_lock
from spinscope.core.registry import Analyzer

log = logging.getLogger(__name__)


def _layers(names: tuple[str, ...]) -> set[str]:
    return {n.partition(".")[0] for n in names}


def runs_ahead(analyzers: list[Analyzer]) -> list[Analyzer]:
    """The analyzers (not the first) that can run whole beside the ones before them: they need only
    the text, and no earlier analyzer writes or reads a layer they write (two analyzers appending to
    one layer at once would change its order)."""
    out = []
    for k, a in enumerate(analyzers):
        if k == 0 or a.requires:
            continue
        earlier = set()
        for b in analyzers[:k]:
            earlier |= _layers(b.assigns) | _layers(b.requires)
        if not (_layers(a.assigns) & earlier):
            out.append(a)
    return out


def error_entry(analyzer: Analyzer, exc: BaseException) -> dict[str, str]:
    """What ``on_error="record"`` writes in ``doc.meta["analysis_errors"]`` for one failure."""
    return {
        "analyzer": analyzer.name,
        "error": f"{type(exc).__name__}: {exc}",
        "trace": traceback.format_exc(limit=3),
    }


def one_by_one(analyzer: Analyzer, docs: list[Document]) -> tuple[list[Document], dict[int, dict[str, str]]]:
    """Run ``analyzer`` on each document alone, after its batch call failed, so that one bad
    document fails alone: the results, and an error entry per failed document (by ``id``)."""
    result: list[Document] = []
    failed: dict[int, dict[str, str]] = {}
    for d in docs:
        try:
            result.append(analyzer(d))
        except Exception as exc:  # noqa: BLE001 - recorded per document
            log.debug("analyzer %s failed on %s", analyzer.name, d.id, exc_info=True)
            failed[id(d)] = error_entry(analyzer, exc)
            result.append(d)
    return result, failed


class Ahead:
    """The side thread of one batch: :meth:`settle` at a run-ahead analyzer's place, :meth:`join` at the end."""

    def __init__(
        self,
        analyzers: list[Analyzer],
        batch: list[Document],
        record: bool,
        check: Callable[[Analyzer, list[Document], list[Document]], None],
    ) -> None:
        self.whole = runs_ahead(analyzers)
        whole_ids = {id(a) for a in self.whole}
        later = analyzers[1:]
        self.eager = [a for a in later if id(a) in whole_ids or type(a).prefetch is not Analyzer.prefetch]
        self.batch = batch
        self.record = record
        self.check = check
        self.done = {id(a): threading.Event() for a in self.whole}
        self.ran: dict[int, list[Document]] = {}  # analyzer -> the documents it was run on
        self.failed: dict[int, dict[int, dict[str, str]]] = {}  # analyzer -> document -> error entry
        self.raised: dict[int, BaseException] = {}
        self.stop = threading.Event()
        self.thread: threading.Thread | None = None

    @classmethod
    def start(cls, analyzers, batch, record, check) -> Ahead | None:
        ahead = cls(analyzers, batch, record, check)
        if not ahead.eager:
            return None
        for a in ahead.eager:  # models load here, in the caller's thread, before the side thread starts
            with run_lock(a):
                a.ensure_initialized()
        ahead.thread = threading.Thread(target=ahead._work, name="spinscope-prefetch", daemon=True)
        ahead.thread.start()
        return ahead

    def runs(self, analyzer: Analyzer) -> bool:
        return id(analyzer) in self.done

    def _work(self) -> None:
        for a in self.eager:
            if self.stop.is_set():
                break
            if self.runs(a):
                try:
                    self._run_whole(a)
                finally:
                    self.done[id(a)].set()
                continue
            for doc in self.batch:
                if not a.handles(doc):
                    continue
                try:
                    a.prefetch(doc)
                except Exception:  # noqa: BLE001 - the analyzer's own call redoes it and records it
                    log.debug("prefetch of %s failed on %s", a.name, doc.id, exc_info=True)
        for event in self.done.values():  # stopped early: nobody waits forever
            event.set()

    def _run_whole(self, a: Analyzer) -> None:
        ok = [d for d in self.batch if not d.meta.get("analysis_errors") and a.handles(d)]
        self.ran[id(a)] = ok
        if not ok:
            return
        with run_lock(a):  # another pipeline may share this instance
            try:
                result = a.pipe(ok)
            except Exception as exc:  # noqa: BLE001 - raised or recorded at the analyzer's place
                if not self.record:
                    self.raised[id(a)] = exc
                    return
                result, self.failed[id(a)] = one_by_one(a, ok)
        try:
            self.check(a, ok, result)
        except Exception as exc:  # noqa: BLE001 - a broken analyzer fails the batch, as in the main thread
            self.raised[id(a)] = exc

    def settle(self, a: Analyzer) -> None:
        """Wait for a run-ahead analyzer and give the batch what the sequential run would have."""
        self.done[id(a)].wait()
        if id(a) in self.raised:
            raise self.raised[id(a)]
        failed = self.failed.get(id(a), {})
        for d in self.ran.get(id(a), []):
            if d.meta.get("analysis_errors"):  # an earlier analyzer failed it: it would have been skipped
                a.clear_layers(d)
            elif id(d) in failed:
                d.meta.setdefault("analysis_errors", []).append(failed[id(d)])

    def join(self) -> None:
        self.stop.set()
        if self.thread is not None:
            self.thread.join()
