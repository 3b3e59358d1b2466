"""Time of the contradictions page on 10k synthetic documents: pairs stored as documents arrive.

    python bench/bench_contradictions.py [--docs 10000] [--runs 10] [--out out/bench]

Builds (once, cached under --out) a store of synthetic articles (bench_web's generator) with three
claims each; one document in twenty denies a claim another outlet asserts. Claim vectors are
written as the analysis would leave them (one direction per proposition, a little noise per
wording), so no encoder runs here. Then:

1. the first update computes every pair and stores it (once, as after a bulk import);
2. the real server (127.0.0.1, response cache off) answers ``/contradictions`` and
   ``/api/contradictions`` from the stored pairs: median and p95 over ``--runs``;
3. ten new documents arrive (one of them a denial): the next request brings the pairs up to date
   (only the new documents are compared with the store) and answers.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from pathlib import Path

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench_web import synthetic  # noqa: E402

from spinscope.analyzers.claims.contradictions import _hash  # noqa: E402
from spinscope.campaigns.contradictions import update  # noqa: E402
from spinscope.core.document import Claim, Document  # noqa: E402
from spinscope.store import Store  # noqa: E402

PROPOSITIONS = 400
DIM = 384


def direction(p: int) -> np.ndarray:
    v = np.random.default_rng(p).standard_normal(DIM).astype(np.float32)
    return v / np.linalg.norm(v)


def with_claims(doc: Document, i: int, rng: random.Random) -> tuple[Document, list[tuple[str, int, str, bytes]]]:
    """The document's text ends with three claim sentences; every 20th denies another outlet's claim."""
    vectors = []
    text = doc.text
    doc.claims = []
    for k in range(3):
        p = rng.randrange(PROPOSITIONS)
        sentence = f"Troops shelled the village number {p} on the night of the storm"
        if k == 0 and i % 20 == 0:
            sentence = f"Minister Vale denied that troops shelled the village number {p}"
        start = len(text) + 1
        text = text + " " + sentence + "."
        claim_text = sentence
        denied = ["Minister Vale"] if sentence.startswith("Minister Vale") else []
        doc.claims.append(Claim(start, start + len(claim_text), 0.9, None if denied else f"Speaker {i % 97}", denied))
        noise = np.random.default_rng(i * 3 + k).standard_normal(DIM).astype(np.float32) * 0.01
        v = direction(p) + noise
        vectors.append((doc.id, k, _hash(claim_text), (v / np.linalg.norm(v)).astype(np.float32).tobytes()))
    doc.text = text
    return doc, vectors


def add(store: Store, start: int, n: int, rng: random.Random) -> None:
    rows = []
    for i in range(start, start + n):
        doc, vecs = with_claims(synthetic(i, rng), i, rng)
        store.save(doc)
        rows += vecs
    store.save_claim_vectors(rows)


def timed(client: httpx.Client, url: str, runs: int) -> tuple[float, float]:
    wall = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.get(url).raise_for_status()
        wall.append((time.perf_counter() - t0) * 1000)
    wall.sort()
    return statistics.median(wall), wall[max(0, int(len(wall) * 0.95) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--out", type=Path, default=Path("out/bench"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    db = args.out / f"contradictions-{args.docs}.db"
    db.unlink(missing_ok=True)
    rng = random.Random(7)
    t0 = time.perf_counter()
    with Store(db) as store:
        add(store, 0, args.docs, rng)
    print(f"built {args.docs:,} documents in {time.perf_counter() - t0:.0f} s", flush=True)
    with Store(db) as store:
        t0 = time.perf_counter()
        first = update(store)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"first update (every pair): {time.perf_counter() - t0:.2f} s, {first}, "
              f"peak RSS of this process {peak:.0f} MB", flush=True)
    from conftest_web import run_server

    print(f"\n## {args.docs:,} documents, {args.runs} runs (wall ms on 127.0.0.1, response cache off)")
    print("| request | median ms | p95 ms |\n|---|---:|---:|")
    with run_server(db, "--response-cache-mb", "0") as base, httpx.Client(base_url=base, timeout=300) as client:
        for name, url in (("contradictions page", "/contradictions"), ("api", "/api/contradictions?limit=500")):
            median, p95 = timed(client, url, args.runs)
            print(f"| {name} | {median:.1f} | {p95:.1f} |")
        with Store(db) as store:
            add(store, args.docs, 10, rng)
        t0 = time.perf_counter()
        client.get("/contradictions").raise_for_status()
        print(f"| page after 10 new documents (incremental update + read) | {(time.perf_counter() - t0) * 1000:.1f} | |")
        print(f"| contradictions page, up to date again | {timed(client, '/contradictions', args.runs)[0]:.1f} | |")


if __name__ == "__main__":
    main()
