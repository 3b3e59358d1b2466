"""Narratives: discovery time, memory and recovery at 1k and 10k synthetic documents; codebook matching speed.

    python bench/bench_narratives.py [--sizes 1000,10000] [--seed 7] [--skip-codebook]

The synthetic corpus (spinscope.analyzers.narratives.discovery_synthetic) plants eight recurring
stories, told in many wordings, among background news. For each size it prints the encoding and
clustering time, the peak Python memory of clustering (tracemalloc, numpy included) and the process's
peak RSS, the share of planted stories recovered as one cluster each and the clusters' purity; and,
as the reference the project measures against, spaCy-sm (en_core_web_sm) parsing the same documents
in this process. Prints figures; asserts nothing. The distance threshold was chosen on seed 1, so
report another seed.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def spacy_seconds(texts: list[str]) -> float:
    """en_core_web_sm over the same texts: the yardstick every bench reports a ratio to."""
    from spinscope.models.spacy_model import load_english

    nlp = load_english()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0


def bench_discovery(n: int, seed: int, with_spacy: bool) -> dict:
    from spinscope.analyzers.narratives.discovery import Unit, discover, usable
    from spinscope.analyzers.narratives.discovery_synthetic import make_corpus, recovery
    from spinscope.models.encoder import shared_encoder

    docs = make_corpus(n, seed=seed)
    units = [u for d in docs for s, e, _ in d.sentences
             if usable(u := Unit(d.id, s, e, d.text[s:e], source=d.source, published=d.published))]
    encoder = shared_encoder()
    t0 = time.perf_counter()
    vectors = encoder.encode([u.text for u in units])
    encode_s = time.perf_counter() - t0
    tracemalloc.start()
    t0 = time.perf_counter()
    clusters = discover(units, vectors, min_size=3)
    cluster_s = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    score = recovery(docs, [[(m.doc_id, m.start, m.end) for m in c.members] for c in clusters])
    out = {"documents": n, "units": len(units), "encode_s": round(encode_s, 1), "cluster_s": round(cluster_s, 1),
           "cluster_peak_mb": round(peak / 2**20, 1), "rss_peak_mb": round(rss_mb()), **score}
    if with_spacy:
        sp = spacy_seconds([d.text for d in docs])
        out["spacy_sm_s"] = round(sp, 1)
        out["discovery_over_spacy"] = round((encode_s + cluster_s) / sp, 2)
    return out


def bench_codebook() -> dict:
    """Codebook matching on the 47 labelled documents: seconds per document beside spaCy-sm's parse."""
    from spinscope.core.document import Document
    from spinscope.core.pipeline import Pipeline

    rows = [json.loads(x) for x in (ROOT / "tests/fixtures/narratives/labelled.jsonl").read_text().splitlines() if x]
    parse = Pipeline(["parse"])
    docs = [parse(Document(id=r["id"], text=r["text"])) for r in rows]
    (codebook,) = Pipeline(["parse", "codebook"],
                           config={"codebook": {"file": str(ROOT / "examples/narratives/codebook.toml")}}).analyzers[1:]
    codebook.ensure_initialized()
    t0 = time.perf_counter()
    for d in docs:
        codebook(d)
    match_s = time.perf_counter() - t0
    sp = spacy_seconds([r["text"] for r in rows])
    return {"documents": len(docs), "codebook_ms_per_doc": round(1000 * match_s / len(docs), 1),
            "spacy_sm_ms_per_doc": round(1000 * sp / len(docs), 1), "codebook_over_spacy": round(match_s / sp, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--skip-codebook", action="store_true")
    ap.add_argument("--no-spacy", action="store_true", help="Skip the spaCy-sm reference (faster).")
    args = ap.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("discovery needs scikit-learn: pip install -e '.[narratives]'")
    if not args.skip_codebook:
        print(json.dumps({"codebook": bench_codebook()}), flush=True)
    for n in (int(x) for x in args.sizes.split(",")):
        print(json.dumps({"discovery": bench_discovery(n, args.seed, not args.no_spacy)}), flush=True)


if __name__ == "__main__":
    main()
