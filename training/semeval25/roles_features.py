"""Encoder features of every train mention, cached for the head experiments.

    python training/semeval25/roles_features.py   # -> training/runs/semeval25/roles_features.npz
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.analyzers.roles.features import MentionFeaturizer  # noqa: E402
from spinscope.models.encoder import Encoder  # noqa: E402
from training.semeval25.data import RUNS, documents, role_rows, split_of  # noqa: E402


def main() -> None:
    RUNS.mkdir(parents=True, exist_ok=True)
    docs = documents()
    rows = role_rows(docs)
    feat = MentionFeaturizer(Encoder(threads=1))
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_doc[r.file].append(i)
    X = np.zeros((len(rows), feat.dim), dtype=np.float32)
    t0 = time.time()
    for file, idx in by_doc.items():
        X[idx] = feat.features(docs[file], [rows[i].span() for i in idx])
    print(f"{len(rows)} mentions in {len(by_doc)} documents, {time.time() - t0:.1f}s", flush=True)
    meta = [{"file": r.file, "mention": r.mention, "start": r.start, "end": r.end, "main": r.main,
             "fine": r.fine, "split": split_of(r.file)} for r in rows]
    np.savez(RUNS / "roles_features.npz", X=X)
    (RUNS / "roles_meta.json").write_text(json.dumps(meta))


if __name__ == "__main__":
    main()
