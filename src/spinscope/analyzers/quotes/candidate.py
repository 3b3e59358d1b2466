"""The working form of an attribution before it becomes a :class:`~spinscope.core.document.Quote`."""

from __future__ import annotations

from dataclasses import dataclass

from spinscope.core.spans import Range  # the one (start, end) form; re-exported for the quotes modules

__all__ = ["Candidate", "Range", "half_match", "overlap", "strip_range"]


@dataclass(slots=True)
class Candidate:
    """One attribution found by a rule or the tagger. Offsets index the document text."""

    kind: str  # direct | indirect | mixed
    content: Range
    cue: Range | None = None
    speaker: Range | None = None
    via: str | None = None
    rule: str = ""  # which rule found it, for debugging and evaluation breakdowns
    refers_to: Range | None = None  # what a relative-pronoun speaker ("who said") stands for


def overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def half_match(a: Range, b: Range) -> bool:
    """The evaluation's match: the overlap covers at least half of each span."""
    ov = overlap(a, b)
    return ov * 2 >= a[1] - a[0] and ov * 2 >= b[1] - b[0] and ov > 0


def strip_range(text: str, start: int, end: int, chars: str = " \t\r\n,;:—–-") -> Range:
    """Shrink a range past ``chars`` at both edges, so it starts and ends on text (no spaces or
    dangling commas)."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
