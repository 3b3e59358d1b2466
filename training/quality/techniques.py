"""Technique spans' precision and recall by minimum score, on PTC dev (our split).

    python -m training.quality.techniques [--dev-limit N]

The shipped tagger decodes every dev article (75). Two scores are measured, each cross-fitted on
article halves (fitted on one half's spans, applied to the other's), so no span is scored by a map
that saw it:

- ``score``, what the views' minimum reads: the verifier's probability that the span marks a
  persuasion technique (``training/techniques/verify.py``);
- the label's score (``reason`` quotes it): the calibrated probability that the technique named is
  the gold one (``training/techniques/calibrate.py``); the only score before the verifier, kept as
  the baseline.

A span is right *(any)* when some gold propaganda span overlaps it, *(technique)* when a gold span of
its technique does; ``gold_chars`` is the share of its characters inside gold spans (PTC's SI
precision, which long spans cannot inflate). Recall *(any)* is the share of gold spans that some shown
span overlaps, *(technique)* that a shown span of the same technique overlaps. The default minimum is
also judged held out (fixed in advance, verifier fitted on one half, applied to the other;
``verify.held_out``), and over twelve other article splits (``verify.random_splits``). Prints the
tables and writes ``training/runs/quality_techniques.json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from spinscope.analyzers.techniques.tagger import MODEL_DIR, TechniqueTagger
from spinscope.settings import default
from training.techniques.calibrate import fit_calibrator
from training.techniques.data import Article, load_split
from training.techniques.verify import Row, crossfit, decode, held_out, random_splits

MINIMA = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def mean(v: list[float]) -> float | None:
    return round(float(np.mean(v)), 3) if v else None


def table(dev: list[Article], rows: list[Row], scores: np.ndarray) -> list[dict]:
    n_gold = sum(len(a.spans) for a in dev)
    out = []
    for m in MINIMA:
        keep = scores >= m
        shown = [r for r, k in zip(rows, keep, strict=True) if k]
        found_any = found_tech = 0
        for k, a in enumerate(dev):
            mine = [r.span for r in shown if r.article == k]
            for t, s, e in a.spans:
                over = [p for p in mine if s < p.end and p.start < e]
                found_any += bool(over)
                found_tech += any(p.technique == t for p in over)
        n = len(shown)
        out.append({
            "min_score": m, "spans": n, "share_of_spans": round(n / max(1, len(rows)), 3),
            "precision_any": mean([r.right_any for r in shown]),
            "precision_technique": mean([r.right_technique for r in shown]),
            "gold_chars": mean([r.gold_chars for r in shown]),
            "recall_any": round(found_any / max(1, n_gold), 3),
            "recall_technique": round(found_tech / max(1, n_gold), 3),
        })
    return out


def label_scores(rows: list[Row], techniques: list[str]) -> np.ndarray:
    """The technique calibrator, cross-fitted on the same article halves."""
    cal = np.zeros(len(rows))
    for k in (0, 1):
        c = fit_calibrator([(r.article, r.span, r.right_technique) for r in rows if r.article % 2 != k], techniques)
        for i, r in enumerate(rows):
            if r.article % 2 == k:
                cal[i] = c(r.span.technique, r.span.raw, r.span.head_prob, r.span.from_channel)
    return cal


def by_technique(rows: list[Row], scores: np.ndarray, minimum: float) -> dict:
    out: dict = {}
    for r, s in zip(rows, scores, strict=True):
        d = out.setdefault(r.span.technique, {"spans": 0, "shown": 0, "right_any": 0, "right_technique": 0})
        d["spans"] += 1
        if s >= minimum:
            d["shown"] += 1
            d["right_any"] += r.right_any
            d["right_technique"] += r.right_technique
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["shown"]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev-limit", type=int, default=0, help="smoke runs only")
    args = ap.parse_args()
    dev = load_split("dev")[: args.dev_limit or None]
    model = TechniqueTagger(MODEL_DIR, variant="int8")
    model.verifier = None  # decoded with the technique scores; both scores are cross-fitted below
    rows = decode(model, dev)
    score = crossfit(rows, model.techniques)
    label = label_scores(rows, model.techniques)
    minimum = float(default("min_score")["techniques"])
    res = {
        "articles": len(dev), "spans": len(rows), "gold_spans": sum(len(a.spans) for a in dev),
        "default_min_score": minimum,
        "score": table(dev, rows, score),
        "label_score_baseline": table(dev, rows, label),
        "held_out_default": held_out(rows, model.techniques),
        "other_splits_at_default": random_splits(rows, model.techniques, len(dev), minimum),
        "by_technique_at_default": by_technique(rows, score, minimum),
    }
    for name in ("score", "label_score_baseline"):
        print(name)
        for r in res[name]:
            print(" ", r, flush=True)
    print("held out", json.dumps(res["held_out_default"]))
    for r in res["other_splits_at_default"]:
        print("other split", r)
    print("by technique", json.dumps(res["by_technique_at_default"]))
    out = Path("training/runs/quality_techniques.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
