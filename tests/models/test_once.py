"""models.once: a document fact computed once across threads; a failure is not kept."""

from __future__ import annotations

import threading
import time

import pytest

from spinscope.core.document import Document
from spinscope.models.once import once


def test_two_threads_asking_at_once_compute_once():
    doc = Document(id="o", text="A quiet day.")
    calls: list[str] = []

    def compute() -> int:
        calls.append(threading.current_thread().name)
        time.sleep(0.05)  # the second caller arrives while the first computes
        return 42

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(once(doc, "k", compute))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [42, 42]
    assert len(calls) == 1


def test_a_failed_compute_is_retried_by_the_next_caller():
    doc = Document(id="o", text="A quiet day.")

    def boom() -> int:
        raise RuntimeError("no model")

    with pytest.raises(RuntimeError):
        once(doc, "k", boom)
    assert once(doc, "k", lambda: 7) == 7
