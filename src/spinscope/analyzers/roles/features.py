"""Mention features from the shared MiniLM encoder: the mention's own tokens in their context.

A document is tokenized once, without truncation; each mention gets a window of at most
``max_len`` tokens centred on it (long documents are never cut at the start, so a mention in the
last paragraph sees its own paragraph). The frozen int8 encoder runs once per window and gives:

* the mean of the last hidden states over the mention's tokens: the actor *as this context
  describes it* (the contextual equivalent of entity markers);
* the mean over the whole window, L2-normalised like a sentence embedding: what is said around it.

Both are what :mod:`spinscope.analyzers.roles.classifier` was trained on
(``training/semeval25/roles_features.py`` calls this same code).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from spinscope.models.encoder import ENCODER_DIR, Encoder
from spinscope.models.tokenizer import load_tokenizer


class MentionFeaturizer:
    """``features(text, spans)`` -> one row of ``2 * dim`` floats per (start, end) span (end exclusive)."""

    def __init__(self, encoder: Encoder, max_len: int | None = None) -> None:
        self.encoder = encoder
        self.max_len = max_len or encoder.max_len
        # The encoder's own tokenizer truncates at 128; windows are cut here instead.
        self.tokenizer = load_tokenizer(ENCODER_DIR / "tokenizer.json", None, owner="roles")
        self.cls_id = self.tokenizer.token_to_id("[CLS]")
        self.sep_id = self.tokenizer.token_to_id("[SEP]")

    @property
    def dim(self) -> int:
        return 2 * self.encoder.dim

    def features(self, text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        out = np.zeros((len(spans), self.dim), dtype=np.float32)
        if not spans:
            return out
        enc = self.tokenizer.encode(text, add_special_tokens=False)
        ids, offsets = enc.ids, enc.offsets
        for row, (start, end) in enumerate(spans):
            first, last = token_range(offsets, start, end)
            lo, hi = window(first, last, len(ids), self.max_len - 2)
            feeds = {
                "input_ids": np.array([[self.cls_id, *ids[lo:hi], self.sep_id]], dtype=np.int64),
            }
            feeds["attention_mask"] = np.ones_like(feeds["input_ids"])
            feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
            hidden = self.encoder.session_.run(None, feeds)[0][0]
            context = hidden.mean(axis=0)
            own = hidden[1 + first - lo: 1 + last - lo + 1]
            mention = own.mean(axis=0) if len(own) else context
            out[row, : self.encoder.dim] = mention
            out[row, self.encoder.dim:] = context / max(float(np.linalg.norm(context)), 1e-12)
        return out


def token_range(offsets: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """Indices of the first and last token overlapping ``[start, end)``; the nearest token when
    none overlaps (a mention made only of characters the tokenizer drops)."""
    inside = [i for i, (s, e) in enumerate(offsets) if s < end and e > start]
    if inside:
        return inside[0], inside[-1]
    if not offsets:
        return 0, -1
    nearest = min(range(len(offsets)), key=lambda i: abs(offsets[i][0] - start))
    return nearest, nearest


def window(first: int, last: int, n_tokens: int, size: int) -> tuple[int, int]:
    """A ``[lo, hi)`` token window of at most ``size`` tokens containing ``first..last``, centred
    on them and shifted inwards at the document's edges. A mention longer than ``size`` keeps
    its first ``size`` tokens."""
    if n_tokens <= size:
        return 0, n_tokens
    span = last - first + 1
    if span >= size:
        return first, first + size
    lo = first - (size - span) // 2
    lo = max(0, min(lo, n_tokens - size))
    return lo, lo + size
