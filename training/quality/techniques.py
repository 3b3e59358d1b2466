"""Technique spans' precision and recall by minimum calibrated score, on PTC dev (our split).

    python -m training.quality.techniques [--dev-limit N]

The shipped tagger decodes every dev article; the calibrator is cross-fitted on article halves (fitted
on one half's spans, applied to the other's) so no span is scored by a map that saw it. A span is
*right* when a gold span of its technique overlaps it (``technique``) and, more leniently, when any
gold propaganda span overlaps it (``any``, PTC's SI overlap). Recall is the share of gold spans that a
shown span of the same technique overlaps. Prints one row per minimum and writes
``training/runs/quality_techniques.json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from spinscope.analyzers.techniques.tagger import MODEL_DIR, TechniqueTagger
from training.techniques.calibrate import fit_calibrator, predict
from training.techniques.data import load_split

MINIMA = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def table(dev, rows, cal: np.ndarray) -> list[dict]:
    any_right = np.array([int(any(s < p.end and p.start < e for _, s, e in dev[k].spans)) for k, p, _ in rows])
    tech_right = np.array([y for _, _, y in rows])
    n_gold = sum(len(a.spans) for a in dev)
    out = []
    for m in MINIMA:
        keep = cal >= m
        found = sum(
            1 for k, a in enumerate(dev) for t, s, e in a.spans
            if any(keep[i] and rows[i][0] == k and rows[i][1].technique == t and s < rows[i][1].end
                   and rows[i][1].start < e for i in range(len(rows)))
        )
        n = int(keep.sum())
        out.append({
            "min_score": m, "spans": n, "share_of_spans": round(n / max(1, len(rows)), 3),
            "precision_technique": round(float(tech_right[keep].mean()), 3) if n else None,
            "precision_any": round(float(any_right[keep].mean()), 3) if n else None,
            "recall_technique": round(found / max(1, n_gold), 3),
        })
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev-limit", type=int, default=0, help="smoke runs only")
    args = ap.parse_args()
    dev = load_split("dev")[: args.dev_limit or None]
    model = TechniqueTagger(MODEL_DIR, variant="int8")
    model.calibrator = None  # raw scores; calibrated below, cross-fitted
    outs = model.token_outputs([a.text for a in dev], hidden=model.needs_hidden)
    _, rows = predict(model, dev, outs)
    cal = np.zeros(len(rows))
    for k in (0, 1):
        c = fit_calibrator([r for r in rows if r[0] % 2 == k], model.techniques)
        for i, (a, p, _) in enumerate(rows):
            if a % 2 != k:
                cal[i] = c(p.technique, p.raw, p.head_prob, p.from_channel)
    res = {"articles": len(dev), "spans": len(rows), "gold_spans": sum(len(a.spans) for a in dev),
           "rows": table(dev, rows, cal)}
    for r in res["rows"]:
        print(r, flush=True)
    import pickle

    dump = [(k, p.start, p.end, p.technique, p.raw, p.head_prob, p.from_channel, y, float(c), dev[k].text[p.start:p.end],
             len(dev[k].text)) for (k, p, y), c in zip(rows, cal, strict=True)]
    Path("training/runs").mkdir(parents=True, exist_ok=True)
    Path("training/runs/quality_techniques_rows.pkl").write_bytes(pickle.dumps(dump))
    out = Path("training/runs/quality_techniques.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
