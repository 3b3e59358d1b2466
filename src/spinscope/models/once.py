"""A fact about one document computed once, whichever thread asks first (an analyzer's
:meth:`~spinscope.core.registry.Analyzer.prefetch` in the side thread, or its own call)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

_MISSING = object()


class _Slot:
    __slots__ = ("lock", "value")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.value: Any = _MISSING


def once(doc, key: str, compute: Callable[[], Any]) -> Any:
    """``doc.cache[key]``'s value, computing it with ``compute()`` on first use.

    A second thread asking while the first computes waits for that result instead of computing it
    again. When ``compute`` raises, nothing is kept: the next caller computes (and raises) again, so
    a prefetch that fails leaves the analyzer's own call to fail and be recorded.
    """
    slot = doc.cache.setdefault(key, _Slot())  # setdefault is atomic: one slot per document
    with slot.lock:
        if slot.value is _MISSING:
            slot.value = compute()
        return slot.value
