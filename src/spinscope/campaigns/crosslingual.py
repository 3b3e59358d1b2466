"""One claim pushed in two languages: claim links between documents of different languages.

The claim signal compares claims with MiniLM, an English model: a Russian claim and its English
version are far apart there, and two Russian claims are compared on word pieces it barely knows.
When the corpus holds documents in another language than English, its claims are also embedded with
the multilingual encoder (:mod:`spinscope.models.multilingual`), and every pair in which one document
is not English is linked when that similarity reaches :data:`CROSS_LANGUAGE_THRESHOLD` (same window,
different outlets, as for the claim signal); MiniLM then compares English pairs only. An
English-only corpus never loads the multilingual model and its campaigns are what they were.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from spinscope.campaigns.options import CLAIM, DetectionOptions
from spinscope.campaigns.records import Link
from spinscope.models.multilingual import SAME_CLAIM_THRESHOLD, language_group

# multilingual-e5 cosines are compressed: the threshold sits between translations and same-topic
# different claims (see models/multilingual.py).
CROSS_LANGUAGE_THRESHOLD = SAME_CLAIM_THRESHOLD

Encode = Callable[[list[str]], np.ndarray]


def needs_multilingual(langs: dict[str, str | None]) -> bool:
    return any(language_group(v) != "en" for v in langs.values())


def english_mask(view) -> np.ndarray | None:
    """Which claims are in English documents, when the corpus has others (None: all are)."""
    if getattr(view, "ml_vectors", None) is None:
        return None
    return np.array([language_group(view.langs.get(c.doc_id)) == "en" for c in view.claims])


def multilingual_vectors(texts: list[str], encode: Encode | None = None) -> np.ndarray:
    if encode is None:
        from spinscope.models.multilingual import embed as encode
    return encode(texts).astype(np.float32)


def cross_language_claim_links(view, opts: DetectionOptions) -> list[Link]:
    """Links between claims where one document is not English (see the module docstring)."""
    vectors = getattr(view, "ml_vectors", None)
    if vectors is None or not len(vectors):
        return []
    seconds = opts.window.total_seconds()
    docs = [view.docs[c.doc_id] for c in view.claims]
    group = [language_group(view.langs.get(d.id)) for d in docs]
    best: dict[tuple[str, str], Link] = {}
    sims = vectors @ vectors.T
    rows, cols = np.nonzero(np.triu(sims >= CROSS_LANGUAGE_THRESHOLD, k=1))
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = docs[i], docs[j]
        if group[i] == group[j] == "en" or a.outlet == b.outlet:
            continue
        if abs((a.published - b.published).total_seconds()) > seconds:
            continue
        if (a.published, a.id) > (b.published, b.id):
            a, b, i, j = b, a, j, i
        sim = round(float(sims[i, j]), 3)
        old = best.get((a.id, b.id))
        if old is None or sim > old.similarity:
            best[(a.id, b.id)] = Link(a.id, b.id, CLAIM, sim, (i, j))
    return list(best.values())
