"""Exceptions that say what was received, what is allowed and what to do.

They are raised by the core and converted to a message only at the edges: the CLI prints the
message and exits 1, the API returns ``{"ok": false, "error": ..., "status": ...}``.
"""

from __future__ import annotations


class SpinscopeError(Exception):
    """Base class of every error spinscope raises on purpose."""

    status = 400


class ConfigError(SpinscopeError):
    """A pipeline or analyzer was configured with something it cannot use."""


class UnknownAnalyzerError(ConfigError):
    """A pipeline named an analyzer that is not registered."""


class SpanError(SpinscopeError, ValueError):
    """An annotation's offsets do not fit the text it annotates."""


class InputError(SpinscopeError):
    """An input file or row cannot be read as a document (empty, binary, malformed, too large)."""

    def __init__(self, source: str, reason: str, row: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.row = row
        where = source if row is None else f"{source}, row {row}"
        super().__init__(f"{where}: {reason}")


class NotFoundError(SpinscopeError):
    """A document or other record was asked for by an id the store does not hold."""

    status = 404
