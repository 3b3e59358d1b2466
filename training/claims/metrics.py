"""Positive-class F1 and threshold selection (selected on dev only, then applied to dev-test)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def prf_at(labels: Sequence[int], probs: np.ndarray, threshold: float) -> tuple[float, float, float]:
    y = np.asarray(labels, dtype=bool)
    p = np.asarray(probs) >= threshold
    tp = float(np.sum(y & p))
    prec = tp / max(1.0, float(p.sum()))
    rec = tp / max(1.0, float(y.sum()))
    f1 = 0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec)
    return prec, rec, f1


def f1_at(labels: Sequence[int], probs: np.ndarray, threshold: float) -> float:
    return prf_at(labels, probs, threshold)[2]


def best_threshold(labels: Sequence[int], probs: np.ndarray) -> tuple[float, float]:
    """The threshold in 0.05..0.95 (step 0.01) with the best F1; ties go to the one nearest 0.5."""
    grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
    scored = [(f1_at(labels, probs, float(t)), -abs(float(t) - 0.5), float(t)) for t in grid]
    f1, _, thr = max(scored)
    return thr, f1
