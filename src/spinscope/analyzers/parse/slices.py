"""Cutting a long text into bounded slices at natural breaks, for components whose cost or memory
grows faster than the text (one huge spaCy Doc, a tagger's per-piece hidden states)."""

from __future__ import annotations

import re

# Where a cut may fall, best first: after a line break, after a sentence end, after any whitespace.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")
_SPACE = re.compile(r"\s")


def slice_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """``[start, end)`` slices covering ``text`` exactly, each at most ``max_chars`` long.

    Each cut is the last line break in the second half of the slice, else the last sentence end
    there, else the last whitespace, else (one unbroken run of characters) the hard limit. The same
    text always gets the same cuts, so results do not depend on anything but the text.

    >>> slice_bounds("aaaa\\nbbbb\\ncc", 6)
    [(0, 5), (5, 10), (10, 12)]
    >>> slice_bounds("short", 100)
    [(0, 5)]
    """
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    out, start, n = [], 0, len(text)
    while start < n:
        end = min(n, start + max_chars)
        if end < n:
            end = _cut(text, start + max_chars // 2, end)
        out.append((start, end))
        start = end
    return out


def _cut(text: str, lo: int, hi: int) -> int:
    nl = text.rfind("\n", lo, hi)
    if nl != -1:
        return nl + 1
    for pattern in (_SENTENCE_END, _SPACE):
        found = list(pattern.finditer(text, lo, hi))
        if found:
            return found[-1].end()
    return hi
