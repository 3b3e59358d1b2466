"""The `spinscope` command line: every verb in this package, each a thin function over plain code.

One module per group of verbs (``analyze``; ``documents``: show, export, errors; ``stats``;
``analyzers``; ``settings``; ``ptc``; ``serve``; ``contradictions``); ``main`` assembles the Typer
app. A verb function only parses options, calls plain functions a test can call directly, and
prints; it is named after its verb, with ``_command`` where that name is taken (``spinscope.analyze``,
the ``export`` package, the ``settings`` table).
"""

from spinscope.cli.main import app, main

__all__ = ["app", "main"]
