"""The v1 narrative features (before the shared pass): each paragraph window embedded on its own.

    python training/semeval25/narr_features.py   # -> training/runs/semeval25/narr_chunks.npz

Kept to reproduce the v1 figures of the model card; the shipped model reads the shared windowed
pass (``shared_pass.py``, which writes the same file).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.analyzers.narratives.semeval.chunks import windows  # noqa: E402
from spinscope.models.encoder import ENCODER_DIR, Encoder  # noqa: E402
from spinscope.models.tokenizer import load_tokenizer  # noqa: E402
from training.semeval25.data import RUNS, documents, split_of  # noqa: E402


def main() -> None:
    RUNS.mkdir(parents=True, exist_ok=True)
    docs = documents()
    enc = Encoder(threads=1)
    tok = load_tokenizer(ENCODER_DIR / "tokenizer.json", None)
    vecs, owner, meta = [], [], []
    t0 = time.time()
    for d, (file, text) in enumerate(docs.items()):
        spans = windows(text, tok, enc.max_len - 2)
        vecs.append(enc.encode([text[s.start:s.end] for s in spans]))
        owner += [d] * len(spans)
        meta.append({"file": file, "split": split_of(file), "n_chunks": len(spans)})
    print(f"{len(docs)} docs, {len(owner)} chunks, {time.time() - t0:.0f}s", flush=True)
    np.savez(RUNS / "narr_chunks.npz", V=np.concatenate(vecs), owner=np.array(owner))
    (RUNS / "narr_meta.json").write_text(json.dumps(meta))


if __name__ == "__main__":
    main()
