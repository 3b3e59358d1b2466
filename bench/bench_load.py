"""Concurrent load on the real server: 50 clients on loopback, errors and p50/p95 per page.

    python bench/bench_load.py [--docs 10000] [--clients 50] [--requests 3000] [--seconds 60] [--out out/bench]

Builds (once, cached under --out) a store of synthetic articles (bench_web.py's generator), starts
``python -m spinscope.web --read-only`` on 127.0.0.1, then runs ``--clients`` concurrent clients,
each with its own keep-alive connection, picking pages at random until ``--requests`` requests are
done or ``--seconds`` have passed (both bounds always apply). Prints, per page: requests, errors
(status >= 500 or a transport error; 4xx counts as an error too, since every URL here is valid),
p50 and p95 wall time in ms. Figures depend on the machine and its load: say how it was measured.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from bench_web import build  # noqa: E402

from spinscope.store import Store  # noqa: E402


def pages(doc_ids: list[str], speaker: str, actor: str) -> dict[str, list[str]]:
    """Page name -> URLs to pick from (all valid: any 4xx or 5xx is an error)."""
    return {
        "corpus": ["/", "/?q=harbour", "/?technique=Loaded_Language", "/?outlet=Outlet+03"],
        "api_documents": ["/api/documents", "/api/documents?q=ferry&limit=20", "/api/documents?date_from=2023-01-01"],
        "article": [f"/documents/{i}" for i in doc_ids],
        "api_article": [f"/api/documents/{i}" for i in doc_ids],
        "speakers": ["/speakers", f"/speakers/{speaker}"],
        "actors": ["/actors", f"/actors/{actor}"],
        "stats": ["/stats", "/api/stats"],
        "facets": ["/api/facets"],
    }


async def client_loop(base: str, urls: dict[str, list[str]], deadline: float, budget: list[int],
                      seen: dict[str, list[float]], errors: dict[str, list[str]], rng: random.Random) -> None:
    names = list(urls)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=1)) as client:
        while budget[0] > 0 and time.monotonic() < deadline:
            budget[0] -= 1
            name = rng.choice(names)
            url = rng.choice(urls[name])
            t0 = time.perf_counter()
            try:
                r = await client.get(url)
                if r.status_code >= 400:
                    errors[name].append(f"{r.status_code} {url}")
            except httpx.HTTPError as exc:
                errors[name].append(f"{type(exc).__name__} {url}")
            seen[name].append((time.perf_counter() - t0) * 1000)


async def load(base: str, urls: dict[str, list[str]], clients: int, requests: int, seconds: float
               ) -> tuple[dict[str, list[float]], dict[str, list[str]], float]:
    seen: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    budget = [requests]
    t0 = time.monotonic()
    deadline = t0 + seconds
    await asyncio.gather(*(client_loop(base, urls, deadline, budget, seen, errors, random.Random(i))
                           for i in range(clients)))
    return seen, errors, time.monotonic() - t0


def percentile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=3000, help="total requests, all clients together")
    ap.add_argument("--seconds", type=float, default=60.0, help="stop after this long whatever is left")
    ap.add_argument("--out", type=Path, default=Path("out/bench"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    db = args.out / f"load-{args.docs}.db"
    if not db.exists():
        build(db, args.docs)
    with Store(db, read_only=True) as store:
        ids = store.ids()
        speaker = store.list_speakers(limit=1)[0]["speaker"]
        actor = store.list_actors(limit=1)[0]["name"]
    urls = pages(random.Random(0).sample(ids, min(200, len(ids))), speaker, actor)
    from conftest_web import run_server

    with run_server(db, "--read-only") as base:
        seen, errors, took = asyncio.run(load(base, urls, args.clients, args.requests, args.seconds))
    total = sum(len(v) for v in seen.values())
    print(f"{total:,} requests from {args.clients} clients in {took:.1f} s ({total / took:.0f}/s) "
          f"on a {args.docs:,}-document store")
    print(f"{'page':<14} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8}")
    for name in sorted(seen):
        times = seen[name]
        print(f"{name:<14} {len(times):>8} {len(errors[name]):>6} {percentile(times, 50):>8.1f} "
              f"{percentile(times, 95):>8.1f}")
    all_times = [t for v in seen.values() for t in v]
    n_errors = sum(len(v) for v in errors.values())
    print(f"{'all':<14} {total:>8} {n_errors:>6} {percentile(all_times, 50):>8.1f} {percentile(all_times, 95):>8.1f}")
    for name, errs in errors.items():
        for e in errs[:3]:
            print(f"  error on {name}: {e}")


if __name__ == "__main__":
    main()
