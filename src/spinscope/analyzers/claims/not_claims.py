"""Text that states no proposition, however check-worthy it reads: captions and photo credits,
datelines and bylines, a document's headline, a statement's lead-in line and a "READ MORE: ..." link to
another story (issue 22 item 3).

"© Ahmed Karim/Reuters Velorian Special Forces patrol …" is a picture's caption, "Comment by the
Foreign Ministry Spokeswoman on …" is the document's own title, and "The Ministry issued the following
statement:" announces what follows: none is a claim anyone asserts. Found per line, before scoring,
so the model never sees them. A dateline ("PORT SELVA, 4 March (Wire) - ") is cut off the sentence
it opens; the sentence itself stays a candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spinscope.analyzers.quotes.issuer import OWNER_FIRST, STATEMENT
from spinscope.analyzers.quotes.sanity import LINK_LINE

_AGENCIES = (
    r"Reuters|AFP|AP|Getty(?: Images)?|EPA|Sputnik|TASS|RIA Novosti|Xinhua|Anadolu|Shutterstock|Alamy|"
    r"AA|DPA|ANSA|Pool|Handout|Wikimedia(?: Commons)?|Twitter|Telegram|Facebook"
)
# A credit anywhere on the line ("©", "Photo: …", "Name/Reuters"), or a line that opens as a caption.
CREDIT = re.compile(
    rf"©|\(c\)\s|\b(?:photo|image|picture|video|footage)s?\s*(?:by|credit|courtesy)\b|/\s*(?:{_AGENCIES})\b|"
    rf"^\s*(?:file\s+)?(?:photo|image|picture|caption|credit|video|screenshot|illustration)s?\s*[:/|(-]",
    re.IGNORECASE,
)
# "The Ministry issued the following statement:", "… said as follows:", "Full text below:".
LEAD_IN = re.compile(r"\b(?:the following|as follows|below|the full text)\b[^\n]{0,80}:\s*$", re.IGNORECASE)
BYLINE = re.compile(r"^\s*(?:by|written by|reporting by|editing by)\s+[A-Z][^\n]{0,60}$", re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
_PLACE = r"[A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,3}"
DATELINE = re.compile(
    rf"^[ \t]*(?:{_PLACE},\s+{_DATE}|[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){{0,3}}(?:,\s+{_DATE})?)"
    rf"\s*(?:\([^)\n]{{1,40}}\))?\s*[-–—]+\s*",
    re.MULTILINE,  # matched from a line's start inside the text
)
_END = re.compile(r"[.!?…\"”’)]\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?…](?=\s+[A-Z\"“‘'(])")


CAPTION_CHARS = 400
_CREDIT_HINTS = ("©", "/", "(c)", "photo", "image", "picture", "video", "footage", "caption", "credit",
                 "screenshot", "illustration")


def _may_credit(line: str) -> bool:
    """A cheap test before the credit pattern: most lines hold none of its marks, and a caption is no
    long paragraph."""
    if len(line) > CAPTION_CHARS:
        return False
    low = line.lower()
    return any(h in low for h in _CREDIT_HINTS)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)


def excluded(text: str, title: str | None = None) -> list[tuple[int, int]]:
    """Character ranges (whole lines) that hold no claim: the headline, captions and credits, bylines
    and lead-in lines. Sorted, disjoint."""
    out: list[tuple[int, int]] = []
    first = True
    title = (title or "").strip()
    for s, e in _lines(text):
        line = text[s:e]
        if not line.strip():
            continue
        # A first line without a full stop, with text after it, is the headline; so is a line that is
        # the document's title, when it is headline-sized (a .txt file's title is its first line,
        # which may be a whole paragraph).
        short = len(line.split()) <= 30 and not _SENTENCE_BREAK.search(line.strip())
        head = first and not _END.search(line) and short and bool(text[e:].strip())
        first = False
        if (head or (title and short and line.strip() == title) or (_may_credit(line) and CREDIT.search(line))
                or (line.rstrip().endswith(":") and LEAD_IN.search(line)) or BYLINE.match(line)
                or LINK_LINE.match(line)):  # "READ MORE: Ostland says Kessian drones hit hospital"
            out.append((s, e))
        elif STATEMENT.search(line) or OWNER_FIRST.search(line):
            # "Statement by the Ministry … on …": the title, up to its first full stop when the body
            # follows on the same line.
            stop = _SENTENCE_BREAK.search(line)
            out.append((s, s + stop.start() + 1 if stop else e))
    return out


def dateline_end(text: str, start: int) -> int:
    """Where a candidate starting inside its line's dateline really starts (``start`` when the line
    has none, or the candidate starts after it): a quote's content may start mid-dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    m = DATELINE.match(text, line_start)
    return m.end() if m and start < m.end() else start


class NotClaims:
    """The excluded ranges of one document, asked per candidate."""

    def __init__(self, text: str, title: str | None = None) -> None:
        self.text = text
        self.ranges = excluded(text, title)
        self.starts = [s for s, _ in self.ranges]

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        """The candidate without excluded lines at its edges and without a dateline; None when
        nothing is left or an excluded line sits inside it."""
        # Only the ranges that can meet [start, end): from the last one starting at or before start.
        for k in range(max(0, bisect_right(self.starts, start) - 1), len(self.ranges)):
            s, e = self.ranges[k]
            if s >= end:
                break
            if e <= start:
                continue
            if s <= start and e >= end:
                return None
            if s <= start:
                start = e
            elif e >= end:
                end = s
            else:
                return None
        start = dateline_end(self.text, start)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None
