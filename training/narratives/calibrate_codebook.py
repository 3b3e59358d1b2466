"""Calibrate the codebook threshold on the invented labelled set, with cross-validation.

    python training/narratives/calibrate_codebook.py [--folds 5] [--json]

For each document and narrative of ``examples/narratives/codebook.toml`` it takes the best
sentence/paragraph similarity (exactly what the analyzer computes), then, fold by fold, picks the
threshold with the best micro F1 among those with precision >= 0.9 on the other folds and scores the
held-out fold with it. Prints the
cross-validated precision/recall/F1, the threshold chosen on all documents (the shipped default), and a
keyword baseline (two content words of the label in the text).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
LABELLED = REPO / "tests/fixtures/narratives/labelled.jsonl"
CODEBOOK = REPO / "examples/narratives/codebook.toml"
GRID = np.round(np.arange(0.05, 0.80, 0.005), 3)


def load_rows(path: Path = LABELLED) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_matrix(rows: list[dict], codebook_path: Path = CODEBOOK) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(docs x narratives) best similarities, the gold 0/1 matrix, and the narrative ids."""
    from spinscope.analyzers.narratives.codebook import load_codebook
    from spinscope.analyzers.narratives.codebook_matcher import Prototypes, document_scores, unit_scores
    from spinscope.core.document import Document
    from spinscope.core.pipeline import Pipeline
    from spinscope.models.encoder import shared_encoder

    codebook = load_codebook(codebook_path)
    ids = [n.id for n in codebook.narratives]
    encode = shared_encoder().encode
    protos = Prototypes.of(codebook, encode)
    parse = Pipeline(["parse"])
    scores = np.zeros((len(rows), len(ids)), dtype=np.float32)
    gold = np.zeros_like(scores, dtype=np.int8)
    for r, row in enumerate(rows):
        doc = parse(Document(id=row["id"], text=row["text"]))
        _, sent, _, para = unit_scores(doc.text, doc.sentences, protos, len(ids), encode)
        scores[r] = document_scores(sent, para)
        for nid in row["narratives"]:
            gold[r, ids.index(nid)] = 1
    return scores, gold, ids


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp = int((pred & gold).sum())
    p = tp / max(int(pred.sum()), 1)
    r = tp / max(int(gold.sum()), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# Precision first: the threshold is the best F1 among those right at least this often on the
# documents it is chosen on (else the best F1). With the encoder of issue 20's Softmax-free graphs,
# plain best F1 fell to cross-validated precision 0.82 (threshold 0.28); with the floor it keeps 0.295.
PRECISION_FLOOR = 0.9


def best_threshold(scores: np.ndarray, gold: np.ndarray, floor: float = PRECISION_FLOOR) -> float:
    # Ties go to the higher threshold: fewer false narratives on texts that express none.
    rows = [(float(t), *prf((scores >= t).astype(np.int8), gold)) for t in GRID]
    usable = [r for r in rows if r[1] >= floor] or rows
    top = max(r[3] for r in usable)
    return max(r[0] for r in usable if r[3] >= top - 1e-9)


def cross_validate(scores: np.ndarray, gold: np.ndarray, folds: int = 5, seed: int = 13) -> dict:
    order = np.random.default_rng(seed).permutation(len(scores))
    pred = np.zeros_like(gold)
    chosen = []
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        t = best_threshold(scores[train], gold[train])
        chosen.append(t)
        pred[test] = (scores[test] >= t).astype(np.int8)
    p, r, f = prf(pred, gold)
    none_docs = gold.sum(axis=1) == 0
    return {"precision": p, "recall": r, "f1": f, "fold_thresholds": chosen,
            "none_docs": int(none_docs.sum()), "none_docs_with_a_narrative": int(pred[none_docs].any(axis=1).sum())}


def keyword_baseline(rows: list[dict], ids: list[str], codebook_path: Path = CODEBOOK) -> tuple[float, float, float]:
    """A narrative when two or more content words of its label occur in the text."""
    from spinscope.analyzers.narratives.codebook import load_codebook

    cb = load_codebook(codebook_path)
    words = [{w for w in re.findall(r"[a-z]{4,}", n.label.lower())} for n in cb.narratives]
    pred = np.zeros((len(rows), len(ids)), dtype=np.int8)
    gold = np.zeros_like(pred)
    for r, row in enumerate(rows):
        toks = set(re.findall(r"[a-z]{4,}", row["text"].lower()))
        for j, ws in enumerate(words):
            pred[r, j] = len(ws & toks) >= 2
        for nid in row["narratives"]:
            gold[r, ids.index(nid)] = 1
    return prf(pred, gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = load_rows()
    scores, gold, ids = score_matrix(rows)
    cv = cross_validate(scores, gold, args.folds)
    report = {
        "documents": len(rows), "labels": int(gold.sum()), "cv": cv,
        "threshold_all": best_threshold(scores, gold),
        "keyword_baseline": dict(zip(("precision", "recall", "f1"), keyword_baseline(rows, ids), strict=True)),
    }
    print(json.dumps(report, indent=2) if args.json else report)


if __name__ == "__main__":
    main()
