"""Campaign detection time and memory at 1k, 10k and 100k synthetic documents.

    python bench/bench_campaigns.py [--sizes 1000,10000,100000] [--per-day 100] [--keep DIR]

Each size is built into a real SQLite file (documents, one claim each, MinHash signatures, and
claim vectors drawn around one random vector per proposition, so no encoder runs), then detected
in a fresh process that reports wall time and peak resident memory. The corpus grows in time at
``--per-day`` documents a day (an archive gets longer, not denser), so blocking by window keeps
the candidate work linear; pass a fixed ``--days`` to see the denser case. For scale, the same
process times spaCy-sm parsing 200 of the documents and prints detection time as a ratio of the
estimated spaCy-sm time for the whole corpus. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def build(db: Path, n: int, days: int, seed: int = 11) -> dict:
    from synthetic_campaigns import generate

    from spinscope.analyzers.claims.contradictions import _hash
    from spinscope.ingest import dedup
    from spinscope.store import Store

    synth = generate(n_background=int(n * 0.9), n_campaigns=max(3, n // 200), n_outlets=max(40, n // 500),
                     days=days, seed=seed)
    rng = np.random.default_rng(seed)
    bases: dict[tuple, np.ndarray] = {}
    t = time.perf_counter()
    with Store(db) as store:
        rows = []
        for d in synth.documents:
            store.save(d)
            store.save_signature(d.id, dedup.to_bytes(dedup.signature(d.text)))
            key = synth.propositions.get(d.id, (d.id,))
            base = bases.setdefault(key, rng.standard_normal(384).astype(np.float32))
            vec = base + 0.35 * rng.standard_normal(384).astype(np.float32)
            vec /= np.linalg.norm(vec)
            claim = d.claims[0]
            rows.append((d.id, 0, _hash(d.text[claim.start:claim.end]), vec.astype(np.float32).tobytes()))
        store.save_claim_vectors(rows)
    return {"documents": len(synth.documents), "planted": len(synth.planted), "build_s": round(time.perf_counter() - t, 1)}


def peak_rss_mb() -> int:
    """This process's peak resident memory (VmHWM; ru_maxrss would carry the parent's over fork+exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def detect_child(db: Path) -> None:
    from spinscope.campaigns import detect_campaigns
    from spinscope.store import Store

    before = peak_rss_mb()
    t = time.perf_counter()
    with Store(db, read_only=True) as store:
        result = detect_campaigns(store)
    wall = time.perf_counter() - t
    print(json.dumps({"detect_s": round(wall, 2), "peak_rss_mb": peak_rss_mb(), "rss_before_mb": before,
                      "campaigns": len(result.campaigns), "edges": len(result.edges)}))


def spacy_seconds_per_doc(db: Path, sample: int = 200) -> float:
    from spinscope.models.spacy_model import load_english
    from spinscope.store import Store

    nlp = load_english()
    with Store(db, read_only=True) as store:
        texts = [d.text for _, d in zip(range(sample), store.iter_documents(), strict=False)]
    t = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return (time.perf_counter() - t) / len(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--per-day", type=int, default=100)
    ap.add_argument("--days", type=int, default=None, help="Fixed time span instead of --per-day.")
    ap.add_argument("--keep", type=Path, default=None, help="Folder for the built files (default: a temp dir).")
    ap.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        detect_child(args.child)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-campaigns-"))
    folder.mkdir(parents=True, exist_ok=True)
    spacy_per_doc = None
    print("size  docs  days  build_s  detect_s  peak_rss_MB (at start)  campaigns  detect/spaCy-sm")
    for n in (int(s) for s in args.sizes.split(",")):
        days = args.days or max(10, n // args.per_day)
        db = folder / f"campaigns-{n}-{days}d.db"
        info = {"documents": "?", "build_s": "cached"}
        if not db.exists():  # built under a temporary name, so an interrupted build is not reused
            partial = db.with_suffix(".partial")
            for leftover in folder.glob(partial.name + "*"):
                leftover.unlink()
            info = build(partial, n, days)
            partial.rename(db)
        if spacy_per_doc is None:
            spacy_per_doc = spacy_seconds_per_doc(db)
        out = subprocess.run([sys.executable, __file__, "--child", str(db)], check=True, capture_output=True, text=True)
        fig = json.loads(out.stdout.strip().splitlines()[-1])
        ratio = fig["detect_s"] / (spacy_per_doc * n)
        print(f"{n:>6} {info['documents']:>6} {days:>5} {info['build_s']:>8} {fig['detect_s']:>9} "
              f"{fig['peak_rss_mb']:>8} ({fig['rss_before_mb']}) {fig['campaigns']:>12} {ratio:>10.3f}", flush=True)
    print(f"spaCy-sm: {spacy_per_doc * 1000:.2f} ms per document (200 parsed in this process)")


if __name__ == "__main__":
    main()
