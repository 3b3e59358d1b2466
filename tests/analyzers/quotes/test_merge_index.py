"""merge() with kept reports indexed by position (quotes/kept.py) gives exactly what the scans over
every kept report gave (issue 14: 63 of 179 profiled s of quotes at 1 MB). The reference below is
the previous merge, verbatim but for its names."""

from __future__ import annotations

import random

from spinscope.analyzers.quotes.candidate import Candidate, Range, half_match, overlap
from spinscope.analyzers.quotes.kept import Kept
from spinscope.analyzers.quotes.marks import Quoted
from spinscope.analyzers.quotes.merge import CLAUSE_BOUNDED, CONTINUE_GAP, DIRECT_SHARE, FIRST, PRECISE, merge

RNG = random.Random(14)

# --- the previous implementation ----------------------------------------------------------------
def _old_classify(content: Range, quoted: list[Quoted]) -> str:
    """direct when the content sits inside quotation marks, mixed when it holds a quoted part."""
    size = max(content[1] - content[0], 1)
    inside = sum(overlap(content, (q.start, q.end)) for q in quoted)
    if inside >= DIRECT_SHARE * size:
        return "direct"
    return "mixed" if inside > 0 else "indirect"


def _old_voice_within(c: Candidate, twin: Candidate) -> bool:
    """``c``'s speaker and cue lie inside ``twin``'s content: a report nested in the quote ('"I think
    P," Stone said' holds "I think P"), whose "I" is the quote's voice, not its speaker."""
    if c.speaker is None or c.cue is None:
        return False
    lo, hi = twin.content
    return lo <= c.speaker[0] and c.speaker[1] <= hi and lo <= c.cue[0] and c.cue[1] <= hi


def _old_covered(c: Candidate, kept: list[Candidate]) -> Candidate | None:
    for k in kept:
        ov = overlap(c.content, k.content)
        if ov and (half_match(c.content, k.content) or ov * 2 >= c.content[1] - c.content[0]):
            return k
    return None


def _old_inside(c: Candidate, kept: list[Candidate]) -> Candidate | None:
    """A kept candidate of the same cue that lies mostly inside ``c`` (the reverse of
    :func:`_covered`). Reports of another cue may nest ("she called it "a rant"" inside a longer
    paraphrase): each is its own attribution, as PolNeAR annotates them."""
    for k in kept:
        ov = overlap(c.content, k.content)
        if ov and ov * 2 >= k.content[1] - k.content[0] and c.cue is not None and c.cue == k.cue:
            return k
    return None


def _old_absorb(c: Candidate, k: Candidate, kept: list[Candidate]) -> None:
    """``c`` holds most of ``k``: the same report ("said the plan was "a gift" and …") becomes one
    candidate, the wider one."""
    c.speaker = c.speaker or k.speaker
    c.cue = c.cue or k.cue
    c.via = c.via or k.via
    kept[kept.index(k)] = c


def _old_widens(c: Candidate, k: Candidate, kept: list[Candidate]) -> bool:
    """The other side may widen one kept report to the paraphrase that holds it (a quoted phrase
    inside a longer report) when the same cue reports both and nothing else kept overlaps it."""
    if k.rule in CLAUSE_BOUNDED:
        return False  # "Harlan's claim that P alarmed the allies": P only
    return not any(o is not k and overlap(c.content, o.content) for o in kept)


def _old_widened(c: Candidate, k: Candidate) -> Candidate:
    c.speaker, c.cue, c.via = k.speaker or c.speaker, k.cue or c.cue, k.via or c.via
    return c


def _old_merge(
    text: str, rules: list[Candidate], tagged: list[Candidate] | None, quoted: list[Quoted], lead: str = "tagger"
) -> list[Candidate]:
    """Candidates in text order, none covering most of another.

    ``lead`` says whose contents come first where both found one: "tagger" or "rules". The other
    side fills gaps: precise rule finds, or tagger contents that were linked to a cue.
    """
    # Direct quotes with a cue first among the rules: their boundaries are the quotation marks.
    ordered = sorted(rules, key=lambda c: (c.rule not in FIRST, c.content))
    if tagged is None:
        first, second = ordered, []
    elif lead == "tagger":
        first, second = tagged, ordered
    else:
        first, second = ordered, tagged
    kept: list[Candidate] = []
    for c in first:
        twin = _old_covered(c, kept)
        if twin is None:
            inner = _old_inside(c, kept)
            if inner is None:
                kept.append(c)
            else:
                _old_absorb(c, inner, kept)
        elif twin.speaker is None and c.speaker is not None and not _old_voice_within(c, twin):
            twin.speaker, twin.cue, twin.refers_to = c.speaker, twin.cue or c.cue, c.refers_to
    for c in second:
        twin = _old_covered(c, kept)
        if twin is None:
            if c.rule in PRECISE or (c.rule == "tagger" and c.cue is not None):
                inner = _old_inside(c, kept)
                if inner is None:
                    kept.append(c)
                elif _old_widens(c, inner, kept):
                    kept[kept.index(inner)] = _old_widened(c, inner)
        elif c.speaker is not None and (twin.speaker is None or twin.rule == "tagger") and not _old_voice_within(c, twin):
            # The parse ties a cue to its subject more reliably than nearest-span linking does.
            twin.speaker, twin.cue, twin.refers_to = c.speaker, c.cue or twin.cue, c.refers_to
    kept.sort(key=lambda c: c.content)
    prev: Candidate | None = None
    for c in kept:
        c.kind = _old_classify(c.content, quoted)
        if c.speaker is None and c.kind == "direct" and prev is not None and prev.speaker is not None:
            if c.content[0] - prev.content[1] <= CONTINUE_GAP:
                c.speaker, c.cue, c.refers_to = prev.speaker, c.cue or prev.cue, prev.refers_to
        prev = c
    return kept


# --- the comparison -----------------------------------------------------------------------------
RULES = ["direct-cue", "according-to", "ccomp", "nominal", "aside", "possessive", "tagger", "stance", "loose"]


def _range(lo: int, hi: int, longest: int) -> tuple[int, int]:
    s = RNG.randint(lo, hi)
    return s, s + RNG.randint(0, longest)


def _cands(n: int, cues: list[tuple[int, int]]) -> list[Candidate]:
    out = []
    for _ in range(n):
        content = _range(0, 900, 150)
        cue = RNG.choice(cues) if RNG.random() < 0.7 else None
        speaker = _range(max(0, content[0] - 50), content[1] + 50, 12) if RNG.random() < 0.6 else None
        out.append(Candidate("indirect", content, cue=cue, speaker=speaker, rule=RNG.choice(RULES)))
    return out


def _copy(cands: list[Candidate]) -> list[Candidate]:
    return [Candidate(c.kind, c.content, c.cue, c.speaker, c.via, c.rule, c.refers_to) for c in cands]


def test_merge_equals_the_scan_over_every_kept_report():
    for trial in range(400):
        cues = [_range(0, 950, 8) for _ in range(6)]  # shared cues, so that _inside and _widens fire
        rules, tagged = _cands(RNG.randint(0, 25), cues), _cands(RNG.randint(0, 25), cues)
        quoted = [Quoted(*r, r[0] + 1, max(r[0] + 1, r[1] - 1), True)
                  for r in (_range(0, 950, 60) for _ in range(RNG.randint(0, 8)))]
        for lead in ("tagger", "rules"):
            for tags in (tagged, None):
                new = merge("", _copy(rules), None if tags is None else _copy(tags), quoted, lead=lead)
                old = _old_merge("", _copy(rules), None if tags is None else _copy(tags), quoted, lead=lead)
                assert new == old, trial


def test_kept_replace_keeps_the_place_and_the_index():
    kept = Kept()
    a, b, c = (Candidate("indirect", r) for r in ((0, 10), (20, 30), (40, 50)))
    for x in (a, b, c):
        kept.append(x)
    wide = Candidate("indirect", (15, 60))
    kept.replace(b, wide)
    assert kept.items == [a, wide, c]
    assert kept.overlapping((55, 58)) == [wide]
    assert kept.overlapping((5, 45)) == [a, wide, c]
