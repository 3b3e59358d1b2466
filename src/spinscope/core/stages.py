"""Run a chain of stages over batches, one thread per stage, results in input order.

ONNX Runtime releases the GIL during ``session.run`` while spaCy and our rules hold it, so on a
small machine the cores idle in turn when analyzers run one after the other. Here stage k works on
batch i while stage k-1 works on batch i+1. Each stage has one thread and FIFO queues, so batches
leave in the order they came and each stage sees them in that order; a stage's object is only ever
used by its own thread.

The caller's iterator is read in the calling thread only (it may hold a SQLite connection), and at
most ``in_flight`` batches are inside the chain at once, which bounds memory.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

_END = object()


class _Failed:
    """A batch whose stage raised: passed down the chain untouched and re-raised to the caller."""

    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def _worker(stage: Callable[[T], Any], inbox: queue.Queue, outbox: queue.Queue, cancelled: threading.Event) -> None:
    while True:
        item = inbox.get()
        if item is _END:
            outbox.put(_END)
            return
        if not isinstance(item, _Failed) and not cancelled.is_set():
            try:
                stage(item)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                item = _Failed(exc)
        outbox.put(item)


def run_stages(
    stages: list[Callable[[T], Any]],
    batches: Iterable[T],
    in_flight: int,
    finish: Callable[[T], Iterable[Any]],
) -> Iterator[Any]:
    """Apply every stage in order to every batch (stages mutate the batch) and yield ``finish(batch)``'s
    items, batches in input order. An exception in a stage is raised here, in the caller's thread."""
    queues: list[queue.Queue] = [queue.Queue() for _ in range(len(stages) + 1)]
    cancelled = threading.Event()
    threads = [
        threading.Thread(
            target=_worker, args=(stage, queues[k], queues[k + 1], cancelled), name=f"spinscope-stage-{k}", daemon=True
        )
        for k, stage in enumerate(stages)
    ]
    for t in threads:
        t.start()
    source = iter(batches)
    pending, exhausted = 0, False
    try:
        while True:
            while not exhausted and pending < in_flight:
                batch = next(source, _END)
                if batch is _END:
                    exhausted = True
                    break
                queues[0].put(batch)
                pending += 1
            if pending == 0:
                return
            done = queues[-1].get()
            pending -= 1
            if isinstance(done, _Failed):
                raise done.exc
            yield from finish(done)
    finally:
        # Stop early (an error, or the caller stopped reading): stages skip what is still queued.
        if pending:
            cancelled.set()
        queues[0].put(_END)
        for t in threads:
            t.join()
