"""``via``: the medium or chain a statement came through ("in an interview with a state broadcaster",
"as quoted by the embassy", "AFP reported, citing local medics": AFP speaks, via the medics).

Searched in the sentence around the cue, outside the quoted content, so words inside a quote never
become a channel.
"""

from __future__ import annotations

import re

from spinscope.analyzers.quotes.candidate import Candidate, Range
from spinscope.core.spans import SpanIndex

_TAIL = r"[^,.;:!?\"“”\n]{1,70}?"
_STOP = r"(?=\s+(?:on|that|when|after|before|about|as|while)\b|[,.;:!?\"“”\n]|$)"
MEDIUM = (
    r"interview|statement|press conference|news conference|briefing|op-ed|editorial|article|column|"
    r"post|tweet|letter|speech|address|broadcast|video|message|podcast|press release|televised address"
)
PATTERNS = [
    # "in an interview with a state broadcaster", "in a statement posted on Telegram"
    re.compile(rf"\b(?:in|during) an? (?:[\w-]+ ){{0,3}}(?:{MEDIUM})\b"
               rf"(?: (?:with|to|on|at|in|for|published by|posted on|broadcast on|aired on|carried by) {_TAIL}{_STOP})?",
               re.I),
    # "as quoted by the embassy", "quoted by TASS", "cited by Reuters"
    re.compile(rf"\b(?:as )?(?:quoted|cited|reported) by {_TAIL}{_STOP}", re.I),
    # "on state television", "on Twitter", "on its Telegram channel"
    re.compile(r"\bon (?:his |her |its |their |the )?(?:state |national |local |public )?"
               r"(?:television|TV|radio|Twitter|X|Facebook|Telegram(?: channel)?|Instagram|YouTube|VK|"
               r"Truth Social|social media|website)\b", re.I),
    # "speaking to the BBC", "writing in the Guardian", "in comments to Reuters"
    re.compile(rf"\b(?:speaking to|talking to|writing in|wrote in|in comments to|in remarks to) {_TAIL}{_STOP}", re.I),
]
# "AFP reported, citing local medics": the reporter is the channel, the cited party the speaker.
CITING = re.compile(r"\b(?:citing|quoting)\s+(?P<who>[^,.;:!?\n]{2,80}?)(?=[,.;:!?\n]|$)")


# The preposition or participle that introduces a channel: "via" reads "via an interview with …",
# never "via in an interview with …".
LEAD_IN = re.compile(
    r"^(?:(?:in|during|on|at)\s+|(?:as\s+)?(?:quoted|cited|reported)\s+by\s+|(?:speaking|talking)\s+to\s+|"
    r"(?:writing|wrote)\s+in\s+|citing\s+|quoting\s+)", re.I
)


def channel_phrase(phrase: str) -> str:
    """The channel itself, without the words that introduce it."""
    phrase = " ".join(phrase.split()).strip(" ,;:")
    return LEAD_IN.sub("", phrase, count=1) or phrase


def find_via(text: str, sentence: Range, content: Range) -> str | None:
    """The first channel phrase in the sentence that lies outside the content."""
    s, e = sentence
    for pat in PATTERNS:
        for m in pat.finditer(text, s, e):
            a, b = m.start(), m.end()
            if a < content[1] and content[0] < b:
                continue
            return channel_phrase(text[a:b])
    return None


def nested_reports(cands: list[Candidate], text: str) -> list[Candidate]:
    """ "X said that P, the broadcaster reported": the inner report (X said P) stays, and the outer
    reporter becomes its channel; the outer report, whose content is the inner one, goes."""
    drop: set[int] = set()
    contents = SpanIndex.of(c.content for c in cands)
    for i, outer in enumerate(cands):
        if outer.speaker is None or outer.cue is None or outer.rule in ("direct-cue", "direct-continued"):
            continue
        # Only candidates whose content starts inside the outer one can be its inner report.
        for j in contents.starting_in(outer.content[0], outer.content[1] + 2):
            inner = cands[j]
            if inner is outer or inner.cue is None or inner.speaker is None:
                continue
            o, c, k = outer.content, inner.content, inner.cue
            # Only a reporter named after the inner report; "A said B warned P" keeps both reports.
            after = outer.cue[0] >= c[1]
            if after and o[0] <= k[0] and k[1] <= o[1] and o[0] <= c[0] and c[1] <= o[1] + 2 and c != o:
                inner.via = inner.via or text[outer.speaker[0] : outer.speaker[1]].strip()
                drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop]


def citing(text: str, sentence: Range, content: Range) -> tuple[Range, Range] | None:
    """For "X reported, citing Y": the span of Y (the source X cites: the channel) and of "X
    reported" or "X" (the reporter, who speaks)."""
    s, e = sentence
    for m in CITING.finditer(text, s, e):
        if m.start() < content[1] and content[0] < m.end():
            continue
        who = (m.start("who"), m.end("who"))
        head = text[s : m.start()].rstrip(" ,")
        cut = max(head.rfind(","), head.rfind("“"), head.rfind('"'), head.rfind("”"))
        chain_start = s + cut + 1 if cut != -1 else s
        while chain_start < m.start() and text[chain_start] in " \"”":
            chain_start += 1
        return who, (chain_start, s + len(head))
    return None
