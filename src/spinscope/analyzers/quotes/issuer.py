"""``issuer``: who issued a document that is itself a statement ("Statement by the Ministry of
Foreign Affairs on …", "Remarks by the spokesperson of …", a press release).

Looked for in the title and the first line only: a statement announces itself at the top.
"""

from __future__ import annotations

import re

from spinscope.core.document import Document

_KIND = (
    r"(?:joint |official |press |foreign |briefing )?(?:statement|remarks|comments?|declaration|communiqu[eé]|"
    r"press release|briefing|address|speech|answers?|replies|reply|message|note|readout)"
)
_END = r"(?=\s+(?:on|regarding|concerning|about|at|to|in connection with|following|in response to|over)\b|[,:;.\n–—(]|$)"
STATEMENT = re.compile(rf"^\s*(?:press release[:\s–—-]*)?{_KIND}\s+(?:issued\s+)?(?:by|of|from)\s+(?P<who>.+?){_END}", re.I)
# The owner is a name: capitalised words with connectors, so a headline about someone else's
# statement ("Ostland rejects Veloria's statement on …") is not a statement document.
_NAME = r"[A-Z][\w.-]*(?:\s+(?:of|the|for|and|de|[A-Z][\w.-]*))*"
# "Spokeswoman X's answer to a media question about …", as foreign ministries title their answers.
_TO_QUESTION = r"to\s+(?:an?\s+)?(?:media\s+|press\s+|journalist['’]s\s+|reporter['’]s\s+)?questions?"
OWNER_FIRST = re.compile(rf"^\s*(?P<who>(?-i:{_NAME}))(?:['’]s)?\s+{_KIND}\s+(?:on|regarding|about|concerning|{_TO_QUESTION})\b",
                         re.I)
PRESS_RELEASE = re.compile(r"^\s*(?:press release|for immediate release)\b", re.I)
FROM_LINE = re.compile(r"^\s*(?:issued by|from|source):?\s+(?P<who>[A-Z][^\n]{2,80})$", re.I | re.M)
# Role words dropped from an issuer so claims are asserted by the body: "the spokesperson of X" -> X.
ROLE_PREFIX = re.compile(
    r"^(?:the\s+)?(?:official\s+)?(?:spokes(?:person|man|woman)|press secretary|press office|press service|"
    r"information department|press and information office)\s+(?:of|for|at)\s+", re.I
)


def _clean(who: str) -> str:
    who = ROLE_PREFIX.sub("", who.strip())
    who = re.sub(r"^the\s+", "", who, flags=re.I)
    return who.strip(" \t,.;:")


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def detect_issuer(doc: Document) -> str | None:
    """The issuing person or body when the whole document is a statement, else None."""
    heads = [h for h in (doc.title or "", first_line(doc.text)) if h]
    for head in heads:
        m = STATEMENT.search(head) or OWNER_FIRST.search(head)
        if m:
            who = _clean(m.group("who"))
            if who:
                return who
    if any(PRESS_RELEASE.search(h) for h in heads):
        m = FROM_LINE.search(doc.text[:2000])
        if m:
            return _clean(m.group("who"))
        return doc.source or None
    return None
