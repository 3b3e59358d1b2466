"""Precision/recall of planted campaigns on the synthetic corpus (real MiniLM vectors, real SQLite).

    python bench/eval_campaigns.py [--campaigns 60] [--background 1500] [--seed 7] [--window 24h]

Prints the figures as JSON. Claims are given by construction (see synthetic_campaigns.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from synthetic_campaigns import generate, score  # noqa: E402

from spinscope.campaigns import detect_campaigns  # noqa: E402
from spinscope.ingest import dedup  # noqa: E402
from spinscope.service.campaigns import options  # noqa: E402
from spinscope.store import Store  # noqa: E402


def build(path: Path, docs) -> None:
    with Store(path) as store:
        for d in docs:
            store.save(d)
            store.save_signature(d.id, dedup.to_bytes(dedup.signature(d.text)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--campaigns", type=int, default=60)
    ap.add_argument("--background", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--window", default="24h")
    ap.add_argument("--claim-threshold", type=float, default=None)
    ap.add_argument("--keep", type=Path, default=None, help="Keep the built file here (reused when it exists).")
    ap.add_argument("--show-misses", action="store_true", help="Print found campaigns that match no planted one.")
    args = ap.parse_args()
    synth = generate(n_background=args.background, n_campaigns=args.campaigns, seed=args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "synthetic.db"
        if not db.exists():
            build(db, synth.documents)
        opts = options(args.window, 3)
        if args.claim_threshold:
            from dataclasses import replace

            opts = replace(opts, claim_threshold=args.claim_threshold)
        t = time.perf_counter()
        with Store(db) as store:
            result = detect_campaigns(store, opts)  # first run embeds the claims and caches the vectors
        embed_s = time.perf_counter() - t
        t = time.perf_counter()
        with Store(db, read_only=True) as store:
            result = detect_campaigns(store, opts)
        detect_s = time.perf_counter() - t
    found = [c.to_dict() for c in result.campaigns]
    figures = score(synth.planted, found)
    if args.show_misses:
        planted_docs = [set(c.documents) for c in synth.planted]
        for f in found:
            if not any(len(p & set(f["documents"])) / len(p | set(f["documents"])) >= 0.5 for p in planted_docs):
                print(f["signal"], [(d, synth.propositions.get(d)) for d in f["documents"]], file=sys.stderr)
    figures.update({"documents": len(synth.documents), "seed": args.seed, "window": args.window,
                    "claim_threshold": opts.claim_threshold,
                    "first_run_with_embedding_s": round(embed_s, 1), "cached_run_s": round(detect_s, 2)})
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
