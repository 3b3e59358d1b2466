"""Concurrent load on the real server: 50 clients on loopback, errors and p50/p95 per page.

    python bench/bench_load.py [--docs 10000] [--clients 50] [--requests 3000] [--seconds 60]
                               [--cache both|on|off] [--workers 1] [--out out/bench]

Builds (once, cached under --out) a store of synthetic articles (bench_web.py's generator), starts
``python -m spinscope.web --read-only`` on 127.0.0.1, then runs ``--clients`` concurrent clients
(asyncio tasks in this process, a lean HTTP/1.1 client each: ``KeepAliveClient``), each with its
own keep-alive connection, picking a page type at random, then a URL of that type:
a random document (article, api_article) or speaker/actor (their pages) from the whole store, or
one of a few fixed list, search and filter URLs. Runs stop when ``--requests`` requests are done or
``--seconds`` have passed (both bounds always apply).

``--cache both`` (the default) runs twice, each time on a fresh server: with the response cache
(web/response_cache.py) and without it (``--response-cache-mb 0``), so the figures show what the
cache adds; "hits" is the share of answers it served. Prints, per page: requests, errors (status
>= 400 or a transport error: every URL here is valid), p50 and p95 wall time in ms; then the CPU time per
request of the server and of the clients, and the load average before and after, since on a shared machine the other
processes' load is part of every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from bench_web import build  # noqa: E402

from spinscope.store import Store  # noqa: E402

Pick = Callable[[random.Random], str]


def pages(doc_ids: list[str], speakers: list[str], actors: list[str]) -> dict[str, list[Pick]]:
    """Page type -> ways to draw one of its URLs (all valid: any 4xx or 5xx is an error).

    A type is drawn first, then one of its entries, so each type gets the same share of requests.
    """

    def fixed(url: str) -> Pick:
        return lambda rng: url

    def drawn(template: str, values: list[str]) -> Pick:
        return lambda rng: template.format(quote(rng.choice(values), safe=""))

    return {
        "corpus": [fixed(u) for u in ("/", "/?q=harbour", "/?technique=Loaded_Language", "/?outlet=Outlet+03")],
        "api_documents": [fixed(u) for u in ("/api/documents", "/api/documents?q=ferry&limit=20",
                                             "/api/documents?date_from=2023-01-01")],
        "article": [drawn("/documents/{}", doc_ids)],
        "api_article": [drawn("/api/documents/{}", doc_ids)],
        "speakers": [fixed("/speakers"), drawn("/speakers/{}", speakers)],
        "actors": [fixed("/actors"), drawn("/actors/{}", actors)],
        "stats": [fixed("/stats"), fixed("/api/stats")],
        "facets": [fixed("/api/facets")],
    }


@dataclass
class Tally:
    """What the clients saw, per page type."""

    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))


class KeepAliveClient:
    """One HTTP/1.1 keep-alive connection, as lean as a load generator should be.

    httpx spends several ms of CPU per request; on two shared cores 50 of them in one process
    became the bottleneck of the measurement (the server was idle 3/4 of the time). This writes a
    GET and reads the status line, headers and a ``Content-Length`` body: every answer of this
    server has one. Anything else raises, and counts as an error.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, dict[str, str], bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("latin-1"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        if "content-length" not in headers:
            raise ValueError(f"no Content-Length in the answer to {path}")
        body = await self.reader.readexactly(int(headers["content-length"]))
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, headers, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def client_loop(base: str, urls: dict[str, list[Pick]], deadline: float, budget: list[int],
                      tally: Tally, rng: random.Random) -> None:
    names = list(urls)
    host, port = base.removeprefix("http://").split(":")
    client = KeepAliveClient(host, int(port))
    try:
        while budget[0] > 0 and time.monotonic() < deadline:
            budget[0] -= 1
            name = rng.choice(names)
            url = rng.choice(urls[name])(rng)
            t0 = time.perf_counter()
            try:
                status, headers, _ = await asyncio.wait_for(client.get(url), timeout=30)
                if status >= 400:
                    tally.errors[name].append(f"{status} {url}")
                if headers.get("x-spinscope-cache") == "hit":
                    tally.hits[name] += 1
            except (TimeoutError, OSError, ValueError, asyncio.IncompleteReadError) as exc:
                tally.errors[name].append(f"{type(exc).__name__} {url}")
                await client.close()  # a broken connection is not reused
            tally.times[name].append((time.perf_counter() - t0) * 1000)
    finally:
        await client.close()


async def load(base: str, urls: dict[str, list[Pick]], clients: int, requests: int, seconds: float
               ) -> tuple[Tally, float]:
    tally = Tally()
    budget = [requests]
    t0 = time.monotonic()
    deadline = t0 + seconds
    await asyncio.gather(*(client_loop(base, urls, deadline, budget, tally, random.Random(i))
                           for i in range(clients)))
    return tally, time.monotonic() - t0


def percentile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU of a process and its children (uvicorn workers), from /proc; None elsewhere."""
    total, tick = 0.0, os.sysconf("SC_CLK_TCK")
    try:
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1] is the parent's pid
                total += (int(fields[11]) + int(fields[12])) / tick
    except OSError:
        return None
    return total


def rss_mb(pid: int) -> float | None:
    """Resident memory of a process and its children (uvicorn workers) in MB, from /proc; None elsewhere."""
    total = 0
    try:
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            if int(entry.name) == pid or int(fields.get("PPid", "0").strip()) == pid:
                total += int(fields.get("VmRSS", "0 kB").split()[0])
    except OSError:
        return None
    return total / 1024


@contextmanager
def serve(db: Path, *extra: str) -> Iterator[tuple[str, int]]:
    """``python -m spinscope.web --read-only`` on a free port: (base URL, pid), stopped on exit."""
    from conftest_web import run_server_process

    with run_server_process(db, "--read-only", *extra, timeout=60) as (base, proc):
        yield base, proc.pid


def run_phase(db: Path, urls: dict[str, list[Pick]], args: argparse.Namespace, cache: bool) -> None:
    extra = ["--workers", str(args.workers)]
    if not cache:
        extra += ["--response-cache-mb", "0"]
    with serve(db, *extra) as (base, pid):
        time.sleep(2)  # the server computes facets and statistics in the background as it starts
        load_before = os.getloadavg()
        cpu0, own0 = cpu_seconds(pid), time.process_time()
        tally, took = asyncio.run(load(base, urls, args.clients, args.requests, args.seconds))
        cpu1, own1 = cpu_seconds(pid), time.process_time()
        memory = rss_mb(pid)
        load_after = os.getloadavg()
    total = sum(len(v) for v in tally.times.values())
    n_hits = sum(tally.hits.values())
    print(f"\n## response cache {'on' if cache else 'off'}, {args.workers} worker process(es): {total:,} requests "
          f"from {args.clients} clients in {took:.1f} s ({total / took:.0f}/s) on a {args.docs:,}-document store")
    print(f"{'page':<14} {'requests':>8} {'errors':>6} {'hits':>5} {'p50 ms':>8} {'p95 ms':>8}")
    for name in sorted(tally.times):
        times = tally.times[name]
        share = tally.hits[name] / len(times) if times else 0.0
        print(f"{name:<14} {len(times):>8} {len(tally.errors[name]):>6} {share:>5.0%} {percentile(times, 50):>8.1f} "
              f"{percentile(times, 95):>8.1f}")
    all_times = [t for v in tally.times.values() for t in v]
    n_errors = sum(len(v) for v in tally.errors.values())
    print(f"{'all':<14} {total:>8} {n_errors:>6} {n_hits / max(total, 1):>5.0%} {percentile(all_times, 50):>8.1f} "
          f"{percentile(all_times, 95):>8.1f}")
    if cpu0 is not None and cpu1 is not None and total:
        print(f"CPU per request: server {(cpu1 - cpu0) * 1000 / total:.2f} ms, "
              f"the clients (this process) {(own1 - own0) * 1000 / total:.2f} ms")
    if memory is not None:
        print(f"server resident memory at the end: {memory:.0f} MB")
    print("load average before {:.2f} {:.2f} {:.2f}, after {:.2f} {:.2f} {:.2f} on {} cores".format(
        *load_before, *load_after, os.cpu_count()))
    for name, errs in tally.errors.items():
        for e in errs[:3]:
            print(f"  error on {name}: {e}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=3000, help="total requests per run, all clients together")
    ap.add_argument("--seconds", type=float, default=60.0, help="stop a run after this long whatever is left")
    ap.add_argument("--cache", choices=("both", "on", "off"), default="both", help="response cache in the runs")
    ap.add_argument("--workers", type=int, default=1, help="server processes (--workers of the server)")
    ap.add_argument("--out", type=Path, default=Path("out/bench"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    db = args.out / f"load-{args.docs}.db"
    if not db.exists():
        build(db, args.docs)
    with Store(db, read_only=True) as store:
        ids = store.ids()
        speakers = [r["speaker"] for r in store.list_speakers(limit=100_000)]
        actors = [r["name"] for r in store.list_actors(limit=100_000)]
    print(f"{len(ids):,} documents, {len(speakers):,} speakers, {len(actors):,} actors to draw from")
    urls = pages(ids, speakers, actors)
    for cache in {"both": (True, False), "on": (True,), "off": (False,)}[args.cache]:
        run_phase(db, urls, args, cache)


if __name__ == "__main__":
    main()
