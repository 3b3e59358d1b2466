"""``spinscope stats``: corpus counts, as a table or as the same JSON as ``/api/stats``."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from spinscope.cli.common import DEFAULT_DB, DbOption, stdout
from spinscope.cli.common import existing_db as _existing  # the name the body below uses


# The body of this verb belongs to the store owner (one corpus-count function for CLI and API).
def stats(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Corpus counts: documents, words, techniques, speakers, claims, outlets, duplicates, errors."""
    from spinscope.service.queries import corpus_stats
    from spinscope.store import open_store

    with open_store(_existing(db), read_only=True) as store:
        s = corpus_stats(store)
    if as_json:
        typer.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    t, tables = s["totals"], s["tables"]
    out = stdout
    out.print(f"{t['documents']} documents, {t['words']} words, {t['techniques']} technique spans, "
              f"{t['quotes']} quotes by {t['speakers']} speakers, {t['claims']} claims, {t['entities']} entities, "
              f"{t['outlets']} outlets, {t['duplicates']} duplicates, {t['errors']} errors over {t['runs']} runs")
    outlets = sorted(tables["technique_share_per_outlet"], key=lambda r: (-r["documents"], r["outlet"]))
    # (title, rows, label column, count column): the top lists of the JSON's tables.
    for title, rows, label, count in (
        ("techniques", tables["top_techniques"], "technique", "spans"),
        ("speakers", tables["top_speakers"], "speaker", "quotes"),
        ("outlets", outlets, "outlet", "documents"),
        ("duplicates", tables["duplicates_by_kind"], "kind", "documents"),
    ):
        if rows:
            table = Table(title=title, title_justify="left")
            table.add_column(label)
            table.add_column(count, justify="right")
            for r in rows:
                table.add_row(str(r[label]), str(r[count]))
            out.print(table)
