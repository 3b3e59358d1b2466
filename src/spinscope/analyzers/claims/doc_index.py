"""Position indexes over one document's quotes, entity mentions, tokens and noun chunks.

The denial rules ask "which quote's cue is here", "which entity was mentioned last before here".
Scanning every quote or mention for each denial made a long document quadratic (a 5 MB text has
thousands of both). Each lookup here reads only what is near the offset and answers exactly what the
scan answered: the same item, picked by the same order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

from spinscope.core.document import Document, Entity, Quote
from spinscope.core.spans import SpanIndex, TokenStarts

DENIER_TYPES = ("PERSON", "ORG", "GPE", "NORP")


def _first_items(index: SpanIndex[Any], numbers: list[int]) -> list[Any]:
    """The items of ``numbers`` once each, by their list order (several spans may share one item:
    an entity's mentions)."""
    seen: dict[int, Any] = {}
    for n in numbers:
        order, item = index.item(n)
        seen.setdefault(order, item)
    return [seen[k] for k in sorted(seen)]


def _overlapping(index: SpanIndex[Any], start: int, end: int) -> list[int]:
    """Spans with ``s < end and start < e``, as the scans asked: for an empty range, those around it."""
    if start < end:
        return index.overlapping(start, end)
    return [n for n in index.at(start) if index.span(n)[0] < start]


class DocIndex:
    """Lookups over ``doc.quotes`` and ``doc.entities`` that the denial finder makes per denial."""

    def __init__(self, doc: Document) -> None:
        # Each span's item is (list order, quote or entity): answers keep the lists' order.
        self.cues: SpanIndex[tuple[int, Quote]] = SpanIndex()
        self.contents: SpanIndex[tuple[int, Quote]] = SpanIndex()
        self.speakers: SpanIndex[tuple[int, Quote]] = SpanIndex()
        self.voiced: SpanIndex[tuple[int, Quote]] = SpanIndex()  # contents of quotes with a named speaker
        for k, q in enumerate(doc.quotes):
            if q.cue is not None:
                self.cues.add(q.cue.start, q.cue.end, (k, q))
            self.contents.add(q.content.start, q.content.end, (k, q))
            if q.speaker_name:
                self.voiced.add(q.content.start, q.content.end, (k, q))
            if q.speaker is not None and q.speaker_name:
                self.speakers.add(q.speaker.start, q.speaker.end, (k, q))
        self.entities = doc.entities
        self.mentions: SpanIndex[tuple[int, Entity]] = SpanIndex()  # every mention, by position
        for k, ent in enumerate(doc.entities):
            for m in ent.mentions:
                self.mentions.add(m.start, m.end, (k, ent))
        self._named: dict[str, list[int]] = {}
        self._tokens: TokenStarts | None = None
        self._chunks: list | None = None

    # -- quotes ---------------------------------------------------------------------------------
    def quote_at_cue(self, offset: int) -> Quote | None:
        hits = _first_items(self.cues, self.cues.at(offset))
        return hits[0] if hits else None

    def quote_containing(self, offset: int) -> Quote | None:
        hits = _first_items(self.contents, self.contents.at(offset))
        return hits[0] if hits else None

    def speaker_at(self, offset: int) -> str | None:
        """The named speaker of the first quote (list order) whose content holds ``offset``."""
        hits = _first_items(self.voiced, self.voiced.at(offset))
        return hits[0].speaker_name if hits else None

    def speakers_overlapping(self, start: int, end: int) -> list[Quote]:
        """Quotes with a named speaker whose span overlaps ``[start, end)``, in list order."""
        return _first_items(self.speakers, _overlapping(self.speakers, start, end))

    # -- entities -------------------------------------------------------------------------------
    def entity_mentioned(self, start: int, end: int) -> Entity | None:
        """The first entity (list order) with a mention overlapping ``[start, end)``."""
        hits = _first_items(self.mentions, _overlapping(self.mentions, start, end))
        return hits[0] if hits else None

    def _latest(self, offset: int, allowed: set[int] | None, types: tuple[str, ...]) -> Entity | None:
        """Of the entities with a mention starting before ``offset``: the one mentioned latest (ties: list
        order), as sorting them by their latest mention, nearest first, would put first."""
        for numbers in self.mentions.starts_before(offset):
            group = sorted(
                k for k, ent in map(self.mentions.item, numbers)
                if (allowed is None or k in allowed) and ent.type in types
            )
            if group:
                return self.entities[group[0]]
        return None

    def latest_entity(self, offset: int, types: tuple[str, ...] = DENIER_TYPES) -> Entity | None:
        return self._latest(offset, None, types)

    def latest_entity_named(self, word: str, offset: int, types: tuple[str, ...] = DENIER_TYPES) -> Entity | None:
        """The latest-mentioned entity before ``offset`` whose name contains ``word``."""
        if word not in self._named:
            self._named[word] = [k for k, e in enumerate(self.entities) if word in e.name.lower()]
        allowed = self._named[word]
        if not allowed:
            return None
        if len(allowed) <= 8:  # few candidates: each one's latest mention by bisect
            best: tuple[int, int] | None = None
            for k in allowed:
                ent = self.entities[k]
                if ent.type not in types:
                    continue
                starts = [m.start for m in ent.mentions if m.start < offset]
                if starts and (best is None or max(starts) > best[0]):
                    best = (max(starts), k)
            return self.entities[best[1]] if best else None
        return self._latest(offset, set(allowed), types)

    # -- parse ----------------------------------------------------------------------------------
    def tokens_in(self, parsed, start: int, end: int) -> Iterator:
        """Tokens of the spaCy Doc whose first character lies in ``[start, end)``, in order."""
        if self._tokens is None:
            self._tokens = TokenStarts(parsed)
        return iter(self._tokens.between(start, end))

    def chunks_between(self, parsed, start_char: int, end_token: int) -> list:
        """Noun chunks starting at or after ``start_char`` and ending by token ``end_token``, in order."""
        if self._chunks is None:
            self._chunks = list(parsed.noun_chunks)
            self._chunk_starts = [c.start_char for c in self._chunks]
            self._chunk_ends = [c.end for c in self._chunks]
            self._sorted = self._chunk_starts == sorted(self._chunk_starts) and self._chunk_ends == sorted(self._chunk_ends)
        if self._sorted:
            lo, hi = bisect_left(self._chunk_starts, start_char), bisect_right(self._chunk_ends, end_token)
            pool = self._chunks[lo:hi]
        else:  # never seen with spaCy's English chunker; keep the scan's answer regardless
            pool = self._chunks
        return [c for c in pool if c.start_char >= start_char and c.end <= end_token]
