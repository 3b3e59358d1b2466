"""A guard against one claim matched to a similar claim about someone else.

Sentence embeddings weigh the shared predicate and object ("... is secretly building a weapons
laboratory near Port Selva") far above who does it, so "Dunmark is building ..." and "The Velorian
army is building ..." score as paraphrases. Paraphrases keep their names; two claims that each
name someone the other does not mention are about different actors and are not linked.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w'-]+", re.UNICODE)
_NAME = re.compile(r"\b[A-Z][\w'-]*")


def _names(text: str) -> set[str]:
    return {m.group().lower().removesuffix("'s") for m in _NAME.finditer(text)}


def _words(text: str) -> set[str]:
    return {w.lower().removesuffix("'s") for w in _WORD.findall(text)}


def different_actors(a: str, b: str) -> bool:
    """True when each claim has a capitalised word (a name) that the other does not contain at all.

    >>> different_actors("Dunmark is building a lab near Port Selva.", "The Velorian army is building a lab near Port Selva.")
    True
    >>> different_actors("Dunmark is building a lab near Port Selva.", "A lab near Port Selva is being built by Dunmark.")
    False
    """
    words_a, words_b = _words(a), _words(b)
    return bool(_names(a) - words_b) and bool(_names(b) - words_a)
