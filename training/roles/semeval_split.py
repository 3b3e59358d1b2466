"""SemEval-2025 subtask 1 on our split: the head, the head with calibrated thresholds, the cues.

    python -m training.roles.semeval_split cues [--only val|fit]  # run parse/entities/quotes/claims on the train
                                                    # documents, the cue decision of every mention
                                                    # -> training/runs/semeval25/roles_cues.json
    python -m training.roles.semeval_split eval [--ship]

Our split (``training/semeval25/data.py``): one train document in five is ``val``; the organisers'
dev split is never read. ``eval`` fits the head on ``fit`` only (C = 0.01, the shipped setting),
gets out-of-fold probabilities on ``fit`` (grouped 5-fold) and chooses there the thresholds above
which ``Protagonist`` / ``Innocent`` replace ``Antagonist``; it reports on ``val``: the majority
class, the head's argmax, the thresholded head, the cues where they fire with the thresholded head
elsewhere (what ``spinscope semeval25 roles`` answers), and the accuracy and coverage of an
abstaining head (answering only above a confidence). ``--ship`` writes the thresholds into
``src/spinscope/analyzers/roles/model/config.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.analyzers.roles.classifier import probabilities, select_parts  # noqa: E402
from spinscope.analyzers.roles.mention_model import MODEL_DIR  # noqa: E402
from spinscope.analyzers.roles.taxonomy import ALL_FINE, MAIN_ROLES  # noqa: E402
from training.semeval25.data import RUNS, documents, role_rows, split_of  # noqa: E402

CUES = RUNS / "roles_cues.json"
C = 0.01


def run_cues(only: str | None = None) -> None:
    from spinscope.analyzers.roles.cues import Casting
    from spinscope.analyzers.roles.decide import decide
    from spinscope.analyzers.roles.task import TaskRoles, mention_cues

    docs = documents()
    rows = role_rows(docs)
    reader = TaskRoles.__new__(TaskRoles)  # only its document reader: no head needed here
    reader._pipeline = None
    out: dict[str, dict] = {}
    by_file: dict[str, list] = {}
    for r in rows:
        if only is None or split_of(r.file) == only:
            by_file.setdefault(r.file, []).append(r)
    if only is not None and CUES.is_file():  # add to what an earlier run of the other split wrote
        out.update(json.loads(CUES.read_text()))
    for n, (file, file_rows) in enumerate(sorted(by_file.items()), 1):
        doc = reader._read(docs[file])
        casting = Casting(doc, doc.cache["parse"])
        for r in file_rows:
            start, end = r.span()
            d = decide(mention_cues(doc, casting, start, end))
            out[f"{file}:{r.start}:{r.end}"] = (
                {"main": d.main.capitalize(), "score": d.score, "by": d.by, "kinds": [c.kind for c in d.cues]}
                if d else {})
        if n % 25 == 0:
            print(n, "documents", flush=True)
    CUES.write_text(json.dumps(out))
    print("wrote", CUES, len(out), "mentions")


def _fit(X, y_main, Y_fine):
    from training.semeval25 import roles_head

    roles_head.C_MAIN = None
    return roles_head.fit(X, y_main, Y_fine, C, False)


def _decide(p_main, cut: float) -> np.ndarray:
    """Antagonist unless Protagonist / Innocent passes ``cut`` (then the more probable of them)."""
    ant = MAIN_ROLES.index("Antagonist")
    out = np.full(len(p_main), ant)
    other = p_main.copy()
    other[:, ant] = -1
    best = other.argmax(1)
    ok = other.max(1) >= cut
    out[ok] = best[ok]
    return out


def evaluate(ship: bool) -> dict:
    X = np.load(RUNS / "roles_features.npz")["X"]
    X = select_parts({"parts": "mention+context", "dim": 384}, X)
    meta = json.loads((RUNS / "roles_meta.json").read_text())
    y = np.array([MAIN_ROLES.index(m["main"]) for m in meta])
    Y_fine = np.array([[f in m["fine"] for f in ALL_FINE] for m in meta], dtype=int)
    fit_idx = np.array([i for i, m in enumerate(meta) if m["split"] == "fit"])
    val_idx = np.array([i for i, m in enumerate(meta) if m["split"] == "val"])
    assert all(split_of(meta[i]["file"]) == "val" for i in val_idx)
    oof = np.zeros((len(meta), len(MAIN_ROLES)))
    groups = [meta[i]["file"] for i in fit_idx]
    for tr, te in GroupKFold(5).split(fit_idx, groups=groups):
        head = _fit(X[fit_idx[tr]], y[fit_idx[tr]], Y_fine[fit_idx[tr]])
        oof[fit_idx[te]] = probabilities(head, X[fit_idx[te]])[0]
    head = _fit(X[fit_idx], y[fit_idx], Y_fine[fit_idx])
    p_val = probabilities(head, X[val_idx])[0]
    cuts = np.round(np.arange(0.30, 1.001, 0.02), 2)
    fit_acc = {float(c): float(np.mean(_decide(oof[fit_idx], c) == y[fit_idx])) for c in cuts}
    best_cut = max(fit_acc, key=lambda c: (fit_acc[c], -c))
    ant = MAIN_ROLES.index("Antagonist")
    yv = y[val_idx]
    res = {
        "val_mentions": len(val_idx),
        "majority_antagonist": float(np.mean(yv == ant)),
        "head_argmax": float(np.mean(p_val.argmax(1) == yv)),
        "threshold_chosen_on_fit_oof": best_cut,
        "fit_oof_accuracy_at_threshold": fit_acc[best_cut],
        "head_thresholded": float(np.mean(_decide(p_val, best_cut) == yv)),
    }
    if CUES.is_file():
        cues = json.loads(CUES.read_text())
        thresholded = _decide(p_val, best_cut)
        final, fired, fired_ok = [], 0, 0
        for k, i in enumerate(val_idx):
            m = meta[i]
            c = cues.get(f"{m['file']}:{m['start']}:{m['end']}", {})
            if c:
                fired += 1
                pred = MAIN_ROLES.index(c["main"])
                fired_ok += pred == y[i]
            else:
                pred = thresholded[k]
            final.append(pred)
        res["cues_fired_on_val"] = fired
        res["cues_right_where_fired"] = round(fired_ok / fired, 3) if fired else None
        res["cues_then_thresholded_head"] = float(np.mean(np.array(final) == yv))
        fit_fired = [(MAIN_ROLES.index(cues[k]["main"]), y[i]) for i in fit_idx
                     for k in [f"{meta[i]['file']}:{meta[i]['start']}:{meta[i]['end']}"] if cues.get(k)]
        res["cues_fired_on_fit"] = len(fit_fired)
        res["cues_right_where_fired_fit"] = (round(float(np.mean([a == b for a, b in fit_fired])), 3)
                                            if fit_fired else None)
    conf = p_val.max(1)
    res["abstaining_head"] = {
        f">={t:.2f}": {"coverage": round(float(np.mean(conf >= t)), 3),
                       "accuracy": round(float(np.mean(p_val.argmax(1)[conf >= t] == yv[conf >= t])), 3)
                       if np.any(conf >= t) else None,
                       # always-antagonist on the same answered mentions: the head must beat this
                       "majority_on_answered": round(float(np.mean(yv[conf >= t] == ant)), 3)
                       if np.any(conf >= t) else None}
        for t in (0.5, 0.6, 0.7, 0.8, 0.9)
    }
    if ship:
        path = MODEL_DIR / "config.json"
        cfg = json.loads(path.read_text())
        cfg["main_thresholds"] = {"Protagonist": best_cut, "Innocent": best_cut}
        cfg["main_thresholds_note"] = ("chosen on out-of-fold head probabilities of our fit split "
                                       "(python -m training.roles.semeval_split eval --ship)")
        path.write_text(json.dumps(cfg, indent=2) + "\n")
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=("cues", "eval"))
    ap.add_argument("--ship", action="store_true")
    ap.add_argument("--only", choices=("fit", "val"), default=None, help="cues: one split only")
    args = ap.parse_args()
    if args.step == "cues":
        run_cues(args.only)
    else:
        print(json.dumps(evaluate(args.ship), indent=1))


if __name__ == "__main__":
    main()
