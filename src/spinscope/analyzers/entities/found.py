"""The mentions found so far, ordered by position, so that the ones overlapping a span are found by
bisection instead of a scan of every mention of the document per alias match (quadratic on long
texts: 3.6 of 5.7 s at 1 MB)."""

from __future__ import annotations

from bisect import bisect_left, insort

Found = tuple[int, int, str]  # (start, end, spaCy type)


class FoundMentions:
    """A multiset of ``(start, end, type)`` sorted by position; ``widest`` bounds how far before a
    span an overlapping mention may start."""

    def __init__(self, items: list[Found] | None = None) -> None:
        self.items: list[Found] = sorted(items or [])
        self.widest = max((e - s for s, e, _ in self.items), default=0)

    def add(self, item: Found) -> None:
        insort(self.items, item)
        self.widest = max(self.widest, item[1] - item[0])

    def _window(self, start: int, end: int) -> tuple[int, int]:
        # Every mention overlapping [start, end) starts in [start - widest, end).
        return bisect_left(self.items, (start - self.widest,)), bisect_left(self.items, (end,))

    def overlapping(self, start: int, end: int) -> list[Found]:
        """Mentions ``f`` with ``f.start < end`` and ``start < f.end``, in position order."""
        lo, hi = self._window(start, end)
        return [f for f in self.items[lo:hi] if start < f[1]]

    def remove_overlapping(self, start: int, end: int) -> None:
        lo, hi = self._window(start, end)
        self.items[lo:hi] = [f for f in self.items[lo:hi] if not start < f[1]]

    def __iter__(self):
        return iter(self.items)
