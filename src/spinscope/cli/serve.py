"""``spinscope serve``: the analyst web app and REST API over a database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from spinscope.cli.common import DEFAULT_DB, analyzer_names
from spinscope.cli.documents import MinScoreOption
from spinscope.errors import SpinscopeError
from spinscope.settings import default, setting


def serve(
    db: Annotated[Path, typer.Option("--db", help=f"{setting('db_path').help} Created unless --read-only.")] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help=setting("host").help)] = default("host"),
    port: Annotated[int, typer.Option(help=setting("port").help)] = default("port"),
    read_only: Annotated[bool, typer.Option("--read-only", help="Open the file read-only; refuse every write.")] = False,
    max_upload: Annotated[int, typer.Option(help=setting("max_upload_bytes").help)] = default("max_upload_bytes"),
    analyzers: Annotated[
        str | None, typer.Option(help="Comma-separated pipeline for the Analyse page (default: all installed).")
    ] = None,
    workers: Annotated[int, typer.Option(help=setting("workers").help)] = default("workers"),
    response_cache_mb: Annotated[float, typer.Option(help=setting("response_cache_mb").help)] = default(
        "response_cache_mb"),
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", metavar="NAME", help=setting("allowed_hosts").help + " Repeat for several names.")] = None,
    token: Annotated[str | None, typer.Option(
        "--token", help="Secret every request must show (Authorization: Bearer, or ?token= once in a browser); "
        f"required unless bound to loopback. Default: ${default('review_token_env')}.")] = None,
    min_score: MinScoreOption = None,
) -> None:
    """Open the analyst web app and REST API over a spinscope database."""
    from spinscope.web.app import run_server

    if read_only and not db.exists():
        raise typer.BadParameter(f"{db} does not exist; --read-only cannot create it.", param_hint="--db")
    from spinscope.service.min_score import parse as parse_min_score

    try:
        minimums = parse_min_score(min_score)  # checked before the server starts
    except SpinscopeError as exc:
        raise typer.BadParameter(str(exc), param_hint="--min-score") from None
    run_server(db, host, port, read_only=read_only, analyzers=analyzer_names(analyzers), max_upload=max_upload,
               workers=workers, response_cache_mb=response_cache_mb, allowed_hosts=allow_host or [], token=token,
               min_score=minimums)
