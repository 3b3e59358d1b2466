"""The reports ``merge`` has kept so far, in the order it kept them, with their contents indexed by
position: each new candidate is compared with the kept reports it overlaps, not with every one of
the document (``_covered``/``_inside`` scanned them all per candidate: 63 of 179 profiled seconds of
quotes on a 1 MB document)."""

from __future__ import annotations

from spinscope.analyzers.quotes.candidate import Candidate, Range
from spinscope.core.spans import SpanIndex


class Kept:
    """A list of candidates (``items``, in keeping order) whose contents are a :class:`~spinscope.core.spans.SpanIndex`."""

    def __init__(self) -> None:
        self.items: list[Candidate] = []
        self._index: SpanIndex = SpanIndex()
        self._place: dict[int, int] = {}  # id(candidate) -> its place in items

    def append(self, c: Candidate) -> None:
        self._place[id(c)] = self._index.add(*c.content)
        self.items.append(c)

    def replace(self, old: Candidate, new: Candidate) -> None:
        """``new`` takes ``old``'s place (as ``items[items.index(old)] = new`` did)."""
        n = self._place.pop(id(old))
        self.items[n] = new
        self._place[id(new)] = n
        self._index.replace(n, *new.content)

    def overlapping(self, content: Range) -> list[Candidate]:
        """The kept candidates whose content shares a character with ``content``, in keeping order."""
        return [self.items[n] for n in self._index.overlapping(*content)]
