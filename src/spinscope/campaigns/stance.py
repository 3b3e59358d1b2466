"""Asserting or refuting: a document that repeats a claim to call it false is no part of its campaign.

The claims layer records who denies a claim (``denied_by``); a fact-check also words its own claim
as a refutation ("the claim that ... is false"). Either marks the document as refuting.
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


def refutes(claim: StoredClaim) -> bool:
    """True when the claim is recorded as denied or its wording denies it."""
    return bool(claim.denied_by) or bool(_DENIAL.search(claim.text))
