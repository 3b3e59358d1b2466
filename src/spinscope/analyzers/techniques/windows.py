"""Sliding windows over a whole article's word pieces, and merging window outputs back per token.

Used both by training (``training/techniques``) and by the ONNX tagger (:mod:`.tagger`), so the model sees the same
windows at training and inference time. numpy only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

# Content tokens per window: 256 positions minus [CLS] and [SEP].
WINDOW = 254
# Windows overlap by WINDOW - STRIDE tokens so every token has left and right context somewhere.
STRIDE = 192
CLS_ID, SEP_ID, PAD_ID = 101, 102, 0


@dataclass(slots=True)
class Encoded:
    """Word pieces of one text: ids and their ``[start, end)`` character offsets into the text."""

    ids: np.ndarray  # (n,) int64
    offsets: np.ndarray  # (n, 2) int64


def encode(tok: Tokenizer, texts: list[str]) -> list[Encoded]:
    out = []
    for enc in tok.encode_batch(texts, add_special_tokens=False):
        ids = np.asarray(enc.ids, dtype=np.int64)
        offsets = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
        out.append(Encoded(ids, offsets))
    return out


def window_starts(n_tokens: int, window: int = WINDOW, stride: int = STRIDE) -> list[int]:
    """Token start index of each window; the last window ends exactly at the article's end.

    >>> window_starts(10, window=4, stride=3)
    [0, 3, 6]
    >>> window_starts(0)
    []
    """
    if n_tokens <= 0:
        return []
    if n_tokens <= window:
        return [0]
    starts = list(range(0, n_tokens - window, stride))
    starts.append(n_tokens - window)  # cover the tail without a short, context-poor window
    return starts


def window_ids(ids: np.ndarray, start: int, window: int = WINDOW) -> np.ndarray:
    """One model input row: [CLS] + pieces + [SEP] (unpadded)."""
    body = ids[start : start + window]
    return np.concatenate([[CLS_ID], body, [SEP_ID]]).astype(np.int64)


def pad_batch(rows: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Dynamic padding: pad to the longest row of this batch only."""
    width = max(len(r) for r in rows)
    ids = np.full((len(rows), width), PAD_ID, dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int64)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = r
        mask[i, : len(r)] = 1
    return ids, mask


def edge_weights(length: int, start: int, n_tokens: int, ramp: int = 32) -> np.ndarray:
    """Trust a window less near its cut edges (not near the article's own start or end)."""
    pos = np.arange(length, dtype=np.float32)
    left = np.minimum(1.0, (pos + 1) / ramp) if start > 0 else np.ones(length, np.float32)
    right_dist = length - pos
    end_is_cut = start + length < n_tokens
    right = np.minimum(1.0, right_dist / ramp) if end_is_cut else np.ones(length, np.float32)
    return (left * right).astype(np.float32)


def merge_windows(n_tokens: int, starts: list[int], outputs: list[np.ndarray]) -> np.ndarray:
    """Weighted average of overlapping window outputs (each ``(len, C)``) into ``(n_tokens, C)``."""
    if not outputs:
        return np.zeros((n_tokens, 0), dtype=np.float32)
    channels = outputs[0].shape[-1]
    acc = np.zeros((n_tokens, channels), dtype=np.float32)
    wsum = np.zeros((n_tokens, 1), dtype=np.float32)
    for start, out in zip(starts, outputs, strict=True):
        w = edge_weights(len(out), start, n_tokens)[:, None]
        acc[start : start + len(out)] += out * w
        wsum[start : start + len(out)] += w
    return acc / np.maximum(wsum, 1e-6)
