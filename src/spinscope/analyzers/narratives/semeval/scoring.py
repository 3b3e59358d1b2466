"""The subtask-2 measure: F1-samples over coarse and over fine labels.

For each gold document, F1 = 2|G ∩ P| / (|G| + |P|) between the gold and predicted label sets
(``Other`` is a label like any other, so predicting ``Other`` for an ``Other`` document scores 1);
the mean over gold documents is F1-samples. A gold document without a prediction scores 0.
Per-label F1 (over documents) shows which narratives the model finds.
"""

from __future__ import annotations

from collections import Counter


def _f1(gold: set[str], pred: set[str]) -> float:
    if not gold and not pred:
        return 1.0
    return 2 * len(gold & pred) / (len(gold) + len(pred))


def f1_samples(gold: dict[str, list[str]], pred: dict[str, list[str]]) -> float:
    if not gold:
        return 0.0
    return sum(_f1(set(g), set(pred.get(f, []))) for f, g in gold.items()) / len(gold)


def per_label_f1(gold: dict[str, list[str]], pred: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """``{label: {"f1", "support"}}`` for every label in the gold."""
    counts: dict[str, Counter[str]] = {}
    for f, g in gold.items():
        p = set(pred.get(f, []))
        for label in set(g) | p:
            c = counts.setdefault(label, Counter())
            c["tp" if label in g and label in p else "fn" if label in g else "fp"] += 1
    return {
        label: {"f1": 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]), "support": c["tp"] + c["fn"]}
        for label, c in counts.items() if c["tp"] + c["fn"]
    }


def score_narratives(gold: dict[str, tuple[list[str], list[str]]],
                     pred: dict[str, tuple[list[str], list[str]]]) -> dict[str, object]:
    """``{"n", "f1_samples_coarse", "f1_samples_fine", "missing", "per_label_coarse", "per_label_fine"}``."""
    g_c = {f: c for f, (c, _) in gold.items()}
    g_f = {f: s for f, (_, s) in gold.items()}
    p_c = {f: c for f, (c, _) in pred.items()}
    p_f = {f: s for f, (_, s) in pred.items()}
    return {
        "n": len(gold),
        "f1_samples_coarse": f1_samples(g_c, p_c),
        "f1_samples_fine": f1_samples(g_f, p_f),
        "missing": sum(f not in pred for f in gold),
        "per_label_coarse": per_label_f1(g_c, p_c),
        "per_label_fine": per_label_f1(g_f, p_f),
    }
