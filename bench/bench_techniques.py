"""Speed of the technique analyzer on CPU: articles/s and words/s, fp32 vs int8, and peak RSS.

    python bench/bench_techniques.py [--docs 48] [--words 700] [--threads 2] [--articles DIR]

The fixed set is built from the invented articles in ``examples/`` (concatenated and cut to about
``--words`` words each), or read from a SemEval-layout folder with ``--articles``. Each variant runs
in its own process so peak RSS is its own. "model only" is the time spent inside onnxruntime, i.e.
the encoder's compute bound for these windows; the rest is tokenising, windowing and decoding.
``decode_ms_per_article_rules_on/off`` time the span decoding alone with the span rules and score
calibration (``span_rules.py``, ``calibration.py``) on and off. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fixed_articles(n: int, words: int) -> list[str]:
    pool = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    tokens = " ".join(pool).split()
    out = []
    for i in range(n):
        start = (i * 97) % len(tokens)  # a different, deterministic slice per article
        body = [tokens[(start + k) % len(tokens)] for k in range(words)]
        out.append(" ".join(body))
    return out


def run_variant(variant: str, texts: list[str], threads: int, batch: int, model_dir: Path | None) -> dict:
    from spinscope.analyzers.techniques.tagger import MODEL_DIR, TechniqueTagger
    from spinscope.core.document import Document

    model = TechniqueTagger(model_dir or MODEL_DIR, variant=variant, threads=threads, batch_size=16)
    session_time = 0.0
    real_run = model.session.run

    def timed_run(*a, **k):  # count the time spent inside the encoder only
        nonlocal session_time
        t = time.perf_counter()
        res = real_run(*a, **k)
        session_time += time.perf_counter() - t
        return res

    model.session.run = timed_run  # type: ignore[method-assign]
    from spinscope.analyzers.techniques.analyzer import Techniques

    analyzer = Techniques(variant=variant, threads=threads)
    analyzer.model_ = model
    analyzer._initialized = True
    analyzer.pipe([Document(id="warm", text=texts[0])])  # warm-up: first-call allocations
    session_time = 0.0
    docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    for b in range(0, len(docs), batch):
        analyzer.pipe(docs[b : b + batch])
    wall = time.perf_counter() - t0
    n_words = sum(len(t.split()) for t in texts)
    decode = decode_cost(model, texts)
    return {
        "variant": variant,
        "articles": len(texts),
        "articles_per_s": round(len(texts) / wall, 2),
        "words_per_s": round(n_words / wall),
        "model_only_articles_per_s": round(len(texts) / session_time, 2),
        "share_in_model": round(session_time / wall, 3),
        "spans_found": sum(len(d.techniques) for d in docs),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "threads": threads,
        **decode,
    }


def decode_cost(model, texts: list[str]) -> dict:  # noqa: ANN001 - a TechniqueTagger
    """Milliseconds per article spent decoding spans, with the span rules and calibration on and off."""
    outs = model.token_outputs(texts, hidden=True)
    saved = (model.tidy, model.calibrator)
    res = {}
    for name, (tidy, cal) in {"on": saved, "off": (False, None)}.items():
        model.tidy, model.calibrator = tidy, cal
        t = time.perf_counter()
        n = sum(len(model.spans(text, o)) for text, o in zip(texts, outs, strict=True))
        res[f"decode_ms_per_article_rules_{name}"] = round(1000 * (time.perf_counter() - t) / len(texts), 2)
        res[f"spans_rules_{name}"] = n
    model.tidy, model.calibrator = saved
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=48)
    ap.add_argument("--words", type=int, default=700)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16, help="documents per analyzer.pipe call")
    ap.add_argument("--articles", type=Path, help="a SemEval-layout folder instead of the fixed set")
    ap.add_argument("--variants", default="fp32,int8")
    ap.add_argument("--model-dir", type=Path, help="folder with model.onnx too (the package ships int8 only)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.articles:
        from spinscope.analyzers.techniques.ptc.formats import read_articles

        texts = list(read_articles(args.articles).values())[: args.docs]
    else:
        texts = fixed_articles(args.docs, args.words)
    if args.child:
        print(json.dumps(run_variant(args.child, texts, args.threads, args.batch, args.model_dir)))
        return
    from spinscope.analyzers.techniques.tagger import MODEL_DIR, VARIANTS

    folder = args.model_dir or MODEL_DIR
    for v in args.variants.split(","):
        if not (folder / VARIANTS[v]).exists():
            print(json.dumps({"variant": v, "skipped": f"{VARIANTS[v]} not in {folder}"}))
            continue
        cmd = [sys.executable, __file__, "--child", v, "--docs", str(args.docs), "--words", str(args.words),
               "--threads", str(args.threads), "--batch", str(args.batch)]
        if args.articles:
            cmd += ["--articles", str(args.articles)]
        if args.model_dir:
            cmd += ["--model-dir", str(args.model_dir)]
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
