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

BUCKET = 2048  # characters per bucket: a quote or mention touches one or two
DENIER_TYPES = ("PERSON", "ORG", "GPE", "NORP")


class _Buckets:
    """Items with ``[start, end)`` ranges, found by position; lookups keep the items' list order."""

    def __init__(self) -> None:
        self.buckets: dict[int, list[tuple[int, int, int, Any]]] = {}

    def add(self, order: int, start: int, end: int, item: Any) -> None:
        for b in range(start // BUCKET, max(start, end - 1) // BUCKET + 1):
            self.buckets.setdefault(b, []).append((order, start, end, item))

    def overlapping(self, start: int, end: int) -> list[Any]:
        """Items whose range overlaps ``[start, end)`` (or holds ``start`` when empty), in list order."""
        hits: dict[int, Any] = {}
        for b in range(start // BUCKET, max(start, end - 1) // BUCKET + 1):
            for order, s, e, item in self.buckets.get(b, ()):
                if s < end and start < e or (start == end and s <= start < e):
                    hits.setdefault(order, item)
        return [hits[k] for k in sorted(hits)]


class DocIndex:
    """Lookups over ``doc.quotes`` and ``doc.entities`` that the denial finder makes per denial."""

    def __init__(self, doc: Document) -> None:
        self.cues, self.contents, self.speakers = _Buckets(), _Buckets(), _Buckets()
        self.voiced = _Buckets()  # contents of quotes with a named speaker
        for k, q in enumerate(doc.quotes):
            if q.cue is not None:
                self.cues.add(k, q.cue.start, q.cue.end, q)
            self.contents.add(k, q.content.start, q.content.end, q)
            if q.speaker_name:
                self.voiced.add(k, q.content.start, q.content.end, q)
            if q.speaker is not None and q.speaker_name:
                self.speakers.add(k, q.speaker.start, q.speaker.end, q)
        self.entities = doc.entities
        self.mentions = _Buckets()
        # Every mention by start, for "the entity mentioned last before an offset".
        by_start: list[tuple[int, int]] = []
        for k, ent in enumerate(doc.entities):
            for m in ent.mentions:
                self.mentions.add(k, m.start, m.end, ent)
                by_start.append((m.start, k))
        by_start.sort()
        self.mention_starts = [s for s, _ in by_start]
        self.mention_entities = [k for _, k in by_start]
        self._named: dict[str, list[int]] = {}
        self._token_starts: list[int] | None = None
        self._chunks: list | None = None

    # -- quotes ---------------------------------------------------------------------------------
    def quote_at_cue(self, offset: int) -> Quote | None:
        hits = self.cues.overlapping(offset, offset)
        return hits[0] if hits else None

    def quote_containing(self, offset: int) -> Quote | None:
        hits = self.contents.overlapping(offset, offset)
        return hits[0] if hits else None

    def speaker_at(self, offset: int) -> str | None:
        """The named speaker of the first quote (list order) whose content holds ``offset``."""
        hits = self.voiced.overlapping(offset, offset)
        return hits[0].speaker_name if hits else None

    def speakers_overlapping(self, start: int, end: int) -> list[Quote]:
        """Quotes with a named speaker whose span overlaps ``[start, end)``, in list order."""
        return [q for q in self.speakers.overlapping(start, end) if q.speaker.start < end and start < q.speaker.end]

    # -- entities -------------------------------------------------------------------------------
    def entity_mentioned(self, start: int, end: int) -> Entity | None:
        """The first entity (list order) with a mention overlapping ``[start, end)``."""
        hits = [e for e in self.mentions.overlapping(start, end) if any(m.start < end and start < m.end for m in e.mentions)]
        return hits[0] if hits else None

    def _latest(self, offset: int, allowed: set[int] | None, types: tuple[str, ...]) -> Entity | None:
        """Of the entities with a mention starting before ``offset``: the one mentioned latest (ties: list
        order), as sorting them by their latest mention, nearest first, would put first."""
        i = bisect_left(self.mention_starts, offset)
        while i > 0:
            start = self.mention_starts[i - 1]
            j = bisect_left(self.mention_starts, start, 0, i)  # every mention starting there
            group = sorted(
                k for k in self.mention_entities[j:i]
                if (allowed is None or k in allowed) and self.entities[k].type in types
            )
            if group:
                return self.entities[group[0]]
            i = j
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
        if self._token_starts is None:
            self._token_starts = [t.idx for t in parsed]
        i = bisect_left(self._token_starts, start)
        while i < len(self._token_starts) and self._token_starts[i] < end:
            yield parsed[i]
            i += 1

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
