"""Layer declarations (being written: issue 10). For now only the names of the annotation layers."""

from __future__ import annotations

from spinscope.core.document import LIST_LAYERS


def layer_names() -> tuple[str, ...]:
    """Every declared annotation layer, in declaration order."""
    return tuple(LIST_LAYERS)
