"""Contradictions across the store: a claim one party asserts that another party denies elsewhere.

Each stored claim is embedded once with the bundled MiniLM encoder (ONNX); vectors are cached in the
store (:meth:`~spinscope.store.StoreProtocol.claim_vectors`), keyed by document, claim index and a
hash of the claim's text, so a re-analysed document is re-embedded. A *denied* claim (non-empty
``denied_by``) in one document is paired with every *asserted* claim in another document whose
cosine similarity reaches the threshold, unless the asserter is among the deniers. A claim with no recorded asserter is shown as asserted by
its document's source (the outlet), or ``None`` when the source is unknown.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from spinscope.errors import ConfigError
from spinscope.models.multilingual import SAME_CLAIM_THRESHOLD, language_group
from spinscope.store import StoreProtocol

DEFAULT_THRESHOLD = 0.6


@dataclass(frozen=True)
class StoredClaim:
    doc_id: str
    idx: int
    start: int
    end: int
    text: str
    asserted_by: str | None
    denied_by: tuple[str, ...]
    score: float | None
    title: str | None
    source: str | None
    published: str | None


@dataclass(frozen=True)
class Contradiction:
    """An asserted claim and a similar claim denied in another document."""

    claim: str
    asserted_by: str | None
    claim_doc: str
    claim_start: int
    claim_end: int
    denied_claim: str
    denied_by: tuple[str, ...]
    denial_doc: str
    denial_start: int
    denial_end: int
    similarity: float

    def to_dict(self) -> dict:
        out = asdict(self)
        out["denied_by"] = list(self.denied_by)
        return out


def load_claims(store: StoreProtocol) -> list[StoredClaim]:
    return [
        StoredClaim(r["doc_id"], r["idx"], r["start"], r["end"], r["text"], r["asserted_by"],
                    tuple(r["denied_by"]), r["score"], r["title"], r["source"], r["published"])
        for r in store.stored_claims()
    ]


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def claim_vectors(store: StoreProtocol, claims: Sequence[StoredClaim],
                  encode: Callable[[list[str]], np.ndarray]) -> np.ndarray:
    """Unit vectors for ``claims``, from the cache where the text is unchanged, else freshly encoded.

    A read-only store is not written to: missing vectors are computed in memory.
    """
    cached = store.claim_vectors()
    out: list[np.ndarray | None] = []
    missing: list[int] = []
    for i, c in enumerate(claims):
        hit = cached.get((c.doc_id, c.idx))
        if hit is not None and hit[0] == _hash(c.text):
            out.append(np.frombuffer(hit[1], dtype=np.float32))
        else:
            out.append(None)
            missing.append(i)
    if missing:
        fresh = encode([claims[i].text for i in missing]).astype(np.float32)
        for i, vec in zip(missing, fresh, strict=True):
            out[i] = vec
        if not store.read_only:
            store.save_claim_vectors(
                (claims[i].doc_id, claims[i].idx, _hash(claims[i].text), vec.tobytes())
                for i, vec in zip(missing, fresh, strict=True)
            )
    if not out:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack(out)


def _multilingual(store: StoreProtocol, claims: Sequence[StoredClaim]) -> tuple[np.ndarray, np.ndarray | None]:
    """Which claims are in English documents, and multilingual vectors when any is not (else None)."""
    langs = {row["doc_id"] or row["id"]: row.get("lang") for row in store.campaign_documents()}
    english = np.array([language_group(langs.get(c.doc_id)) == "en" for c in claims], dtype=bool)
    if english.all():
        return english, None
    from spinscope.models.multilingual import embed

    return english, embed([c.text for c in claims]).astype(np.float32)


def _same_party(a: str | None, deniers: Sequence[str]) -> bool:
    if a is None:
        return False
    key = a.casefold().removeprefix("the ")
    return any(key == d.casefold().removeprefix("the ") for d in deniers)


def find_contradictions(
    store: StoreProtocol,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int | None = None,
    encode: Callable[[list[str]], np.ndarray] | None = None,
) -> list[Contradiction]:
    """Pairs (asserted claim, denied similar claim) across documents, most similar first.

    Parameters
    ----------
    store : an open store (read-only works; vectors are then not cached).
    threshold : minimum cosine similarity between the two claims (MiniLM, 0..1).
    limit : return at most this many pairs.
    encode : texts -> unit vectors; default: the bundled ONNX MiniLM encoder.
    """
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(f"The 'threshold' of contradictions must be in (0, 1]. Got {threshold!r}.")
    if limit is not None and limit < 1:
        raise ConfigError(f"The 'limit' of contradictions must be an int >= 1. Got {limit!r}.")
    claims = load_claims(store)
    denied = [i for i, c in enumerate(claims) if c.denied_by]
    # A claim with no asserter but not denied is the outlet's own (a file read without a source);
    # one with no asserter and a denier is only known as denied, so it asserts nothing here.
    asserted = [i for i, c in enumerate(claims) if c.asserted_by or not c.denied_by]
    if not denied or not asserted:
        return []
    if encode is None:
        from spinscope.models.encoder import shared_encoder

        encode = shared_encoder().encode
    vecs = claim_vectors(store, claims, encode)
    # A pair with a non-English claim is compared in the multilingual space, at its own threshold
    # (issue 24); an English-only store never loads that model.
    english, ml_vecs = _multilingual(store, claims)
    best: dict[tuple[int, int], Contradiction] = {}
    for start in range(0, len(denied), 256):  # bounded memory on large stores
        rows = denied[start : start + 256]
        sims = vecs[rows] @ vecs[asserted].T
        hits = sims >= threshold
        if ml_vecs is not None:
            both = english[rows][:, None] & english[asserted][None, :]
            sims = np.where(both, sims, ml_vecs[rows] @ ml_vecs[asserted].T)
            hits = np.where(both, hits, sims >= SAME_CLAIM_THRESHOLD)
        for r, j in zip(*np.nonzero(hits), strict=True):
            d, a = claims[rows[r]], claims[asserted[j]]
            if d.doc_id == a.doc_id or _same_party(a.asserted_by, d.denied_by):
                continue
            key = (asserted[j], rows[r])
            best[key] = Contradiction(
                a.text, a.asserted_by or a.source, a.doc_id, a.start, a.end,
                d.text, d.denied_by, d.doc_id, d.start, d.end, round(float(sims[r, j]), 4),
            )
    found = sorted(best.values(), key=lambda c: (-c.similarity, c.claim_doc, c.claim_start, c.denial_doc))
    return found[:limit] if limit is not None else found
