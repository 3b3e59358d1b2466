"""The language of a text, offline: ISO 639-1 code, or ``"und"`` when unsure.

The model is langid.py's (97 languages, naive Bayes over byte n-grams) from the ``py3langid`` package,
whose wheel carries it (4.6 MB); nothing is downloaded. Its arithmetic is numpy sums of fixed
integer-indexed float tables, so the answer does not depend on the CPU.

"Unsure" is said rather than guessed: a text with fewer than :data:`MIN_LETTERS` letters, or whose
normalised probability is under :data:`MIN_CONFIDENCE`, is ``"und"``. Long documents are judged on
their first :data:`SAMPLE_CHARS` characters (a news text does not change language half-way; the
cost stays flat).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

UNDETERMINED = "und"
MIN_LETTERS = 12
MIN_CONFIDENCE = 0.9
SAMPLE_CHARS = 3000

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_with_confidence(text: str) -> tuple[str, float]:
    """(ISO 639-1 code or "und", the model's normalised probability of its best language)."""
    if not isinstance(text, str):
        raise TypeError(f"detect() takes a str, got {type(text).__name__}")
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return UNDETERMINED, 0.0
    with _LOCK:  # the first call loads the model (about 3 s); later calls only read it
        ident = _identifier()
    lang, prob = ident.classify(sample)
    prob = float(prob)
    if prob < MIN_CONFIDENCE:
        return UNDETERMINED, prob
    return str(lang), prob


def detect(text: str) -> str:
    """The language of ``text`` as an ISO 639-1 code (``"ru"``, ``"en"``), or ``"und"`` when unsure.

    >>> detect("Официальный представитель МИД России заявила, что обвинения голословны.")
    'ru'
    >>> detect("The ministry said on Monday that the claims were false.")
    'en'
    >>> detect("OK")
    'und'
    """
    return detect_with_confidence(text)[0]
