"""Mention features from the document's one shared encoder pass (:mod:`spinscope.models.windows_cache`).

The document is encoded once, in overlapping 128-token windows, and every token keeps its state from
the window where it is most central; a mention's features are pooled from those states, so reading
every mention of every actor costs no encoder run beyond the pass the narratives also read. Per
mention, three blocks of ``dim`` floats:

* ``mention``: the mean state over the mention's own tokens -- the actor *as this context describes
  it* (the contextual equivalent of entity markers);
* ``context``: the L2-normalised mean over ``CONTEXT`` tokens centred on the mention (shifted inwards
  at the document's edges): what is said around it;
* ``paragraph``: the L2-normalised mean over the mention's line (news text comes one paragraph per
  line).

The head (:mod:`spinscope.analyzers.roles.classifier`) names the blocks it was trained on; the
training script ``training/semeval25/shared_pass.py`` calls this same code.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from spinscope.models.windows_cache import DocumentStates

BLOCKS = ("mention", "context", "paragraph")
CONTEXT = 126


def mention_features(states: DocumentStates, text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """One row of ``len(BLOCKS) * dim`` floats per ``(start, end)`` span (end exclusive)."""
    dim = states.states.shape[1]
    out = np.zeros((len(spans), len(BLOCKS) * dim), dtype=np.float32)
    n = len(states.offsets)
    for row, (start, end) in enumerate(spans):
        first, last = states.token_range(start, end)
        out[row, :dim] = states.pool(first, last)
        lo, hi = window(first, last - 1, n, CONTEXT)
        out[row, dim: 2 * dim] = states.pool(lo, hi, unit=True)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        out[row, 2 * dim:] = states.pool_chars(line_start, len(text) if line_end < 0 else line_end, unit=True)
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
