"""The analyst web app and REST API over a spinscope store (``spinscope serve``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db_path: Any, read_only: bool = False, **options: Any) -> FastAPI:
    """Build the FastAPI app; see :func:`spinscope.web.app.create_app` for the options."""
    # Imported here so `spinscope --help` does not pay for FastAPI's import.
    from spinscope.web.app import create_app as build

    return build(db_path, read_only=read_only, **options)


__all__ = ["create_app"]
