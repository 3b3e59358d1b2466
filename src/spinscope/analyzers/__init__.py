"""Bundled analyzers. Importing this package registers them through :func:`spinscope.core.registry.register`.

Optional analyzers whose model files are missing are skipped with a debug log, so the base pipeline
still works in a partial install.
"""

import importlib
import logging

log = logging.getLogger(__name__)

# Order matters only for readability: pipelines order analyzers themselves.
_MODULES = ("parse", "entities", "techniques", "quotes", "claims")

for _name in _MODULES:
    try:
        importlib.import_module(f"spinscope.analyzers.{_name}.analyzer")
    except ModuleNotFoundError as exc:  # an analyzer module not written/installed yet
        if exc.name != f"spinscope.analyzers.{_name}.analyzer":
            raise
        log.debug("analyzer module %s not available", _name)
