"""A quote's score: how often a quote like it is right, content and speaker (issue 22 item 5).

A logistic map over what the analyzer knows of each quote when it writes it: its kind, which rule or
the tagger found it, whether a speaker was found and resolved to a named actor, a pronoun or nothing,
whether a cue was found, and the content's length. Fitted on our validation slice of PolNeAR
(``python -m training.quality.quotes_score --write``; the coefficients live in ``score.json`` beside
this module), measured on PolNeAR dev (docs/quality.md). A quote is *right* when its content matches
a gold attribution (half of each covered) and, where the gold names a source, the speaker spans meet.
numpy-free: a dot product.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PATH = Path(__file__).with_name("score.json")
FEATURES = (
    "bias", "direct", "mixed", "tagger", "rule_direct", "stance", "speaker", "named", "pronoun",
    "no_cue", "log_chars",
)
PRONOUNS = frozenset("he she they it we i who which that his her their its our".split())


def features(kind: str, rule: str, speaker_text: str | None, speaker_type: str | None, has_cue: bool,
             chars: int) -> list[float]:
    """The map's inputs for one quote, in :data:`FEATURES` order."""
    low = (speaker_text or "").strip().lower()
    return [
        1.0,
        float(kind == "direct"),
        float(kind == "mixed"),
        float(rule == "tagger"),
        float(rule.startswith("direct")),
        float(rule == "stance"),
        float(speaker_text is not None),
        float(speaker_type is not None and low not in PRONOUNS),
        float(low in PRONOUNS),
        float(not has_cue),
        math.log1p(max(0, chars)),
    ]


@dataclass(frozen=True)
class QuoteScorer:
    coef: tuple[float, ...]

    def __call__(self, x: list[float]) -> float:
        z = sum(c * v for c, v in zip(self.coef, x, strict=True))
        return 1.0 / (1.0 + math.exp(-z))


@cache
def load_scorer(path: Path = PATH) -> QuoteScorer | None:
    """The fitted map, or None when ``score.json`` is missing (quotes then carry no score)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text())
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{path}: features {data['features']} differ from {list(FEATURES)}")
    return QuoteScorer(tuple(float(c) for c in data["coef"]))
