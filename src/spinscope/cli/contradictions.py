"""``spinscope contradictions``: claims one party asserts and another denies, across the store."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from spinscope.analyzers.claims.contradictions import Contradiction
from spinscope.campaigns.contradictions import DEFAULT_THRESHOLD
from spinscope.campaigns.contradictions import contradictions as stored_contradictions
from spinscope.cli.common import DEFAULT_DB
from spinscope.errors import SpinscopeError
from spinscope.settings import default, setting


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def contradictions(
    db: Annotated[Path, typer.Option("--db", help=setting("db_path").help)] = DEFAULT_DB,
    threshold: Annotated[
        float, typer.Option(help="Minimum cosine similarity (MiniLM) between the asserted and the denied claim.")
    ] = DEFAULT_THRESHOLD,
    limit: Annotated[int, typer.Option(help=setting("contradictions_limit").help)] = default("contradictions_limit"),
    fmt: Annotated[OutputFormat, typer.Option("--format", help="table, json or jsonl.")] = OutputFormat.table,
    read_only: Annotated[
        bool, typer.Option("--read-only", help="Open the file read-only (claim vectors are then not cached).")
    ] = False,
) -> None:
    """List claims asserted in one document and denied by another party in another document."""
    from spinscope.store import Store

    if not db.exists():
        typer.echo(f"error: {db}: no such database file; run `spinscope analyze ... --db {db}` first", err=True)
        raise typer.Exit(1)
    try:
        with Store(db, read_only=read_only) as store:
            # Stored pairs, brought up to date first (unless read-only): the same as the web page.
            found = [Contradiction(**{**r, "denied_by": tuple(r["denied_by"])})
                     for r in stored_contradictions(store, threshold, limit, writer=None if read_only else store)]
    except SpinscopeError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    if fmt is OutputFormat.json:
        typer.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
        return
    if fmt is OutputFormat.jsonl:
        for c in found:
            typer.echo(json.dumps(c.to_dict(), ensure_ascii=False))
        return
    print_table(found)


def print_table(found: list[Contradiction]) -> None:
    from rich.table import Table

    from spinscope.cli.common import stdout as console
    if not found:
        console.print("No contradictions found (no denied claim is similar to a claim asserted elsewhere).")
        return
    table = Table(title=f"{len(found)} contradiction(s)", show_lines=True)
    for col in ("claim", "asserted by", "document", "denied as", "denied by", "denial document", "similarity"):
        table.add_column(col, overflow="fold")
    for c in found:
        table.add_row(c.claim, c.asserted_by or "?", c.claim_doc, c.denied_claim, ", ".join(c.denied_by),
                      c.denial_doc, f"{c.similarity:.2f}")
    console.print(table)
