"""Throughput of the Dask engine with 1 and 2 workers (one thread each) against the local engine.

    python bench/bench_dask.py [--docs 40] [--analyzers parse,entities,...] [--workers 1 2] [--out out/bench]

Every engine analyses the same documents (the example articles, repeated with a numbered line so
none is an exact duplicate) into a fresh store through :class:`~spinscope.engine.batch.Batch`, the
one writer. Cluster start-up (and each worker's model loading, on a warm-up batch) is timed apart
from the run. Prints documents/s per engine and the speed-up over the local engine. On a machine
with fewer free cores than workers the speed-up cannot show: say how it was measured.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.engine.batch import Batch
from spinscope.engine.dask import DaskEngine
from spinscope.ingest.reader import read_paths
from spinscope.store import Store

REPO = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[Document]:
    base = [d for d in read_paths([REPO / "examples"]) if isinstance(d, Document)]
    docs = []
    for i in range(n):
        src = base[i % len(base)]
        text = f"{src.text}\n\nDispatch {i} of the series."
        docs.append(Document(id=f"{src.id}-{i}", text=text, title=src.title))
    return docs


def timed_run(docs: list[Document], names: list[str] | None, engine: DaskEngine | None, folder: Path,
              label: str) -> float:
    with Store(folder / f"{label}.db") as store:
        t0 = time.perf_counter()
        report = Batch(store, Pipeline(names, on_error="record"), engine=engine).run(list(docs))
        took = time.perf_counter() - t0
    assert report.ok, [str(e) for e in report.errors]
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--analyzers", default=None, help="comma-separated; default: the full default pipeline")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    names = args.analyzers.split(",") if args.analyzers else None
    docs = corpus(args.docs)
    warm = corpus(4)
    words = sum(len(d.text.split()) for d in docs)
    print(f"{len(docs)} documents, {words:,} words; pipeline: {', '.join(Pipeline(names).names)}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed_run(warm, names, None, folder, "local-warm")  # models loaded in this process
        local = timed_run(docs, names, None, folder, "local")
        print(f"{'local':<10} {len(docs) / local:8.2f} docs/s  {local:7.1f} s   1.00x")
        for n in args.workers:
            t0 = time.perf_counter()
            with DaskEngine(workers=n) as engine:
                # One warm-up batch per worker: each loads its models once, as in a long run.
                timed_run(corpus(4 * n), names, engine, folder, f"dask{n}-warm")
                start = time.perf_counter() - t0
                took = timed_run(docs, names, engine, folder, f"dask{n}")
            print(f"{f'dask x{n}':<10} {len(docs) / took:8.2f} docs/s  {took:7.1f} s  {local / took:5.2f}x"
                  f"   (cluster start and model loading: {start:.1f} s)")


if __name__ == "__main__":
    main()
