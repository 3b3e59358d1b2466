"""Ranges ordered by start, so that the ones near a range are found by bisection instead of a scan
of every range of the document per item (quadratic on long texts, found by ``bench_speed --only
scaling``). Answers are exactly the scan's: the same ranges, in the order they were added."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

from spinscope.analyzers.quotes.candidate import Range


class RangeIndex:
    """Ranges numbered in the order they were added (``add`` returns the number)."""

    def __init__(self, ranges: list[Range] | tuple[Range, ...] = ()) -> None:
        self._keys: list[tuple[int, int]] = []  # (start, number), sorted
        self._ranges: list[Range] = []
        self.widest = 0  # no range is longer: one overlapping [lo, hi) starts at or after lo - widest
        for r in ranges:
            self.add(r)

    def add(self, r: Range) -> int:
        n = len(self._ranges)
        self._ranges.append(r)
        key = (r[0], n)
        if not self._keys or key > self._keys[-1]:
            self._keys.append(key)  # the common case: ranges come in text order
        else:
            self._keys.insert(bisect_left(self._keys, key), key)
        self.widest = max(self.widest, r[1] - r[0])
        return n

    def replace(self, n: int, r: Range) -> None:
        """Range number ``n`` becomes ``r`` (it keeps its number, so its place in the order)."""
        old = self._ranges[n]
        del self._keys[bisect_left(self._keys, (old[0], n))]
        insort(self._keys, (r[0], n))
        self._ranges[n] = r
        self.widest = max(self.widest, r[1] - r[0])

    def __len__(self) -> int:
        return len(self._ranges)

    def starting_in(self, lo: int, hi: int) -> list[int]:
        """Numbers of the ranges whose start is in ``[lo, hi]``, in the order they were added."""
        a = bisect_left(self._keys, (lo, -1))
        b = bisect_right(self._keys, (hi, len(self._ranges)))
        return sorted(n for _, n in self._keys[a:b])

    def overlapping(self, r: Range) -> list[int]:
        """Numbers of the ranges sharing at least one character with ``r`` (``overlap(r, x) > 0``),
        in the order they were added."""
        lo, hi = r
        if hi <= lo:
            return []
        out = []
        for n in self.starting_in(lo - self.widest, hi - 1):
            start, end = self._ranges[n]
            if end > lo and end > start:  # an empty range overlaps nothing
                out.append(n)
        return out

    def containing(self, lo: int, hi: int) -> list[int]:
        """Numbers of the ranges ``x`` with ``x.start <= lo`` and ``hi <= x.end``, in the order added."""
        return [n for n in self.starting_in(min(lo, hi) - self.widest, lo) if hi <= self._ranges[n][1]]
