"""Calibrate the stored scores of the SemEval-2025 narrative classifier: a Platt map per level.

    python -m training.narratives.calibrate_semeval [--write]

A stored narrative is one ``(document, label)`` item the analyzer writes: every coarse narrative and
subnarrative :func:`~spinscope.analyzers.narratives.semeval.classifier.decode` chooses, with the
score it gives (a coarse narrative's is at least its best subnarrative's). The item is *right* when
the document's gold has that label (coarse labels against the gold's narratives, subnarratives
against its subnarratives).

The raw scores are the per-label logistic heads' probabilities (C = 0.01, strongly regularised),
not the chance that a chosen item is right. The map ``sigmoid(a * logit(raw) + b)``, one (a, b) per
level, is fitted on out-of-fold items (5-fold CV, the shipped setting: C, thresholds) so no item is
scored by a model that saw its document:

- ``fit_oof``: CV inside our ``fit`` split (321 documents): the map the val figures use;
- ``all_oof``: CV over all 399 train documents, as the shipped model is refitted on all of them:
  the shipped map (``--write`` -> ``model/calibration.json``).

``val_items`` (a model fitted on ``fit`` only, the shipped thresholds) are what
``training/quality/narratives.py`` measures. Items are cached in ``training/runs/semeval25/``.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import asdict, dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from spinscope.analyzers.narratives.semeval.calibration import CALIBRATION_PATH, Calibration
from spinscope.analyzers.narratives.semeval.classifier import MODEL_PATH, NarrativeModel, decode
from spinscope.analyzers.narratives.semeval.taxonomy import description
from spinscope.models.encoder import Encoder
from training.semeval25.data import RUNS
from training.semeval25.narr_model import LABELS, load, train

SHIPPED_C = 0.01  # narr_model.py's choice (model card)
ITEMS_CACHE = RUNS / "narr_items.json"


@dataclass(frozen=True, slots=True)
class Item:
    """One stored narrative of one document, as the analyzer writes it, and whether gold has it."""

    doc: str
    level: str  # "coarse" or "fine"
    label: str
    raw: float  # decode's score: what the analyzer stored before calibration, and now calibrates
    right: bool


def items_of(model: dict, chunks: list[np.ndarray], idx: np.ndarray, meta: list[dict],
             gold: dict[str, tuple[list[str], list[str]]], thresholds: np.ndarray) -> list[Item]:
    """The items the analyzer's decode stores for documents ``idx`` under ``model``."""
    m = NarrativeModel.from_arrays({**model, "thresholds": thresholds, "labels": np.array(LABELS)})
    out = []
    for i in idx:
        scores, p_cc = m.scores(chunks[i])
        coarse, fine, chosen = decode(scores, p_cc, thresholds, LABELS)
        g_coarse, g_fine = gold[meta[i]["file"]]
        out += [Item(meta[i]["file"], "coarse", lab, chosen[lab], lab in g_coarse) for lab in coarse]
        out += [Item(meta[i]["file"], "fine", lab, chosen[lab], lab in g_fine) for lab in fine]
    return out


def out_of_fold(chunks, Y, domain, idx, meta, gold, D, thresholds) -> list[Item]:
    """Items of every document in ``idx``, each from a model fitted on the other four folds."""
    out: list[Item] = []
    for tr, te in KFold(5, shuffle=True, random_state=0).split(idx):
        model = train(chunks, Y, domain, idx[tr], D, SHIPPED_C)
        out += items_of(model, chunks, idx[te], meta, gold, thresholds)
    return out


def compute_items() -> dict[str, list[Item]]:
    meta, chunks, Y, domain, gold = load()
    D = Encoder().encode([description(lab) for lab in LABELS])
    thresholds = NarrativeModel.load().thresholds  # the shipped ones (Other 0.30, coarse 0.20, fine 0.10)
    fit_idx = np.array([i for i, m in enumerate(meta) if m["split"] == "fit"])
    val_idx = np.array([i for i, m in enumerate(meta) if m["split"] == "val"])
    fit_model = train(chunks, Y, domain, fit_idx, D, SHIPPED_C)
    return {
        "val_items": items_of(fit_model, chunks, val_idx, meta, gold, thresholds),
        "fit_oof": out_of_fold(chunks, Y, domain, fit_idx, meta, gold, D, thresholds),
        "all_oof": out_of_fold(chunks, Y, domain, np.arange(len(meta)), meta, gold, D, thresholds),
        "val_docs": sorted(meta[i]["file"] for i in val_idx),
        "val_gold": {meta[i]["file"]: gold[meta[i]["file"]] for i in val_idx},
    }


def cached_items(refresh: bool = False) -> dict:
    """The items, from the cache unless ``refresh`` or the shared pass's features are newer."""
    features = RUNS / "narr_chunks.npz"
    if refresh or not ITEMS_CACHE.exists() or ITEMS_CACHE.stat().st_mtime < features.stat().st_mtime:
        data = compute_items()
        ITEMS_CACHE.write_text(json.dumps({k: [asdict(x) for x in v] if k in ("val_items", "fit_oof", "all_oof") else v
                                           for k, v in data.items()}))
    raw = json.loads(ITEMS_CACHE.read_text())
    return {k: [Item(**x) for x in v] if k in ("val_items", "fit_oof", "all_oof") else v for k, v in raw.items()}


def calibrated(items: list[Item], cal: Calibration) -> list[float]:
    """Each item's score as the analyzer stores it under ``cal`` (per document: a narrative keeps at
    least its best subnarrative's calibrated score)."""
    by_doc: dict[str, dict[str, float]] = {}
    for doc in dict.fromkeys(x.doc for x in items):
        mine = [x for x in items if x.doc == doc]
        by_doc[doc] = cal.stored([x.label for x in mine if x.level == "coarse"],
                                 [x.label for x in mine if x.level == "fine"], {x.label: x.raw for x in mine})
    return [by_doc[x.doc][x.label] for x in items]


def refresh_features() -> None:
    """The narrative half of ``training/semeval25/shared_pass.py``: each train document's paragraph
    window vectors from the current shared encoder (the roles features are left alone)."""
    from spinscope.analyzers.narratives.semeval.analyzer import window_vectors
    from spinscope.analyzers.narratives.semeval.chunks import windows
    from spinscope.models.windows_cache import TILE, WindowEncoder
    from training.semeval25.data import documents, split_of

    wenc = WindowEncoder(Encoder(threads=1))
    vecs, owner, meta = [], [], []
    for d, (file, text) in enumerate(documents().items()):
        spans = windows(text, wenc.tokenizer, TILE)
        vecs.append(window_vectors(wenc.states(text), spans))
        owner += [d] * len(spans)
        meta.append({"file": file, "split": split_of(file), "n_chunks": len(spans)})
    np.savez(RUNS / "narr_chunks.npz", V=np.concatenate(vecs), owner=np.array(owner))
    (RUNS / "narr_meta.json").write_text(json.dumps(meta))


def ship_head() -> None:
    """Refit the shipped head on all 399 train documents with the shipped setting (C, thresholds and
    units unchanged), on the current encoder's features: the map is fitted for a head fitted so."""
    meta, chunks, Y, domain, _ = load()
    D = Encoder().encode([description(lab) for lab in LABELS])
    shipped = NarrativeModel.load()
    model = train(chunks, Y, domain, np.arange(len(meta)), D, SHIPPED_C)
    np.savez(MODEL_PATH, **model, thresholds=shipped.thresholds.astype(np.float32), labels=np.array(LABELS),
             units=np.array(shipped.units))


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def fit_platt(items: list[Item]) -> Calibration:
    """(a, b) per level, rounded to three places: a few numbers, the same on every CPU."""
    params = {}
    for level in ("coarse", "fine"):
        mine = [x for x in items if x.level == level]
        X = np.array([[logit(x.raw)] for x in mine])
        y = np.array([x.right for x in mine], dtype=int)
        lr = LogisticRegression(C=1e4, max_iter=1000).fit(X, y)  # Platt: (almost) unregularised
        params[level] = (round(float(lr.coef_[0][0]), 3), round(float(lr.intercept_[0]), 3))
    return Calibration(params)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", action="store_true",
                    help="recompute the train documents' window vectors with the current encoder first")
    ap.add_argument("--refresh", action="store_true", help="recompute the items (else cached)")
    ap.add_argument("--write", action="store_true",
                    help="refit the shipped head on all train documents and write it and its map (all_oof)")
    args = ap.parse_args()
    if args.features:
        refresh_features()
    data = cached_items(args.refresh)
    for name in ("fit_oof", "all_oof"):
        cal = fit_platt(data[name])
        print(name, {lev: {"a": a, "b": b} for lev, (a, b) in cal.params.items()},
              f"items {len(data[name])}, right {sum(x.right for x in data[name])}")
        if name == "all_oof" and args.write:
            ship_head()
            print("wrote", MODEL_PATH)
            cal.save(CALIBRATION_PATH, note=(
                "Platt map of the stored score per level, sigmoid(a * logit(raw) + b), fitted on out-of-fold "
                "items of all 399 SemEval-2025 train documents (5-fold CV, the shipped setting): "
                "python -m training.narratives.calibrate_semeval --write"))
            print("wrote", CALIBRATION_PATH)


if __name__ == "__main__":
    main()
