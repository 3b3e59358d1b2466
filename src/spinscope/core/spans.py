"""Spans by position: the one index analyzers use to find what lies near an offset.

Analyzers ask "which quote's content holds this label", "which mention overlaps this alias match",
"which entity was mentioned last before here", "which tokens start inside this range". A scan of
every span per question made long documents quadratic (issue 14); :class:`SpanIndex` reads only the
spans near the offset by bisection and answers exactly what the scan answered, in the order the
spans were added. :class:`TokenStarts` does the same for the tokens of a spaCy parse.

Offsets are ``str`` indices into ``Document.text`` with an exclusive end, as in every annotation
(:class:`~spinscope.core.annotations.Span`); while an analyzer works it passes them around as the
light, hashable, ordered pair :data:`Range`, and :func:`as_range` / :func:`as_span` convert.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator
from typing import Any, Generic, TypeVar

from spinscope.core.annotations import Span

Range = tuple[int, int]  # (start, end): a Span's offsets while an analyzer works
T = TypeVar("T")


def as_range(span: Any) -> Range:
    """The ``(start, end)`` of anything with ``start`` and ``end`` (a Span, an annotation)."""
    return span.start, span.end


def as_span(r: Range) -> Span:
    return Span(r[0], r[1])


class SpanIndex(Generic[T]):
    """Spans ``[start, end)``, each with an optional item, numbered in the order they were added.

    Every lookup answers with span numbers in that order (``item(n)`` and ``span(n)`` read them).
    Removed spans keep their number and are never answered again.
    """

    def __init__(self) -> None:
        self._keys: list[tuple[int, int]] = []  # (start, number), sorted
        self._spans: list[Range | None] = []
        self._items: list[T | None] = []
        # No span is longer: one that overlaps [lo, hi) starts at or after lo - widest.
        self.widest = 0

    @classmethod
    def of(cls, spans: Iterable[Range]) -> SpanIndex[Any]:
        """An index of ``(start, end)`` pairs, numbered in the order given."""
        index: SpanIndex[Any] = cls()
        for start, end in spans:
            index.add(start, end)
        return index

    # -- building -------------------------------------------------------------------------------
    def add(self, start: int, end: int, item: T | None = None) -> int:
        n = len(self._spans)
        self._spans.append((start, end))
        self._items.append(item)
        key = (start, n)
        if not self._keys or key > self._keys[-1]:
            self._keys.append(key)  # the common case: spans come in text order
        else:
            self._keys.insert(bisect_left(self._keys, key), key)
        self.widest = max(self.widest, end - start)
        return n

    def replace(self, n: int, start: int, end: int) -> None:
        """Span number ``n`` becomes ``[start, end)`` (it keeps its number, so its place in the order)."""
        old = self._spans[n]
        assert old is not None, f"span {n} was removed"
        del self._keys[bisect_left(self._keys, (old[0], n))]
        insort(self._keys, (start, n))
        self._spans[n] = (start, end)
        self.widest = max(self.widest, end - start)

    def remove(self, n: int) -> None:
        old = self._spans[n]
        if old is not None:
            del self._keys[bisect_left(self._keys, (old[0], n))]
            self._spans[n] = None

    # -- reading --------------------------------------------------------------------------------
    def __len__(self) -> int:
        """How many spans are in the index (removed ones not counted)."""
        return len(self._keys)

    def span(self, n: int) -> Range:
        span = self._spans[n]
        assert span is not None, f"span {n} was removed"
        return span

    def item(self, n: int) -> T | None:
        return self._items[n]

    def numbers(self) -> list[int]:
        """Every span's number, in the order added."""
        return [n for n, s in enumerate(self._spans) if s is not None]

    # -- lookups --------------------------------------------------------------------------------
    def starting_in(self, lo: int, hi: int) -> list[int]:
        """Spans whose start is in ``[lo, hi]`` (both ends included)."""
        a = bisect_left(self._keys, (lo, -1))
        b = bisect_right(self._keys, (hi, len(self._spans)))
        return sorted(n for _, n in self._keys[a:b])

    def overlapping(self, start: int, end: int) -> list[int]:
        """Spans sharing at least one character with ``[start, end)``; an empty span or an empty
        query shares none (see :meth:`at` for the spans holding one offset)."""
        if end <= start:
            return []
        spans = self._spans
        out = []
        for n in self.starting_in(start - self.widest, end - 1):
            s, e = spans[n]  # type: ignore[misc]
            if e > start and e > s:
                out.append(n)
        return out

    def at(self, offset: int) -> list[int]:
        """Spans holding the character at ``offset`` (``start <= offset < end``)."""
        spans = self._spans
        return [n for n in self.starting_in(offset - self.widest, offset) if offset < spans[n][1]]  # type: ignore[index]

    def containing(self, start: int, end: int) -> list[int]:
        """Spans ``x`` with ``x.start <= start`` and ``end <= x.end``: those ``[start, end)`` lies inside."""
        spans = self._spans
        return [n for n in self.starting_in(min(start, end) - self.widest, start) if end <= spans[n][1]]  # type: ignore[index]

    def inside(self, start: int, end: int) -> list[int]:
        """Spans lying inside ``[start, end)``: ``start <= x.start`` and ``x.end <= end``."""
        spans = self._spans
        return [n for n in self.starting_in(start, end) if spans[n][1] <= end]  # type: ignore[index]

    def starts_before(self, offset: int) -> Iterator[list[int]]:
        """The spans starting before ``offset``, nearest first: one list per start (in the order added)."""
        keys = self._keys
        i = bisect_left(keys, (offset, -1))
        while i > 0:
            start = keys[i - 1][0]
            j = bisect_left(keys, (start, -1), 0, i)
            yield [n for _, n in keys[j:i]]
            i = j

    def starts_after(self, offset: int) -> Iterator[list[int]]:
        """The spans starting at or after ``offset``, nearest first: one list per start (in the order added)."""
        keys = self._keys
        i = bisect_left(keys, (offset, -1))
        while i < len(keys):
            start = keys[i][0]
            j = bisect_right(keys, (start, len(self._spans)), i)
            yield [n for _, n in keys[i:j]]
            i = j

    def nearest_before(self, offset: int) -> list[int]:
        """The spans with the latest start before ``offset`` (ties in the order added)."""
        return next(self.starts_before(offset), [])

    def nearest_after(self, offset: int) -> list[int]:
        """The spans with the earliest start at or after ``offset`` (ties in the order added)."""
        return next(self.starts_after(offset), [])


class TokenStarts:
    """The tokens of a spaCy parse by the offset of their first character.

    ``Doc.char_span`` answers a different question (it expands to the token a range starts inside,
    and gives None for a range past the text or inside whitespace); the rules ask which tokens *start*
    inside a range, so this bisects over the token offsets instead, listed once per parse.
    """

    def __init__(self, parsed: Any) -> None:
        self.parsed = parsed
        self.starts: list[int] = [t.idx for t in parsed]

    def between(self, start: int, end: int) -> list:
        """The tokens whose first character lies in ``[start, end)``, in text order."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end, lo)
        return [self.parsed[i] for i in range(lo, hi)]
