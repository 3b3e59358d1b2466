"""The `spinscope` command line: every verb in this package, each a thin function over plain code."""

from spinscope.cli.main import app, main

__all__ = ["app", "main"]
