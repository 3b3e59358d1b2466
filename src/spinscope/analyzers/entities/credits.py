"""Photo credits, picture captions and bylines: text about who made the page, not actors in it.

"© Mark Ellis/Nordwire", "Photo: Lena Vos", "(Photo by …)", a line "By Lena Vos, Nordwire". Names
there are neither entities nor speakers; the quotes analyzer uses the same ranges.
"""

from __future__ import annotations

import re

Range = tuple[int, int]

CREDIT = re.compile(
    r"(?:©|\((?i:c)\)|(?i:photo(?:graph)?s?\s*(?:by|:)|picture\s*:|credit\s*:|image\s*:))[^\n]*"
    # A byline is a short line of its own: "By Lena Vos, Nordwire" (case-sensitive: "By contrast, …" runs on).
    r"|^[ \t]*(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:[,/|–—-][^\n]{0,60})?$",
    re.M,
)


def credit_ranges(text: str) -> list[Range]:
    """Where the text is a credit or byline."""
    return [(m.start(), m.end()) for m in CREDIT.finditer(text)]


def in_credit(start: int, end: int, ranges: list[Range]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)
