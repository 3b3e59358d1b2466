"""One windowed pass of the shared MiniLM encoder per document, shared by every analyzer that reads it.

The document is tokenized once (no truncation) and tiled into windows of ``TILE`` word pieces that
overlap by ``TILE - STRIDE``; the int8 encoder runs once per window, and each token keeps the hidden
state of the window in which it is most central (farthest from either edge), so every token has
at least ``(TILE - STRIDE) // 2`` tokens of context on both sides except at the document's edges.
Any span's vector is then the mean of its tokens' states: the ``roles`` analyzer pools a mention
and its surroundings, ``narratives_semeval25`` its paragraph windows, from the same pass, and the
training scripts call this same code (``training/semeval25/``).

Every window but a short document's only one has exactly ``TILE`` tokens (the last is aligned to the
document's end) and runs alone, because the int8 graph scales activations per input tensor: a
window's states never depend on other documents, or on how documents are batched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from spinscope.models.cache import shared_model
from spinscope.models.encoder import ENCODER_DIR, Encoder, shared_encoder
from spinscope.models.once import once
from spinscope.models.tokenizer import load_tokenizer

TILE = 126  # body tokens per window: 128 with [CLS] and [SEP], the encoder's trained length
STRIDE = 96  # 30 tokens of overlap: each token is at least 15 tokens from a window edge
CACHE_KEY = "encoder_states"


@dataclass(slots=True)
class DocumentStates:
    """Per-token contextual states of one document (``states[i]`` belongs to ``offsets[i]``)."""

    offsets: list[tuple[int, int]]
    states: np.ndarray  # [n_tokens, dim] float32
    windows: int  # encoder runs it took
    spans: list[tuple[int, int]]  # each window's [lo, hi) token range
    window_vectors: np.ndarray  # [windows, dim]: each window's sentence embedding (unit mean of its run)
    # Token start and end characters as arrays, built once: rebuilding them per lookup made every
    # mention cost the whole document (quadratic on long texts).
    _starts: np.ndarray = field(init=False, repr=False)
    _ends: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        n = len(self.offsets)
        self._starts = np.fromiter((s for s, _ in self.offsets), dtype=np.int64, count=n)
        self._ends = np.fromiter((e for _, e in self.offsets), dtype=np.int64, count=n)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """``[first, last)`` token indices overlapping the characters ``[start, end)``; the nearest
        token when none overlaps (a span of characters the tokenizer drops)."""
        n = len(self.offsets)
        if n == 0:
            return 0, 0
        first = int(np.searchsorted(self._ends, start, side="right"))  # first token ending after start
        last = int(np.searchsorted(self._starts, end, side="left"))  # tokens starting before end
        if first < last:
            return first, last
        nearest = min(max(first, 0), n - 1)
        return nearest, nearest + 1

    def pool(self, first: int, last: int, unit: bool = False) -> np.ndarray:
        """Mean state over tokens ``[first, last)`` (zeros when empty); L2-normalised with ``unit``."""
        if last <= first:
            return np.zeros(self.states.shape[1], dtype=np.float32)
        v = self.states[first:last].mean(axis=0)
        if unit:
            v = v / max(float(np.linalg.norm(v)), 1e-12)
        return v.astype(np.float32)

    def pool_chars(self, start: int, end: int, unit: bool = False) -> np.ndarray:
        return self.pool(*self.token_range(start, end), unit=unit)


def tiles(n_tokens: int, size: int = TILE, stride: int = STRIDE) -> list[tuple[int, int]]:
    """``[lo, hi)`` windows covering ``n_tokens``: every one ``size`` long (the last aligned to the
    end), or one window of the whole text when it is shorter."""
    if n_tokens <= size:
        return [(0, n_tokens)] if n_tokens else []
    out = [(lo, lo + size) for lo in range(0, n_tokens - size, stride)]
    out.append((n_tokens - size, n_tokens))
    return out


def owners(n_tokens: int, spans: list[tuple[int, int]]) -> np.ndarray:
    """For each token, the index of the window in which it is most central."""
    best = np.full(n_tokens, -1, dtype=np.int64)
    margin = np.full(n_tokens, -1, dtype=np.int64)
    for w, (lo, hi) in enumerate(spans):
        idx = np.arange(lo, hi)
        m = np.minimum(idx - lo, hi - 1 - idx)
        better = m > margin[lo:hi]
        best[lo:hi][better] = w
        margin[lo:hi][better] = m[better]
    return best


class WindowEncoder:
    """``states(text)`` -> :class:`DocumentStates` from one windowed pass of ``encoder``."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self.tokenizer = load_tokenizer(ENCODER_DIR / "tokenizer.json", None, owner="encoder windows")
        self.cls_id = self.tokenizer.token_to_id("[CLS]")
        self.sep_id = self.tokenizer.token_to_id("[SEP]")

    def states(self, text: str) -> DocumentStates:
        enc = self.tokenizer.encode(text, add_special_tokens=False)
        ids, offsets = enc.ids, [tuple(o) for o in enc.offsets]
        spans = tiles(len(ids))
        out = np.zeros((len(ids), self.encoder.dim), dtype=np.float32)
        vectors = np.zeros((len(spans), self.encoder.dim), dtype=np.float32)
        owner = owners(len(ids), spans)
        for w, (lo, hi) in enumerate(spans):
            feeds = {"input_ids": np.array([[self.cls_id, *ids[lo:hi], self.sep_id]], dtype=np.int64)}
            feeds["attention_mask"] = np.ones_like(feeds["input_ids"])
            feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
            run = self.encoder.session_.run(None, feeds)[0][0]
            pooled = run.mean(axis=0)  # over every position, [CLS] and [SEP] too: Encoder.encode's vector
            vectors[w] = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
            hidden = run[1:-1]
            mine = np.nonzero(owner[lo:hi] == w)[0]
            out[lo + mine] = hidden[mine]
        return DocumentStates(offsets, out, len(spans), spans, vectors)


@shared_model
def shared_window_encoder() -> WindowEncoder:
    return WindowEncoder(shared_encoder())


def document_states(doc) -> DocumentStates:
    """The document's encoder states, computed on first use and kept in ``doc.cache[CACHE_KEY]``
    (analyzers that read them declare ``provides = (CACHE_KEY,)``).

    Analyzers that run concurrently on one document wait for one pass instead of each running it.
    """
    return once(doc, CACHE_KEY, lambda: shared_window_encoder().states(doc.text))
