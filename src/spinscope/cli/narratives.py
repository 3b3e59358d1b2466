"""``spinscope narratives discover|list|promote``: recurring narratives found across the store."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from spinscope.cli.common import DEFAULT_DB, MARKUP_MODE, DbOption, fail, say, stdout
from spinscope.errors import SpinscopeError

app = typer.Typer(no_args_is_help=True, rich_markup_mode=MARKUP_MODE, help="Recurring narratives: discover clusters, list them, promote one "
                  "to a codebook.")


class ListFormat(StrEnum):
    table = "table"
    json = "json"


def _existing(db: Path) -> Path:
    if not db.exists():
        fail(f"{db}: no such database file; run `spinscope analyze ... --db {db}` first")
    return db


@app.command("discover")
def discover_command(
    db: DbOption = DEFAULT_DB,
    min_size: Annotated[int, typer.Option("--min-size", help="Fewest documents a recurring narrative must span.")] = 3,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Forget the stored clusters and cluster the whole corpus again.")] = False,
) -> None:
    """Cluster the corpus's claims and sentences into recurring narratives.

    The first run clusters everything; later runs assign the documents added since to the existing
    clusters (ids stay), and --rebuild starts over (needed to find new narratives among them).
    """
    from spinscope.service.narratives import discover_narratives
    from spinscope.store import Store

    try:
        with Store(_existing(db)) as store:
            summary = discover_narratives(store, min_size=min_size, rebuild=rebuild)
    except SpinscopeError as exc:
        fail(str(exc))
    verb = "clustered" if summary["mode"] == "discovered" else "assigned to existing clusters"
    say(f"{summary['documents']} new documents, {summary['units']} claims and sentences; "
        f"{summary['clustered_units']} {verb}; {summary['clusters']} narrative clusters in {db}")


@app.command("list")
def list_command(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table, or json (an array of clusters with their members).")] = ListFormat.table,
) -> None:
    """List the discovered narrative clusters, most widespread first."""
    from spinscope.service.narratives import list_clusters
    from spinscope.store import Store

    with Store(_existing(db), read_only=True) as store:
        clusters = list_clusters(store)
    if fmt is ListFormat.json:
        typer.echo(json.dumps(clusters, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table("id", "docs", "outlets", "first", "last", "keywords", "representative sentence")
    for c in clusters:
        table.add_row(str(c["id"]), str(c["n_documents"]), ", ".join(c["outlets"]), c["first_seen"] or "",
                      c["last_seen"] or "", ", ".join(c["keywords"][:5]), c["representative"]["text"] or "")
    stdout.print(table)
    if not clusters:
        say(f"no clusters yet: run `spinscope narratives discover --db {db}`")


@app.command("promote")
def promote_command(
    cluster_id: Annotated[int, typer.Argument(help="The cluster's id (see `spinscope narratives list`).")],
    to: Annotated[Path, typer.Option("--to", help="Codebook TOML to append to (created when missing).")],
    db: DbOption = DEFAULT_DB,
    narrative_id: Annotated[str | None, typer.Option("--id", help="The new narrative's id (default: discovered-N-keywords).")] = None,
    label: Annotated[str | None, typer.Option("--label", help="Its label (default: the representative sentence).")] = None,
) -> None:
    """Turn a discovered cluster into a codebook narrative; its representative sentences become examples."""
    from spinscope.service.codebooks import promote
    from spinscope.store import Store

    try:
        with Store(_existing(db), read_only=True) as store:
            entry = promote(store, cluster_id, to, narrative_id=narrative_id, label=label)
    except SpinscopeError as exc:
        fail(str(exc))
    typer.echo(f"added narrative {entry['id']!r} ({len(entry['examples'])} examples) to {to}")
