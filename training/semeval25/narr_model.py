"""Narrative classifier on frozen encoder vectors: trained heads + similarity to label descriptions
and to label prototypes, per-label thresholds from out-of-fold predictions.

    python training/semeval25/narr_model.py [--ship]

Per document: paragraph-window vectors V (``narr_features.py``). Features for label L:
the document mean vector (shared by all labels) and four similarities -- max and mean over
windows of cos(window, description(L)), max over windows of cos(window, prototype(L)) and
cos(mean, prototype(L)), where prototype(L) is the mean window vector of the training documents
carrying L (computed inside each fold). One logistic regression per label on
[doc vector ; its similarities]; thresholds chosen per label on out-of-fold scores of `fit`
(labels with few positives share one threshold). Reported on `val`; ``--ship`` refits on all of
train and writes ``src/spinscope/analyzers/narratives/semeval/model/narratives.npz``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.analyzers.narratives.semeval.classifier import (  # noqa: E402
    NarrativeModel,
    decode,
    doc_features,
)
from spinscope.analyzers.narratives.semeval.scoring import score_narratives  # noqa: E402
from spinscope.analyzers.narratives.semeval.taxonomy import (  # noqa: E402
    OTHER,
    coarse_labels,
    description,
    fine_labels,
)
from spinscope.models.encoder import Encoder  # noqa: E402
from training.semeval25.data import RUNS, narrative_rows  # noqa: E402

SHIP = Path(__file__).resolve().parents[2] / "src/spinscope/analyzers/narratives/semeval/model/narratives.npz"
LABELS = (*coarse_labels(), *fine_labels(), OTHER)
MIN_POS_OWN_THRESHOLD = 8


def load(units: str = "chunks"):
    """``units``: ``chunks`` (paragraph windows pooled from the shared pass) or ``tiles`` (the
    shared pass's encoder windows, each embedded as a whole)."""
    z = np.load(RUNS / f"narr_{units}.npz")
    meta = json.loads((RUNS / "narr_meta.json").read_text())
    gold = narrative_rows()
    chunks = [z["V"][z["owner"] == d] for d in range(len(meta))]
    Y = np.array([[lab in gold[m["file"]][0] or lab in gold[m["file"]][1] for lab in LABELS] for m in meta], dtype=int)
    domain = np.array([m["file"].startswith("EN_CC") for m in meta], dtype=int)
    return meta, chunks, Y, domain, gold


def prototypes(chunks, Y, idx):
    P = np.zeros((Y.shape[1], chunks[0].shape[1]), dtype=np.float32)
    for j in range(Y.shape[1]):
        pos = [chunks[i] for i in idx if Y[i, j]]
        if pos:
            v = np.concatenate(pos).mean(0)
            P[j] = v / max(np.linalg.norm(v), 1e-12)
    return P


def train(chunks, Y, domain, idx, D, C):
    P = prototypes(chunks, Y, idx)
    model = {"desc": D, "proto": P}
    F = [doc_features(chunks[i], D, P) for i in idx]
    docvec = np.stack([f[0] for f in F])
    sims = np.stack([f[1] for f in F])  # [n, labels, 4]
    mu_d, sd_d = docvec.mean(0), docvec.std(0) + 1e-6
    mu_s, sd_s = sims.mean(0), sims.std(0) + 1e-6
    W_doc = np.zeros((Y.shape[1], docvec.shape[1]), dtype=np.float32)
    W_sim = np.zeros((Y.shape[1], sims.shape[2]), dtype=np.float32)
    b = np.full(Y.shape[1], -8.0, dtype=np.float32)
    for j in range(Y.shape[1]):
        y = Y[idx, j]
        if y.sum() == 0 or y.sum() == len(y):
            continue
        X = np.hstack([(docvec - mu_d) / sd_d, (sims[:, j] - mu_s[j]) / sd_s[j]])
        lr = LogisticRegression(C=C, max_iter=3000).fit(X, y)
        W_doc[j], W_sim[j], b[j] = lr.coef_[0][: docvec.shape[1]], lr.coef_[0][docvec.shape[1]:], lr.intercept_[0]
    dom = LogisticRegression(C=1.0, max_iter=3000).fit((docvec - mu_d) / sd_d, domain[idx])
    model.update(doc_mean=mu_d, doc_scale=sd_d, sim_mean=mu_s, sim_scale=sd_s, W_doc=W_doc, W_sim=W_sim, b=b,
                 dom_W=dom.coef_[0].astype(np.float32), dom_b=np.float32(dom.intercept_[0]))
    return model


def scores(model, chunks, idx):
    m = NarrativeModel.from_arrays({**model, "thresholds": np.zeros(len(LABELS), np.float32),
                                    "labels": np.array(LABELS)})
    out = [m.scores(chunks[i]) for i in idx]
    return np.stack([o[0] for o in out]), np.array([o[1] for o in out])


def global_thresholds(t_other: float, t_coarse: float, t_fine: float) -> np.ndarray:
    return np.array([t_other if lab == OTHER else t_coarse if lab.count(":") == 1 else t_fine for lab in LABELS],
                    dtype=np.float32)


GRID = tuple(np.arange(0.1, 0.8, 0.05))


def choose_thresholds(S, Y, grid=GRID):
    """Per label (enough positives) or shared, maximising per-label F1 on out-of-fold scores."""
    def f1(s, y, t):
        p = s >= t
        tp = (p & (y == 1)).sum()
        return 2 * tp / max(p.sum() + y.sum(), 1)
    rare = [j for j in range(Y.shape[1]) if Y[:, j].sum() < MIN_POS_OWN_THRESHOLD]
    shared = max(grid, key=lambda t: sum(f1(S[:, j], Y[:, j], t) for j in rare)) if rare else 0.5
    T = np.full(Y.shape[1], shared, dtype=np.float32)
    for j in range(Y.shape[1]):
        if j not in rare:
            T[j] = max(grid, key=lambda t: f1(S[:, j], Y[:, j], t))
    return T


def predictions(meta, idx, S, dom, T, shift=0.0):
    out = {}
    for k, i in enumerate(idx):
        coarse, fine, _ = decode(S[k], dom[k], T + shift, LABELS)
        out[meta[i]["file"]] = (coarse or [OTHER], fine or [OTHER])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ship", action="store_true")
    ap.add_argument("--units", choices=("chunks", "tiles"), default="chunks")
    args = ap.parse_args()
    meta, chunks, Y, domain, gold = load(args.units)
    D = Encoder().encode([description(lab) for lab in LABELS])
    fit_idx = np.array([i for i, m in enumerate(meta) if m["split"] == "fit"])
    val_idx = np.array([i for i, m in enumerate(meta) if m["split"] == "val"])
    log = {}
    best = None
    for C in (0.001, 0.003, 0.01):
        S_oof = np.zeros((len(fit_idx), len(LABELS)))
        dom_oof = np.zeros(len(fit_idx))
        for tr, te in KFold(5, shuffle=True, random_state=0).split(fit_idx):
            model = train(chunks, Y, domain, fit_idx[tr], D, C)
            S_oof[te], dom_oof[te] = scores(model, chunks, fit_idx[te])
        g = {meta[i]["file"]: gold[meta[i]["file"]] for i in fit_idx}
        # Three shared thresholds (Other gate, coarse, fine) searched on out-of-fold F1-samples:
        # per-label thresholds over-fit labels with a dozen positives.
        for t_o in np.arange(0.2, 0.65, 0.05):
            for t_c in (0.05, 0.1, 0.15, 0.2, 0.3, 0.4):
                for t_f in (0.05, 0.1, 0.15, 0.2, 0.3, 0.4):
                    T = global_thresholds(t_o, t_c, t_f)
                    s = score_narratives(g, predictions(meta, fit_idx, S_oof, dom_oof, T))
                    total = s["f1_samples_coarse"] + s["f1_samples_fine"]
                    if best is None or total > best[0]:
                        best = (total, C, 0.0, T)
                        log[f"C={C}"] = {"t_other": float(t_o), "t_coarse": float(t_c), "t_fine": float(t_f),
                                         "cv_coarse": s["f1_samples_coarse"], "cv_fine": s["f1_samples_fine"]}
        print(C, json.dumps(log.get(f"C={C}")), flush=True)
    _, C, shift, T = best
    print("best", C, shift)
    model = train(chunks, Y, domain, fit_idx, D, C)
    S, dom = scores(model, chunks, val_idx)
    g = {meta[i]["file"]: gold[meta[i]["file"]] for i in val_idx}
    s = score_narratives(g, predictions(meta, val_idx, S, dom, T, shift))
    other = score_narratives(g, {f: ([OTHER], [OTHER]) for f in g})
    report = {"best": {"C": C, "shift": shift, "units": args.units}, "cv": log,
              "val": {k: s[k] for k in ("n", "f1_samples_coarse", "f1_samples_fine")},
              "val_all_other": {k: other[k] for k in ("f1_samples_coarse", "f1_samples_fine")},
              "val_per_label_coarse": s["per_label_coarse"], "val_per_label_fine": s["per_label_fine"],
              "val_domain_accuracy": float(np.mean((dom >= 0.5) == domain[val_idx]))}
    print(json.dumps({k: report[k] for k in ("val", "val_all_other", "val_domain_accuracy")}, indent=1))
    (RUNS / f"narr_results_{args.units}.json").write_text(json.dumps(report, indent=1))
    if args.ship:
        all_idx = np.arange(len(meta))
        model = train(chunks, Y, domain, all_idx, D, C)
        np.savez(SHIP, **model, thresholds=(T + shift).astype(np.float32), labels=np.array(LABELS),
                 units=np.array(args.units))
        print("wrote", SHIP)


if __name__ == "__main__":
    main()
