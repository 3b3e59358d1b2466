"""Asserting or refuting: a document that repeats a claim to call it false is no part of its campaign.

The claims layer records who denies a claim (``denied_by``); a fact-check also words the claim's
sentence as a refutation ("The claim that ... is false"). Either marks the document as refuting.
Detection compares stances: a document is a refuter when its stance differs from the one it is
linked to, so a campaign that itself pushes a denial ("the report is a fabrication") stays whole.
"""

from __future__ import annotations

import re

from spinscope.analyzers.claims.contradictions import StoredClaim
from spinscope.analyzers.claims.denials import DENY_VERBS, FALSE_WORDS

# Denial wording inside the claim's own sentence: "falsely claimed", "no evidence", "debunked".
_STEMS = sorted({v[:-1] if v.endswith("e") else v for v in DENY_VERBS}, key=len, reverse=True)
_DENIAL = re.compile(
    r"\b(?:" + "|".join(sorted(FALSE_WORDS, key=len, reverse=True)) + r"|falsely|no evidence|no proof|"
    r"fact[- ]check\w*|(?:" + "|".join(_STEMS) + r")\w*)\b",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.!?]\s")


def own_sentence(before: str, after: str) -> tuple[str, str]:
    """The parts of the claim's sentence before and after it, from the text around it."""
    ends = list(_SENTENCE_END.finditer(before))
    head = before[ends[-1].end() :] if ends else before
    tail_end = _SENTENCE_END.search(after)
    return head, after[: tail_end.start() + 1] if tail_end else after


def refutes(claim: StoredClaim, context: tuple[str, str] | None = None) -> bool:
    """True when the claim is recorded as denied, or its wording or its sentence denies it.

    ``context`` is the text before and after the claim (the store's ``claim_contexts``): "The claim
    that <claim> is false" refutes even when the claims layer kept only the proposition.
    """
    if claim.denied_by or _DENIAL.search(claim.text):
        return True
    if context is None:
        return False
    head, tail = own_sentence(*context)
    return bool(_DENIAL.search(head) or _DENIAL.search(tail))
