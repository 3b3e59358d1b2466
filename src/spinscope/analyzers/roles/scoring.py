"""The subtask-1 measures: main-role accuracy and exact match ratio of fine roles, plus per-role F1.

Predictions are matched to gold mentions by ``(file, start, end)``; a gold mention with no
prediction counts as wrong. Exact match ratio (the task's ranking measure) is the share of gold
mentions whose predicted set of fine roles equals the gold set.
"""

from __future__ import annotations

from collections import Counter

from spinscope.analyzers.roles.task_format import Mention
from spinscope.analyzers.roles.taxonomy import ALL_FINE, MAIN_ROLES


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score_roles(gold: list[Mention], pred: list[Mention]) -> dict[str, object]:
    """``{"n", "main_accuracy", "exact_match_ratio", "fine_micro_f1", "missing", "per_main_f1",
    "per_fine_f1"}`` over the gold mentions."""
    by_key = {p.key: p for p in pred}
    main_ok = exact = 0
    missing = 0
    main_counts: dict[str, Counter[str]] = {m: Counter() for m in MAIN_ROLES}
    fine_counts: dict[str, Counter[str]] = {f: Counter() for f in ALL_FINE}
    for g in gold:
        p = by_key.get(g.key)
        if p is None:
            missing += 1
        p_main = p.main if p else None
        p_fine = set(p.fine) if p else set()
        main_ok += p_main == g.main
        exact += p_fine == set(g.fine)
        for m in MAIN_ROLES:
            main_counts[m][_cell(g.main == m, p_main == m)] += 1
        for f in ALL_FINE:
            fine_counts[f][_cell(f in g.fine, f in p_fine)] += 1
    n = len(gold)
    tp = sum(c["tp"] for c in fine_counts.values())
    fp = sum(c["fp"] for c in fine_counts.values())
    fn = sum(c["fn"] for c in fine_counts.values())
    return {
        "n": n,
        "main_accuracy": main_ok / n if n else 0.0,
        "exact_match_ratio": exact / n if n else 0.0,
        "fine_micro_f1": _f1(tp, fp, fn),
        "missing": missing,
        "per_main_f1": {m: _f1(c["tp"], c["fp"], c["fn"]) for m, c in main_counts.items()},
        "per_fine_f1": {f: _f1(c["tp"], c["fp"], c["fn"]) for f, c in fine_counts.items() if c["tp"] + c["fn"]},
    }


def _cell(is_gold: bool, is_pred: bool) -> str:
    if is_gold and is_pred:
        return "tp"
    if is_pred:
        return "fp"
    return "fn" if is_gold else "tn"
