"""``spinscope review``, ``reviews``, ``queue``, ``merge``, ``aliases``, ``collect``, ``quality``, ``calibrate``:
the analyst's word from the command line (issue 25). Every write names its reviewer."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from spinscope.cli.common import DEFAULT_DB, DbOption, existing_db, fail, say, stdout

Reviewer = Annotated[str, typer.Option("--reviewer", "-r", envvar="SPINSCOPE_REVIEWER",
                                       help="Who makes this change (recorded with it); or $SPINSCOPE_REVIEWER.")]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of lines.")]


def _open(db: Path, read_only: bool = False) -> Any:
    from spinscope.store import open_store

    return open_store(existing_db(db), read_only=read_only)


def _print_json(value: Any) -> None:
    stdout.print(json.dumps(value, ensure_ascii=False, indent=2), soft_wrap=True)


def review_command(
    doc_id: Annotated[str, typer.Argument(help="Document (or publication) id.")],
    layer: Annotated[str, typer.Argument(help="techniques, quotes, claims, evidence, entities or narratives.")],
    action: Annotated[str, typer.Argument(help="accept, reject, edit or add.")],
    reviewer: Reviewer,
    key: Annotated[str | None, typer.Option("--key", "-k", help="The item's key (see `spinscope queue`, the API).")] = None,
    item: Annotated[str | None, typer.Option("--item", help="JSON of the fields to set (edit) or the new item (add).")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Accept, reject, edit or add one annotation; it is kept through every later re-analysis."""
    from spinscope.service.review import review

    try:
        fields = json.loads(item) if item else None
    except json.JSONDecodeError as exc:
        fail(f"--item is not JSON: {exc.msg} at character {exc.pos}")
    with _open(db) as store:
        out = review(store, doc_id, layer, action, reviewer, key=key, item=fields)
    r = out["review"]
    say(f"{r['action']} {r['layer']} {r['key']} in {r['doc_id']} by {r['reviewer']}")


def reviews_command(
    doc_id: Annotated[str | None, typer.Argument(help="Only this document.")] = None,
    log: Annotated[bool, typer.Option("--log", help="Every change (the audit list), newest first.")] = False,
    as_json: Json = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """The analyst's current word per item, or with --log every change: who, when, before, after."""
    with _open(db, read_only=True) as store:
        text = store.text_id(doc_id) if doc_id else None
        if doc_id and text is None:
            fail(f"no document {doc_id!r}")
        rows = store.review_log(text) if log else store.reviews(text)
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        say(f"{r['at']}  {r['reviewer']}  {r['action']:7} {r['doc_id']}  {r['layer']}  {r['key']}", stdout)


def queue_command(
    layer: Annotated[str | None, typer.Option("--layer")] = None,
    label: Annotated[str | None, typer.Option("--label", help="A technique, quote kind or taxonomy.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet")] = None,
    collection: Annotated[str | None, typer.Option("--collection")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=10_000)] = 50,
    as_json: Json = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Unreviewed items across the corpus, least confident first."""
    with _open(db, read_only=True) as store:
        rows = store.review_queue(layer, label, outlet, collection, True, limit)
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        score = "  -  " if r["score"] is None else f"{r['score']:.3f}"
        say(f"{score}  {r['layer']:10} {r['doc_id']}  {r['key']}  {r['label'] or ''}", stdout)


def merge_command(
    names: Annotated[list[str], typer.Argument(help="Actor or speaker names, as the corpus shows them.")],
    into: Annotated[str, typer.Option("--into", help="The one name they become.")],
    reviewer: Reviewer,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Merge actors and speakers across the corpus; they stay merged through re-analysis."""
    from spinscope.service.review import merge_actors

    with _open(db) as store:
        out = merge_actors(store, names, into, reviewer)
    say(f"merged {', '.join(out['merged'])} into {out['into']} in {len(out['documents'])} documents")


def aliases_command(
    out: Annotated[Path | None, typer.Option("--out", help="Write the alias table as TSV (alias, canonical).")] = None,
    load: Annotated[Path | None, typer.Option("--load", help="Merge every alias of a TSV file (alias<TAB>canonical).")] = None,
    reviewer: Annotated[str | None, typer.Option("--reviewer", "-r", envvar="SPINSCOPE_REVIEWER")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """The analyst's merged names: print, write (--out) or load (--load) them as TSV."""
    from spinscope.service.review import merge_actors

    if load is not None:
        try:
            rows = list(csv.reader(load.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{load}: cannot read: {exc}")
        groups: dict[str, list[str]] = {}
        for n, row in enumerate(rows, 1):
            if not row or row[0].startswith("#") or row == ["alias", "canonical"]:
                continue
            if len(row) != 2 or not all(c.strip() for c in row):
                fail(f"{load}:{n}: expected alias<TAB>canonical")
            groups.setdefault(row[1].strip(), []).append(row[0].strip())
        with _open(db) as store:
            for canonical, names in groups.items():
                merge_actors(store, names, canonical, reviewer or "")
        say(f"loaded {sum(map(len, groups.values()))} aliases")
        return
    with _open(db, read_only=True) as store:
        rows = store.aliases()
    lines = ["alias\tcanonical", *(f"{r['alias']}\t{r['canonical']}" for r in rows)]
    if out is None:
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        from spinscope.export._atomic import atomic_text

        with atomic_text(out) as fh:
            fh.write("\n".join(lines) + "\n")
        say(f"wrote {len(rows)} aliases to {out}")


def collect_command(
    name: Annotated[str, typer.Argument(help="The collection's name (made if new).")],
    ids: Annotated[list[str] | None, typer.Option("--id", help="A document id (repeat).")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Every document matching this search.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Every document of this outlet.")] = None,
    description: Annotated[str | None, typer.Option("--description")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Put documents into a named collection; every corpus view, series and export can filter by it."""
    from spinscope.service.queries import DocumentFilter
    from spinscope.service.review import collect, matching_ids

    wanted = list(ids or [])
    with _open(db) as store:
        if query or outlet:
            wanted += matching_ids(store, DocumentFilter(q=query, outlet=outlet))
        if not wanted:
            fail("nothing to collect: give --id, --query or --outlet (or they matched nothing)")
        out = collect(store, name, wanted, description)
    say(f"collection {out['collection']}: {out['added']} added, {out['documents']} documents")


def collections_command(as_json: Json = False, db: DbOption = DEFAULT_DB) -> None:
    """The named collections with their sizes."""
    with _open(db, read_only=True) as store:
        rows = store.collections()
    if as_json:
        _print_json(rows)
        return
    # Tab-separated for scripts: rich would expand the tabs.
    sys.stdout.write("".join(f"{r['name']}\t{r['documents']}\t{r['description'] or ''}\n" for r in rows))


def quality_command(as_json: Json = False, db: DbOption = DEFAULT_DB) -> None:
    """How often each layer (and each technique) was right, as the analysts' reviews say."""
    from spinscope.service.review import quality

    with _open(db, read_only=True) as store:
        out = quality(store)
    if as_json:
        _print_json(out)
        return
    for layer, entry in out["layers"].items():
        p = "-" if entry["precision"] is None else f"{entry['precision']:.2f}"
        say(f"{layer}: precision {p} on {entry['judged']} judged ({entry['accepted']} accepted, "
            f"{entry['rejected']} rejected, {entry['edited']} edited), {entry['added']} added", stdout)
        for row in entry["labels"]:
            if row["label"]:
                lp = "-" if row["precision"] is None else f"{row['precision']:.2f}"
                say(f"    {row['label']}: {lp} on {row['judged']}", stdout)


def calibrate_command(
    reviewer: Reviewer,
    min_reviews: Annotated[int | None, typer.Option("--min-reviews", min=1, help="Judged items a layer needs.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report only; save nothing.")] = False,
    as_json: Json = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Refit each layer's default minimum score from reviews (only with enough of them), versioned."""
    from spinscope.service.review import calibrate, min_scores

    with _open(db) as store:
        out = calibrate(store, reviewer, current=min_scores(store), min_reviews=min_reviews, dry_run=dry_run)
    if as_json:
        _print_json(out)
        return
    for layer, entry in out["report"].items():
        before = entry["before"]
        if entry.get("after"):
            after = entry["after"]
            say(f"{layer}: min score {before['threshold']} -> {after['threshold']}, precision on reviews "
                f"{_p(before['precision'])} -> {_p(after['precision'])}", stdout)
        else:
            say(f"{layer}: unchanged ({entry['why']})", stdout)
    say(f"calibration version {out['version']}" if out["version"] else "no calibration saved")


def _p(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def import_command(
    path: Annotated[Path, typer.Argument(help="A Label Studio JSON export, a brat folder or a doccano JSONL file.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="labelstudio, brat or doccano.")],
    reviewer: Reviewer,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Read annotators' results back as reviews: kept regions accepted, removed ones rejected, moved or
    relabelled ones edited, new ones added. Problems are listed; the rest is applied."""
    from spinscope.service import review_import

    annotated = review_import.read(path, fmt)
    with _open(db) as store:
        out = review_import.apply(store, annotated, reviewer)
    for problem in out["problems"]:
        say(f"skipped: {problem}")
    say(f"{len(annotated)} documents read: {out['accepted']} accepted, {out['rejected']} rejected, "
        f"{out['edited']} edited, {out['added']} added")
    if out["problems"]:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the review verbs to the `spinscope` app."""
    for name, fn in (("review", review_command), ("reviews", reviews_command), ("queue", queue_command),
                     ("merge", merge_command), ("aliases", aliases_command), ("collect", collect_command),
                     ("collections", collections_command), ("quality", quality_command),
                     ("calibrate", calibrate_command), ("import", import_command)):
        app.command(name)(fn)

