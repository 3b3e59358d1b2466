"""``spinscope analyzers``: the registered analyzers, what they add and need, and their options."""

from __future__ import annotations

import json
from typing import Any

import typer

from spinscope.core.registry import Analyzer


def _as_json(value: Any) -> str:
    """A default as ``--set`` takes it (JSON); text for values JSON cannot write."""
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return str(value)


def option_lines(cls: type[Analyzer]) -> list[str]:
    """One line per declared option (``params``): name, default, allowed values, help."""
    return [f"      {cls.name}.{p.name} (default {_as_json(p.default)}; {p.allowed()})" + (f": {p.help}" if p.help else "")
            for p in cls.params]


def describe_analyzers(analyzers: dict[str, type[Analyzer]]) -> str:
    """What ``spinscope analyzers`` prints for the given ``{name: Analyzer class}``, sorted by name."""
    blocks = []
    for name, cls in sorted(analyzers.items()):
        summary = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
        lines = [f"{name} v{cls.version}: {summary}",
                 f"    adds {', '.join(cls.assigns) or '-'}; needs {', '.join(cls.requires) or '-'}"]
        options = option_lines(cls)
        if options:
            lines += ["    options (--set):", *options]
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def analyzers_command() -> None:
    """List the registered analyzers, what they add and need, and their options."""
    from spinscope.core import registry

    typer.echo(describe_analyzers(registry.registered()))
