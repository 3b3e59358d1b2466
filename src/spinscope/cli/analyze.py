"""``spinscope analyze``: articles into the store, then out as JSONL, JSON, CSV or HTML."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from spinscope.cli.common import (
    DEFAULT_DB,
    DbOption,
    ExportFormat,
    analyzer_names,
    error,
    fail,
    say,
    stderr,
    write_documents,
)
from spinscope.cli.documents import MinScoreOption, filtered, output_minimums
from spinscope.errors import ConfigError, InputError, SpinscopeError
from spinscope.settings import default, setting

if TYPE_CHECKING:
    from spinscope.core.pipeline import Pipeline
    from spinscope.engine.batch import BatchReport
    from spinscope.engine.local import Engine
    from spinscope.store import Store


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


def open_engine(name: EngineName, scheduler: str | None, workers: int | None) -> AbstractContextManager[Engine | None]:
    """The engine the options ask for, as a context manager (a Dask cluster is closed on exit)."""
    if name == EngineName.local:
        if scheduler or workers:
            raise ConfigError("--scheduler and --workers are for --engine dask")
        return nullcontext(None)
    from spinscope.engine.dask import DaskEngine

    return DaskEngine(scheduler=scheduler, workers=workers)

# Inputs that hold many documents (one per row).
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".json"}


def parse_analyzer_options(items: list[str]) -> dict[str, dict]:
    """``["quotes.tagger=false"]`` -> ``{"quotes": {"tagger": False}}`` (values read as JSON, else text)."""
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


def build_pipeline(names: list[str] | None, set_options: list[str], aliases: Path | None,
                   codebook: Path | None = None) -> Pipeline:
    """The pipeline the options ask for; raises SpinscopeError naming a bad analyzer or option."""
    from spinscope.core.pipeline import DEFAULT_ANALYZERS, Pipeline

    config = parse_analyzer_options(set_options)
    if aliases:
        config.setdefault("entities", {})["aliases"] = str(aliases)
    if codebook:
        # --codebook FILE is --set codebook.file=FILE, with the codebook analyzer added when not named.
        names = list(DEFAULT_ANALYZERS if names is None else names)
        if "codebook" not in names:
            names.append("codebook")
        config.setdefault("codebook", {})["file"] = str(codebook)
    return Pipeline(names, config=config, on_error="record")


def count_inputs(paths: Iterable[str]) -> int | None:
    """Inputs the paths hold (files, and the rows of tables), for the progress bar; None with stdin.

    Counted up front, so the bar shows N/total and the time left. Each input advances the bar once,
    whether it is analysed, skipped or an error; a table that cannot be read counts as one.
    """
    from spinscope.ingest.reader import expand

    total = 0
    for target in expand(paths):
        if target == "-":
            return None
        total += table_rows(target) if isinstance(target, Path) and target.suffix.lower() in TABLE_SUFFIXES else 1
    return total


def table_rows(path: Path) -> int:
    """Rows of a JSON Lines, CSV or JSON file (at least 1: an unreadable file is one error)."""
    import csv

    from spinscope.errors import InputError
    from spinscope.ingest.reader import MAX_TABLE_BYTES, jsonl_lines, parse_json

    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            return 1
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return 1
    suffix = path.suffix.lower()
    if suffix == ".csv":
        records = 0  # the header included
        try:
            for _ in csv.reader(io.StringIO(text, newline=""), strict=True):
                records += 1
        except csv.Error:
            records += 1  # what is left is one error
        return max(records - 1, 1)
    if suffix == ".json":
        try:
            data = parse_json(text, str(path))
        except InputError:
            return 1
        return max(len(data), 1) if isinstance(data, list) else 1
    return max(sum(1 for line in jsonl_lines(text) if line.strip()), 1)


def analyze_into(store: Store, pipeline: Pipeline, paths: list[str], *, max_bytes: int, near_threshold: float,
                 on_error: Callable[[InputError], None], progress: Callable[[int], None] | None = None,
                 stdin: io.BufferedIOBase | None = None, engine: Engine | None = None,
                 force: bool = False) -> BatchReport:
    """Run the pipeline over the paths into ``store``: this process writes, ``engine`` analyses."""
    from spinscope.engine.batch import Batch

    batch = Batch(store, pipeline, near_threshold=near_threshold, on_error=on_error, engine=engine, force=force)
    return batch.run_paths(paths, max_bytes=max_bytes, stdin=stdin, progress=progress)


def duplicate_lines(report: BatchReport) -> list[str]:
    lines = [f"duplicate: {new} has the same text as {old}; stored once" for new, old in report.exact_duplicates]
    lines += [f"republished: {new} is a new publication of the text of {old} (analysed once)"
              for new, old in report.republished]
    lines += [f"near-duplicate: {new} is {sim:.0%} similar to {old}" for new, old, sim in report.near_duplicates]
    return lines


def summary_line(report: BatchReport, db: Path) -> str:
    s = report.summary()
    return (f"{s['analyzed']} analysed, {s['unchanged']} unchanged, {s['republished']} republished, "
            f"{s['exact_duplicates']} exact and {s['near_duplicates']} near duplicates, {s['errors']} errors "
            f"in {report.seconds:.1f} s; store: {db}")


def analyze_command(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (recursive) of .txt, .html, .jsonl, .csv, .json; '-' reads stdin.")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output with --out: jsonl, json (a folder of <id>.json), csv, html (one self-contained report; written to the default report path without --out).")] = ExportFormat.jsonl,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Also write the batch's documents: a file, a folder for --format json, or - for stdout (jsonl, csv). Without it only the store is written.")] = None,
    analyzers: Annotated[str | None, typer.Option("--analyzers", "-a", help="Comma-separated analyzer names (see `spinscope analyzers`). Default: all installed.")] = None,
    set_options: Annotated[list[str] | None, typer.Option("--set", help="Analyzer option, ANALYZER.OPTION=VALUE (JSON values; repeat it), e.g. --set quotes.tagger=false.")] = None,
    aliases: Annotated[Path | None, typer.Option("--aliases", help="Extra alias table (TSV: canonical<TAB>type<TAB>variant|variant) for entity grouping.")] = None,
    codebook: Annotated[Path | None, typer.Option("--codebook", help="Narratives codebook (TOML) to match: adds the codebook analyzer (same as --set codebook.file=FILE).")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help=setting("max_bytes").help)] = default("max_bytes"),
    near_threshold: Annotated[float, typer.Option("--near-threshold", help=setting("near_duplicate_threshold").help)] = default("near_duplicate_threshold"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Analyse again texts this pipeline has analysed already (reviewed items keep the analyst's word).")] = False,
    engine: Annotated[EngineName, typer.Option("--engine", help="Where the analysis runs: local (this process) or dask (a Dask cluster; pip install 'spinscope[dask]'). This process always writes the store.")] = EngineName.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="With --engine dask: address of a running scheduler, e.g. tcp://10.0.0.5:8786 (see docs/scale.md).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", help="With --engine dask: start a local cluster of N worker processes, one thread each (default 1).")] = None,
    min_score: MinScoreOption = None,
) -> None:
    """Analyse articles into the store and print a short summary; --out also writes them out.

    Re-running on the same input with the same pipeline skips what is already analysed, so an
    interrupted batch resumes. A text already stored under another id, outlet, url or date is a
    republication: stored as a new publication, analysed once. Bad files or rows are reported one
    line each and recorded in the store; the rest of the batch goes on. Exit status 1 means at least
    one input failed.

    Examples:

      spinscope analyze examples/

      spinscope analyze examples/ --format html --out report.html

      spinscope analyze feed.jsonl --out - > analysed.jsonl

      cat article.txt | spinscope analyze - --analyzers parse,entities

      spinscope analyze corpus/ --engine dask --workers 4 -q
    """
    from spinscope.store import Store

    if fmt is ExportFormat.json and (out is None or str(out) == "-"):
        fail("--format json needs --out: a directory for the <id>.json files")
    from spinscope.service.min_score import parse as parse_min_score

    try:
        parse_min_score(min_score)  # a bad minimum fails before the analysis, not after it
    except SpinscopeError as exc:
        fail(str(exc))
    try:
        pipeline = build_pipeline(analyzer_names(analyzers), set_options or [], aliases, codebook)
    except SpinscopeError as exc:
        fail(str(exc))

    def print_error(e: InputError) -> None:
        error(e)  # file names and reasons print as written: "notes [red].txt" is no markup

    show_progress = not quiet and stderr.is_terminal
    try:
        runner = open_engine(engine, scheduler, workers)
    except SpinscopeError as exc:
        fail(str(exc))
    with Store(db) as store:
        with Progress(SpinnerColumn(), TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(), console=stderr,
                      disable=not show_progress, transient=True) as bar:
            task = bar.add_task("docs", total=count_inputs(paths) if show_progress else None)
            try:
                with runner as analysing_engine:
                    report = analyze_into(store, pipeline, paths, max_bytes=max_bytes,
                                          near_threshold=near_threshold, on_error=print_error,
                                          progress=lambda n: bar.advance(task, n), engine=analysing_engine,
                                          force=force)
            except SpinscopeError as exc:
                fail(str(exc))
        if not quiet:
            for line in duplicate_lines(report):
                say(line)
        written = None
        if out is not None or fmt is ExportFormat.html:
            from spinscope.export.publications import text_ids, with_publications

            # Streamed from the store, so jsonl/csv output of a large batch stays in bounded memory:
            # each text of the batch once, with every publication of it.
            ids = report.analyzed + report.unchanged + [new for new, _ in report.republished]
            docs = with_publications(store, store.iter_documents(text_ids(store, ids)))
            # The store keeps everything; an html report shows what the view minimums let through.
            mins = output_minimums(store, fmt, min_score)
            if mins:
                docs = filtered(docs, mins)
            target = None if out is not None and str(out) == "-" else out
            try:
                written = write_documents(docs, fmt, target, title=f"spinscope report: {', '.join(map(str, paths))}")
            except SpinscopeError as exc:
                fail(str(exc))
    if not quiet:
        say(summary_line(report, db))
        if out is None and fmt is not ExportFormat.html:
            stderr.print(Text(f"(the documents are in the store: spinscope export --db {db}, or --out - for JSONL on stdout)",
                              style="dim"), soft_wrap=True)
    if written:
        typer.echo(f"wrote {written}")
    if not report.ok:
        raise typer.Exit(1)
