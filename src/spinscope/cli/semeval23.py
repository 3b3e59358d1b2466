"""``spinscope semeval23``: SemEval-2023 Task 3 subtask 3 -- paragraph techniques, predicted and scored.

    spinscope semeval23 techniques ARTICLES_DIR --out predictions.txt
    spinscope semeval23 score --gold gold.txt --pred predictions.txt

Predictions come from the multilingual techniques heads (analyzers/ru/techniques.py: multilingual-e5
paragraph vectors, trained on Russian; see its MODEL_CARD.md: 0.43 micro-F1 on our Russian test fold,
below the always-Loaded_Language baseline on English articles, where they are weak).
An article that cannot be read is reported on stderr and skipped; the exit status is then 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from spinscope.cli.common import MARKUP_MODE, fail, say

app = typer.Typer(rich_markup_mode=MARKUP_MODE, help="SemEval-2023 Task 3 subtask 3: paragraph techniques and the scorer.")

ArticlesDir = typer.Argument(..., exists=True, file_okay=False, help="folder of article<ID>.txt files")
OutOpt = typer.Option(None, "--out", help="write predictions here instead of standard output")
GoldOpt = typer.Option(..., "--gold", exists=True, dir_okay=False, help="gold labels (subtask 3 format)")
PredOpt = typer.Option(..., "--pred", exists=True, dir_okay=False, help="predictions (same format)")
JsonOpt = typer.Option(False, "--json", help="every figure as JSON")


@app.command("techniques")
def techniques(
    articles: Path = ArticlesDir,
    out: Path | None = OutOpt,
) -> None:
    """Write article_id<TAB>paragraph<TAB>labels for every non-empty paragraph of every article."""
    from spinscope.analyzers.ru.subtask3 import format_rows, predict_articles

    paths, skipped = [], 0
    for path in sorted(articles.glob("*.txt")):
        try:
            path.read_text(encoding="utf-8")
            paths.append(path)
        except (OSError, UnicodeDecodeError) as exc:
            say(f"{path}: skipped ({exc})")
            skipped += 1
    text = format_rows(predict_articles(paths))
    if out is None:
        sys.stdout.write(text)
    else:
        from spinscope.export._atomic import atomic_text

        with atomic_text(out) as fp:
            fp.write(text)
        say(f"wrote {text.count(chr(10))} paragraphs of {len(paths)} articles to {out}")
    if skipped:
        raise typer.Exit(1)


@app.command("score")
def score_command(
    gold: Path = GoldOpt,
    pred: Path = PredOpt,
    as_json: bool = JsonOpt,
) -> None:
    """Micro-F1 (the task's ranking figure), micro precision and recall, macro-F1, per label."""
    from spinscope.analyzers.ru.subtask3 import read_labels, score

    try:
        result = score(read_labels(gold), read_labels(pred))
    except ValueError as exc:
        fail(str(exc))
    if as_json:
        print(json.dumps(result, indent=1))
        return
    print(f"paragraphs {result['paragraphs']}  micro-F1 {result['micro_f1']:.4f}  "
          f"P {result['micro_precision']:.4f}  R {result['micro_recall']:.4f}  macro-F1 {result['macro_f1']:.4f}")
    for lab, v in result["per_label"].items():  # type: ignore[union-attr]
        print(f"  {lab:36s} F1 {v['f1']:.3f}  P {v['precision']:.3f}  R {v['recall']:.3f}  gold {v['gold']}")
