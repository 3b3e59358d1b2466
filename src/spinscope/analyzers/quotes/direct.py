"""Direct quotes: quoted stretches joined to the cue and speaker around them.

Handles ``"…," she said``, ``"…," said the minister``, ``She said: "…"`` and the split form
``"…," she said, "…"`` (both halves get the same cue and speaker). A quote with no cue in reach
continues the previous speaker when it follows in the same or the next paragraph, as news copy does.
"""

from __future__ import annotations

import re

from spinscope.analyzers.quotes.candidate import Candidate, strip_range
from spinscope.analyzers.quotes.lexicon import CUE_VERBS
from spinscope.analyzers.quotes.marks import Quoted
from spinscope.analyzers.quotes.syntax import cue_range, np_range, relative_subject, speaker_token
from spinscope.core.spans import TokenStarts

MIN_WORDS = 4  # shorter quoted bits are scare quotes or titles unless a cue sits right next to them
REACH_AFTER = 90  # characters after a quote in which its cue may start
REACH_BEFORE = 160  # characters before a quote in which a lead-in cue may sit
SENT_END = frozenset(".!?")
PARA_BREAK = re.compile(r"\n(?:[ \t\r]*\n)*")  # one paragraph break, blank lines included


def _is_cue(tok) -> bool:
    if tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ == "so":
        return False  # "the so-called Human Rights Council": a label, no one called anything
    return tok.lemma_.lower() in CUE_VERBS and tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG"


def _inverted_speaker(verb, stop: int):
    """``"…," said Kovacs``: the noun right after the verb when the parser gave it no subject."""
    for t in verb.doc[verb.i + 1 : min(len(verb.doc), verb.i + 6)]:
        if t.idx >= stop:
            return None
        if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in ("npadvmod", "pobj"):
            return t
    return None


def _after(text: str, idx: TokenStarts, q: Quoted, stop: int):
    """A cue that follows the quote before the sentence ends: (verb, speaker token)."""
    limit = min(stop, q.end + REACH_AFTER)
    nl = text.find("\n", q.end, limit)
    limit = limit if nl == -1 else nl
    toks = idx.between(q.end, limit)
    for n, t in enumerate(toks):
        if t.text in SENT_END and n > 0:
            break
        if _is_cue(t):
            spk = speaker_token(t)
            if spk is not None and (q.start <= spk.idx < q.end):
                spk = None  # the "subject" the parser found is inside the quote itself
            return t, spk or _inverted_speaker(t, limit)
    return None


def _before(text: str, idx: TokenStarts, q: Quoted, start: int):
    """A lead-in cue before the quote in the same sentence: ``She said: "…"``."""
    lo = max(start, q.start - REACH_BEFORE)
    nl = text.rfind("\n", lo, q.start)
    lo = lo if nl == -1 else nl + 1
    toks = idx.between(lo, q.start)
    for n in range(len(toks) - 1, -1, -1):
        t = toks[n]
        if t.text in SENT_END:
            break
        if _is_cue(t):
            return t, speaker_token(t)
    return None


# A lead-in line of its own before a quote paragraph, cue first: "Stated Stone:", "Continued Falk:".
LEAD_LINE = re.compile(r"(?:^|\n)[ \t]*(?P<cue>[A-Z][a-z]+)[ \t]+(?P<who>[A-Z][^:\n]{1,60}?):[ \t]*\n\s*$")
LEAD_CUES = {"stated": "state", "said": "say", "continued": "continue", "added": "add", "explained": "explain",
             "wrote": "write", "noted": "note", "declared": "declare", "asked": "ask", "replied": "reply",
             "concluded": "conclude", "warned": "warn", "insisted": "insist", "argued": "argue"}


def _lead_line(text: str, start: int, last: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(cue, speaker) of a lead-in line right before the quote at ``start``, past the previous quote."""
    m = LEAD_LINE.search(text, max(last, start - REACH_BEFORE), start)
    if m is None or m.group("cue").lower() not in LEAD_CUES or LEAD_CUES[m.group("cue").lower()] not in CUE_VERBS:
        return None
    return m.span("cue"), m.span("who")


def _find_cue(text: str, idx: TokenStarts, q: Quoted, last: int, nxt: int):
    """``"…," she said`` looks after the quote; a quote that ends its sentence looks before it."""
    end = text[q.inner_start : q.inner_end].rstrip()[-1:]
    follow = text[q.end : q.end + 40].lstrip()
    if end in ".!?" and not follow[:1].islower():
        # The sentence ended inside the marks; what follows is a new sentence, not this cue.
        return _before(text, idx, q, last)
    if end == ",":
        return _after(text, idx, q, nxt) or _before(text, idx, q, last)
    return _before(text, idx, q, last) or _after(text, idx, q, nxt)


def direct_quotes(text: str, parsed, quoted: list[Quoted]) -> list[Candidate]:
    """One candidate per quoted stretch that reads as speech (long enough, or with a cue)."""
    idx = TokenStarts(parsed)
    out: list[Candidate] = []
    prev: Candidate | None = None
    for n, q in enumerate(quoted):
        nxt = quoted[n + 1].start if n + 1 < len(quoted) else len(text)
        last = quoted[n - 1].end if n > 0 else 0
        content = strip_range(text, q.inner_start, q.inner_end, " \t\r\n,;:—–-")
        if content[1] <= content[0]:
            continue
        found = _find_cue(text, idx, q, last, nxt)
        words = len(text[content[0] : content[1]].split())
        if found is None:
            if words < MIN_WORDS:
                continue
            cand = Candidate("direct", content, rule="direct-continued")
            gap = text[prev.content[1] : q.start] if prev is not None else ""
            lead = _lead_line(text, q.start, last)
            if lead is not None:
                # "Stated Stone:" on its own line introduces the quote of the next paragraph.
                cand.cue, cand.speaker, cand.rule = lead[0], lead[1], "direct-cue"
            # Same or next paragraph: at most one paragraph break ("\n" or a blank line) in between.
            elif prev is not None and len(PARA_BREAK.findall(gap)) <= 1 and len(gap) < 400:
                cand.speaker, cand.cue, cand.via, cand.refers_to = prev.speaker, prev.cue, prev.via, prev.refers_to
        else:
            verb, spk = found
            # A short quoted bit is speech only when it reads as a whole utterance ("Never," she
            # said); otherwise it is a scare quote or a fragment inside someone's paraphrase.
            closing = text[q.inner_end - 1] if q.inner_end > q.inner_start else ""
            if words < MIN_WORDS and (spk is None or closing not in ",.!?"):
                continue
            cand = Candidate(
                "direct",
                content,
                cue=cue_range(verb),
                speaker=np_range(spk) if spk is not None else None,
                rule="direct-cue",
            )
            rel = relative_subject(verb)
            if rel is not None and cand.speaker is not None:
                # "Beck, who said there were "…"": the speaker as written is "who"; its name Beck's.
                cand.speaker, cand.refers_to = (rel.idx, rel.idx + len(rel.text)), cand.speaker
        out.append(cand)
        prev = cand
    return out
