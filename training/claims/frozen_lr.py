"""Baseline: logistic regression on frozen int8 ONNX MiniLM embeddings (the bundled encoder).

Embeddings are cached under training/cache/ (git-ignored). C and the threshold are chosen on CT24
dev; dev-test is scored once at the end::

    python training/claims/frozen_lr.py [--write]   # --write ships it as the claims model
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from data import load_split
from metrics import best_threshold, prf_at
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from spinscope.models.encoder import Encoder  # noqa: E402

CACHE = ROOT / "training" / "cache" / "ct24_minilm_int8"
MODEL_DIR = ROOT / "src" / "spinscope" / "claims" / "model"


def embed(split: str, enc: Encoder, limit: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Embeddings of a split, or of a seeded random ``limit`` rows of it (the CPU is shared)."""
    texts, labels = load_split(split)
    keep = np.arange(len(texts))
    if limit is not None and limit < len(texts):
        keep = np.sort(np.random.default_rng(0).choice(len(texts), size=limit, replace=False))
    path = CACHE / f"{split}-{len(keep)}.npy"
    y = np.array(labels)[keep]
    if path.exists():
        return np.load(path), y
    CACHE.mkdir(parents=True, exist_ok=True)
    vecs = enc.encode([texts[i] for i in keep])
    np.save(path, vecs)
    return vecs, y


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="write src/spinscope/analyzers/claims/model/config.json")
    ap.add_argument("--train-n", type=int, default=8000, help="train rows to embed (seeded sample)")
    args = ap.parse_args()
    enc = Encoder()
    xs = {"train": embed("train", enc, args.train_n), "dev": embed("dev", enc), "dev-test": embed("dev-test", enc)}
    best = None
    for c in (0.1, 0.3, 1.0, 3.0, 10.0):
        clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(*xs["train"])
        probs = clf.predict_proba(xs["dev"][0])[:, 1]
        thr, f1 = best_threshold(xs["dev"][1], probs)
        print(f"C={c}: dev F1 {f1:.4f} @ {thr:.2f}", flush=True)
        if best is None or f1 > best[0]:
            best = (f1, c, thr, clf)
    f1, c, thr, clf = best
    p, r, f = prf_at(xs["dev-test"][1], clf.predict_proba(xs["dev-test"][0])[:, 1], thr)
    result = {"train_n": len(xs["train"][1]), "C": c, "threshold": thr, "dev_f1": round(f1, 4), "devtest_p": round(p, 4),
              "devtest_r": round(r, 4), "devtest_f1": round(f, 4)}
    print(json.dumps(result))
    if args.write:
        cfg = {"kind": "frozen_lr", "threshold": thr, "coef": [round(float(v), 6) for v in clf.coef_[0]],
               "intercept": float(clf.intercept_[0]), "metrics": result}
        MODEL_DIR.mkdir(parents=True, exist_ok=True)
        (MODEL_DIR / "config.json").write_text(json.dumps(cfg) + "\n")


if __name__ == "__main__":
    main()
