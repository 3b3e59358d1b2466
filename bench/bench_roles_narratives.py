"""Words/s of the ``roles`` and ``narratives_semeval25`` analyzers, beside spaCy-sm in the same process.

    python bench/bench_roles_narratives.py [--docs 20] [--words 600]

Both read one shared windowed encoder pass per document (``spinscope.models.windows_cache``): the
figures are the pass itself, each analyzer on a document whose pass is cached, and both together
from scratch, the cost they add to the default pipeline. spaCy-sm time is parse+entities.

Texts are synthetic, written here (invented names and countries). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import time

PARAGRAPHS = [
    "Marvania's president Oren Kask ordered new strikes on Oskel on Monday, and officials in Dunmark said "
    "the attacks killed four civilians. Kask called the reports Western lies.",
    "Aid worker Lena Moor drove three convoys into the city. Doctors said hospitals had run out of medicine "
    "and that children were among the wounded.",
    "Analysts in Veloria warned that sanctions hurt European families more than Marvania, while heating bills "
    "doubled across the continent this winter.",
    "Climate activists blocked the harbour road again, and the minister accused them of funding from abroad.",
]


def docs(n: int, words: int):
    from spinscope.core.document import Document

    for i in range(n):
        body, k = [], 0
        while sum(len(p.split()) for p in body) < words:
            body.append(PARAGRAPHS[(i + k) % len(PARAGRAPHS)])
            k += 1
        yield Document(id=f"r{i}", text=f"Report {i}\n\n" + "\n\n".join(body))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--words", type=int, default=600)
    args = ap.parse_args()
    from spinscope.core.pipeline import Pipeline
    from spinscope.models.windows_cache import CACHE_KEY, document_states

    items = list(docs(args.docs, args.words))
    n_words = sum(len(d.text.split()) for d in items)
    # roles reads the parse, quotes and claims (issue 22): the base run keeps the parse in the cache.
    chain = Pipeline(["parse", "entities", "quotes", "claims", "roles"]).analyzers
    roles = chain[-1]

    def base(d):
        for a in chain[:-1]:
            a.ensure_initialized()
            d = a(d)
        return d
    narr = Pipeline(["narratives_semeval25"]).analyzers[0]
    for a in (roles, narr):
        a.ensure_initialized()
    base(items[0].__class__(id="warm", text=items[0].text))
    t0 = time.perf_counter()
    parsed = [base(d) for d in items]
    t_base = time.perf_counter() - t0
    for d in parsed:  # only the encoder pass is timed below: the parse stays
        d.cache.pop(CACHE_KEY, None)
    t0 = time.perf_counter()
    windows = sum(document_states(d).windows for d in parsed)
    t_pass = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in parsed:
        roles(d)
    t_roles = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in parsed:
        narr(d)
    t_narr = time.perf_counter() - t0
    for d in parsed:
        d.cache.pop(CACHE_KEY, None)
    t0 = time.perf_counter()
    for d in parsed:
        roles(d)
        narr(d)
    t_both = time.perf_counter() - t0
    actors = sum(e.role is not None for d in parsed for e in d.entities)
    mentions = sum(len(e.mention_roles) for d in parsed for e in d.entities)

    def line(name: str, t: float) -> str:
        return f"{name:<34}{n_words / t:>9,.0f} words/s  ({t / t_base:.2f}x the base chain's time)"

    print(f"{args.docs} docs, {n_words} words, {windows} encoder windows, {actors} actors and {mentions} mentions given a role")
    print(f"{'parse+entities+quotes+claims:':<34}{n_words / t_base:>9,.0f} words/s")
    print(line("shared encoder pass:", t_pass))
    print(line("roles (pass cached):", t_roles))
    print(line("narratives_semeval25 (pass cached):", t_narr))
    print(line("roles + narratives, from scratch:", t_both))
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
