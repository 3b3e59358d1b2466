"""Character-offset helpers shared by analyzers (no model or parser dependencies)."""

from __future__ import annotations


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` so it neither starts nor ends inside a word (word pieces cut words).

    >>> text = "a smear campaign"
    >>> snap_to_words(text, 4, 10)
    (2, 16)
    """
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end
