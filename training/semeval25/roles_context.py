"""Layer features of every train mention (quotes, techniques, framing labels), for the head experiments.

    python training/semeval25/roles_context.py   # after shared_pass.py -> training/runs/semeval25/roles_context.npz

Runs the default pipeline's analyzers before ``roles`` (parse, entities, techniques, quotes) on the
train documents that have role annotations, then
:func:`spinscope.analyzers.roles.context_features.context_features` on the gold mentions: the code
the analyzer calls.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.analyzers.roles.context_features import NAMES, context_features  # noqa: E402
from spinscope.core.document import Document  # noqa: E402
from spinscope.core.pipeline import Pipeline  # noqa: E402
from training.semeval25.data import RUNS, documents  # noqa: E402


def main() -> None:
    docs = documents()
    meta = json.loads((RUNS / "roles_meta.json").read_text())
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(meta):
        by_doc[m["file"]].append(i)
    pipe = Pipeline(["parse", "entities", "techniques", "quotes"], threaded=False)
    E = np.zeros((len(meta), len(NAMES)), dtype=np.float32)
    t0 = time.time()
    for file, idx in by_doc.items():
        doc = pipe(Document(id=file, text=docs[file]))
        E[idx] = context_features(doc, [(meta[i]["start"], meta[i]["end"] + 1) for i in idx])
    print(f"{len(by_doc)} docs, {len(meta)} mentions, {time.time() - t0:.0f}s", flush=True)
    np.savez(RUNS / "roles_context.npz", E=E, names=np.array(NAMES))


if __name__ == "__main__":
    main()
