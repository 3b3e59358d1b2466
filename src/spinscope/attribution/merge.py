"""Combine rule and tagger attributions into one non-overlapping list, and name each one's kind.

The tagger finds far more reports than the rules (thought verbs, nominal cues, long paraphrases),
so its contents lead; the rules keep what the tagger missed when they are of a precise kind, and lend
a speaker where the tagger found none.
"""

from __future__ import annotations

from spinscope.attribution.candidate import Candidate, Range, half_match, overlap
from spinscope.attribution.marks import Quoted

# Rule outputs precise enough to add when the tagger has nothing there.
PRECISE = frozenset({"direct-cue", "according-to", "ccomp", "object-of", "inverted"})
DIRECT_SHARE = 0.8  # share of a content inside quotation marks that makes it a direct quote
CONTINUE_GAP = 400  # characters: a quote without a cue continues the previous speaker within this


def classify(content: Range, quoted: list[Quoted]) -> str:
    """direct when the content sits inside quotation marks, mixed when it holds a quoted part."""
    size = max(content[1] - content[0], 1)
    inside = sum(overlap(content, (q.start, q.end)) for q in quoted)
    if inside >= DIRECT_SHARE * size:
        return "direct"
    return "mixed" if inside > 0 else "indirect"


def _covered(c: Candidate, kept: list[Candidate]) -> Candidate | None:
    for k in kept:
        ov = overlap(c.content, k.content)
        if ov and (half_match(c.content, k.content) or ov * 2 >= c.content[1] - c.content[0]):
            return k
    return None


def merge(text: str, rules: list[Candidate], tagged: list[Candidate] | None, quoted: list[Quoted]) -> list[Candidate]:
    """Candidates in text order, none covering most of another."""
    kept: list[Candidate] = []
    # Direct quotes from the rules first when there is no tagger: their boundaries are the marks.
    lead = tagged if tagged is not None else sorted(rules, key=lambda c: (c.rule != "direct-cue", c.content))
    rest = rules if tagged is not None else []
    for c in lead:
        if _covered(c, kept) is None:
            kept.append(c)
    for r in rest:
        twin = _covered(r, kept)
        if twin is None:
            if r.rule in PRECISE:
                kept.append(r)
        elif twin.speaker is None and r.speaker is not None:
            twin.speaker, twin.cue = r.speaker, twin.cue or r.cue
    if tagged is None:
        for c in kept:
            twin = next((r for r in rules if r is not c and half_match(r.content, c.content)), None)
            if c.speaker is None and twin is not None and twin.speaker is not None:
                c.speaker, c.cue = twin.speaker, c.cue or twin.cue
    kept.sort(key=lambda c: c.content)
    prev: Candidate | None = None
    for c in kept:
        c.kind = classify(c.content, quoted)
        if c.speaker is None and c.kind == "direct" and prev is not None and prev.speaker is not None:
            if c.content[0] - prev.content[1] <= CONTINUE_GAP:
                c.speaker, c.cue = prev.speaker, c.cue or prev.cue
        prev = c
    return kept
