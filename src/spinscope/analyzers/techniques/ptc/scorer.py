"""The SemEval-2020 Task 11 metrics, re-implemented from the task definition (Da San Martino et al.).

SI and FLC use a partial-overlap precision and recall. For a predicted span ``s`` and a gold span
``t`` (character sets) with the same label (any label for SI)::

    C(s, t, h) = |s ∩ t| / h
    P = (1/|S|) Σ_{s∈S, t∈T} C(s, t, |s|)     R = (1/|T|) Σ_{s∈S, t∈T} C(s, t, |t|)

where S are the predictions and T the gold spans over all articles, and F1 is their harmonic mean.
Before scoring, overlapping spans inside one article are merged: all of them for SI, those of the same
technique for FLC (the official scorer does this to gold; it rejects overlapping predictions unless
asked to merge, and we always merge). TC gives exactly one label per template span, so its micro-F1
counts a span as correct when its label is among the gold labels of that same span.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

# article id -> list of (label, start, end); SI uses the label "propaganda".
Spans = dict[str, list[tuple[str, int, int]]]
SI_LABEL = "propaganda"


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    n_pred: int
    n_gold: int
    per_label: dict[str, tuple[float, float, float]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
            "per_label": {k: [round(x, 4) for x in v] for k, v in self.per_label.items()},
        }


def prf(p_num: float, p_den: int, r_num: float, r_den: int) -> tuple[float, float, float]:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    if p_den == 0 and r_den == 0:
        return p, r, 1.0  # nothing to find and nothing predicted: perfect, as in the official scorer
    f1 = 2 * p * r / (p + r) if p > 0 and r > 0 else 0.0
    return p, r, f1


def merge_overlaps(spans: list[tuple[str, int, int]], by_label: bool) -> list[tuple[str, int, int]]:
    """Merge spans that share at least one character (per label when ``by_label``)."""
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for label, s, e in spans:
        if e > s:  # an empty span covers no character and cannot score
            groups[label if by_label else SI_LABEL].append((s, e))
    out = []
    for label, ranges in groups.items():
        ranges.sort()
        cur_s, cur_e = ranges[0]
        for s, e in ranges[1:]:
            if s < cur_e:  # shares a character
                cur_e = max(cur_e, e)
            else:
                out.append((label, cur_s, cur_e))
                cur_s, cur_e = s, e
        out.append((label, cur_s, cur_e))
    return sorted(out, key=lambda x: (x[1], x[2], x[0]))


def score_spans(pred: Spans, gold: Spans, task: str) -> Score:
    """Partial-overlap P/R/F1 for ``task`` ``"si"`` or ``"flc"`` (plus per-technique for FLC)."""
    if task not in ("si", "flc"):
        raise ValueError(f"score_spans handles tasks 'si' and 'flc'; got {task!r} (use score_tc for TC)")
    by_label = task == "flc"
    unknown = sorted(set(pred) - set(gold))
    if unknown:
        raise ValueError(f"predictions for articles with no gold entry: {', '.join(unknown[:5])}")
    P = {a: merge_overlaps(v, by_label) for a, v in pred.items()}
    G = {a: merge_overlaps(v, by_label) for a, v in gold.items()}
    p_num: Counter[str] = Counter()
    r_num: Counter[str] = Counter()
    for aid, preds in P.items():
        for pl, ps, pe in preds:
            for gl, gs, ge in G.get(aid, []):
                if pl != gl:
                    continue
                inter = max(0, min(pe, ge) - max(ps, gs))
                p_num[gl] += inter / (pe - ps)
                r_num[gl] += inter / (ge - gs)
    n_pred = Counter(lab for v in P.values() for lab, _, _ in v)
    n_gold = Counter(lab for v in G.values() for lab, _, _ in v)
    p, r, f1 = prf(sum(p_num.values()), sum(n_pred.values()), sum(r_num.values()), sum(n_gold.values()))
    per = {}
    if by_label:
        for lab in sorted(set(n_pred) | set(n_gold)):
            per[lab] = prf(p_num[lab], n_pred[lab], r_num[lab], n_gold[lab])
    return Score(p, r, f1, sum(n_pred.values()), sum(n_gold.values()), per)


def score_tc(pred: Spans, gold: Spans) -> Score:
    """Micro P/R/F1 of technique labels on given spans, matched by (article, start, end)."""
    gold_labels: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    for aid, v in gold.items():
        for lab, s, e in v:
            gold_labels[(aid, s, e)][lab] += 1
    correct: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold = Counter(lab for c in gold_labels.values() for lab in c.elements())
    for aid, v in pred.items():
        for lab, s, e in v:
            n_pred[lab] += 1
            bucket = gold_labels.get((aid, s, e))
            if bucket and bucket[lab] > 0:
                bucket[lab] -= 1  # one gold label can be matched by one prediction only
                correct[lab] += 1
    p, r, f1 = prf(sum(correct.values()), sum(n_pred.values()), sum(correct.values()), sum(n_gold.values()))
    per = {
        lab: prf(correct[lab], n_pred[lab], correct[lab], n_gold[lab])
        for lab in sorted(set(n_pred) | set(n_gold))
    }
    return Score(p, r, f1, sum(n_pred.values()), sum(n_gold.values()), per)
