"""Fit and measure the quote score (``analyzers/quotes/score.py``) on PolNeAR.

    python -m training.quality.quotes_score [--write]

The analyzer runs on our validation slice of PolNeAR train (the map is fitted there) and on PolNeAR
dev (measured there only), with the cached parses of ``training.quotes.evaluate --cache``. A quote is
*right* when its content and a gold attribution's cover half of each other and, where the gold names
a source, the speaker spans meet. Prints the reliability table and precision / recall by minimum on
dev; ``--write`` stores the coefficients in ``score.json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

import spinscope.analyzers.quotes.analyzer as qa
from spinscope.analyzers.quotes.score import FEATURES, PATH
from training.quotes import polnear, tagdata
from training.quotes.evaluate import _chars, analyse
from training.techniques.calibrate import reliability

MINIMA = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


def rows(split: str) -> tuple[np.ndarray, np.ndarray, int]:
    """Features and right/wrong of every quote the analyzer writes, and the number of gold reports."""
    seen: list[list[float]] = []
    qa.quote_score = lambda x: seen.append(list(x))  # record, score nothing
    arts = polnear.load("dev") if split == "dev" else [a for a in polnear.load("train") if tagdata.is_val(a.name)]
    docs = analyse(arts, "auto", True)
    xs, ys, k, n_gold = [], [], 0, 0
    for doc, art in zip(docs, arts, strict=True):
        golds = [(r, _chars(r.content)) for r in art.relations]
        golds = [(r, c) for r, c in golds if c]
        n_gold += len(golds)
        for q in doc.quotes:
            chars = set(range(q.content.start, q.content.end))
            right = 0
            for r, gc in golds:
                ov = len(chars & gc)
                if ov and 2 * ov >= len(chars) and 2 * ov >= len(gc):
                    src = _chars(r.source) if r.source else set()
                    if not src or (q.speaker is not None and src & set(range(q.speaker.start, q.speaker.end))):
                        right = 1
                        break
            xs.append(seen[k])
            ys.append(right)
            k += 1
    assert k == len(seen), "one recorded feature row per written quote"
    return np.array(xs), np.array(ys), n_gold


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    xv, yv, _ = rows("val")
    clf = LogisticRegression(C=1.0, max_iter=5000, fit_intercept=False).fit(xv, yv)
    coef = [round(float(c), 6) for c in clf.coef_[0]]
    xd, yd, gold_dev = rows("dev")
    sd = 1 / (1 + np.exp(-(xd @ np.array(coef))))
    ece, table = reliability(sd, yd)
    out = {"features": list(FEATURES), "coef": coef, "fitted_on": f"PolNeAR val slice, {len(yv)} quotes",
           "dev": {"quotes": len(yd), "right": round(float(yd.mean()), 4), "ece": round(ece, 4), "reliability": table,
                   "rows": [{"min_score": m, "shown": int((sd >= m).sum()),
                             "precision": round(float(yd[sd >= m].mean()), 4) if (sd >= m).any() else None,
                             "recall_of_right": round(float(yd[sd >= m].sum() / max(1, yd.sum())), 4)}
                            for m in MINIMA]}}
    print(json.dumps(out, indent=1))
    Path("training/runs").mkdir(parents=True, exist_ok=True)
    Path("training/runs/quality_quotes.json").write_text(json.dumps(out, indent=1))
    if args.write:
        PATH.write_text(json.dumps({k: out[k] for k in ("features", "coef", "fitted_on")}, indent=1) + "\n")


if __name__ == "__main__":
    main()
