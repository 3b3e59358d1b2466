"""What a stored SemEval-2025 narrative's score means: how often such an item is right.

The classifier's per-label probabilities come from strongly regularised logistic heads: a chosen
coarse narrative with raw score 0.3 was right about half the time, a subnarrative far less often. A
Platt map per level, ``sigmoid(a * logit(raw) + b)``, turns the raw score into the share of items
scored alike whose label the gold has (``model/calibration.json``, fitted out of fold by
``training/narratives/calibrate_semeval.py``; figures in docs/quality.md, "Narratives"). Two
rounded numbers per level, computed with Python's ``math`` on floats: the same on every CPU.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from spinscope.analyzers.narratives.semeval.taxonomy import parent_of

CALIBRATION_PATH = Path(__file__).parent / "model" / "calibration.json"
LEVELS = ("coarse", "fine")


@dataclass(frozen=True, slots=True)
class Calibration:
    """``params[level] = (a, b)`` for ``coarse`` (narratives) and ``fine`` (subnarratives)."""

    params: dict[str, tuple[float, float]]

    @classmethod
    def load(cls, path: Path = CALIBRATION_PATH) -> Calibration:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls({level: (float(raw[level]["a"]), float(raw[level]["b"])) for level in LEVELS})

    def save(self, path: Path, note: str) -> None:
        body = {"note": note, **{lev: {"a": a, "b": b} for lev, (a, b) in self.params.items()}}
        path.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")

    def __call__(self, level: str, raw: float) -> float:
        """The calibrated score of an item of ``level`` whose raw score is ``raw``, to four places."""
        a, b = self.params[level]
        p = min(max(float(raw), 1e-4), 1.0 - 1e-4)
        z = a * math.log(p / (1.0 - p)) + b
        return round(1.0 / (1.0 + math.exp(-z)), 4)

    def stored(self, coarse: list[str], fine: list[str], raw: dict[str, float]) -> dict[str, float]:
        """The calibrated score of each chosen label (``raw``: decode's scores, a coarse narrative's
        already at least its best subnarrative's). A narrative is right whenever one of its
        subnarratives is, so it keeps at least its best subnarrative's calibrated score."""
        out = {lab: self("coarse", raw[lab]) for lab in coarse}
        for lab in fine:
            out[lab] = self("fine", raw[lab])
            parent = parent_of(lab)
            if parent in out:
                out[parent] = max(out[parent], out[lab])
        return out
