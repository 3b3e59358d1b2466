"""Contradictions kept in the store as documents arrive; the page and the API read the stored pairs.

A pair is a claim asserted in one document and a similar claim denied in another, by another side
(:mod:`spinscope.campaigns.sides`): never by the asserter itself, its issuer, its outlet or its
own government, never on a lead-in line, a headline or a caption, and never when one of the two
is negated and the other is not (denying "the ship never went dark" agrees with "it went dark"). Pairs are computed for the
documents that are new or changed since the last update (their analysis, outlet or issuer), each
against every stored claim, and stored with the similarity at or above :data:`STORE_FLOOR`; a
removed document takes its pairs with it. Reading them is one indexed query, so the page answers
at once on a large store; only a lower threshold than the floor is computed in memory.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from spinscope.analyzers.claims.contradictions import Contradiction, StoredClaim, claim_vectors
from spinscope.campaigns.sides import not_a_claim, opposed, same_side
from spinscope.errors import ConfigError
from spinscope.store import StoreProtocol

DEFAULT_THRESHOLD = 0.6
STORE_FLOOR = 0.5  # pairs at or above this similarity are stored; the page's threshold filters them
Encode = Callable[[list[str]], np.ndarray]
_lock = threading.Lock()  # one update at a time per process (the app's threads share the writer)


@dataclass(frozen=True)
class Row:
    """A usable claim: the stored claim and who stands behind it (speaker, issuer, outlet)."""

    claim: StoredClaim
    issuer: str | None

    @property
    def asserters(self) -> tuple[str | None, ...]:
        return (self.claim.asserted_by, self.issuer, self.claim.source)


def _rows(raw: list[dict[str, Any]]) -> list[Row]:
    out = []
    for r in raw:
        before, after = r.get("before") or "", r.get("after") or ""
        local = before + r["text"] + after
        if not_a_claim(local, len(before), len(before) + len(r["text"]), from_start=r["start"] == len(before)):
            continue
        out.append(Row(StoredClaim(r["doc_id"], r["idx"], r["start"], r["end"], r["text"], r["asserted_by"],
                                   tuple(r["denied_by"]), r["score"], r["title"], r["source"], r["published"]),
                       r.get("issuer")))
    return out


def _encoder() -> Encode:
    from spinscope.models.encoder import shared_encoder

    return shared_encoder().encode


def pairs(store: StoreProtocol, rows: Sequence[Row], new_docs: set[str] | None, floor: float,
          encode: Encode | None = None) -> list[tuple[Contradiction, int, int]]:
    """(contradiction, asserted row, denied row) for every pair with a document in ``new_docs``
    (None: every pair), at or above ``floor``."""
    denied = [i for i, r in enumerate(rows) if r.claim.denied_by]
    # A claim with no asserter but not denied is the outlet's own; one with no asserter and a denier
    # is only known as denied, so it asserts nothing here.
    asserted = [i for i, r in enumerate(rows) if r.claim.asserted_by or not r.claim.denied_by]
    if not denied or not asserted:
        return []
    is_new = (lambda i: True) if new_docs is None else (lambda i: rows[i].claim.doc_id in new_docs)
    if new_docs is not None and not any(is_new(i) for i in denied + asserted):
        return []
    vecs = claim_vectors(store, [r.claim for r in rows], encode or _encoder())
    found: dict[tuple[int, int], tuple[Contradiction, int, int]] = {}
    # New denials against every assertion, every denial against new assertions.
    jobs = [([i for i in denied if is_new(i)], asserted)]
    if new_docs is not None:
        jobs.append((denied, [i for i in asserted if is_new(i)]))
    for den, ass in jobs:
        if not den or not ass:
            continue
        for start in range(0, len(den), 256):  # bounded memory on large stores
            block = den[start:start + 256]
            sims = vecs[block] @ vecs[ass].T
            for r, j in zip(*np.nonzero(sims >= floor), strict=True):
                d, a = rows[block[r]], rows[ass[j]]
                if d.claim.doc_id == a.claim.doc_id or same_side(a.asserters, d.claim.denied_by) \
                        or not opposed(a.claim.text, d.claim.text):
                    continue
                found[(ass[j], block[r])] = (Contradiction(
                    a.claim.text, a.claim.asserted_by or a.claim.source, a.claim.doc_id, a.claim.start, a.claim.end,
                    d.claim.text, d.claim.denied_by, d.claim.doc_id, d.claim.start, d.claim.end,
                    round(float(sims[r, j]), 4)), ass[j], block[r])
    return list(found.values())


def update(store: StoreProtocol, encode: Encode | None = None, floor: float = STORE_FLOOR) -> dict[str, int] | None:
    """Bring the stored pairs up to date with the store; None when the store cannot hold them."""
    with _lock:
        changes = store.contradiction_changes()
        if changes is None:
            return None
        stamps, removed = changes
        if not stamps and not removed:
            return {"documents": 0, "removed": 0, "pairs": 0}
        rows = _rows(store.stored_claims())
        found = pairs(store, rows, set(stamps), floor, encode)
        store.save_contradictions(stamps, removed, (
            (c.claim_doc, rows[a].claim.idx, c.denial_doc, rows[d].claim.idx, c.similarity,
             json.dumps(c.to_dict(), ensure_ascii=False)) for c, a, d in found))
        return {"documents": len(stamps), "removed": len(removed), "pairs": len(found)}


def contradictions(store: StoreProtocol, threshold: float | None = None, limit: int | None = 50,
                   writer: StoreProtocol | None = None, encode: Encode | None = None) -> list[dict[str, Any]]:
    """Pairs at or above ``threshold``, most similar first: the stored ones (brought up to date
    through ``writer`` when given), else computed in memory (a read-only store never updated)."""
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(f"The 'threshold' of contradictions must be in (0, 1]. Got {threshold!r}.")
    if limit is not None and limit < 1:
        raise ConfigError(f"The 'limit' of contradictions must be an int >= 1. Got {limit!r}.")
    if threshold >= STORE_FLOOR:
        if writer is not None:
            update(writer, encode)
        stored = store.stored_contradictions(threshold, limit if limit is not None else -1)
        if stored is not None and (writer is not None or store.contradiction_changes() == ({}, [])):
            return stored
    found = pairs(store, _rows(store.stored_claims()), None, threshold, encode)
    out = sorted((c for c, _, _ in found), key=lambda c: (-c.similarity, c.claim_doc, c.claim_start, c.denial_doc))
    return [c.to_dict() for c in (out[:limit] if limit is not None else out)]
