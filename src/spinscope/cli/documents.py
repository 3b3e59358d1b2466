"""``spinscope show``, ``export`` and ``errors``: what the store holds, read back."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from spinscope.cli.common import (
    DEFAULT_DB,
    DbOption,
    ExportFormat,
    existing_db,
    fail,
    say,
    stderr,
    write_documents,
)
from spinscope.errors import SpinscopeError

if TYPE_CHECKING:
    from spinscope.core.document import Document
    from spinscope.store import Store

MinScoreOption = Annotated[list[str] | None, typer.Option(
    "--min-score", metavar="LAYER=VALUE",
    help="Lowest score shown for a layer (techniques, claims, quotes, roles, labels, narratives), e.g. "
         "techniques=0.5; "
         "repeat for several layers. Items below stay in the store. See docs/quality.md.")]


def layer_lines(doc: Document) -> list[tuple[str, list[str]]]:
    """One line per annotation, grouped by layer, in the order ``show`` prints them."""
    return [
        ("techniques", [f"{t.technique} ({t.score:.2f}): {doc.snippet(t)!r}" for t in doc.techniques]),
        ("quotes", [f"{q.kind} — {q.speaker_name or '?'}: {doc.text[q.content.start:q.content.end]!r}" for q in doc.quotes]),
        ("claims", [f"{c.score:.2f} by {c.asserted_by or '?'}{' — denied by ' + ', '.join(c.denied_by) if c.denied_by else ''}: {doc.snippet(c)!r}" for c in doc.claims]),
        ("entities", [f"{e.name} [{e.type}] ×{len(e.mentions)}{' aka ' + ', '.join(e.aliases) if e.aliases else ''}" for e in doc.entities]),
    ]


def document_summary(doc: Document) -> Text:
    """What ``spinscope show`` prints: title line, counts, then every annotation (``.plain`` is the text)."""
    # Built as rich Text, not markup, so brackets in a title or a quote are printed as they are.
    summary = Text()
    summary.append(doc.title or doc.id, style="bold")
    summary.append(f"  ({doc.source or 'unknown outlet'}, {doc.published or 'no date'})\n")
    if doc.issuer:
        summary.append(f"issuer: {doc.issuer}\n")
    summary.append(f"{len(doc.text.split())} words, {len(doc.sentences)} sentences\n")
    for layer, rows in layer_lines(doc):
        summary.append("\n")
        summary.append(layer, style="bold")
        summary.append(f" ({len(rows)})\n")
        for row in rows:
            summary.append(f"  {row}\n")
    summary.rstrip()
    return summary


def error_line(row: dict[str, Any]) -> str:
    """One recorded input error: when, which run, which file (and row), why."""
    where = row["source"] + (f", row {row['row']}" if row["row"] is not None else "")
    return f"{row['created_at']}  run {row['run_id']}  {where}: {row['reason']}"


def missing_ids(store: Store, ids: Iterable[str]) -> list[str]:
    """The asked-for ids (texts or publications) the store does not hold, sorted."""
    return sorted(i for i in set(ids) if store.text_id(i) is None)


def show(
    doc_id: Annotated[str, typer.Argument(help="Document id (a file's name without extension).")],
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the contract's JSON instead of a summary.")] = False,
    min_score: MinScoreOption = None,
) -> None:
    """Show one stored document: its annotations, or its JSON with --json.

    Scored items below each layer's minimum (the settings' min_score, or --min-score) are left out
    and counted on stderr; `--min-score techniques=0` shows every technique span.
    """
    from spinscope.service import min_score as min_scores
    from spinscope.store import Store

    with Store(existing_db(db), read_only=True) as store:
        try:
            doc = store.get(doc_id)
            mins = min_scores.for_view(store, None, min_score)
        except SpinscopeError as exc:
            fail(str(exc))
    hidden = min_scores.hidden_counts(doc, mins)
    doc = min_scores.shown(doc, mins)
    if hidden:
        stderr.print(f"hidden below the minimum score: {min_scores.as_text(hidden)} (--min-score LAYER=0 shows them)")
    if as_json:
        typer.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
        return
    Console(highlight=False).print(document_summary(doc), soft_wrap=True)


def output_minimums(store: Store, fmt: ExportFormat, given: list[str] | None) -> dict[str, float]:
    """The minimum scores written documents are filtered with: an HTML report is a view, so the
    view's minimums apply (the settings, the store's calibration, then ``--min-score``); the data
    formats carry everything unless ``--min-score`` asks for less. Raises MinScoreError."""
    from spinscope.service import min_score as min_scores

    if fmt is ExportFormat.html:
        return min_scores.for_view(store, None, given)
    return min_scores.parse(given)


def filtered(docs: Iterable[Document], minimums: dict[str, float]) -> Iterator[Document]:
    """``docs`` as the minimums show them; what each layer hid is counted on stderr at the end."""
    from spinscope.service import min_score as min_scores

    hidden: dict[str, int] = {}
    for doc in docs:
        for layer, n in min_scores.hidden_counts(doc, minimums).items():
            hidden[layer] = hidden.get(layer, 0) + n
        yield min_scores.shown(doc, minimums)
    if hidden:
        stderr.print(f"hidden below the minimum score ({min_scores.as_text(minimums)}): "
                     f"{min_scores.as_text(hidden)} (--min-score LAYER=0 shows them; docs/quality.md)")


def export_command(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, json (folder), csv, html; for annotation tools labelstudio (tasks file + .config.xml), brat (folder) or doccano (JSONL).")] = ExportFormat.jsonl,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (folder for json and brat); stdout for jsonl/csv/doccano without it.")] = None,
    ids: Annotated[list[str] | None, typer.Option("--id", help="Only these document ids (repeat the option).")] = None,
    min_score: MinScoreOption = None,
    collection: Annotated[str | None, typer.Option("--collection", help="Only the documents of this collection (see `spinscope collect`).")] = None,
) -> None:
    """Export stored documents with every annotation, offsets intact.

    Everything is exported unless --min-score asks for less (only the layers it names are filtered);
    an html report is a view, so the default minimum scores apply to it (docs/quality.md).
    """
    from spinscope.export.publications import text_ids, with_publications
    from spinscope.store import Store

    with Store(existing_db(db), read_only=True) as store:
        try:
            mins = output_minimums(store, fmt, min_score)
        except SpinscopeError as exc:
            fail(str(exc))
        missing = missing_ids(store, ids) if ids else []
        if missing:
            fail(f"not in {db}: {', '.join(missing)}")
        wanted = ids or store.ids()
        if collection:
            try:
                members = set(store.collection_ids(collection))
            except SpinscopeError as exc:
                fail(str(exc))
            wanted = [i for i in wanted if (store.text_id(i) or i) in members]
        # Each text once, with every publication of it (meta.publications; one CSV row each).
        docs = with_publications(store, store.iter_documents(text_ids(store, wanted)))
        if mins:
            docs = filtered(docs, mins)
        try:
            written = write_documents(docs, fmt, out, title=f"spinscope export of {db}")
        except SpinscopeError as exc:
            fail(str(exc))
    if written:
        stderr.print(f"wrote {written}")


def edit(
    doc_id: Annotated[str, typer.Argument(help="The publication's id (a document id, or the id a republication was read under).")],
    db: DbOption = DEFAULT_DB,
    title: Annotated[str | None, typer.Option("--title", help="New title ('' clears it).")] = None,
    source: Annotated[str | None, typer.Option("--source", help="New outlet ('' clears it); left out with --url, the url's domain.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="New url ('' clears it).")] = None,
    published: Annotated[str | None, typer.Option("--published", help="New date, in any form `analyze` reads (2026-05-05, 'May 5, 2026'); '' clears it.")] = None,
) -> None:
    """Set a publication's title, outlet, url or date; a later re-analysis keeps what is set here.

    Example:

      spinscope edit wire-2 --source beta-daily.example --published "May 5, 2026"
    """
    from spinscope.service.publications import set_metadata
    from spinscope.store import Store

    given = {"title": title, "source": source, "url": url, "published": published}
    fields = {k: v for k, v in given.items() if v is not None}
    with Store(existing_db(db)) as store:
        try:
            pub = set_metadata(store, doc_id, fields)
        except SpinscopeError as exc:
            fail(str(exc))
    say(f"{pub['id']}: " + ", ".join(f"{k} = {pub[k]!r}" for k in ("title", "source", "url", "published")))


def errors(db: DbOption = DEFAULT_DB) -> None:
    """List the inputs that failed, with the reason recorded for each."""
    from spinscope.store import Store

    with Store(existing_db(db), read_only=True) as store:
        rows = store.errors()
    for row in rows:
        typer.echo(error_line(row))
    if not rows:
        typer.echo("no errors recorded")
