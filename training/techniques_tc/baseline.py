"""Step 1: logistic regression on frozen MiniLM features ([CLS] + span mean) plus ``span_extras``.

    python -m training.techniques_tc.baseline --feat training/runs/tc_feat

Prints dev micro-F1 (spinscope.analyzers.techniques.ptc.scorer.score_tc) and writes ``lr_head.npz`` (weights with the
standardisation folded in, so the head is one linear layer over the raw features) and ``lr_dev.json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from training.techniques_tc.data import load, score


def features(feat: Path, split: str) -> tuple[np.ndarray, object]:
    data = load(split)
    return np.concatenate([np.load(feat / f"{split}_pooled.npy"), data.extras], 1), data


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feat", type=Path, required=True)
    ap.add_argument("--C", type=float, nargs="+", default=[0.03, 0.1, 0.3, 1.0])
    ap.add_argument("--balanced", action="store_true")
    args = ap.parse_args()
    Xtr, train = features(args.feat, "train")
    Xdv, dev = features(args.feat, "dev")
    # One label per row for sklearn: the first gold technique (41 of 6,087 train spans have two).
    ytr = train.targets.argmax(1)
    scaler = StandardScaler().fit(Xtr)
    results, best = {}, None
    for c in args.C:
        clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced" if args.balanced else None)
        clf.fit(scaler.transform(Xtr), ytr)
        probs = np.zeros((len(Xdv), 14), np.float32)
        probs[:, clf.classes_] = clf.predict_proba(scaler.transform(Xdv))
        res = score(dev, probs)
        results[str(c)] = res
        print(c, res["micro_f1"], flush=True)
        if best is None or res["micro_f1"] > best[0]["micro_f1"]:
            best = (res, clf)
    res, clf = best
    W = np.zeros((14, Xtr.shape[1]), np.float32)
    b = np.full(14, -30.0, np.float32)  # a class never seen in train gets no probability
    W[clf.classes_] = clf.coef_ / scaler.scale_
    b[clf.classes_] = clf.intercept_ - (clf.coef_ * scaler.mean_ / scaler.scale_).sum(1)
    tag = "_balanced" if args.balanced else ""
    np.savez(args.feat / f"lr_head{tag}.npz", W=W, b=b)
    (args.feat / f"lr_dev{tag}.json").write_text(json.dumps({"by_C": results, "best": res}, indent=2))
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
