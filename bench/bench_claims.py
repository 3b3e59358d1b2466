"""Words/s of the claims analyzer (after parse, entities and quotes) and time of `contradictions`.

    python bench/bench_claims.py [--docs 20] [--words 600]

Texts are synthetic, written here. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

PARAGRAPHS = [
    "Mayor Elena Varga said on Monday that army troops shelled the village of Dorna overnight, killing four "
    "civilians. Defence Minister Ivan Petrov denied that his troops had fired on Dorna. \"These reports are a "
    "fabrication,\" he told state television. He offered no proof.",
    "Unemployment rose to 9 percent last year, the highest level since 2010, according to the statistics office. "
    "The opposition said the government had cut training budgets by a third. Officials rejected the accusations "
    "as baseless.",
    "Rebel commanders said 40 soldiers were killed in the attack, which has not been verified. Satellite images "
    "published by an independent institute show burned vehicles near the bridge. The ministry called the images "
    "a provocation.",
    "Thank you all for coming tonight. It is wonderful to see so many friends here, and we will keep working "
    "together for a better future for our children.",
]


def synthetic_docs(n: int, words: int):
    from spinscope.core.document import Document

    for i in range(n):
        body, k = [], 0
        while sum(len(p.split()) for p in body) < words:
            body.append(PARAGRAPHS[(i + k) % len(PARAGRAPHS)])
            k += 1
        yield Document(id=f"c{i}", text=f"Report {i}\n\n" + "\n\n".join(body), source=f"Outlet {i % 3}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--words", type=int, default=600)
    args = ap.parse_args()
    from spinscope.analyzers.claims.contradictions import find_contradictions
    from spinscope.core.pipeline import Pipeline
    from spinscope.store import Store

    pipeline = Pipeline(["parse", "entities", "quotes", "claims"])
    *before, claims = pipeline.analyzers
    docs = list(synthetic_docs(args.docs, args.words))
    for a in pipeline.analyzers:
        a.ensure_initialized()
    for a in before:
        a.pipe(docs)
    n_words = sum(len(d.text.split()) for d in docs)
    c0, t0 = time.process_time(), time.perf_counter()
    claims.pipe(docs)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    n_claims = sum(len(d.claims) for d in docs)
    # CPU seconds beside wall: on a shared machine the wall time is mostly the neighbours' load.
    print(f"claims analyzer: {args.docs} docs, {n_words} words, {n_claims} claims in {dt:.2f}s (CPU {cpu:.2f}s) "
          f"= {n_words / dt:,.0f} words/s (parse, entities, quotes excluded)")
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        for d in docs:
            d.cache.clear()
            store.save(d)
        t0 = time.perf_counter()
        found = find_contradictions(store)
        first = time.perf_counter() - t0
        t0 = time.perf_counter()
        find_contradictions(store)
        cached = time.perf_counter() - t0
    print(f"contradictions over {n_claims} stored claims: {first:.2f}s first (embeds), {cached:.2f}s cached; "
          f"{len(found)} pairs")


if __name__ == "__main__":
    main()
