"""The shipped role head: standardised encoder features -> main-role softmax + fine-role sigmoids.

Pure numpy on ``model/head.npz`` (written by ``training/semeval25/roles_head.py``); the encoder
features come from :mod:`spinscope.analyzers.roles.features`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from spinscope.analyzers.roles.features import BLOCKS
from spinscope.analyzers.roles.taxonomy import ALL_FINE, FINE_ROLES, MAIN_ROLES

HEAD_PATH = Path(__file__).parent / "model" / "head.npz"


def load_head(path: Path = HEAD_PATH) -> dict[str, Any]:
    with np.load(path) as z:
        return {k: z[k] for k in z.files}


def select_parts(head: dict[str, Any], X: np.ndarray) -> np.ndarray:
    """The feature blocks the head was trained on, named ``"mention+context"`` etc. (see
    :data:`spinscope.analyzers.roles.features.BLOCKS`); extra columns after the blocks are kept."""
    parts = str(head.get("parts", "mention+context")).replace("both", "mention+context").split("+")
    dim = int(head.get("dim", 384))
    cols = [X[:, BLOCKS.index(p) * dim:(BLOCKS.index(p) + 1) * dim] for p in parts]
    n_extra = int(head.get("n_extra", 0))
    if n_extra:
        cols.append(X[:, X.shape[1] - n_extra:])
    return np.hstack(cols)


def probabilities(head: dict[str, Any], X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(main-role probabilities ``[n, 3]``, fine-role probabilities ``[n, 22]``)."""
    Z = (X - head["mean"]) / head["scale"]
    logits = Z @ head["main_W"].T + head["main_b"]
    logits -= logits.max(axis=1, keepdims=True)
    p_main = np.exp(logits)
    p_main /= p_main.sum(axis=1, keepdims=True)
    p_fine = 1.0 / (1.0 + np.exp(-(Z @ head["fine_W"].T + head["fine_b"])))
    return p_main, p_fine


def decode(p_main: np.ndarray, p_fine: np.ndarray, fine_extra: float) -> tuple[str, list[str], float]:
    """(main role, fine roles, main-role probability) for one mention.

    Only the fine roles of the chosen main role compete (the taxonomy is a tree); the most
    probable always stays, others join above ``fine_extra`` (most gold rows carry one fine role).
    """
    main = MAIN_ROLES[int(np.argmax(p_main))]
    allowed = [ALL_FINE.index(f) for f in FINE_ROLES[main]]
    ranked = sorted(allowed, key=lambda j: -p_fine[j])
    fine = [ALL_FINE[ranked[0]]] + [ALL_FINE[j] for j in ranked[1:] if p_fine[j] >= fine_extra]
    return main, fine, float(np.max(p_main))
