"""Combine rule and tagger attributions into one non-overlapping list, and name each one's kind.

The tagger finds far more reports than the rules (thought verbs, nominal cues, long paraphrases),
so its contents lead; the rules keep what the tagger missed when they are of a precise kind, and give
their cue and speaker to the tagger's content they agree with.
"""

from __future__ import annotations

from spinscope.analyzers.quotes.candidate import Candidate, Range, half_match, overlap
from spinscope.analyzers.quotes.kept import Kept
from spinscope.analyzers.quotes.marks import Quoted
from spinscope.core.spans import SpanIndex

# Rule outputs precise enough to add when the tagger has nothing there.
PRECISE = frozenset({"direct-cue", "according-to", "ccomp", "object-of", "inverted", "nominal", "aside",
                     "claimed-responsibility", "possessive"})
# Rules whose boundaries and speaker come before all others: quotation marks, noun cues, asides.
FIRST = frozenset({"direct-cue", "nominal", "aside", "possessive"})
# Rules whose content is exactly the clause a noun or aside introduces: never widened to the sentence.
CLAUSE_BOUNDED = frozenset({"nominal", "aside", "possessive"})
DIRECT_SHARE = 0.8  # share of a content inside quotation marks that makes it a direct quote
CONTINUE_GAP = 400  # characters: a quote without a cue continues the previous speaker within this


def classify(content: Range, quoted: list[Quoted], index: SpanIndex | None = None) -> str:
    """direct when the content sits inside quotation marks, mixed when it holds a quoted part.

    ``index`` (``quoted``'s ranges, see :func:`quoted_index`) sums only the quoted parts the content
    overlaps, the others adding nothing: a scan of all of them per content was quadratic."""
    size = max(content[1] - content[0], 1)
    near = quoted if index is None else [quoted[n] for n in index.overlapping(*content)]
    inside = sum(overlap(content, (q.start, q.end)) for q in near)
    if inside >= DIRECT_SHARE * size:
        return "direct"
    return "mixed" if inside > 0 else "indirect"


def _voice_within(c: Candidate, twin: Candidate) -> bool:
    """``c``'s speaker and cue lie inside ``twin``'s content: a report nested in the quote ('"I think
    P," Stone said' holds "I think P"), whose "I" is the quote's voice, not its speaker."""
    if c.speaker is None or c.cue is None:
        return False
    lo, hi = twin.content
    return lo <= c.speaker[0] and c.speaker[1] <= hi and lo <= c.cue[0] and c.cue[1] <= hi


def quoted_index(quoted: list[Quoted]) -> SpanIndex:
    return SpanIndex.of((q.start, q.end) for q in quoted)


def _covered(c: Candidate, kept: Kept) -> Candidate | None:
    for k in kept.overlapping(c.content):
        ov = overlap(c.content, k.content)
        if ov and (half_match(c.content, k.content) or ov * 2 >= c.content[1] - c.content[0]):
            return k
    return None


def _inside(c: Candidate, kept: Kept) -> Candidate | None:
    """A kept candidate of the same cue that lies mostly inside ``c`` (the reverse of
    :func:`_covered`). Reports of another cue may nest ("she called it "a rant"" inside a longer
    paraphrase): each is its own attribution, as PolNeAR annotates them."""
    for k in kept.overlapping(c.content):
        ov = overlap(c.content, k.content)
        if ov and ov * 2 >= k.content[1] - k.content[0] and c.cue is not None and c.cue == k.cue:
            return k
    return None


def _absorb(c: Candidate, k: Candidate, kept: Kept) -> None:
    """``c`` holds most of ``k``: the same report ("said the plan was "a gift" and …") becomes one
    candidate, the wider one."""
    c.speaker = c.speaker or k.speaker
    c.cue = c.cue or k.cue
    c.via = c.via or k.via
    kept.replace(k, c)


def _widens(c: Candidate, k: Candidate, kept: Kept) -> bool:
    """The other side may widen one kept report to the paraphrase that holds it (a quoted phrase
    inside a longer report) when the same cue reports both and nothing else kept overlaps it."""
    if k.rule in CLAUSE_BOUNDED:
        return False  # "Harlan's claim that P alarmed the allies": P only
    return not any(o is not k for o in kept.overlapping(c.content))


def _widened(c: Candidate, k: Candidate) -> Candidate:
    c.speaker, c.cue, c.via = k.speaker or c.speaker, k.cue or c.cue, k.via or c.via
    return c


def merge(
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
    kept = Kept()  # overlaps with what is kept by position, not a scan of every kept report
    for c in first:
        twin = _covered(c, kept)
        if twin is None:
            inner = _inside(c, kept)
            if inner is None:
                kept.append(c)
            else:
                _absorb(c, inner, kept)
        elif twin.speaker is None and c.speaker is not None and not _voice_within(c, twin):
            twin.speaker, twin.cue, twin.refers_to = c.speaker, twin.cue or c.cue, c.refers_to
    for c in second:
        twin = _covered(c, kept)
        if twin is None:
            if c.rule in PRECISE or (c.rule == "tagger" and c.cue is not None):
                inner = _inside(c, kept)
                if inner is None:
                    kept.append(c)
                elif _widens(c, inner, kept):
                    kept.replace(inner, _widened(c, inner))
        elif c.speaker is not None and (twin.speaker is None or twin.rule == "tagger") and not _voice_within(c, twin):
            # The parse ties a cue to its subject more reliably than nearest-span linking does.
            twin.speaker, twin.cue, twin.refers_to = c.speaker, c.cue or twin.cue, c.refers_to
    out = sorted(kept.items, key=lambda c: c.content)
    marks = quoted_index(quoted)
    prev: Candidate | None = None
    for c in out:
        c.kind = classify(c.content, quoted, marks)
        if c.speaker is None and c.kind == "direct" and prev is not None and prev.speaker is not None:
            if c.content[0] - prev.content[1] <= CONTINUE_GAP:
                c.speaker, c.cue, c.refers_to = prev.speaker, c.cue or prev.cue, prev.refers_to
        prev = c
    return out
