"""SemEval-2023 Task 3 subtask 3 format: paragraph-level technique labels, predicted and scored.

A line is ``article_id<TAB>paragraph<TAB>label,label`` (paragraph = 1-based line number of the
article file; an empty third field means no technique). Scores are the task's: micro-F1 over
(paragraph, label) pairs of the paragraphs the gold file lists, and macro-F1 over labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from spinscope.analyzers.ru.techniques import MIN_WORDS, predict

ARTICLE = re.compile(r"^article(?P<id>[^/]+)\.txt$")


def read_labels(path: Path) -> dict[tuple[str, int], set[str]]:
    """Gold or predicted labels by (article id, paragraph); a malformed line raises ValueError naming it."""
    out: dict[tuple[str, int], set[str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[1].strip().isdigit():
            raise ValueError(f"{path}:{n}: expected article_id<TAB>paragraph<TAB>labels, got {line[:80]!r}")
        labels = parts[2] if len(parts) > 2 else ""
        out[(parts[0].strip(), int(parts[1]))] = {x.strip() for x in labels.split(",") if x.strip()}
    return out


def article_paragraphs(path: Path) -> list[tuple[int, str]]:
    """(paragraph number, text) of every non-empty line of an article file."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [(i, line) for i, line in enumerate(lines, 1) if line.strip()]


def predict_articles(paths: Iterable[Path], batch: int = 64) -> list[tuple[str, int, list[str]]]:
    """Rows of predictions for every non-empty paragraph of the given article files, in order."""
    rows: list[tuple[str, int, str]] = []
    for path in paths:
        m = ARTICLE.match(path.name)
        art = m.group("id") if m else path.stem
        rows.extend((art, n, text) for n, text in article_paragraphs(path))
    out: list[tuple[str, int, list[str]]] = []
    for i in range(0, len(rows), batch):
        chunk = rows[i : i + batch]
        long = [r for r in chunk if len(r[2].split()) >= MIN_WORDS]
        found = dict(zip([(a, n) for a, n, _ in long], predict([t for _, _, t in long]), strict=True))
        out.extend((a, n, sorted(lab for lab, _ in found.get((a, n), []))) for a, n, _ in chunk)
    return out


def format_rows(rows: Iterable[tuple[str, int, list[str]]]) -> str:
    return "".join(f"{a}\t{n}\t{','.join(labels)}\n" for a, n, labels in rows)


def score(gold: dict[tuple[str, int], set[str]], pred: dict[tuple[str, int], set[str]]) -> dict[str, object]:
    """Micro and macro F1 over the gold file's paragraphs (a paragraph missing from ``pred`` has no labels)."""
    labels = sorted({lab for v in gold.values() for lab in v} | {lab for k in gold for lab in pred.get(k, set())})
    tp = fp = fn = 0
    per: dict[str, dict[str, float]] = {}
    for lab in labels:
        t = sum(1 for k, g in gold.items() if lab in g and lab in pred.get(k, set()))
        p = sum(1 for k in gold if lab in pred.get(k, set()))
        g = sum(1 for v in gold.values() if lab in v)
        tp, fp, fn = tp + t, fp + p - t, fn + g - t
        prec, rec = (t / p if p else 0.0), (t / g if g else 0.0)
        per[lab] = {"precision": round(prec, 4), "recall": round(rec, 4),
                    "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0, "gold": g, "predicted": p}
    prec, rec = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
    return {"paragraphs": len(gold), "micro_f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
            "micro_precision": round(prec, 4), "micro_recall": round(rec, 4),
            "macro_f1": round(sum(v["f1"] for v in per.values()) / len(per), 4) if per else 0.0,
            "unmatched_predictions": sorted(f"{a}\t{n}" for a, n in set(pred) - set(gold))[:20],
            "per_label": per}
