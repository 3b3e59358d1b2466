"""Group the tagger's source, cue and content spans into attributions.

PolNeAR-style tags say what each stretch is, not which belong together. A content takes the nearest
cue in its paragraph (a cue may serve both halves of a split quote), and the cue the nearest source.
"""

from __future__ import annotations

from spinscope.attribution.candidate import Candidate, Range
from spinscope.attribution.tagger import Tagged

CUE_REACH = 160  # characters between a content and its cue
SOURCE_REACH = 120  # characters between a cue and its source


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


def link(text: str, tags: list[Tagged]) -> list[Candidate]:
    cues = [(t.start, t.end) for t in tags if t.kind == "CUE"]
    sources = [(t.start, t.end) for t in tags if t.kind == "SOURCE"]
    out: list[Candidate] = []
    for t in tags:
        if t.kind != "CONTENT":
            continue
        content = (t.start, t.end)
        cue = _nearest(text, content, cues, CUE_REACH)
        speaker = _nearest(text, cue, sources, SOURCE_REACH) if cue is not None else None
        if cue is None:
            speaker = _nearest(text, content, sources, SOURCE_REACH // 2)
        out.append(Candidate("indirect", content, cue=cue, speaker=speaker, rule="tagger"))
    return out
