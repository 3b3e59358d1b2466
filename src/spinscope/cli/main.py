"""The `spinscope` command: thin verbs over the pipeline, the store and the exports."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from spinscope.core.document import Document
from spinscope.errors import InputError, SpinscopeError

app = typer.Typer(
    name="spinscope",
    help="Show the spin in news: persuasion techniques, who said what, claims and denials. Offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite file that holds documents and annotations.")]
DEFAULT_DB = Path("spinscope.db")


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    html = "html"


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    raise typer.Exit(code)


def _existing(db: Path) -> Path:
    """The database path, or a clear error before a read-only verb tries to open it."""
    if not db.exists():
        _fail(f"{db}: no such database; run `spinscope analyze` first or give --db")
    return db


def _export(docs: Iterable[Document], fmt: Format, out: Path | None, title: str) -> str | None:
    """Write documents in ``fmt``; returns the path written, or None for stdout."""
    from spinscope import export

    if fmt is Format.html and out is None:
        out = Path("spinscope-report.html")
    if out is not None and fmt is not Format.json:
        out.parent.mkdir(parents=True, exist_ok=True)
    try:
        export.write(docs, fmt.value, out, title=title)
    except SpinscopeError as exc:
        _fail(str(exc))
    return None if out is None else str(out)


def parse_settings(items: list[str]) -> dict[str, dict]:
    """``["quotes.tagger=false"]`` -> ``{"quotes": {"tagger": False}}`` (values read as JSON, else text)."""
    from spinscope.errors import ConfigError

    config: dict[str, dict] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        analyzer, dot, option = key.partition(".")
        if not (sep and dot and analyzer and option):
            raise ConfigError(f"--set takes ANALYZER.OPTION=VALUE (e.g. quotes.tagger=false); got {item!r}")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        config.setdefault(analyzer, {})[option] = value
    return config


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (recursive) of .txt, .html, .jsonl, .csv, .json; '-' reads stdin.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output: jsonl (stdout unless --out), json (a folder of <id>.json), csv, html (one self-contained report).")] = Format.jsonl,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Where to write the output (file, or folder for --format json).")] = None,
    analyzers: Annotated[str | None, typer.Option("--analyzers", "-a", help="Comma-separated analyzer names (see `spinscope analyzers`). Default: all installed.")] = None,
    settings: Annotated[list[str] | None, typer.Option("--set", help="Analyzer option, ANALYZER.OPTION=VALUE (JSON values; repeat it), e.g. --set quotes.tagger=false.")] = None,
    aliases: Annotated[Path | None, typer.Option("--aliases", help="Extra alias table (TSV: canonical<TAB>type<TAB>variant|variant) for entity grouping.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest article accepted, in bytes.")] = 5_000_000,
    near_threshold: Annotated[float, typer.Option("--near-threshold", help="Similarity (0-1, 5-word shingles) at which a document is flagged as a near-duplicate of an earlier one.")] = 0.7,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Analyse articles into the store, then write them out.

    Re-running on the same input with the same pipeline skips what is already analysed, so an
    interrupted batch resumes. Bad files or rows are reported one line each and recorded in the store;
    the rest of the batch goes on. Exit status 1 means at least one input failed.

    Examples:

      spinscope analyze examples/ --format html --out report.html

      cat article.txt | spinscope analyze - --analyzers parse,entities
    """
    from spinscope.core.pipeline import Pipeline
    from spinscope.engine.batch import Batch
    from spinscope.ingest.reader import expand
    from spinscope.store.sqlite import Store

    names = [n.strip() for n in analyzers.split(",") if n.strip()] if analyzers else None
    try:
        config = parse_settings(settings or [])
        if aliases:
            config.setdefault("entities", {})["aliases"] = str(aliases)
        pipeline = Pipeline(names, config=config, on_error="record")
    except SpinscopeError as exc:
        _fail(str(exc))

    def on_error(e: InputError) -> None:
        err.print(f"[red]error:[/red] {e}", markup=True, soft_wrap=True)

    targets = list(expand(paths))
    known_total = None if any(t == "-" or (isinstance(t, Path) and t.suffix.lower() in {".jsonl", ".ndjson", ".csv", ".json"}) for t in targets) else len(targets)
    show = not quiet and err.is_terminal
    with Store(db) as store:
        batch = Batch(store, pipeline, near_threshold=near_threshold, on_error=on_error)
        with Progress(SpinnerColumn(), TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, disable=not show, transient=True) as bar:
            task = bar.add_task("docs", total=known_total)
            report = batch.run_paths(paths, max_bytes=max_bytes, progress=lambda n: bar.advance(task, n))
        for new, old in report.exact_duplicates:
            err.print(f"duplicate: {new} has the same text as {old}; stored once", soft_wrap=True)
        for new, old, sim in report.near_duplicates:
            err.print(f"near-duplicate: {new} is {sim:.0%} similar to {old}", soft_wrap=True)
        # Streamed from the store, so jsonl/csv output of a large batch stays in bounded memory.
        docs = store.iter_documents(report.analyzed + report.unchanged)
        written = _export(docs, fmt, out, title=f"spinscope report: {', '.join(map(str, paths))}")
    if not quiet:
        s = report.summary()
        err.print(
            f"{s['analyzed']} analysed, {s['unchanged']} unchanged, {s['exact_duplicates']} exact and "
            f"{s['near_duplicates']} near duplicates, {s['errors']} errors; store: {db}",
            soft_wrap=True,
        )
    if written:
        typer.echo(f"wrote {written}")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id (a file's name without extension).")],
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print the contract's JSON instead of a summary.")] = False,
) -> None:
    """Show one stored document: its annotations, or its JSON with --json."""
    from spinscope.store.sqlite import Store

    with Store(_existing(db), read_only=True) as store:
        try:
            doc = store.get(doc_id)
        except SpinscopeError as exc:
            _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
        return
    out = Console(highlight=False)
    out.print(f"[bold]{doc.title or doc.id}[/bold]  ({doc.source or 'unknown outlet'}, {doc.published or 'no date'})")
    if doc.issuer:
        out.print(f"issuer: {doc.issuer}")
    out.print(f"{len(doc.text.split())} words, {len(doc.sentences)} sentences")
    for layer, rows in (
        ("techniques", [f"{t.technique} ({t.score:.2f}): {doc.snippet(t)!r}" for t in doc.techniques]),
        ("quotes", [f"{q.kind} — {q.speaker_name or '?'}: {doc.text[q.content.start:q.content.end]!r}" for q in doc.quotes]),
        ("claims", [f"{c.score:.2f} by {c.asserted_by or '?'}{' — denied by ' + ', '.join(c.denied_by) if c.denied_by else ''}: {doc.snippet(c)!r}" for c in doc.claims]),
        ("entities", [f"{e.name} [{e.type}] ×{len(e.mentions)}{' aka ' + ', '.join(e.aliases) if e.aliases else ''}" for e in doc.entities]),
    ):
        out.print(f"\n[bold]{layer}[/bold] ({len(rows)})")
        for row in rows:
            out.print(f"  {row}", markup=False, soft_wrap=True)


@app.command("export")
def export_cmd(
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="jsonl, json (folder), csv or html.")] = Format.jsonl,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (folder for json); stdout for jsonl/csv without it.")] = None,
    ids: Annotated[list[str] | None, typer.Option("--id", help="Only these document ids (repeat the option).")] = None,
) -> None:
    """Export stored documents with every annotation, offsets intact."""
    from spinscope.store.sqlite import Store

    with Store(_existing(db), read_only=True) as store:
        wanted = ids or store.ids()
        missing = sorted(set(wanted) - set(store.ids())) if ids else []
        if missing:
            _fail(f"not in {db}: {', '.join(missing)}")
        written = _export(store.iter_documents(wanted), fmt, out, title=f"spinscope export of {db}")
    if written:
        err.print(f"wrote {written}")


@app.command()
def stats(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Corpus counts: documents, words, techniques, speakers, claims, outlets, duplicates, errors."""
    from spinscope.store.sqlite import Store

    with Store(_existing(db), read_only=True) as store:
        s = store.stats()
    if as_json:
        typer.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    out = Console(highlight=False)
    out.print(f"{s['documents']} documents, {s['words']} words, {s['quotes']} quotes, {s['claims']} claims, "
              f"{s['entities']} entities, {s['errors']} errors over {s['runs']} runs")
    for title, mapping in (("techniques", s["techniques"]), ("speakers", s["speakers"]), ("outlets", s["outlets"]),
                           ("duplicates", s["duplicates"])):
        if mapping:
            table = Table(title=title, title_justify="left")
            table.add_column(title[:-1])
            table.add_column("count", justify="right")
            for k, v in mapping.items():
                table.add_row(str(k), str(v))
            out.print(table)


@app.command()
def errors(db: DbOption = DEFAULT_DB) -> None:
    """List the inputs that failed, with the reason recorded for each."""
    from spinscope.store.sqlite import Store

    with Store(_existing(db), read_only=True) as store:
        rows = store.errors()
    for r in rows:
        where = r["source"] + (f", row {r['row']}" if r["row"] is not None else "")
        typer.echo(f"{r['created_at']}  run {r['run_id']}  {where}: {r['reason']}")
    if not rows:
        typer.echo("no errors recorded")


@app.command("analyzers")
def list_analyzers() -> None:
    """List the registered analyzers, what they add and what they need."""
    from spinscope.core import registry

    for name, cls in sorted(registry.registered().items()):
        doc = (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else ""
        typer.echo(f"{name} v{cls.version}: {doc}\n    adds {', '.join(cls.assigns) or '-'}; needs {', '.join(cls.requires) or '-'}")


def _optional(module: str, attr: str):
    """A command from a capability package, or None when that package is not installed."""
    import importlib

    try:
        return getattr(importlib.import_module(module), attr)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise


def _mount_optional() -> None:
    """Commands from capability packages; a partial install still has the core verbs."""
    ptc_app = _optional("spinscope.cli.ptc", "app")
    if ptc_app is not None:
        app.add_typer(ptc_app, name="ptc", help="SemEval-2020 Task 11 formats: predict si/tc/flc and score.")
    for module, name in (("spinscope.cli.serve", "serve"), ("spinscope.cli.contradictions", "contradictions")):
        command = _optional(module, name)
        if command is not None:
            app.command(name)(command)


_mount_optional()


def main() -> None:
    try:
        app()
    except SpinscopeError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
