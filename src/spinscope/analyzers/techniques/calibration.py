"""Calibrated technique scores: the probability that a decoded span marks a real use of its technique.

The tagger's raw score is a mean sigmoid over the span's pieces; it ranks spans but is not a
probability (on PTC dev, spans with raw score 0.9 are right far less than 90% of the time). A small
logistic map fitted on PTC dev (``training/techniques/calibrate.py``, cross-fitted, figures in the
model card) turns the raw score, the span head's probability for the technique and where the span
came from (the SI channel or a technique's own channel) into that probability, with one intercept
per technique. Its parameters live in ``config.json`` under ``"calibration"``. numpy only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar, Self

FEATURES = ("logit_score", "logit_head", "from_channel")
_EPS = 1e-4


def logit(p: float) -> float:
    p = min(max(p, _EPS), 1.0 - _EPS)
    return math.log(p / (1.0 - p))


def features(score: float, head_prob: float, from_channel: bool) -> list[float]:
    """The calibrator's inputs for one span, in :data:`FEATURES` order."""
    return [logit(score), logit(head_prob), float(from_channel)]


@dataclass(slots=True)
class LogisticMap:
    """``sigmoid(coef . inputs + intercept[technique])``, stored as rounded JSON (``features`` names the
    inputs, so a config written for other inputs is refused)."""

    coef: list[float]
    intercepts: dict[str, float]
    default_intercept: float = 0.0
    FEATURES: ClassVar[tuple[str, ...]] = ()

    def probability(self, technique: str, inputs: list[float]) -> float:
        z = sum(c * v for c, v in zip(self.coef, inputs, strict=True))
        z += self.intercepts.get(technique, self.default_intercept)
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict:
        return {
            "features": list(self.FEATURES),
            "coef": [round(c, 6) for c in self.coef],
            "intercepts": {k: round(v, 6) for k, v in self.intercepts.items()},
            "default_intercept": round(self.default_intercept, 6),
        }

    @classmethod
    def from_dict(cls, d: dict) -> Self:
        if list(d.get("features", [])) != list(cls.FEATURES):
            raise ValueError(f"{cls.__name__} features {d.get('features')} differ from {list(cls.FEATURES)}")
        return cls(list(d["coef"]), dict(d["intercepts"]), float(d.get("default_intercept", 0.0)))


@dataclass(slots=True)
class Calibrator(LogisticMap):
    """``P(right) = sigmoid(coef . features + intercept[technique])``: the technique named is the gold one.

    >>> cal = Calibrator(coef=[1.0, 0.0, 0.0], intercepts={"Doubt": 0.0})
    >>> round(cal("Doubt", 0.7, 0.5, False), 3)
    0.7
    """

    FEATURES: ClassVar[tuple[str, ...]] = FEATURES

    def __call__(self, technique: str, score: float, head_prob: float, from_channel: bool) -> float:
        return self.probability(technique, features(score, head_prob, from_channel))


# The span verifier: what the views' minimum reads (issue 22 item 5). The calibrator above answers
# "is the technique named right?", which the tagger cannot make sure of for more than a handful of
# spans on PTC dev; the verifier answers "does this span mark a persuasion technique at all?" from
# the tagger's peak certainty inside the span, which the span's mean score (above) smooths away: the
# any-technique channel's highest piece and the named technique channel's highest piece, with one
# intercept per technique. Richer inputs (length, mean against peak, other spans on the same words)
# raised the share of spans that overlap gold only by preferring long spans, without putting more of
# the highlighted characters on gold (training/techniques/verify.py), so they were left out.
SPAN_FEATURES = ("logit_any_max", "logit_channel_max")


@dataclass(slots=True)
class SpanSignals:
    """What the verifier reads of one decoded span (the tagger's own per-piece probabilities)."""

    any_max: float  # the any-technique channel, highest piece in the span
    channel_max: float  # the span's technique channel, highest piece in the span

    def features(self) -> list[float]:
        """The verifier's inputs, in :data:`SPAN_FEATURES` order."""
        return [logit(self.any_max), logit(self.channel_max)]


@dataclass(slots=True)
class Verifier(LogisticMap):
    """``P(the span marks a persuasion technique) = sigmoid(coef . features + intercept[technique])``.

    "Marks" as PTC's gold says: some gold span, of any technique, overlaps it.

    >>> v = Verifier(coef=[1.0, 0.0], intercepts={})
    >>> round(v("Doubt", SpanSignals(any_max=0.8, channel_max=0.3)), 3)
    0.8
    """

    FEATURES: ClassVar[tuple[str, ...]] = SPAN_FEATURES

    def __call__(self, technique: str, signals: SpanSignals) -> float:
        return self.probability(technique, signals.features())
