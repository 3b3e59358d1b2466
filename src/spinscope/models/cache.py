"""The one process-wide cache of loaded models: each model loads once per process, whoever asks."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

# (loader's qualified name, args, sorted kwargs) -> loaded model. Unbounded on purpose: a process
# loads a handful of models and reloading one costs seconds.
_LOADED: dict[tuple[Any, ...], Any] = {}
# Pipeline stages run in threads and may ask for a model at the same moment: load each once.
_LOCK = threading.RLock()


def shared_model(loader: Callable[P, T]) -> Callable[P, T]:
    """Decorator: a loader whose result is kept in the process-wide model cache per arguments."""

    @functools.wraps(loader)
    def load(*args: P.args, **kwargs: P.kwargs) -> T:
        key = (loader.__module__, loader.__qualname__, args, tuple(sorted(kwargs.items())))
        if key not in _LOADED:
            with _LOCK:
                if key not in _LOADED:
                    _LOADED[key] = loader(*args, **kwargs)
        return _LOADED[key]

    return load


def loaded_models() -> list[str]:
    """What is loaded, as ``module.loader(args)`` strings (for diagnostics and tests)."""
    return [f"{mod}.{name}{args}" for mod, name, args, _ in _LOADED]
