"""Features of every train document from the one shared encoder pass the analyzers run.

    python training/semeval25/shared_pass.py
    # -> training/runs/semeval25/{roles_features.npz, roles_meta.json, narr_chunks.npz, narr_meta.json}

Each document is encoded once by :func:`spinscope.models.windows_cache.WindowEncoder.states` (the
code the ``roles`` and ``narratives_semeval25`` analyzers call); role features of its mentions come
from :func:`spinscope.analyzers.roles.features.mention_features` and its narrative window vectors
from :func:`spinscope.analyzers.narratives.semeval.analyzer.window_vectors`, so training reads
exactly what the analyzers read.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.analyzers.narratives.semeval.analyzer import window_vectors  # noqa: E402
from spinscope.analyzers.narratives.semeval.chunks import windows  # noqa: E402
from spinscope.analyzers.roles.features import mention_features  # noqa: E402
from spinscope.models.encoder import Encoder  # noqa: E402
from spinscope.models.windows_cache import TILE, WindowEncoder  # noqa: E402
from training.semeval25.data import RUNS, documents, role_rows, split_of  # noqa: E402


def main() -> None:
    RUNS.mkdir(parents=True, exist_ok=True)
    docs = documents()
    rows = role_rows(docs)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_doc[r.file].append(i)
    wenc = WindowEncoder(Encoder(threads=1))
    X = None
    vecs, owner, meta = [], [], []
    tile_vecs, tile_owner = [], []  # the alternative narrative units: each encoder window's own embedding
    runs = 0
    t0 = time.time()
    for d, (file, text) in enumerate(docs.items()):
        states = wenc.states(text)
        runs += states.windows
        spans = windows(text, wenc.tokenizer, TILE)
        vecs.append(window_vectors(states, spans))
        owner += [d] * len(spans)
        tile_vecs.append(states.window_vectors)
        tile_owner += [d] * states.windows
        meta.append({"file": file, "split": split_of(file), "n_chunks": len(spans)})
        idx = by_doc.get(file)
        if idx:
            F = mention_features(states, text, [rows[i].span() for i in idx])
            if X is None:
                X = np.zeros((len(rows), F.shape[1]), dtype=np.float32)
            X[idx] = F
    print(f"{len(docs)} docs, {runs} encoder windows, {len(owner)} narrative windows, {len(rows)} mentions, "
          f"{time.time() - t0:.0f}s", flush=True)
    np.savez(RUNS / "narr_chunks.npz", V=np.concatenate(vecs), owner=np.array(owner))
    (RUNS / "narr_meta.json").write_text(json.dumps(meta))
    np.savez(RUNS / "narr_tiles.npz", V=np.concatenate(tile_vecs), owner=np.array(tile_owner))
    rmeta = [{"file": r.file, "mention": r.mention, "start": r.start, "end": r.end, "main": r.main,
              "fine": r.fine, "split": split_of(r.file)} for r in rows]
    np.savez(RUNS / "roles_features.npz", X=X)
    (RUNS / "roles_meta.json").write_text(json.dumps(rmeta))


if __name__ == "__main__":
    main()
