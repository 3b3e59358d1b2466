"""Cold start and words/s of the base pipeline (parse + entities), and of ingestion + store.

    python bench/bench_base.py [--docs 40] [--analyzers parse,entities]

Prints figures; it asserts nothing (speed targets are read from here, never from unit tests).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPH = (
    "The Ministry of Foreign Affairs said on Tuesday that the report published by the Western press was "
    "a fabrication. Minister Ivo Tarn told reporters in Nordhaven that “no evidence whatsoever” had been "
    "offered, and his spokesman, Lena Brandt, added that the claims were part of a smear campaign. "
    "According to the United Nations, 40,000 people have fled the region since March, while the EU "
    "called for an independent investigation. Tarn rejected the call. "
)


def synthetic_docs(n: int, words: int = 700):
    from spinscope.core.document import Document

    reps = max(1, words // len(PARAGRAPH.split()))
    for i in range(n):
        yield Document(id=f"b{i}", text=f"Report {i}\n\n" + (PARAGRAPH + "\n") * reps)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--analyzers", default="parse,entities")
    args = ap.parse_args()
    names = args.analyzers.split(",")

    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import spinscope.cli.main"], check=True)
    import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c",
                    f"import spinscope; spinscope.analyze('Minister Ivo Tarn said so.', analyzers={names!r})"], check=True)
    cold_s = time.perf_counter() - t0

    from spinscope.core.pipeline import Pipeline
    from spinscope.engine.batch import Batch
    from spinscope.store import Store

    pipe = Pipeline(names, on_error="record")
    for a in pipe.analyzers:
        a.ensure_initialized()
    docs = list(synthetic_docs(args.docs))
    n_words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    pipe.pipe(docs)
    pipe_s = time.perf_counter() - t0

    docs = list(synthetic_docs(args.docs))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
        t0 = time.perf_counter()
        Batch(store, pipe).run(iter(docs))
        batch_s = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"analyzers: {','.join(names)}; {args.docs} docs of ~{n_words // args.docs} words")
    print(f"import spinscope.cli.main (subprocess): {import_s:.2f} s")
    print(f"cold start, first document analysed (subprocess): {cold_s:.2f} s")
    print(f"pipeline only: {n_words / pipe_s:,.0f} words/s, {args.docs / pipe_s:.2f} docs/s")
    print(f"ingest+dedup+pipeline+SQLite: {n_words / batch_s:,.0f} words/s, {args.docs / batch_s:.2f} docs/s")
    print(f"peak RSS: {rss_mb:,.0f} MB")


if __name__ == "__main__":
    main()
