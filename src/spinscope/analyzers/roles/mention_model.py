"""The shipped role model: a numpy head over the shared int8 MiniLM encoder's mention features.

Features come from :mod:`spinscope.analyzers.roles.features` (the mention's own tokens in a window
centred on it, and the window's mean), the head from ``model/head.npz`` (logistic regressions,
written by ``training/semeval25/roles_head.py``). On our split this frozen-encoder head beat the
fine-tuned entity-marker model on both task measures (see ``model/MODEL_CARD.md``), and it needs no
second encoder: the sentence encoder already loaded for claims and narratives does the work.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spinscope.analyzers.roles.classifier import decode, load_head, probabilities, select_parts
from spinscope.analyzers.roles.features import MentionFeaturizer
from spinscope.models.cache import shared_model
from spinscope.models.encoder import model_files as encoder_files
from spinscope.models.encoder import shared_encoder

MODEL_DIR = Path(__file__).parent / "model"


def model_files(model_dir: Path = MODEL_DIR) -> list[Path]:
    return [model_dir / "config.json", model_dir / "head.npz", *encoder_files()]


@dataclass(slots=True)
class MentionRole:
    main: str
    fine: list[str]
    score: float
    p_main: np.ndarray
    p_fine: np.ndarray


class RoleModel:
    """``classify(text, spans)`` -> one :class:`MentionRole` per ``(start, end)`` (end exclusive)."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        meta = json.loads((model_dir / "config.json").read_text())
        self.fine_extra: float = float(meta["fine_extra"])
        self.head = load_head(model_dir / meta["head"])
        # One window per encoder run: the int8 graph scales activations per input tensor, so a
        # padded batch would make one mention's result depend on the others.
        self.featurizer = MentionFeaturizer(shared_encoder())

    def probabilities(self, text: str, spans: Sequence[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
        """(main-role probabilities ``[n, 3]``, fine-role probabilities ``[n, 22]``)."""
        X = self.featurizer.features(text, spans)
        return probabilities(self.head, select_parts(self.head, X))

    def classify(self, text: str, spans: Sequence[tuple[int, int]]) -> list[MentionRole]:
        p_main, p_fine = self.probabilities(text, spans)
        out = []
        for pm, pf in zip(p_main, p_fine, strict=True):
            main, fine, score = decode(pm, pf, self.fine_extra)
            out.append(MentionRole(main, fine, score, pm, pf))
        return out

    def aggregate(self, p_main: np.ndarray, p_fine: np.ndarray) -> tuple[str, list[str], float]:
        """One role for an actor from its mentions' probabilities (their mean)."""
        return decode(p_main.mean(axis=0), p_fine.mean(axis=0), self.fine_extra)


@shared_model
def shared_role_model() -> RoleModel:
    return RoleModel()
