"""``spinscope settings``: every default in :mod:`spinscope.settings`, with what it is for."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from spinscope.settings import SETTINGS, Setting


def settings_json(settings: tuple[Setting, ...] = SETTINGS) -> str:
    """``{name: {"default": ..., "help": ...}}`` in table order."""
    return json.dumps({s.name: {"default": s.default, "help": s.help} for s in settings}, indent=2)


def settings_text(settings: tuple[Setting, ...] = SETTINGS) -> str:
    """``name = default`` lines, each followed by its help, indented."""
    return "\n".join(f"{s.name} = {json.dumps(s.default)}\n    {s.help}" for s in settings)


def settings_command(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """List the built-in defaults (size limits, near-duplicate threshold, --db, serve's host and port...)."""
    typer.echo(settings_json() if as_json else settings_text())
