"""Check-worthiness precision and recall by minimum score, and how well the score is calibrated, on
CheckThat! 2024 dev (where the threshold was chosen) and dev-test (scored once).

    python -m training.quality.claims

A sentence is *right* as a claim when its gold label is "Yes". Prints one row per minimum and the
reliability table (10 equal-width bins: mean score against the share that is right), and writes
``training/runs/quality_claims.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from spinscope.analyzers.claims.scorer import load_check_worthiness
from training.claims.data import load_split
from training.techniques.calibrate import reliability

MINIMA = (0.0, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9)


def rows(scores: np.ndarray, gold: np.ndarray) -> list[dict]:
    out = []
    for m in MINIMA:
        keep = scores >= m
        tp = int((keep & (gold == 1)).sum())
        out.append({"min_score": m, "shown": int(keep.sum()), "precision": round(tp / max(1, int(keep.sum())), 3),
                    "recall": round(tp / max(1, int(gold.sum())), 3)})
    return out


def main() -> None:
    scorer = load_check_worthiness()
    res = {}
    for split in ("dev", "dev-test"):
        texts, labels = load_split(split)
        s = scorer.score(texts)
        g = np.asarray(labels)
        ece, table = reliability(s, g)
        baseline = round(float(g.mean()), 3)  # every sentence a claim
        res[split] = {"sentences": len(texts), "positives": int(g.sum()), "all_claims_precision": baseline,
                      "rows": rows(s, g), "ece": round(ece, 3), "reliability": table}
        print(split, json.dumps({k: v for k, v in res[split].items() if k != "reliability"}, indent=1), flush=True)
        for r in table:
            print("  ", r)
    out = Path("training/runs/quality_claims.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
