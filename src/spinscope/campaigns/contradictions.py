"""Contradictions kept in the store as documents arrive; the page and the API read the stored pairs.

A pair is a claim asserted in one document and a similar claim denied in another, by another side
(:mod:`spinscope.campaigns.sides`): never by the asserter itself, its issuer, its outlet or its
own government, never on a lead-in line, a headline or a caption, never with a claim from a
document that only relays it (a fact-check; a report that says it could not be verified), and
never when one of the two is negated and the other is not (denying "the ship never went dark" agrees with "it went dark"). Pairs are computed for the
documents that are new or changed since the last update (their analysis, outlet or issuer), each
against every stored claim, and stored with the similarity at or above :data:`STORE_FLOOR`; a
removed document takes its pairs with it. Reading them is one indexed query, so the page answers
at once on a large store; only a lower threshold than the floor is computed in memory.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import fields
from typing import Any

import numpy as np

from spinscope.analyzers.claims.contradictions import Contradiction, _hash
from spinscope.campaigns.sides import not_a_claim, opposed, same_side, stands_apart
from spinscope.errors import ConfigError
from spinscope.store import StoreProtocol

DEFAULT_THRESHOLD = 0.6
STORE_FLOOR = 0.5  # pairs at or above this similarity are stored; the page's threshold filters them
Encode = Callable[[list[str]], np.ndarray]
_lock = threading.Lock()  # one update at a time per process (the app's threads share the writer)


Key = tuple[str, int]


def _usable(r: dict[str, Any]) -> bool:
    """Not a lead-in, a headline or a caption (read from the text around the claim)."""
    before, after = r.get("before") or "", r.get("after") or ""
    local = before + r["text"] + after
    return not not_a_claim(local, len(before), len(before) + len(r["text"]), from_start=r["start"] == len(before))


def _asserters(r: dict[str, Any]) -> tuple[str | None, ...]:
    return (r["asserted_by"], r.get("issuer"), r["source"])


def _vectors(store: StoreProtocol, keys: list[Key], rows: dict[Key, dict[str, Any]],
             encode: Encode | None) -> dict[Key, np.ndarray]:
    """Unit vectors of ``keys``: cached ones (checked against the text where ``rows`` has it), the rest encoded."""
    cached = store.claim_vectors(keys)
    out: dict[Key, np.ndarray] = {}
    missing: list[Key] = []
    for k in keys:
        hit = cached.get(k)
        if hit is not None and (k not in rows or hit[0] == _hash(rows[k]["text"])):
            out[k] = np.frombuffer(hit[1], dtype=np.float32)
        else:
            missing.append(k)
    if missing:
        need = {k[0] for k in missing if k not in rows}
        if need:
            rows = {**rows, **{(r["doc_id"], r["idx"]): r for r in store.stored_claims(sorted(need))}}
        missing = [k for k in missing if k in rows]
        fresh = (encode or _encoder())([rows[k]["text"] for k in missing]).astype(np.float32)
        out.update(zip(missing, fresh, strict=True))
        if not store.read_only:
            store.save_claim_vectors((k[0], k[1], _hash(rows[k]["text"]), v.tobytes())
                                     for k, v in zip(missing, fresh, strict=True))
    return out


def _encoder() -> Encode:
    from spinscope.models.encoder import shared_encoder

    return shared_encoder().encode


def pairs(store: StoreProtocol, new_docs: set[str] | None, floor: float,
          encode: Encode | None = None) -> list[tuple[Contradiction, int, int]]:
    """(contradiction, asserted claim idx, denied claim idx) for every pair that has a document in
    ``new_docs`` (None: every pair), at or above ``floor``.

    Only what a pair needs is read: which claims are denied or asserted (no text), the vectors of
    the new documents' claims and of the claims they can pair with, then the text of the matches.
    """
    kinds = store.claim_kinds()
    is_new = (lambda d: True) if new_docs is None else (lambda d: d in new_docs)
    denied = [(d, i) for d, i, den, _ in kinds if den]
    # A claim with no asserter but not denied is the outlet's own; one with no asserter and a denier
    # is only known as denied, so it asserts nothing here.
    asserted = [(d, i) for d, i, _, ass in kinds if ass]
    jobs = [([k for k in denied if is_new(k[0])], asserted)]
    if new_docs is not None:
        jobs.append((denied, [k for k in asserted if is_new(k[0])]))
    jobs = [(den, ass) for den, ass in jobs if den and ass]
    if not jobs:
        return []
    new_rows = {(r["doc_id"], r["idx"]): r for r in store.stored_claims(None if new_docs is None else sorted(new_docs))}
    keys = sorted({k for den, ass in jobs for k in (*den, *ass)})
    vecs = _vectors(store, keys, new_rows, encode)
    matches: dict[tuple[Key, Key], float] = {}
    for den, ass in jobs:
        ass = [k for k in ass if k in vecs]
        if not ass:
            continue
        matrix = np.stack([vecs[k] for k in ass])
        den = [k for k in den if k in vecs]
        for start in range(0, len(den), 256):  # bounded memory on large stores
            block = den[start:start + 256]
            sims = np.stack([vecs[k] for k in block]) @ matrix.T
            for r, j in zip(*np.nonzero(sims >= floor), strict=True):
                if block[r][0] != ass[j][0]:
                    matches[(ass[j], block[r])] = float(sims[r, j])
    rows = dict(new_rows)
    need = sorted({k[0] for pair in matches for k in pair if k not in rows})
    if need:
        rows.update({(r["doc_id"], r["idx"]): r for r in store.stored_claims(need)})
    usable: dict[Key, bool] = {}
    found = []
    for (ak, dk), sim in matches.items():
        a, d = rows[ak], rows[dk]
        for k, r in ((ak, a), (dk, d)):
            if k not in usable:
                usable[k] = _usable(r)
        if not (usable[ak] and usable[dk]) or same_side(_asserters(a), d["denied_by"]) \
                or not opposed(a["text"], d["text"]) or stands_apart(a.get("title"), a.get("after") or ""):
            continue
        found.append((Contradiction(
            a["text"], a["asserted_by"] or a["source"], a["doc_id"], a["start"], a["end"],
            d["text"], tuple(d["denied_by"]), d["doc_id"], d["start"], d["end"], round(sim, 4)), ak[1], dk[1]))
    return found


def _record(c: Contradiction) -> dict[str, Any]:
    """``c.to_dict()`` without dataclasses.asdict's deep copies (a third of a bulk update's time)."""
    out = {f.name: getattr(c, f.name) for f in fields(c)}
    out["denied_by"] = list(c.denied_by)
    return out


def update(store: StoreProtocol, encode: Encode | None = None, floor: float = STORE_FLOOR) -> dict[str, int] | None:
    """Bring the stored pairs up to date with the store; None when the store cannot hold them."""
    with _lock:
        changes = store.contradiction_changes()
        if changes is None:
            return None
        stamps, removed = changes
        if not stamps and not removed:
            return {"documents": 0, "removed": 0, "pairs": 0}
        found = pairs(store, set(stamps), floor, encode)
        store.save_contradictions(stamps, removed, (
            (c.claim_doc, a, c.denial_doc, d, c.similarity, json.dumps(_record(c), ensure_ascii=False))
            for c, a, d in found))
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
    found = pairs(store, None, threshold, encode)
    out = sorted((c for c, _, _ in found), key=lambda c: (-c.similarity, c.claim_doc, c.claim_start, c.denial_doc))
    return [c.to_dict() for c in (out[:limit] if limit is not None else out)]
