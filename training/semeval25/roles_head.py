"""Role heads on frozen encoder features: select by grouped 5-fold CV on `fit`, report on `val`.

    python training/semeval25/roles_head.py [--ship]

Main role: multinomial logistic regression. Fine roles: one-vs-rest logistic regressions; at
decode time only the fine roles of the predicted main role compete, the best one is always kept
and others join when their probability passes ``fine_extra`` (most gold rows have one fine role).
With ``--ship`` the chosen setting is refitted on all train mentions and written as
``src/spinscope/analyzers/roles/model/head.npz``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.analyzers.roles.classifier import decode, select_parts  # noqa: E402
from spinscope.analyzers.roles.scoring import score_roles  # noqa: E402
from spinscope.analyzers.roles.task_format import Mention  # noqa: E402
from spinscope.analyzers.roles.taxonomy import ALL_FINE, MAIN_ROLES  # noqa: E402
from training.semeval25.data import RUNS  # noqa: E402

SHIP = Path(__file__).resolve().parents[2] / "src/spinscope/analyzers/roles/model/head.npz"


PARTS = ("mention+context", "mention+paragraph", "mention+context+paragraph")


def load(parts: str = "mention+context", extras: bool = False):
    X = np.load(RUNS / "roles_features.npz")["X"]
    X = select_parts({"parts": parts, "dim": 384}, X)
    if extras:  # layer features (quotes, techniques, labels) from roles_context.py, after the blocks
        X = np.hstack([X, np.load(RUNS / "roles_context.npz")["E"]])
    meta = json.loads((RUNS / "roles_meta.json").read_text())
    y_main = np.array([MAIN_ROLES.index(m["main"]) for m in meta])
    Y_fine = np.array([[f in m["fine"] for f in ALL_FINE] for m in meta], dtype=int)
    return X, meta, y_main, Y_fine


C_MAIN: float | None = None  # --C-main: the main-role head's own C (default: the fine heads' C)


def fit(X, y_main, Y_fine, C: float, balanced: bool):
    mu, sd = X.mean(0), X.std(0) + 1e-6
    Z = (X - mu) / sd
    cw = "balanced" if balanced else None
    main = LogisticRegression(C=C_MAIN or C, max_iter=2000, class_weight=cw).fit(Z, y_main)
    W_f = np.zeros((Y_fine.shape[1], X.shape[1]), dtype=np.float32)
    b_f = np.full(Y_fine.shape[1], -8.0, dtype=np.float32)  # a role never seen stays off
    for j in range(Y_fine.shape[1]):
        if 0 < Y_fine[:, j].sum() < len(Y_fine):
            lr = LogisticRegression(C=C, max_iter=2000, class_weight=cw).fit(Z, Y_fine[:, j])
            W_f[j], b_f[j] = lr.coef_[0], lr.intercept_[0]
    return {"mean": mu.astype(np.float32), "scale": sd.astype(np.float32),
            "main_W": main.coef_.astype(np.float32), "main_b": main.intercept_.astype(np.float32),
            "fine_W": W_f, "fine_b": b_f}


def predict(head, X, fine_extra: float):
    from spinscope.analyzers.roles.classifier import probabilities

    out = []
    for p_main, p_fine in zip(*probabilities(head, X), strict=True):
        out.append(decode(p_main, p_fine, fine_extra))
    return out


def as_mentions(meta, preds=None):
    rows = []
    for i, m in enumerate(meta):
        main, fine = (m["main"], m["fine"]) if preds is None else (preds[i][0], preds[i][1])
        rows.append(Mention(m["file"], m["mention"], m["start"], m["end"], main, list(fine)))
    return rows


EXTRAS = (0.5, 1.01)


def evaluate(X, meta, y_main, Y_fine, train_idx, test_idx, C, balanced, extras=EXTRAS):
    """Scores on ``test_idx`` of a head fitted on ``train_idx``, one per ``fine_extra`` (one fit)."""
    head = fit(X[train_idx], y_main[train_idx], Y_fine[train_idx], C, balanced)
    sub = [meta[i] for i in test_idx]
    return [score_roles(as_mentions(sub), as_mentions(sub, predict(head, X[test_idx], e))) for e in extras]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ship", action="store_true")
    ap.add_argument("--extras", action="store_true", help="add the layer features of roles_context.py")
    ap.add_argument("--parts", nargs="*", default=list(PARTS))
    ap.add_argument("--C", nargs="*", type=float, default=[0.01, 0.03, 0.1])
    ap.add_argument("--balanced", nargs="*", type=int, default=[0, 1])
    ap.add_argument("--tag", default="", help="suffix of the results file")
    ap.add_argument("--C-main", type=float, default=None, help="C of the main-role head (default: --C)")
    args = ap.parse_args()
    global C_MAIN
    C_MAIN = args.C_main
    results = []
    for parts in args.parts:
        X, meta, y_main, Y_fine = load(parts, args.extras)
        fit_idx = np.array([i for i, m in enumerate(meta) if m["split"] == "fit"])
        groups = [meta[i]["file"] for i in fit_idx]
        for C in args.C:
            for balanced in map(bool, args.balanced):
                folds = [evaluate(X, meta, y_main, Y_fine, fit_idx[tr], fit_idx[te], C, balanced)
                         for tr, te in GroupKFold(5).split(fit_idx, groups=groups)]
                for k, extra in enumerate(EXTRAS):
                    r = {"parts": parts, "extras": args.extras, "C": C, "C_main": args.C_main, "balanced": balanced, "fine_extra": extra,
                         "cv_main": float(np.mean([f[k]["main_accuracy"] for f in folds])),
                         "cv_emr": float(np.mean([f[k]["exact_match_ratio"] for f in folds]))}
                    results.append(r)
                    print(json.dumps(r), flush=True)
    best = max(results, key=lambda r: r["cv_main"] + r["cv_emr"])
    print("best", json.dumps(best))
    X, meta, y_main, Y_fine = load(best["parts"], args.extras)
    fit_idx = np.array([i for i, m in enumerate(meta) if m["split"] == "fit"])
    val_idx = np.array([i for i, m in enumerate(meta) if m["split"] == "val"])
    s = evaluate(X, meta, y_main, Y_fine, fit_idx, val_idx, best["C"], best["balanced"], (best["fine_extra"],))[0]
    majority = float(np.mean(y_main[val_idx] == np.bincount(y_main[fit_idx]).argmax()))
    print("val", json.dumps({**s, "majority_main_accuracy": majority}, indent=1))
    (RUNS / f"roles_head_results{args.tag}.json").write_text(json.dumps({"cv": results, "best": best, "val": s,
                                                               "majority": majority}, indent=1))
    if args.ship:
        head = fit(X, y_main, Y_fine, best["C"], best["balanced"])
        np.savez(SHIP, **head, fine_extra=np.float32(best["fine_extra"]),
                 parts=np.array(best["parts"]), dim=np.int64(384),
                 n_extra=np.int64(X.shape[1] - 384 * len(best["parts"].split("+"))))
        print("wrote", SHIP)


if __name__ == "__main__":
    main()
