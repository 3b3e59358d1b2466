"""``spinscope serve``: a plain Typer-compatible function the main CLI registers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from spinscope.service.state import DEFAULT_MAX_UPLOAD


def serve(
    db: Annotated[Path, typer.Option("--db", help="SQLite file to browse (created unless --read-only).")] = Path(
        "spinscope.db"
    ),
    host: Annotated[str, typer.Option(help="Interface to listen on; keep 127.0.0.1 unless you mean to share.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Open the file read-only; refuse every write.")] = False,
    max_upload: Annotated[
        int, typer.Option(help="Largest request body (pasted text or upload) in bytes; larger ones get 413.")
    ] = DEFAULT_MAX_UPLOAD,
    analyzers: Annotated[
        str | None, typer.Option(help="Comma-separated pipeline for the Analyse page (default: all installed).")
    ] = None,
) -> None:
    """Open the analyst web app and REST API over a spinscope database."""
    import uvicorn

    from spinscope.web.app import create_app

    if read_only and not db.exists():
        raise typer.BadParameter(f"{db} does not exist; --read-only cannot create it.", param_hint="--db")
    names = [n.strip() for n in analyzers.split(",") if n.strip()] if analyzers else None
    app = create_app(db, read_only=read_only, analyzers=names, max_upload=max_upload)
    typer.echo(f"spinscope: serving {db}{' (read-only)' if read_only else ''} at http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning")
