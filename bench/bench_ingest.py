"""The ingest service's own cost per document (no analyzers): new texts, an unchanged re-run, republications.

Every input goes through ``Batch`` as ``spinscope analyze`` sends it: metadata normalised, content
hash, a claim on the text under the write lock, MinHash and near-duplicate lookup, the save (text,
publication, signature, run counter) into a real SQLite file. Compare it with the analysis itself
(~200 ms per ~660-word article for the default pipeline): it should stay a small fraction.

    python bench/bench_ingest.py --docs 500
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.engine.batch import Batch
from spinscope.store import Store

WORDS = ("the council mayor harbour plan said sound minister ferry budget vote report army border ministry "
         "claims smear campaign west press statement talks ceasefire convoy district").split()


def corpus(n: int, words: int = 400, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    return [Document(id=f"d{i}", text=" ".join(rng.choice(WORDS) for _ in range(words)) + ".",
                     source=f"outlet-{i % 7}.example", published="May 5, 2026") for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    args = parser.parse_args()
    pipeline = Pipeline([], on_error="record")
    docs = corpus(args.docs)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        rows = []
        for name, batch in (
            ("new texts", docs),
            ("unchanged re-run", corpus(args.docs)),
            ("republications", [Document(id=f"r{d.id}", text=d.text, source="copy.example", published="2026-05-06")
                                for d in docs]),
        ):
            start = time.perf_counter()
            report = Batch(store, pipeline).run(batch)
            ms = 1000 * (time.perf_counter() - start) / len(batch)
            rows.append((name, ms, report.summary()))
    for name, ms, summary in rows:
        print(f"{name:>18}: {ms:6.2f} ms/doc  {summary}")


if __name__ == "__main__":
    main()
