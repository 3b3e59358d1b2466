"""Throughput of the quotes analyzer in words per second, on texts generated here (no corpus data).

    python bench/bench_quotes.py [--docs 40] [--tagger auto|true|false]

Parsing and entities run first and are timed apart, so the figure is the quotes analyzer's own.
"""

from __future__ import annotations

import argparse
import json
import random
import time

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

NAMES = ["Anna Kovacs", "Ivan Petrov", "Maria Lopez", "Omar Haddad", "Sofia Reyes", "Tomas Berg"]
ROLES = ["Finance Minister", "Senator", "Mayor", "General", "Prime Minister", "spokesman"]
TOPICS = ["the budget", "the border", "the new port", "pension reform", "the election", "the drills"]
FORMS = [
    '"{t} is on track and nobody should doubt it," {p} said.',
    "{r} {n} said that {t} would be settled before the end of the month.",
    "According to {n}, {t} has been delayed by at least a year.",
    '“We will not give up on {t},” said the {rl}, “and we will not wait for others.”',
    "{n} accused the opposition of lying about {t} in an interview with a state broadcaster.",
    "Officials met on Tuesday to discuss {t} and the weather in the region.",
    'She insisted that {t} was "a matter of national pride" and warned against delay.',
]


def make_doc(i: int, rng: random.Random, paragraphs: int = 12) -> Document:
    paras = []
    for _ in range(paragraphs):
        k = rng.randrange(len(NAMES))
        n, r, t = NAMES[k], ROLES[k], rng.choice(TOPICS)
        intro = f"{r} {n} spoke in the capital on Monday."
        body = " ".join(rng.choice(FORMS).format(n=n, r=r, t=t, p="he", rl=r.split()[-1].lower()) for _ in range(3))
        paras.append(intro + " " + body)
    return Document(id=f"bench-{i}", text="\n\n".join(paras))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--tagger", choices=["auto", "true", "false"], default="auto")
    args = ap.parse_args()
    tagger = {"auto": "auto", "true": True, "false": False}[args.tagger]
    rng = random.Random(7)
    docs = [make_doc(i, rng) for i in range(args.docs)]
    words = sum(len(d.text.split()) for d in docs)
    base = Pipeline(["parse", "entities"])
    t0 = time.perf_counter()
    base.pipe(docs)
    t_base = time.perf_counter() - t0
    parses = [d.cache.get("parse") for d in docs]
    quotes = Pipeline(["parse", "entities", "quotes"], config={"quotes": {"tagger": tagger}}).analyzers[-1]
    quotes.ensure_initialized()
    for d, p in zip(docs, parses, strict=True):
        d.cache["parse"] = p if p is not None else base.analyzers[0].nlp_(d.text)
    t0 = time.perf_counter()
    n_quotes = sum(len(quotes(d).quotes) for d in docs)
    t_quotes = time.perf_counter() - t0
    print(json.dumps({
        "docs": len(docs), "words": words, "tagger": quotes.tagger_ is not None, "quotes": n_quotes,
        "parse_entities_words_per_s": round(words / t_base), "quotes_words_per_s": round(words / t_quotes),
        "end_to_end_words_per_s": round(words / (t_base + t_quotes)),
    }, indent=1))


if __name__ == "__main__":
    main()
