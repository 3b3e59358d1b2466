"""``spinscope semeval25``: SemEval-2025 Task 10 formats -- predict roles and narratives, and score.

Works on any folder in the task's layout (one ``<file>.txt`` per document). A document that
cannot be read, or a mention whose offsets fall outside its document, is reported on stderr and
skipped; the other rows are still written, and the exit status is 1 when anything was skipped.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from spinscope.cli.common import MARKUP_MODE, fail, say

app = typer.Typer(rich_markup_mode=MARKUP_MODE, help="SemEval-2025 Task 10 formats: actor roles, narratives, and the task's scorer.")

DocsDir = typer.Argument(..., help="folder of <file>.txt documents (the task's layout)", exists=True,
                         file_okay=False)
OutOpt = typer.Option(None, "--out", help="write predictions here instead of standard output")
MentionsOpt = typer.Option(..., "--mentions", help="file<TAB>mention<TAB>start<TAB>end (inclusive)",
                           exists=True, dir_okay=False)
TaskOpt = typer.Option(..., "--task", help="roles or narratives")
GoldOpt = typer.Option(..., "--gold", exists=True, dir_okay=False, help="gold file in the task's format")
PredOpt = typer.Option(..., "--pred", exists=True, dir_okay=False, help="predictions in the same format")
JsonOpt = typer.Option(False, "--json", help="print every figure as JSON")


class Task(StrEnum):
    roles = "roles"
    narratives = "narratives"


def _say(message: str) -> None:
    """One line on stderr, never wrapped or marked up (paths and mentions stay greppable)."""
    say(message)


def _emit(text: str, out: Path | None, what: str) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        from spinscope.export._atomic import atomic_text

        with atomic_text(out) as fp:  # replaced whole or not at all: a killed run leaves the old file
            fp.write(text)
        _say(f"wrote {text.count(chr(10))} {what} to {out}")


def _read_doc(docs_dir: Path, file: str) -> str:
    path = docs_dir / file
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such document")
    return path.read_text(encoding="utf-8")


@app.command("roles")
def roles(
    docs_dir: Path = DocsDir,
    mentions: Path = MentionsOpt,
    out: Path | None = OutOpt,
) -> None:
    """Main and fine roles of each listed mention: file, mention, start, end, main_role, fine_role..."""
    from spinscope.analyzers.roles.task import TaskRoles
    from spinscope.analyzers.roles.task_format import FormatError, format_annotations, read_mentions

    try:
        rows = read_mentions(mentions)
    except FormatError as exc:
        fail(str(exc))
    model = TaskRoles()  # the text's cues where it casts a mention, the calibrated head elsewhere
    problems = 0
    by_file: dict[str, list] = {}
    for r in rows:
        by_file.setdefault(r.file, []).append(r)
    done = []
    for file, file_rows in by_file.items():
        try:
            text = _read_doc(docs_dir, file)
        except (OSError, UnicodeDecodeError) as exc:
            _say(f"skipped {len(file_rows)} mention(s) of {file}: {exc}")
            problems += 1
            continue
        usable = []
        for r in file_rows:
            if r.end >= len(text):
                _say(f"skipped {file} {r.mention!r} {r.start}-{r.end}: beyond the document's {len(text)} characters")
                problems += 1
                continue
            if text[r.start:r.end + 1] != r.mention:
                _say(f"warning: {file} {r.start}-{r.end} reads {text[r.start:r.end + 1]!r}, not {r.mention!r}")
            usable.append(r)
        for r, role in zip(usable, model.roles(text, [r.span() for r in usable]), strict=True):
            r.main, r.fine = role.main, role.fine
            done.append(r)
    _emit(format_annotations(done), out, "mentions")
    if problems:
        raise typer.Exit(1)


@app.command("narratives")
def narratives(docs_dir: Path = DocsDir, out: Path | None = OutOpt) -> None:
    """Narratives and subnarratives of every *.txt document: file<TAB>narratives;...<TAB>subnarratives;..."""
    from spinscope.analyzers.narratives.semeval.analyzer import NarrativeReader
    from spinscope.analyzers.narratives.semeval.task_format import format_narratives

    reader = NarrativeReader()
    rows, problems = [], 0
    for path in sorted(docs_dir.glob("*.txt")):
        try:
            pred = reader.predict(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            _say(f"skipped {path.name}: {exc}")
            problems += 1
            continue
        rows.append((path.name, pred.coarse, pred.fine))
    if not rows and not problems:
        fail(f"{docs_dir}: no *.txt documents")
    _emit(format_narratives(rows), out, "documents")
    if problems:
        raise typer.Exit(1)


@app.command("score")
def score(
    task: Task = TaskOpt,
    gold: Path = GoldOpt,
    pred: Path = PredOpt,
    as_json: bool = JsonOpt,
) -> None:
    """The task's measures: main-role accuracy and exact match ratio (roles); F1-samples (narratives)."""
    if task is Task.roles:
        from spinscope.analyzers.roles.scoring import score_roles
        from spinscope.analyzers.roles.task_format import FormatError, read_annotations

        try:
            result = score_roles(read_annotations(gold), read_annotations(pred))
        except FormatError as exc:
            fail(str(exc))
        headline = ["exact_match_ratio", "main_accuracy", "fine_micro_f1"]
    else:
        from spinscope.analyzers.narratives.semeval.scoring import score_narratives
        from spinscope.analyzers.narratives.semeval.task_format import FormatError, read_narratives

        try:
            result = score_narratives(read_narratives(gold), read_narratives(pred))
        except FormatError as exc:
            fail(str(exc))
        headline = ["f1_samples_coarse", "f1_samples_fine"]
    if as_json:
        typer.echo(json.dumps(result, indent=1, sort_keys=True))
        return
    for key in headline:
        typer.echo(f"{key}\t{result[key]:.4f}")
    typer.echo(f"n\t{result['n']}")
    if result["missing"]:
        typer.echo(f"missing\t{result['missing']} gold rows have no prediction (scored as wrong)")
