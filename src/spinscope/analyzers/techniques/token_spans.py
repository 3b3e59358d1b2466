"""Turn per-token probabilities into character spans snapped to whole words. numpy only."""

from __future__ import annotations

import numpy as np

from spinscope.analyzers.techniques.span_rules import has_content, trim_span
from spinscope.core.text import snap_to_words


def runs(on: np.ndarray, max_gap: int = 0) -> list[tuple[int, int]]:
    """Token index ranges ``[i, j)`` where ``on`` is true, bridging gaps of up to ``max_gap`` tokens.

    >>> runs(np.array([0, 1, 1, 0, 1, 0, 0, 1], bool), max_gap=1)
    [(1, 5), (7, 8)]
    """
    idx = np.flatnonzero(on)
    if len(idx) == 0:
        return []
    out, first, last = [], int(idx[0]), int(idx[0])
    for i in idx[1:]:
        if i - last - 1 <= max_gap:
            last = int(i)
        else:
            out.append((first, last + 1))
            first = last = int(i)
    out.append((first, last + 1))
    return out


def threshold_spans(
    text: str,
    offsets: np.ndarray,
    probs: np.ndarray,
    threshold: float,
    max_gap: int = 1,
    min_chars: int = 2,
    low: float | None = None,
    tidy: bool = True,
) -> list[tuple[int, int, float]]:
    """Spans ``(start, end, score)`` where one channel's token probability reaches ``threshold``.

    With ``low`` (hysteresis), a span is a run of tokens at or over ``low`` that holds at least one
    token at or over ``threshold``: the model is surest about a span's core and less sure at its
    edges, so the edges are kept without letting every faint run in. ``score`` is the mean
    probability over the span's tokens.

    With ``tidy`` (the default), spans end on whole phrases (trailing function words trimmed) and a
    span with no content word is dropped (see :mod:`.span_rules`).
    """
    out: list[tuple[int, int, float]] = []
    floor = threshold if low is None else min(low, threshold)
    for i, j in runs(probs >= floor, max_gap):
        if floor < threshold and probs[i:j].max() < threshold:
            continue
        start, end = snap_to_words(text, int(offsets[i, 0]), int(offsets[j - 1, 1]))
        if tidy:
            start, end = trim_span(text, start, end)
            if not has_content(text[start:end]):
                continue
            kept = tokens_in(offsets, start, end)
            i, j = (int(kept[0]), int(kept[-1]) + 1) if len(kept) else (i, j)
        if end - start >= min_chars:
            out.append((start, end, float(probs[i:j].mean())))
    return out


def tokens_in(offsets: np.ndarray, start: int, end: int) -> np.ndarray:
    """Indices of the word pieces that overlap characters ``[start, end)``."""
    if len(offsets) == 0:
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero((offsets[:, 0] < end) & (offsets[:, 1] > start))
