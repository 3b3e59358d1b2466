"""Analyzer instances shared by the pipelines of one process, and the one lock each is used under.

Loading a model takes seconds, so pipelines built with the same analyzer and options share one
instance (``initialize()`` runs once per process). An instance is used by one thread at a time:
:func:`run_lock` gives each instance its own lock, held while it initialises or analyses a batch,
so two pipelines that share it (the web app's and a posted codebook's) take turns on that analyzer
and on nothing else. The shared set is bounded: options that differ per request (a codebook file per
run) cannot make it grow without end; an instance dropped from it lives on in the pipelines that
hold it, and its lock with it.
"""

from __future__ import annotations

import json
import threading
import weakref
from collections import OrderedDict
from typing import Any

from spinscope.core import registry
from spinscope.core.registry import Analyzer

KEPT = 32  # shared instances kept, least recently built first out

_shared: OrderedDict[str, Analyzer] = OrderedDict()
_locks: weakref.WeakKeyDictionary[Analyzer, threading.Lock] = weakref.WeakKeyDictionary()
_guard = threading.Lock()  # guards the two tables above, never held while an analyzer runs


def shared(name: str, config: dict[str, Any]) -> Analyzer:
    """The process's instance of analyzer ``name`` with ``config``: options validated, files checked
    (:meth:`Analyzer.check`), nothing loaded yet."""
    analyzer = registry.get(name)(**config)
    analyzer.check()
    # The version is in the key: a codebook edited on disk (its digest is in its version) is a new
    # instance, never the one built from the file as it was.
    key = f"{name}:{analyzer.version}:{json.dumps(analyzer.get_config(), sort_keys=True)}"
    with _guard:
        analyzer = _shared.pop(key, analyzer)
        _shared[key] = analyzer
        while len(_shared) > KEPT:
            _shared.popitem(last=False)
    return analyzer


def run_lock(analyzer: Analyzer) -> threading.Lock:
    """The lock ``analyzer`` is initialised and run under (one per instance, shared or not)."""
    with _guard:
        lock = _locks.get(analyzer)
        if lock is None:
            lock = _locks[analyzer] = threading.Lock()
        return lock


def clear() -> None:
    """Forget the shared instances (tests that count model loads start from none)."""
    with _guard:
        _shared.clear()
