"""The knobs of campaign detection, their defaults and why (see docs/campaigns.md).

* ``window`` 24 h: a coordinated push of a statement lands within hours (CooRnet's default
  co-sharing window for links is far shorter, seconds to minutes, but outlets re-edit and publish on
  a news-desk rhythm, not a bot's); a day catches the next morning's edition in another timezone,
  while an outlet that covers the story days later is independent follow-up, not coordination.
* ``min_outlets`` 3: two outlets sharing a text is a syndication deal or one copying the other;
  three or more within a day is the pattern worth a researcher's look.
* ``min_weight`` 1: an edge of the outlet network counts the stories two outlets co-published; one
  is enough to show a campaign, and a higher value keeps only outlets that co-publish repeatedly.
* ``near_threshold`` 0.7: the store's near-duplicate threshold (MinHash over 5-word shingles):
  republications with a new headline or a dropped paragraph stay above it, paraphrases fall below.
* ``claim_threshold`` 0.8: cosine similarity (MiniLM) of two check-worthy claims at which they are
  the same claim reworded. Tuned on synthetic seed 7 (bench/eval_campaigns.py): 0.75 found every
  paraphrase campaign but chained similar claims about other actors or acts (precision 0.76), 0.85
  lost a fifth of the paraphrase campaigns; 0.8 kept recall 0.97 at precision 0.82.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from spinscope.errors import ConfigError
from spinscope.settings import default

REPUBLICATION, CLAIM, NARRATIVE = "republication", "paraphrased claim", "shared narrative"
# CLI/API names of the signals, in priority order (a campaign's signal is the first that holds most links).
SIGNALS = {"republication": REPUBLICATION, "claim": CLAIM, "narrative": NARRATIVE}
_WINDOW = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)?\s*$", re.IGNORECASE)
_UNITS = {"m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}
# The windows the web API accepts (its OpenAPI pattern, enforced before parse_window): a positive
# amount of at most six digits, so a window is never zero and never overflows a timedelta. Compiled,
# so that Pydantic checks them with Python's re, as the OpenAPI tools read them.
WINDOW_PATTERN = re.compile(r"^([1-9][0-9]{0,5}(\.[0-9]{1,3})?|0\.[0-9]{0,2}[1-9])(m|min|h|d|w)?$")
# One ``signal`` query value: known signal names separated by commas (empty parts skipped), at least
# one (an empty value is refused: on the wire it cannot be told from no list at all).
_NAMES = "|".join(SIGNALS)
SIGNAL_PATTERN = re.compile(rf"^[ ,]*({_NAMES})( *,[ ,]*({_NAMES}))*[ ,]*$")


def parse_window(text: str | float | int) -> timedelta:
    """``"24h"``, ``"90m"``, ``"2d"``, ``"1w"`` or a number of hours, as a timedelta.

    >>> parse_window("36h"), parse_window("2d")
    (datetime.timedelta(days=1, seconds=43200), datetime.timedelta(days=2))
    """
    if isinstance(text, int | float):
        seconds = float(text) * 3600
    else:
        m = _WINDOW.match(text)
        if not m:
            raise ConfigError(f"window {text!r} is not a duration; use e.g. 24h, 90m, 2d or 1w")
        seconds = float(m.group(1)) * _UNITS[(m.group(2) or "h").lower()]
    if seconds <= 0:
        raise ConfigError(f"window must be longer than zero; got {text!r}")
    return timedelta(seconds=seconds)


@dataclass(frozen=True)
class DetectionOptions:
    """What counts as coordination; every field is validated (a bad value fails naming itself)."""

    window: timedelta = timedelta(hours=24)
    min_outlets: int = 3
    min_weight: int = 1
    signals: tuple[str, ...] = field(default=tuple(SIGNALS))
    near_threshold: float = 0.7
    claim_threshold: float = 0.8
    # The views' default minimum for narratives (settings' min_score; docs/quality.md): a campaign
    # joins outlets only on narratives shown by default. At 0.5 the SemEval-2025 items it joined on
    # were right half the time once their scores were calibrated.
    narrative_min_score: float = field(default_factory=lambda: float(default("min_score")["narratives"]))

    def __post_init__(self) -> None:
        if self.window <= timedelta(0):
            raise ConfigError(f"window must be longer than zero; got {self.window}")
        if self.min_outlets < 2:
            raise ConfigError(f"min_outlets must be at least 2 (a campaign needs several outlets); got {self.min_outlets}")
        if self.min_weight < 1:
            raise ConfigError(f"min_weight must be at least 1; got {self.min_weight}")
        unknown = [s for s in self.signals if s not in SIGNALS]
        if unknown or not self.signals:
            raise ConfigError(f"unknown signal(s) {unknown or '(none)'}; choose from {', '.join(SIGNALS)}")
        for name in ("near_threshold", "claim_threshold", "narrative_min_score"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ConfigError(f"{name} must be in (0, 1]; got {value!r}")
