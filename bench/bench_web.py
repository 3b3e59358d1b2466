"""Server time of the corpus and article pages at 10k and 100k synthetic documents.

    python bench/bench_web.py --sizes 10000 100000 [--runs 20] [--out out/bench]

Builds (once, cached under --out) a store of synthetic articles with techniques, quotes, entities,
sentences and claims, starts the real server (read-only) on 127.0.0.1, and times each request
type, with the response cache off (bench_load.py measures it). "server" is the app's own time from the ``Server-Timing`` header; "wall" adds HTTP on
localhost. The synthetic texts are generated from a small invented vocabulary.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from spinscope.core.document import Claim, Document, Entity, Quote, Span, Technique  # noqa: E402
from spinscope.service.queries import encode_cursor  # noqa: E402
from spinscope.store import Store  # noqa: E402

WORDS = ("harbour council budget plan ferry coast minister report vote tax families workers river bridge "
         "school hospital police court market energy price water road station union mayor island").split()
TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling", "Doubt", "Flag-Waving", "Exaggeration,Minimisation",
              "Appeal_to_fear-prejudice", "Repetition", "Slogans")
SPEAKERS = [f"Speaker {c}{d}" for c in "ABCDEFGHIJ" for d in range(30)]
OUTLETS = [f"Outlet {i:02d}" for i in range(20)]


def synthetic(i: int, rng: random.Random) -> Document:
    sentences, text = [], ""
    for _ in range(rng.randint(8, 20)):
        words = rng.choices(WORDS, k=rng.randint(8, 22))
        sent = " ".join(words).capitalize() + "."
        start = len(text)
        text += sent + " "
        sentences.append(Span(start, start + len(sent)))
    text = text.rstrip()
    doc = Document(id=f"syn-{i:06d}", text=text, title=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} story {i}",
                   source=rng.choice(OUTLETS), published=None if i % 50 == 0 else
                   f"{rng.randint(2021, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    doc.sentences = sentences
    for _ in range(rng.randint(0, 6)):
        s = rng.choice(sentences)
        a = rng.randint(s.start, max(s.start, s.end - 12))
        doc.techniques.append(Technique(a, min(s.end, a + rng.randint(5, 40)), rng.choice(TECHNIQUES),
                                        round(rng.random(), 3), "synthetic"))
    for _ in range(rng.randint(0, 3)):
        s = rng.choice(sentences)
        doc.quotes.append(Quote("direct", Span(s.start, s.end), speaker_name=rng.choice(SPEAKERS)))
    s = rng.choice(sentences)
    doc.entities = [Entity(rng.choice(SPEAKERS), "PERSON", mentions=[Span(s.start, s.start + 5)])]
    doc.claims = [Claim(s.start, s.end, round(rng.random(), 3))]
    return doc


def build(path: Path, n: int) -> None:
    rng = random.Random(n)
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with Store(tmp) as store:
        for i in range(n):
            store.save(synthetic(i, rng))
            if i and i % 10_000 == 0:
                print(f"  {i:,} documents written ({time.perf_counter() - t0:.0f} s)", flush=True)
    tmp.rename(path)
    print(f"built {path} with {n:,} documents in {time.perf_counter() - t0:.0f} s", flush=True)


def timed(client: httpx.Client, url: str, runs: int) -> tuple[float, float, float]:
    """(median server ms, p95 server ms, median wall ms) over ``runs`` requests."""
    server, wall = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        resp = client.get(url)
        wall.append((time.perf_counter() - t0) * 1000)
        resp.raise_for_status()
        server.append(float(resp.headers["server-timing"].split("dur=")[1]))
    server.sort()
    return statistics.median(server), server[max(0, int(len(server) * 0.95) - 1)], statistics.median(wall)


def bench(db: Path, runs: int) -> list[tuple[str, float, float, float]]:
    with Store(db, read_only=True) as store:
        mid = store.conn.execute(
            "SELECT published, rowid FROM documents WHERE published IS NOT NULL ORDER BY published DESC, rowid DESC "
            "LIMIT 1 OFFSET (SELECT count(*) / 2 FROM documents)"
        ).fetchone()
        doc_ids = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY random() LIMIT ?", [runs])]
    deep = encode_cursor(mid[0], mid[1])
    from conftest_web import run_server

    results = []
    # Without the response cache: each request is timed many times, and replays would hide the app's work.
    with run_server(db, "--read-only", "--response-cache-mb", "0") as base, httpx.Client(base_url=base, timeout=120) as client:
        cases = [
            ("corpus: first page", "/"),
            ("corpus: page in the middle (keyset)", f"/?after={deep}"),
            ("corpus: technique filter", "/?technique=Slogans"),
            ("corpus: outlet + date range", "/?outlet=Outlet+07&date_from=2023-01-01&date_to=2023-06-30"),
            ("corpus: full-text search, words in nearly every document", "/?q=harbour+ferry"),
            ("corpus: full-text search, selective", "/?q=story+4711"),
            ("corpus: speaker filter", "/?speaker=Speaker+C7"),
            ("api: documents page", "/api/documents?limit=50"),
        ]
        t0 = time.perf_counter()
        client.get("/stats").raise_for_status()
        results.append(("stats: first (cold) computation", (time.perf_counter() - t0) * 1000, 0.0, 0.0))
        for name, url in cases:
            results.append((name, *timed(client, url, runs)))
        server, wall = [], []
        for doc_id in doc_ids:
            t1 = time.perf_counter()
            resp = client.get(f"/documents/{doc_id}")
            wall.append((time.perf_counter() - t1) * 1000)
            resp.raise_for_status()
            server.append(float(resp.headers["server-timing"].split("dur=")[1]))
        server.sort()
        results.append(("article page (random documents)", statistics.median(server),
                        server[max(0, int(len(server) * 0.95) - 1)], statistics.median(wall)))
        results.append(("stats page (cached)", *timed(client, "/stats", runs)))
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--out", type=Path, default=Path("out/bench"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        db = args.out / f"web-{n}.db"
        if not db.exists():
            build(db, n)
        size_mb = db.stat().st_size / 1e6
        print(f"\n## {n:,} documents ({size_mb:.0f} MB), {args.runs} runs, python {sys.version.split()[0]}")
        print("| request | server median ms | server p95 ms | wall median ms |\n|---|---:|---:|---:|")
        for name, med, p95, wall in bench(db, args.runs):
            print(f"| {name} | {med:.1f} | {p95:.1f} | {wall:.1f} |" if p95 else f"| {name} | {med:.0f} (wall) | | |")


if __name__ == "__main__":
    main()
