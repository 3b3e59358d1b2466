"""Near-duplicate detection: MinHash over word shingles, with an LSH index.

State media texts are republished with small edits (a new headline, a dropped paragraph); the
later copy is linked to the earlier one. Matching folds case and punctuation for the *signature
only*; the stored text is never touched.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7)
    m.update_batch(list(shingles(text)))
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=7, hashvalues=np.frombuffer(data, dtype=np.uint64))


class NearDuplicateIndex:
    """Finds the earliest indexed document whose estimated Jaccard similarity is over ``threshold``."""

    def __init__(self, threshold: float = 0.7) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}

    def add(self, doc_id: str, sig: MinHash) -> None:
        if doc_id in self._sigs:
            self._lsh.remove(doc_id)
        self._lsh.insert(doc_id, sig)
        self._sigs[doc_id] = sig
        self._order.setdefault(doc_id, len(self._order))

    def query(self, sig: MinHash, exclude: str | None = None) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for cand in self._lsh.query(sig):
            if cand == exclude:
                continue
            sim = float(sig.jaccard(self._sigs[cand]))
            if sim < self.threshold:
                continue
            if best is None or self._order[cand] < self._order[best[0]]:
                best = (cand, sim)
        return best

    def __len__(self) -> int:
        return len(self._sigs)
