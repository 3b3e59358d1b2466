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

FEATURES = ("logit_score", "logit_head", "from_channel")
_EPS = 1e-4


def logit(p: float) -> float:
    p = min(max(p, _EPS), 1.0 - _EPS)
    return math.log(p / (1.0 - p))


def features(score: float, head_prob: float, from_channel: bool) -> list[float]:
    """The calibrator's inputs for one span, in :data:`FEATURES` order."""
    return [logit(score), logit(head_prob), float(from_channel)]


@dataclass(slots=True)
class Calibrator:
    """``P(right) = sigmoid(coef . features + intercept[technique])``.

    >>> cal = Calibrator(coef=[1.0, 0.0, 0.0], intercepts={"Doubt": 0.0})
    >>> round(cal("Doubt", 0.7, 0.5, False), 3)
    0.7
    """

    coef: list[float]
    intercepts: dict[str, float]
    default_intercept: float = 0.0

    def __call__(self, technique: str, score: float, head_prob: float, from_channel: bool) -> float:
        x = features(score, head_prob, from_channel)
        z = sum(c * v for c, v in zip(self.coef, x, strict=True))
        z += self.intercepts.get(technique, self.default_intercept)
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict:
        return {
            "features": list(FEATURES),
            "coef": [round(c, 6) for c in self.coef],
            "intercepts": {k: round(v, 6) for k, v in self.intercepts.items()},
            "default_intercept": round(self.default_intercept, 6),
        }

    @classmethod
    def from_dict(cls, d: dict) -> Calibrator:
        if list(d.get("features", [])) != list(FEATURES):
            raise ValueError(f"calibration features {d.get('features')} differ from {list(FEATURES)}")
        return cls(list(d["coef"]), dict(d["intercepts"]), float(d.get("default_intercept", 0.0)))
