"""Group the tagger's source, cue and content spans into attributions.

PolNeAR-style tags say what each stretch is, not which belong together. A content takes the nearest
cue in its paragraph (a cue may serve both halves of a split quote), and the cue the nearest source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spinscope.analyzers.quotes.candidate import Candidate, Range
from spinscope.analyzers.quotes.tagger import Tagged

CUE_REACH = 160  # characters between a content and its cue
SOURCE_REACH = 120  # characters between a cue and its source
MERGE_GAP = 12  # characters: content pieces closer than this (same paragraph) are one content
MIN_WORDS = 2  # a shorter content is a tagging hiccup, not a report
ORPHAN_WORDS = 8  # a content with no cue in reach must be at least this long (a quote's next sentence)


def _gap(a: Range, b: Range) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _same_paragraph(text: str, a: Range, b: Range) -> bool:
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return "\n" not in text[lo:hi]


def _nearest(text: str, target: Range, pool: list[Range], reach: int) -> Range | None:
    best, best_gap = None, reach + 1
    for r in pool:
        g = _gap(target, r)
        if g < best_gap and _same_paragraph(text, target, r):
            best, best_gap = r, g
    return best


SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z]")  # a new sentence starts: '. Media claim'


class _Pool:
    """Ranges sorted by start, so the ones within reach of a target are found by bisection.

    Without it every content scanned every cue of the document (and the text between them for a
    sentence end): quadratic in the length of a long document.
    """

    def __init__(self, ranges: list[Range]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [r[0] for r in self.ranges]
        self.longest = max((r[1] - r[0] for r in self.ranges), default=0)

    def near(self, target: Range, reach: int) -> list[Range]:
        """The ranges at most ``reach`` characters from ``target``, in start order."""
        lo = bisect_left(self.starts, target[0] - reach - self.longest)
        hi = bisect_right(self.starts, target[1] + reach)
        return [r for r in self.ranges[lo:hi] if _gap(target, r) <= reach]


# "I", "we", "you" inside a content are the quote's own voice ('Stated Stone: "I think …"'), never
# the source that speaks it.
OWN_VOICE = frozenset({"i", "we", "you", "me", "us"})


def _own_voice(text: str, source: Range, content: Range) -> bool:
    inside = content[0] <= source[0] and source[1] <= content[1]
    return inside and text[source[0] : source[1]].strip().lower() in OWN_VOICE


def _cues_for(text: str, content: Range, cues: list[Range]) -> list[Range]:
    """Cues that may report this content: one after it must be in the same sentence.

    "X happened. Media claim that Y." — the cue "claim" reports Y, not X. ('"We won!" he said' stays
    linked: no new sentence starts.) A cue before the content may introduce several sentences
    ("She said: ... ."), so it may cross sentence ends.
    """
    return [c for c in cues if c[0] < content[0] or not SENTENCE_END.search(text[content[1] : c[0]])]


def _mergeable(text: str, a: Tagged, b: Tagged) -> bool:
    gap = text[a.end : b.start]
    if "\n" in gap:
        # Across paragraphs only for a quote that reopens there, as multi-paragraph quotes do.
        return not any(ch.isalnum() for ch in gap) and gap.rstrip()[-1:] in ("“", '"')
    return not any(ch.isalnum() for ch in gap) or len(gap) <= MERGE_GAP


def clean(text: str, tags: list[Tagged]) -> list[Tagged]:
    """Join content pieces that nothing separates and drop slivers the tagger left behind."""
    out: list[Tagged] = []
    for t in sorted(tags, key=lambda t: (t.start, t.end)):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == t.kind == "CONTENT" and _mergeable(text, prev, t):
            out[-1] = Tagged("CONTENT", prev.start, t.end)
            continue
        out.append(t)
    return [t for t in out if t.kind != "CONTENT" or len(text[t.start : t.end].split()) >= MIN_WORDS]


def link(text: str, tags: list[Tagged]) -> list[Candidate]:
    """Attributions from tagged spans; a content with no cue in reach is kept only if long."""
    tags = clean(text, tags)
    cues = _Pool([(t.start, t.end) for t in tags if t.kind == "CUE"])
    sources = _Pool([(t.start, t.end) for t in tags if t.kind == "SOURCE"])
    out: list[Candidate] = []
    for t in tags:
        if t.kind != "CONTENT":
            continue
        content = (t.start, t.end)
        near_cues = cues.near(content, CUE_REACH)
        cue = _nearest(text, content, _cues_for(text, content, near_cues), CUE_REACH)
        near_sources = [s for s in sources.near(cue or content, SOURCE_REACH) if not _own_voice(text, s, content)]
        speaker = _nearest(text, cue, near_sources, SOURCE_REACH) if cue is not None else None
        if cue is None:
            if len(text[content[0] : content[1]].split()) < ORPHAN_WORDS:
                continue  # a short content with no cue in reach is tagging noise
            speaker = _nearest(text, content, near_sources, SOURCE_REACH // 2)
        out.append(Candidate("indirect", content, cue=cue, speaker=speaker, rule="tagger"))
    return out
