"""The shipped role model: a numpy head over mention features pooled from the shared encoder pass.

Features come from :mod:`spinscope.analyzers.roles.features` (the mention's own tokens, the tokens
around it and its paragraph, all pooled from the document's one windowed pass of the shared int8
MiniLM, :mod:`spinscope.models.windows_cache`), the head from ``model/head.npz`` (logistic
regressions, written by ``training/semeval25/roles_head.py``). Classifying a mention costs a few
vector means and two small matrix products: no encoder run of its own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spinscope.analyzers.roles.classifier import decode, load_head, probabilities, select_parts
from spinscope.analyzers.roles.features import mention_features
from spinscope.models.cache import shared_model
from spinscope.models.encoder import model_files as encoder_files
from spinscope.models.windows_cache import DocumentStates, shared_window_encoder

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
        self.head = load_head(model_dir / meta["head"])
        # The head carries the fine_extra its CV chose; config.json's is the fallback of older heads.
        self.fine_extra: float = float(self.head.get("fine_extra", meta["fine_extra"]))
        self.windows = shared_window_encoder()

    def probabilities(
        self, text: str, spans: Sequence[tuple[int, int]], states: DocumentStates | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(main-role probabilities ``[n, 3]``, fine-role probabilities ``[n, 22]``); ``states`` is
        the document's shared encoder pass (computed here when not given)."""
        if states is None:
            states = self.windows.states(text)
        X = mention_features(states, text, spans)
        return probabilities(self.head, select_parts(self.head, X))

    def classify(
        self, text: str, spans: Sequence[tuple[int, int]], states: DocumentStates | None = None
    ) -> list[MentionRole]:
        p_main, p_fine = self.probabilities(text, spans, states)
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
