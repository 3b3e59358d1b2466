"""Evidence markers: where a text says evidence is present ("photographs published by X show") or
absent ("offered no proof", "could not be independently verified").

Regular expressions over the exact text, so every span indexes ``doc.text`` without any mapping.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from spinscope.core.document import Evidence

_PROOF = r"(?:proof|evidence|documentation|substantiation|corroboration)"
_MEDIA = (
    r"(?:(?:satellite\s+)?(?:photo(?:graph)?s|images|imagery|pictures|videos?|footage|recordings?)|documents|"
    r"records|data|figures|statistics|files|emails|e-mails|messages|transcripts|tests|analysis|findings)"
)
# "by <up to five words>" before a verb such as "show": lazy, so it stops at the first verb.
_BY = r"by\s+[\w.&'’-]+(?:\s+[\w.&'’-]+){0,4}?\s+"
# A named actor after "verified by": capitalised words (case-sensitive even in IGNORECASE patterns).
_NAMED = r"(?:the\s+)?(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*|of|and))*"

ABSENT = [
    # "offered no proof", "provided no evidence", "presented little evidence"
    rf"\b(?:offer(?:ed|s|ing)?|provid(?:ed|es|e|ing)|present(?:ed|s|ing)?|produc(?:ed|es|e|ing)|show(?:ed|n|s)?|"
    rf"gave|give[ns]?|cit(?:ed|es|e|ing))\s+(?:no|little|scant)\s+(?:\w+\s+)?{_PROOF}\b",
    # "did not provide any evidence", "failed to offer proof"
    rf"\b(?:did\s+not|didn't|does\s+not|doesn't|has\s+not|hasn't|have\s+not|haven't|failed\s+to|refused\s+to)\s+"
    rf"(?:offer|provide|present|produce|show|give|cite|back\s+up)\s+(?:any\s+)?(?:\w+\s+)?{_PROOF}\b",
    rf"\bwithout\s+(?:offering|providing|presenting|producing|citing|giving|any)\s+(?:any\s+)?(?:\w+\s+)?{_PROOF}\b",
    rf"\bwithout\s+{_PROOF}\b",
    rf"\b(?:there\s+(?:is|was|has\s+been|have\s+been)\s+)?no\s+(?:\w+\s+)?{_PROOF}\b",
    r"\b(?:could|can|has|have|had)\s*(?:not|n't)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:independently\s+)?"
    r"(?:verif(?:ied|y)|confirm(?:ed)?|corroborat(?:ed|e)|substantiat(?:ed|e))\b",
    r"\b(?:unverified|unconfirmed|unsubstantiated|uncorroborated)\b",
    # "offers not a single fact, not a single document", "not a shred of evidence"
    rf"\bnot\s+(?:a\s+single|one|a\s+shred\s+of|a\s+single\s+piece\s+of)\s+(?:fact|document|witness|photo(?:graph)?|{_PROOF})\b",
]
PRESENT = [
    # "photographs published by the agency show", "satellite images seen by Reuters showed"
    rf"\b{_MEDIA}\s+(?:(?:published|released|obtained|seen|reviewed|verified|shared|posted|filed|"
    rf"provided|collected|compiled)\s+{_BY})?(?:show(?:ed|n|s)?|prove[ds]?|confirm(?:ed|s)?|"
    rf"reveal(?:ed|s)?|indicate[ds]?|demonstrate[ds]?|suggest(?:ed|s)?)\b",
    rf"\b{_PROOF}\s+(?:shows?|showed|proves?|proved|confirms?|confirmed|suggests?|suggested|indicates?|indicated)\b",
    rf"\b(?:presented|provided|offered|produced|published|released|found|gathered|collected)\s+"
    rf"(?:(?:new|clear|ample|strong|further|more)\s+)?{_PROOF}\b",
    rf"\b(?:independently\s+)?(?:verified|confirmed|corroborated)\s+by\s+{_NAMED}",
    r"\b(?:has|have|had|was|were)\s+(?:been\s+)?independently\s+(?:verified|confirmed|corroborated)\b",
    rf"\baccording\s+to\s+(?:[\w-]+\s+){{0,2}}?{_MEDIA}\b",  # "according to ship-tracking records"
]
_ABSENT_RE = [re.compile(p, re.IGNORECASE) for p in ABSENT]
_PRESENT_RE = [re.compile(p, re.IGNORECASE) for p in PRESENT]


def find_evidence(text: str) -> list[Evidence]:
    """Evidence markers in ``text``, absent before present where they overlap, sorted by offset."""
    found: list[Evidence] = []
    # The markers kept so far are disjoint, so sorted by start they are sorted by end too: only the
    # last one starting before a match's end can overlap it (a bisect, not a scan of all of them).
    taken: list[tuple[int, int]] = []
    # Absent markers win an overlap: "has not been independently verified by" is absence.
    for kind, patterns in (("absent", _ABSENT_RE), ("present", _PRESENT_RE)):
        for pattern in patterns:
            for m in pattern.finditer(text):
                s, e = m.span()
                i = bisect_left(taken, (e, -1))
                if i > 0 and taken[i - 1][1] > s:
                    continue
                insort(taken, (s, e))
                found.append(Evidence(s, e, kind))
    found.sort(key=lambda ev: (ev.start, ev.end))
    return found
