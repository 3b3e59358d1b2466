"""Near-duplicate detection: MinHash over word shingles, with a banded LSH index.

State media texts are republished with small edits (a new headline, a dropped paragraph); the
later copy is linked to the earlier one. Matching folds case and punctuation for the *signature
only*; the stored text is never touched. Signatures are plain uint32 arrays (stored as BLOBs), so
the store stays readable and stable across library versions.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

import numpy as np

from spinscope.settings import default

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: candidates from ~0.5 similarity; each is then verified
ROWS = NUM_PERM // BANDS
SHINGLE = 5
WORD = re.compile(r"\w+", re.UNICODE)
_PRIME = np.uint64((1 << 31) - 1)
_rng = np.random.default_rng(20260522)
_A = _rng.integers(1, (1 << 31) - 1, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 31) - 1, NUM_PERM, dtype=np.uint64)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """MinHash signature: for each of NUM_PERM hash functions, the minimum over the shingles."""
    grams = shingles(text)
    if not grams:
        return np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    x = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little") for g in grams),
        dtype=np.uint64, count=len(grams),
    )
    # (a * x + b) mod p stays below 2**63 for a, b < 2**31 and x < 2**32.
    hashed = (np.outer(x, _A) + _B) % _PRIME
    return hashed.min(axis=0).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(a == b))


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


class NearDuplicateIndex:
    """Finds the earliest indexed document whose estimated similarity is at least ``threshold``."""

    def __init__(self, threshold: float = default("near_duplicate_threshold")) -> None:
        self.threshold = threshold
        self._bands: list[dict[bytes, list[str]]] = [defaultdict(list) for _ in range(BANDS)]
        self._sigs: dict[str, np.ndarray] = {}
        self._order: dict[str, int] = {}
        self._added = 0  # a counter, not len(_order): removing must not reuse an order number

    def _buckets(self, sig: np.ndarray):
        for band, table in enumerate(self._bands):
            yield table, sig[band * ROWS : (band + 1) * ROWS].tobytes()

    def add(self, doc_id: str, sig: np.ndarray) -> None:
        old = self._sigs.get(doc_id)
        if old is not None:  # the document's text changed: forget its old buckets
            for table, key in self._buckets(old):
                table[key].remove(doc_id)
        for table, key in self._buckets(sig):
            table[key].append(doc_id)
        if doc_id not in self._order:
            self._order[doc_id] = self._added
            self._added += 1
        self._sigs[doc_id] = sig

    def remove(self, doc_id: str) -> None:
        """Forget a document (one that failed and was never stored): nothing is linked to it."""
        old = self._sigs.pop(doc_id, None)
        if old is None:
            return
        for table, key in self._buckets(old):
            table[key].remove(doc_id)
        del self._order[doc_id]

    def query(self, sig: np.ndarray, exclude: str | None = None) -> tuple[str, float] | None:
        candidates: set[str] = set()
        for table, key in self._buckets(sig):
            candidates.update(table.get(key, ()))
        candidates.discard(exclude or "")
        best: tuple[str, float] | None = None
        for cand in candidates:
            sim = similarity(sig, self._sigs[cand])
            if sim >= self.threshold and (best is None or self._order[cand] < self._order[best[0]]):
                best = (cand, sim)
        return best

    def __len__(self) -> int:
        return len(self._sigs)
