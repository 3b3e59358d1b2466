"""Candidate pairs of documents, never all pairs: blocked by time window and by signal.

* republication: documents sharing a MinHash band (16 bands of 4 rows, the store's own signatures)
  are paired when their dates are within the window, then verified on the full signature;
* paraphrased claim: claims are bucketed by ``floor(time / window)``; a bucket is compared (one
  matrix product over unit vectors) with itself and the next bucket only, so the cost grows with
  the claims per window, not with the square of the corpus; two claims that each name an actor
  the other lacks are not linked (``actors``);
* shared narrative: documents with the same narrative label, in time order, each linked to the
  nearest earlier documents of other outlets within the window (a chain, linear in the documents).

Every link joins two different outlets; ``a`` is the earlier document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import numpy as np

from spinscope.campaigns.actors import different_actors
from spinscope.campaigns.corpus import CorpusView
from spinscope.campaigns.crosslingual import cross_language_claim_links, english_mask
from spinscope.campaigns.options import CLAIM, NARRATIVE, REPUBLICATION, DetectionOptions
from spinscope.campaigns.records import DocInfo, Link
from spinscope.ingest import dedup

# Narrative chains: each document links to at most this many earlier ones (enough to stay connected).
NARRATIVE_FANOUT = 3


def _ordered(x: DocInfo, y: DocInfo) -> tuple[DocInfo, DocInfo]:
    return (x, y) if (x.published, x.id) <= (y.published, y.id) else (y, x)


def _window_pairs(members: list[DocInfo], seconds: float) -> Iterator[tuple[DocInfo, DocInfo]]:
    """Pairs of different outlets within the window, from a list sorted by time (two pointers)."""
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if (b.published - a.published).total_seconds() > seconds:
                break
            if a.outlet != b.outlet:
                yield a, b


def republication_links(view: CorpusView, opts: DetectionOptions) -> list[Link]:
    seconds = opts.window.total_seconds()
    buckets: dict[tuple[int, bytes], list[DocInfo]] = defaultdict(list)
    for doc_id, sig in view.signatures.items():
        for band in range(dedup.BANDS):
            key = sig[band * dedup.ROWS : (band + 1) * dedup.ROWS].tobytes()
            buckets[(band, key)].append(view.docs[doc_id])
    seen: set[tuple[str, str]] = set()
    links: list[Link] = []
    for members in buckets.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda d: (d.published, d.id))
        for a, b in _window_pairs(members, seconds):
            if (a.id, b.id) in seen:
                continue
            seen.add((a.id, b.id))
            sim = dedup.similarity(view.signatures[a.id], view.signatures[b.id])
            if sim >= opts.near_threshold:
                links.append(Link(a.id, b.id, REPUBLICATION, round(sim, 3)))
    return links


def claim_links(view: CorpusView, opts: DetectionOptions) -> list[Link]:
    """Pairs of similar claims of different outlets within the window (see the module docstring)."""
    if not view.claims or view.vectors.size == 0:
        return []
    seconds = opts.window.total_seconds()
    times = np.array([view.docs[c.doc_id].published.timestamp() for c in view.claims])
    slot = np.floor(times / seconds).astype(np.int64)
    by_slot: dict[int, np.ndarray] = {}
    order = np.argsort(slot, kind="stable")
    keys, starts = np.unique(slot[order], return_index=True)
    for k, s, e in zip(keys, starts, [*starts[1:], len(order)], strict=True):
        by_slot[int(k)] = order[s:e]
    codes: dict[str, int] = {}
    outlet = np.array([codes.setdefault(view.docs[c.doc_id].outlet, len(codes)) for c in view.claims])
    best: dict[tuple[str, str], Link] = {}
    english = english_mask(view)
    for k, rows in by_slot.items():
        cols = np.concatenate([rows, by_slot.get(k + 1, rows[:0])])
        sims = view.vectors[rows] @ view.vectors[cols].T
        r, c = np.nonzero(sims >= opts.claim_threshold)
        i, j = rows[r], cols[c]
        # Vectorised filters first (the matrix holds each in-slot pair twice: keep i < j there).
        keep = (outlet[i] != outlet[j]) & (np.abs(times[i] - times[j]) <= seconds) & ((c >= len(rows)) | (i < j))
        if english is not None:  # pairs with a non-English claim are compared multilingually
            keep &= english[i] & english[j]
        for ii, jj, sim in zip(i[keep].tolist(), j[keep].tolist(), sims[r[keep], c[keep]].tolist(), strict=True):
            if different_actors(view.claims[ii].text, view.claims[jj].text):
                continue
            da, db = _ordered(view.docs[view.claims[ii].doc_id], view.docs[view.claims[jj].doc_id])
            if da.id == view.claims[jj].doc_id:
                ii, jj = jj, ii
            old = best.get((da.id, db.id))
            if old is None or sim > old.similarity:
                best[(da.id, db.id)] = Link(da.id, db.id, CLAIM, round(sim, 3), (ii, jj))
    return list(best.values())


def narrative_links(view: CorpusView, opts: DetectionOptions) -> list[Link]:
    seconds = opts.window.total_seconds()
    groups: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for n in view.narratives:
        # Only documents that push the narrative join on it: a fact-check or a wire that reports it
        # shares its topic, not its cause (a refuter is listed under refuted-by instead).
        if (n["score"] or 0.0) >= opts.narrative_min_score and n.get("stance") in (None, "asserts"):
            group = groups[(n["taxonomy"], n["id"])]
            group[n["doc_id"]] = max(group.get(n["doc_id"], 0.0), float(n["score"] or 0.0))
    links: list[Link] = []
    for group in groups.values():
        members = sorted((view.docs[d] for d in group), key=lambda d: (d.published, d.id))
        for i, b in enumerate(members):
            found = 0
            for a in reversed(members[max(0, i - 50) : i]):
                if (b.published - a.published).total_seconds() > seconds or found >= NARRATIVE_FANOUT:
                    break
                if a.outlet != b.outlet:
                    links.append(Link(a.id, b.id, NARRATIVE, round(min(group[a.id], group[b.id]), 3)))
                    found += 1
    return links


def candidate_links(view: CorpusView, opts: DetectionOptions) -> list[Link]:
    """Every link of the chosen signals."""
    makers = {"republication": republication_links, "narrative": narrative_links,
              # One claim in two languages: the multilingual comparison (campaigns/crosslingual.py).
              "claim": lambda v, o: claim_links(v, o) + cross_language_claim_links(v, o)}
    return [link for name in opts.signals for link in makers[name](view, opts)]
