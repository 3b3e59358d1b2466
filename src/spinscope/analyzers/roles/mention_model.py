"""The shipped role model: fine-tuned MiniLM over entity-marked windows, int8 ONNX, numpy decode.

``model/model.onnx`` takes ``input_ids``, ``attention_mask``, ``token_type_ids`` and ``marker``
(the index of the opening marker) and returns main-role and fine-role logits; ``model/config.json``
gives the window length and the decode setting. Exported by ``training/semeval25/roles_export.py``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spinscope.analyzers.roles.classifier import decode
from spinscope.analyzers.roles.windows import marked_window, special_ids
from spinscope.models.cache import shared_model
from spinscope.models.encoder import ENCODER_DIR
from spinscope.models.onnx import make_session
from spinscope.models.tokenizer import load_tokenizer

MODEL_DIR = Path(__file__).parent / "model"


def model_files(model_dir: Path = MODEL_DIR) -> list[Path]:
    return [model_dir / "config.json", model_dir / "model.onnx", ENCODER_DIR / "tokenizer.json"]


@dataclass(slots=True)
class MentionRole:
    main: str
    fine: list[str]
    score: float
    p_main: np.ndarray
    p_fine: np.ndarray


class RoleModel:
    """``classify(text, spans)`` -> one :class:`MentionRole` per ``(start, end)`` (end exclusive)."""

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int = 1) -> None:
        meta = json.loads((model_dir / "config.json").read_text())
        self.max_len: int = int(meta["max_len"])
        self.fine_extra: float = float(meta["fine_extra"])
        # The shared encoder's vocabulary; windows are cut here, so no truncation in the tokenizer.
        self.tokenizer = load_tokenizer(ENCODER_DIR / "tokenizer.json", None, owner="roles")
        self.special = special_ids(self.tokenizer)
        self.session = make_session(model_dir / meta["model"], threads, owner="roles")

    def probabilities(self, text: str, spans: Sequence[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
        """(main-role probabilities ``[n, 3]``, fine-role probabilities ``[n, 22]``).

        One window per run: the int8 graph scales activations per input tensor, so a padded batch
        would make one mention's result depend on the others.
        """
        n = len(spans)
        p_main, p_fine = np.zeros((n, 3), np.float32), np.zeros((n, 22), np.float32)
        if not n:
            return p_main, p_fine
        enc = self.tokenizer.encode(text, add_special_tokens=False)
        for i, (start, end) in enumerate(spans):
            w = marked_window(enc.ids, enc.offsets, start, end, self.max_len, self.special)
            ids = np.array([w.ids], dtype=np.int64)
            main_logits, fine_logits = self.session.run(None, {
                "input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids),
                "marker": np.array([w.marker], dtype=np.int64),
            })
            z = main_logits[0] - main_logits[0].max()
            p_main[i] = np.exp(z) / np.exp(z).sum()
            p_fine[i] = 1.0 / (1.0 + np.exp(-fine_logits[0]))
        return p_main, p_fine

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
