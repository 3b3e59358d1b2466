"""CPU share of the issue-22 additions inside the default pipeline (docs/quality.md, "What these checks
cost in speed").

    python bench/bench_issue22_cost.py [--docs 40]

One sequential run of the default pipeline over the first --docs PTC train articles (read at run time
from the shared dataset folder; synthetic texts of our own when it is missing), with the functions the
issue added timed in CPU seconds (``time.process_time``): the page-boilerplate marks, the lines that
hold no claim, the quote checks and score, the technique reasons. A share of one run's CPU, so it does
not depend on the machine's load. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import functools
import time
from pathlib import Path

import spinscope.analyzers.claims.not_claims as not_claims
import spinscope.analyzers.parse.analyzer as parse
import spinscope.analyzers.parse.boilerplate as boilerplate
import spinscope.analyzers.quotes.analyzer as quotes
import spinscope.analyzers.techniques.analyzer as techniques
from spinscope.core.document import Document
from spinscope.core.pipeline import DEFAULT_ANALYZERS, Pipeline

PTC = Path("/work/shared/datasets/ptc-semeval2020-task11/train-articles")
SPENT: dict[str, float] = {}


def timed(module, name: str, key: str) -> None:
    f = getattr(module, name)

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        t = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            SPENT[key] = SPENT.get(key, 0.0) + time.process_time() - t

    setattr(module, name, wrapper)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=40)
    args = ap.parse_args()
    timed(parse, "find", "boilerplate marks (parse)")
    timed(boilerplate, "find", "boilerplate marks (techniques)")
    timed(not_claims.NotClaims, "__init__", "lines that hold no claim")
    for name in ("keep", "holds_speaker", "in_title", "own_voice_cut", "dangling", "clean_name",
                 "claims_responsibility", "features", "quote_score"):
        timed(quotes, name, "quote checks and score")
    timed(techniques, "explain", "technique reasons")
    timed(techniques, "vocabulary", "technique reasons")
    if PTC.is_dir():
        texts = [f.read_text(encoding="utf-8") for f in sorted(PTC.glob("*.txt"))[: args.docs]]
    else:
        texts = ["Moscow, 4 May (Wire) - The ministry said the report was a fabrication. " * 40] * args.docs
    pipe = Pipeline(list(DEFAULT_ANALYZERS), on_error="raise", threaded=False)
    pipe.pipe([Document(id="warm", text=texts[0])])
    SPENT.clear()
    t0 = time.process_time()
    pipe.pipe([Document(id=f"d{i}", text=t, source="bench") for i, t in enumerate(texts)])
    total = time.process_time() - t0
    added = sum(SPENT.values())
    print(f"pipeline CPU {total:.1f} s on {sum(len(t.split()) for t in texts):,} words; "
          f"issue-22 additions {added * 1000:.0f} ms = {100 * added / total:.2f}%")
    for key, value in SPENT.items():
        print(f"  {key}: {value * 1000:.0f} ms")


if __name__ == "__main__":
    main()
