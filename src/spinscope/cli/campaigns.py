"""``spinscope campaigns`` and ``spinscope outlets``: coordinated campaigns and outlet profiles."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from spinscope.cli.common import DEFAULT_DB, DbOption, existing_db, fail, stdout
from spinscope.errors import SpinscopeError


class CampaignFormat(StrEnum):
    table = "table"
    json = "json"
    graphml = "graphml"


class OutletFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


Window = Annotated[str, typer.Option("--window", help="Time window of coordination: 24h, 90m, 2d, 1w.")]
MinOutlets = Annotated[int, typer.Option("--min-outlets", help="Outlets a campaign needs at least.")]
Signal = Annotated[
    list[str] | None,
    typer.Option("--signal", help="republication, claim or narrative (repeat or comma-separate; default: all)."),
]
MinWeight = Annotated[int, typer.Option("--min-weight", help="Stories two outlets must share to stay linked.")]
ReadOnly = Annotated[bool, typer.Option("--read-only", help="Open read-only (claim vectors are then not cached).")]


def _detect(db: Path, window: str, min_outlets: int, signal: list[str] | None, min_weight: int, read_only: bool):
    from spinscope.campaigns import detect_campaigns
    from spinscope.service.campaigns import options
    from spinscope.store import open_store

    names = [s.strip() for item in signal or [] for s in item.split(",") if s.strip()]
    try:
        opts = options(window, min_outlets, names or None, min_weight)
        store = open_store(existing_db(db), read_only=read_only)
        return store, detect_campaigns(store, opts)
    except SpinscopeError as exc:
        fail(str(exc))


def campaigns_command(
    db: DbOption = DEFAULT_DB,
    window: Window = "24h",
    min_outlets: MinOutlets = 3,
    signal: Signal = None,
    min_weight: MinWeight = 1,
    fmt: Annotated[CampaignFormat, typer.Option("--format", help="table, json (campaign records) or graphml.")]
    = CampaignFormat.table,
    read_only: ReadOnly = False,
) -> None:
    """Outlets that publish the same text, claim or narrative within a time window."""
    from spinscope.campaigns import to_graphml

    store, result = _detect(db, window, min_outlets, signal, min_weight, read_only)
    store.close()
    if fmt is CampaignFormat.json:
        typer.echo(json.dumps([c.to_dict() for c in result.campaigns], ensure_ascii=False, indent=2))
    elif fmt is CampaignFormat.graphml:
        typer.echo(to_graphml(result), nl=False)
    else:
        print_campaigns(result)


def print_campaigns(result: Any) -> None:
    console = stdout
    left_out = f"{result.undated} undated and {result.no_outlet} outlet-less document(s) not considered"
    if not result.campaigns:
        console.print(f"No campaigns among {result.considered} documents ({left_out}).")
        return
    table = Table(title=f"{len(result.campaigns)} campaign(s) among {result.considered} documents ({left_out})",
                  show_lines=True)
    for col in ("id", "signal", "start", "first", "followers (lag)", "shared claim", "refuted by", "score"):
        table.add_column(col, overflow="fold")
    for c in result.campaigns:
        followers = ", ".join(f"{f['outlet']} (+{f['lag_hours']:g}h)" for f in c.followers)
        claim = c.shared_claims[0]["claim"] if c.shared_claims else ""
        refuted = ", ".join(f"{r['outlet']} (+{r['lag_hours']:g}h)" for r in c.refuted_by)
        table.add_row(c.id, c.signal, c.start, c.first["outlet"], followers, claim, refuted, f"{c.score:.2f}")
    console.print(table)


def outlets_command(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[OutletFormat, typer.Option("--format", help="table, json or csv.")] = OutletFormat.table,
    window: Window = "24h",
    min_outlets: MinOutlets = 3,
    read_only: ReadOnly = False,
) -> None:
    """Outlet profiles: documents, dates, techniques, speakers, republication, campaigns, over time."""
    from spinscope.service.campaigns import OUTLET_COLUMNS, outlet_rows, profiles_json, to_csv

    store, result = _detect(db, window, min_outlets, None, 1, read_only)
    with store:
        data = profiles_json(store, result)
    profiles = data["outlets"]
    if fmt is OutletFormat.json:
        typer.echo(json.dumps(profiles, ensure_ascii=False, indent=2))
    elif fmt is OutletFormat.csv:
        typer.echo(to_csv(outlet_rows(profiles), OUTLET_COLUMNS), nl=False)
    else:
        print_outlets(profiles, data)


def print_outlets(profiles: list[dict[str, Any]], data: dict[str, Any]) -> None:
    console = stdout
    table = Table(title=f"{len(profiles)} outlet(s); {data['undated_documents']} undated document(s), "
                        f"{data['documents_without_outlet']} without an outlet")
    for col in ("outlet", "docs", "undated", "first", "last", "spans/1k words", "in spans", "republished",
                "top technique", "campaigns"):
        table.add_column(col, overflow="fold")
    for p in profiles:
        top = p["top_techniques"][0]["technique"] if p["top_techniques"] else ""
        table.add_row(p["outlet"], str(p["documents"]), str(p["undated"]), (p["first_published"] or "")[:10],
                      (p["last_published"] or "")[:10], f"{p['techniques_per_1000_words']:.1f}",
                      f"{p['technique_share']:.1%}", f"{p['republication_rate']:.0%}", top, str(len(p["campaigns"])))
    console.print(table)
