"""What the verbs share: the error console, failing with a clear message, the --db option, writing output."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from spinscope.core.document import Document
from spinscope.settings import default, setting

# Messages and progress go to stderr, so stdout carries only the data (JSONL, CSV) a pipe expects.
# Neither console reads markup or emoji codes: what they print holds user text (file names, outlet
# names, codebook errors), and "notes [red].txt" or "spinscope[dask]" must print as written. Style
# goes through Text objects (see error()), never through square brackets in a string.
stderr = Console(stderr=True, highlight=False, markup=False, emoji=False)
stdout = Console(highlight=False, markup=False, emoji=False)
# Typer's help text is not markup either: "pip install 'spinscope[dask]'" in an option's help.
MARKUP_MODE = None

DEFAULT_DB = Path(default("db_path"))
DbOption = Annotated[Path, typer.Option("--db", help=setting("db_path").help)]


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    html = "html"
    # For annotation tools (issue 25): read back with `spinscope import FILE --format ...`.
    labelstudio = "labelstudio"
    brat = "brat"
    doccano = "doccano"


def say(message: object, console: Console = stderr, style: str | None = None) -> None:
    """Print ``message`` exactly as written (no markup, no emoji codes), soft-wrapped."""
    console.print(Text(str(message), style=style or ""), soft_wrap=True)


def error(message: object) -> None:
    """Print ``error: message`` on stderr; the message is user text, printed as written."""
    stderr.print(Text.assemble(("error:", "red"), " ", str(message)), soft_wrap=True)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: message`` on stderr and leave with ``code``."""
    error(message)
    raise typer.Exit(code)


def existing_db(db: Path) -> Path:
    """The database path, or a clear error before a read-only verb tries to open it."""
    if not db.exists():
        fail(f"{db}: no such database; run `spinscope analyze` first or give --db")
    return db


def analyzer_names(comma_separated: str | None) -> list[str] | None:
    """``"parse, entities"`` -> ``["parse", "entities"]``; None (the default pipeline) when not given."""
    if not comma_separated:
        return None
    return [n.strip() for n in comma_separated.split(",") if n.strip()]


def write_documents(docs: Iterable[Document], fmt: ExportFormat, out: Path | None, title: str) -> str | None:
    """Write documents in ``fmt``; returns the path written, or None for stdout.

    Raises SpinscopeError (e.g. ``--format json`` without a folder) for the verb to report.
    """
    from spinscope import export

    if fmt is ExportFormat.html and out is None:
        out = Path(default("report_path"))
    if out is not None and fmt not in (ExportFormat.json, ExportFormat.brat):
        out.parent.mkdir(parents=True, exist_ok=True)
    export.write(docs, fmt.value, out, title=title)
    return None if out is None else str(out)
