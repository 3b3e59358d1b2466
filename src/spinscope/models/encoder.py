"""The all-MiniLM-L6-v2 sentence encoder, run with onnxruntime (no torch, no hub).

The int8 ONNX graph and its tokenizer ship in ``spinscope/models/encoder/`` and are produced by
``training/encoder/export.py``. Embeddings are the attention-masked mean of the last hidden states,
L2-normalised, exactly as sentence-transformers computes them for this model, so a dot product is a
cosine similarity.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from spinscope.models.cache import shared_model
from spinscope.models.files import require_files
from spinscope.models.onnx import make_session
from spinscope.models.tokenizer import load_tokenizer

ENCODER_DIR = Path(__file__).parent / "encoder"


def model_files(model_dir: Path = ENCODER_DIR) -> list[Path]:
    """The files :class:`Encoder` loads."""
    cfg_path = model_dir / "config.json"
    if not cfg_path.is_file():
        return [cfg_path]
    meta = json.loads(cfg_path.read_text())
    return [cfg_path, model_dir / "tokenizer.json", model_dir / meta["model"]]


def tokenize(tok, texts: Sequence[str]) -> dict[str, np.ndarray]:
    """Tokenizer output as the int64 feeds a BERT-style ONNX graph takes."""
    enc = tok.encode_batch(list(texts))
    return {
        "input_ids": np.array([e.ids for e in enc], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
        "token_type_ids": np.array([e.type_ids for e in enc], dtype=np.int64),
    }


class Encoder:
    """Sentence embeddings (384 floats, unit length) from the bundled ONNX MiniLM.

    >>> enc = Encoder()
    >>> vecs = enc.encode(["The army shelled the village.", "Troops fired on the village."])
    >>> vecs.shape
    (2, 384)
    >>> bool(vecs[0] @ vecs[1] > 0.5)
    True
    """

    def __init__(self, model_dir: Path = ENCODER_DIR, threads: int = 1) -> None:
        require_files("sentence encoder", [model_dir / "config.json"])
        meta = json.loads((model_dir / "config.json").read_text())
        self.dim: int = int(meta["dim"])
        self.max_len: int = int(meta["max_len"])
        self.tokenizer_ = load_tokenizer(model_dir / "tokenizer.json", self.max_len, owner="sentence encoder")
        self.session_ = make_session(model_dir / meta["model"], threads, owner="sentence encoder")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text.

        Texts run one at a time on purpose: the int8 graph quantises activations with a scale taken
        over the whole input tensor, so in a padded batch a sentence's vector would depend on its
        neighbours. One at a time, a text always gets
        the same vector, whatever else is analysed with it.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            feeds = tokenize(self.tokenizer_, [text])
            hidden = self.session_.run(None, feeds)[0][0]
            pooled = hidden.mean(axis=0)  # one unpadded row: every position counts
            out[i] = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
        return out


@shared_model
def shared_encoder() -> Encoder:
    """One encoder per process (the session holds the weights)."""
    return Encoder()
