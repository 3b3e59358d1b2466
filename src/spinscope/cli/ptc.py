"""``spinscope ptc``: SemEval-2020 Task 11 predictions (SI, TC, FLC) and the official scorer."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NoReturn

import typer

from spinscope.cli.common import MARKUP_MODE
from spinscope.errors import SpinscopeError

app = typer.Typer(
    rich_markup_mode=MARKUP_MODE,
    help="SemEval-2020 Task 11 (PTC) formats: predict SI/TC/FLC for an article folder, and score."
)

ArticlesDir = typer.Argument(..., help="folder of article<ID>.txt files (SemEval layout)")
OutOpt = typer.Option(None, "--out", help="write predictions here instead of standard output")
VariantOpt = typer.Option(
    "int8", "--variant", help="model file: int8 (shipped) or fp32 (if exported locally)"
)
TemplateOpt = typer.Option(..., "--template", help="TC template: article_id, ?, start, end")
TaskOpt = typer.Option(..., "--task", help="si, tc or flc")
GoldOpt = typer.Option(..., "--gold", help="gold file, or folder of per-article *.labels files")
PredOpt = typer.Option(..., "--pred", help="prediction file in the same format")
JsonOpt = typer.Option(False, "--json", help="print the scores as JSON")


def _model(variant: str):
    from spinscope.analyzers.techniques.tagger import load_tagger

    return load_tagger(variant=variant)


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        from spinscope.export._atomic import atomic_text

        with atomic_text(out) as fp:  # replaced whole or not at all: a killed run leaves the old file
            fp.write(text)
        typer.echo(f"wrote {text.count(chr(10))} spans to {out}", err=True)


def _exit_with(exc: Exception) -> NoReturn:
    typer.echo(f"Error: {exc}", err=True)
    raise typer.Exit(1)


def _predict_folder(task: str, articles_dir: Path, out: Path | None, variant: str, classifier: str = "head") -> None:
    from spinscope.analyzers.techniques.ptc import formats, tasks  # lazy: only `ptc` verbs need them

    try:
        articles = formats.read_articles(articles_dir)
        if task == "si":
            preds = tasks.predict_si(articles, _model(variant))
        else:
            preds = tasks.predict_flc(articles, _model(variant), classifier)
    except (SpinscopeError, ValueError) as exc:
        _exit_with(exc)
    _emit(formats.format_spans(preds, task), out)


@app.command()
def si(articles_dir: Path = ArticlesDir, out: Path | None = OutOpt, variant: str = VariantOpt) -> None:
    """Span identification: article_id, start, end for every propaganda span."""
    _predict_folder("si", articles_dir, out, variant)


@app.command()
def tc(
    articles_dir: Path = ArticlesDir,
    template: Path = TemplateOpt,
    out: Path | None = OutOpt,
    variant: str = VariantOpt,
    classifier: str = typer.Option(
        "mix",
        "--classifier",
        help="mix (default: both averaged), head (the tagger's span head) or span (the separate span classifier).",
    ),
) -> None:
    """Technique classification: label every span of a template file with one technique."""
    from spinscope.analyzers.techniques.ptc import formats, tasks  # lazy: only `ptc` verbs need them

    try:
        spans = formats.read_spans(template, "tc")
        preds = tasks.predict_tc(formats.read_articles(articles_dir), spans, _model(variant), classifier)
    except (SpinscopeError, KeyError, ValueError) as exc:
        _exit_with(exc)
    _emit(formats.format_spans(preds, "tc"), out)


@app.command()
def flc(
    articles_dir: Path = ArticlesDir,
    out: Path | None = OutOpt,
    variant: str = VariantOpt,
    classifier: str = typer.Option(
        "head", "--classifier", help="head (fast) or mix (also runs the span classifier on every found span)."
    ),
) -> None:
    """Fragment-level classification: article_id, technique, start, end (spans may overlap)."""
    _predict_folder("flc", articles_dir, out, variant, classifier)


@app.command()
def score(
    task: str = TaskOpt,
    gold: Path = GoldOpt,
    pred: Path = PredOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Official metrics: partial-overlap P/R/F1 (SI, FLC) or micro-F1 (TC)."""
    from spinscope.analyzers.techniques.ptc import formats, scorer  # lazy: only `ptc` verbs need them

    if task not in ("si", "tc", "flc"):
        _exit_with(ValueError(f"--task must be si, tc or flc; got {task!r}"))
    try:
        g, p = formats.read_spans(gold, task), formats.read_spans(pred, task)
        result = scorer.score_tc(p, g) if task == "tc" else scorer.score_spans(p, g, task)
    except (SpinscopeError, ValueError) as exc:
        _exit_with(exc)
    if as_json:
        typer.echo(json.dumps(result.as_dict(), indent=1))
        return
    typer.echo(
        f"{task.upper()}  P={result.precision:.4f}  R={result.recall:.4f}  F1={result.f1:.4f}  "
        f"(pred {result.n_pred}, gold {result.n_gold})"
    )
    for label, (p_, r_, f_) in result.per_label.items():
        typer.echo(f"  {label:<40} P={p_:.4f} R={r_:.4f} F1={f_:.4f}")
