"""Calibrate the cross-language codebook threshold: English common codebook, invented Russian texts.

    python -m training.ru.calibrate_codebook

For every text of tests/fixtures/ru/narratives.jsonl and narrative of the bundled common codebook it
takes the best sentence/paragraph similarity in the multilingual space (what the codebook analyzer
computes for a Russian document), then picks the threshold by leave-one-text-out cross-validation
(best micro F1 on the others) and prints the cross-validated precision, recall and F1 and the
threshold chosen on all texts.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from spinscope.analyzers.narratives.codebook import DEFAULT_CODEBOOK, load_codebook
from spinscope.analyzers.narratives.codebook_matcher import Prototypes, document_scores, unit_scores
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.models import multilingual

FIXTURE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "ru" / "narratives.jsonl"
GRID = np.round(np.arange(0.0, 0.6, 0.0025), 4)


def best_scores() -> tuple[np.ndarray, np.ndarray, list[str]]:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    codebook = load_codebook(DEFAULT_CODEBOOK)
    ids = [n.id for n in codebook.narratives]
    protos = Prototypes.of(codebook, multilingual.embed)
    parse = Pipeline(["ru_parse"], threaded=False)
    scores, gold = [], []
    for r in rows:
        doc = parse(Document(id=r["id"], text=r["text"], lang="ru"))
        _, sent, _, para = unit_scores(doc.text, doc.sentences, protos, len(ids), multilingual.embed)
        scores.append(document_scores(sent, para))
        gold.append([n in r["narratives"] for n in ids])
    return np.array(scores), np.array(gold), ids


def prf(s: np.ndarray, g: np.ndarray, t: float) -> tuple[float, float, float]:
    pred = s >= t
    tp = int((pred & g).sum())
    p, r = tp / max(int(pred.sum()), 1), tp / max(int(g.sum()), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    s, g, _ = best_scores()
    held = np.zeros_like(g)
    for i in range(len(s)):
        others = np.arange(len(s)) != i
        t = max(GRID, key=lambda t: (prf(s[others], g[others], t)[2], t))
        held[i] = s[i] >= t
    tp = int((held & g).sum())
    p, r = tp / max(int(held.sum()), 1), tp / max(int(g.sum()), 1)
    t_all = max(GRID, key=lambda t: (prf(s, g, t)[2], t))
    print(json.dumps({"texts": len(s), "cv_precision": round(p, 3), "cv_recall": round(r, 3),
                      "cv_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                      "threshold_all": float(t_all), "f1_all": round(prf(s, g, t_all)[2], 3)}))


if __name__ == "__main__":
    main()
