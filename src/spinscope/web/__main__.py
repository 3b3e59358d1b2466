"""``python -m spinscope.web --db FILE --port N``: the same as ``spinscope serve`` (used by the tests)."""

import typer

from spinscope.cli.serve import serve

if __name__ == "__main__":
    typer.run(serve)
