"""Page boilerplate: the lines a scraped article carries that nobody wrote as part of it (issue 22).

Cookie and privacy notices, newsletter prompts, share buttons, comment counters, "Read more" and
"All rights reserved" lines are marked as spans of the ``boilerplate`` layer and analysed by no other
layer: "Privacy Policy and Terms" is no organisation, "Email" beside "Twitter" no person, and a
cookie notice no claim. Found per line from the text alone (no parse, one regex pass), so every
analyzer, the techniques tagger included (it runs without the parse), finds the same marks.

A line is boilerplate only as a whole: a sentence that mentions a newsletter or a privacy policy
inside an article is text.
"""

from __future__ import annotations

import re

from spinscope.core.document import Document, Span
from spinscope.core.spans import SpanIndex

_SHARE_WORDS = (
    r"share|shares|tweet|email|e-mail|mail|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|print|vk|"
    r"pinterest|flipboard|copy|link|url|this|article|story|page|on|via|save|bookmark|comments?|\d+"
)
SHARE_LINE = re.compile(rf"^(?:(?:{_SHARE_WORDS})\b[\s:|/,·•-]*)+$", re.IGNORECASE)
_SHORT = (
    r"(?:read|see|show|view|load|add|post|write)\s+(?:more|all|the)?\s*(?:comments?|replies|stories|articles?|news)?"
    r"|read more|related(?: articles| stories| news| content)?:?|advertisement|sponsored(?: content)?|"
    r"leave a (?:comment|reply)|(?:\d+\s+)?comments?\s*(?:\(\d+\))?|comments? \d+|"
    r"(?:follow|like|join) us(?: on [\w ,&]+)?|download (?:our|the) app|"
    r"(?:sign up|subscribe|register)(?: now| today| for free)?(?: (?:to|for) (?:our|the) [\w ,-]*)?|"
    r"(?:our |the |daily |weekly )?newsletters?|"
    r"privacy(?: policy)?(?: (?:and|&) (?:terms|cookies?)(?: of (?:use|service))?)?|terms(?: of (?:use|service))?|"
    r"terms (?:and|&) conditions|cookie (?:policy|settings|preferences)|accept(?: all)?(?: cookies)?|"
    r"manage (?:cookies|preferences|consent)|skip to (?:main )?content|back to top|top stories|"
    r"all rights reserved\.?|(?:©|\(c\)|copyright)\s*(?:\d{4}[\s,–-]*)+[^\n]{0,60}"
)
SHORT_LINE = re.compile(rf"^\s*(?:{_SHORT})\s*[.!:]?\s*$", re.IGNORECASE)
# Notices that run to a sentence or two: "We use cookies to … By continuing you agree …",
# "Subscribe to our newsletter to get the latest news in your inbox."
NOTICE = re.compile(
    r"\b(?:we use cookies|this (?:site|website) uses cookies|by (?:continuing|using this (?:site|website))"
    r"|accept (?:all )?cookies|cookie (?:policy|settings|notice)|subscribe to (?:our|the) newsletter"
    r"|sign up (?:for|to) (?:our|the) (?:\w+ )?newsletter|get (?:the latest|our) [\w ]{0,30}(?:in|to) your inbox"
    r"|all rights reserved)\b",
    re.IGNORECASE,
)
NOTICE_WORDS = 60  # a notice is short; a longer paragraph that names cookies is an article about them
NOTICE_CHARS = 600  # no line of 60 words or fewer is longer than this in practice


_NOTICE_HINTS = ("cookie", "newsletter", "inbox", "rights reserved", "by continuing", "by using")


def _may_be_notice(line: str) -> bool:
    """A cheap test before the notice pattern: most lines of an article hold none of its words."""
    low = line.lower()
    return any(h in low for h in _NOTICE_HINTS)


def find(text: str) -> list[Span]:
    """The boilerplate lines of ``text`` (each line's text without its edge spaces), in order."""
    out: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped and len(stripped) <= NOTICE_CHARS:  # an article's paragraph is no notice: skip it cheaply
            words = stripped.count(" ") + 1  # words, near enough (no list built per line)
            if (words <= 12 and (SHORT_LINE.match(stripped) or SHARE_LINE.match(stripped))) or (
                    words <= NOTICE_WORDS and _may_be_notice(stripped) and NOTICE.search(stripped)):
                start = pos + (len(body) - len(body.lstrip()))
                out.append(Span(start, start + len(stripped)))
        pos += len(line)
    return out


class Boilerplate:
    """Asks whether a range touches a boilerplate span, and what of a range no span covers (the
    core span index answers by bisection)."""

    def __init__(self, spans: list[Span]) -> None:
        self.index = SpanIndex.of((s.start, s.end) for s in spans)

    @classmethod
    def of(cls, doc: Document) -> Boilerplate:
        """The document's marks: the parse's when it ran (it fills the layer), else found now (the
        techniques tagger runs without the parse)."""
        return cls(doc.boilerplate if "parse" in doc.cache else find(doc.text))

    def __bool__(self) -> bool:
        return len(self.index) > 0

    def touches(self, start: int, end: int) -> bool:
        return bool(self.index.overlapping(start, end))

    def outside(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of ``[start, end)`` that no boilerplate span covers, in order."""
        out, pos = [], start
        for s, e in sorted(self.index.span(n) for n in self.index.overlapping(start, end)):
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < end:
            out.append((pos, end))
        return out
