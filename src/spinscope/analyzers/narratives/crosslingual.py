"""Codebook narratives in documents of other languages: the same matcher in a multilingual space.

A codebook is written in one language (usually English); a Russian document is compared with it
through the multilingual encoder (:mod:`spinscope.models.multilingual`), prototypes and sentences
alike. That space has its own scale (multilingual-e5's cosines are compressed: unrelated news sits
near 0.75), so it has its own threshold, calibrated on our invented Russian set
(tests/fixtures/ru/narratives.jsonl, ``training/ru/calibrate_codebook.py``). English documents keep
the MiniLM space and its calibrated threshold: nothing changes for them.
"""

from __future__ import annotations

import threading

from spinscope.analyzers.narratives.codebook import Codebook
from spinscope.analyzers.narratives.codebook_matcher import MIN_NARRATIVES_TO_CENTRE, Prototypes
from spinscope.models import multilingual

# Chosen on tests/fixtures/ru/narratives.jsonl with the English common codebook (see docs/russian.md).
MULTILINGUAL_THRESHOLD = 0.2425
MULTILINGUAL_RAW_THRESHOLD = 0.87
NATIVE_LANGUAGES = ("en", "und", None)  # the codebook's own space: MiniLM, as before


def crosses_languages(lang: str | None) -> bool:
    return lang not in NATIVE_LANGUAGES


def threshold_for(n_narratives: int) -> float:
    return MULTILINGUAL_THRESHOLD if n_narratives >= MIN_NARRATIVES_TO_CENTRE else MULTILINGUAL_RAW_THRESHOLD


class MultilingualPrototypes:
    """A codebook's prototypes in the multilingual space, embedded on first use (once per analyzer)."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self._prototypes: Prototypes | None = None
        self._lock = threading.Lock()

    def get(self) -> Prototypes:
        with self._lock:
            if self._prototypes is None:
                self._prototypes = Prototypes.of(self.codebook, multilingual.embed)
            return self._prototypes

    encode = staticmethod(multilingual.embed)
