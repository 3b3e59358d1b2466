"""Extra role features tried on top of the mention features: the mention string on its own (who the
actor is) and the document's mean paragraph vector (what the whole text is about).

    python training/semeval25/roles_extra_features.py   # v1 experiment, after the v1 features (roles_features.py, since replaced by shared_pass.py, and narr_features.py)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.models.encoder import Encoder  # noqa: E402
from training.semeval25.data import RUNS  # noqa: E402


def main() -> None:
    meta = json.loads((RUNS / "roles_meta.json").read_text())
    enc = Encoder()
    names = enc.encode([m["mention"] for m in meta])
    z = np.load(RUNS / "narr_chunks.npz")
    files = [m["file"] for m in json.loads((RUNS / "narr_meta.json").read_text())]
    doc_vec = {}
    for d, f in enumerate(files):
        v = z["V"][z["owner"] == d].mean(0)
        doc_vec[f] = v / max(np.linalg.norm(v), 1e-12)
    docs = np.stack([doc_vec[m["file"]] for m in meta])
    np.savez(RUNS / "roles_extra.npz", names=names, docs=docs)
    print("ok", names.shape, docs.shape)


if __name__ == "__main__":
    main()
