"""Check-worthiness scores for sentences, with onnxruntime + tokenizers + numpy only.

Two model kinds can ship in ``spinscope/analyzers/claims/model/`` (``config.json`` says which):

- ``finetuned``: all-MiniLM-L6-v2 fine-tuned with a 2-class head on CheckThat! 2024 task 1, exported
  to int8 ONNX (``training/claims/export_onnx.py``); the score is the softmax of the positive class.
  With ``"activations": "static"`` the graph quantises activations with fixed scales
  (``training/claims/static_quant.py``), so sentences are scored in padded batches: a sentence's
  score is the same alone or in any batch.
- ``frozen_lr``: logistic regression over the bundled sentence encoder's embeddings
  (``training/claims/frozen_lr.py``); weights in ``config.json``.

The decision threshold was selected on CT24 dev and is stored beside the model.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from spinscope.errors import ConfigError
from spinscope.models.cache import shared_model
from spinscope.models.encoder import Encoder, tokenize
from spinscope.models.files import require_files
from spinscope.models.maths import sigmoid, softmax
from spinscope.models.onnx import make_session
from spinscope.models.tokenizer import load_tokenizer

MODEL_DIR = Path(__file__).parent / "model"


def model_files(model_dir: Path = MODEL_DIR) -> list[Path]:
    """The files :class:`CheckWorthiness` loads (the ONNX graph and tokenizer only for ``finetuned``)."""
    cfg_path = model_dir / "config.json"
    if not cfg_path.is_file():
        return [cfg_path]
    cfg = json.loads(cfg_path.read_text())
    if cfg.get("kind") == "finetuned":
        return [cfg_path, model_dir / "tokenizer.json", model_dir / cfg["model"]]
    return [cfg_path]


class CheckWorthiness:
    """Score sentences 0..1 for check-worthiness; ``threshold`` is the tuned cut-off.

    >>> scorer = CheckWorthiness()
    >>> s = scorer.score(["Unemployment rose to 9 percent last year.", "Thank you very much."])
    >>> bool(s[0] > s[1])
    True
    """

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int = 1) -> None:
        cfg_path = model_dir / "config.json"
        require_files("claims", [cfg_path])
        self.config_ = json.loads(cfg_path.read_text())
        self.kind: str = self.config_["kind"]
        self.threshold: float = float(self.config_["threshold"])
        # Fixed activation scales make batching exact; a dynamic graph scales each call's input
        # tensor as a whole, so it is run one sentence per call.
        self.batch_size: int = int(self.config_.get("batch_size", 16)) if self.config_.get("activations") == "static" else 1
        if self.kind == "finetuned":
            self.tokenizer_ = load_tokenizer(model_dir / "tokenizer.json", int(self.config_["max_len"]), owner="claims")
            self.session_ = make_session(model_dir / self.config_["model"], threads, owner="claims")
        elif self.kind == "frozen_lr":
            self.encoder_ = Encoder(threads=threads)
            self.coef_ = np.asarray(self.config_["coef"], dtype=np.float32)
            self.intercept_ = float(self.config_["intercept"])
        else:
            raise ConfigError(f"check-worthiness model kind must be 'finetuned' or 'frozen_lr', got {self.kind!r}")

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """Positive-class probability per text.

        A graph with dynamic activation scales runs one text per call (see ``Encoder.encode``:
        batching would make a sentence's score depend on the other sentences in the batch). A graph
        with static scales runs texts of similar length together, ``batch_size`` at a time: every
        number it computes for one text is the same whatever else is in the call (tested), and a
        call of ~20 word pieces is mostly the fixed cost of reading every weight.
        """
        if self.kind == "frozen_lr":
            z = self.encoder_.encode(texts) @ self.coef_ + self.intercept_
            return sigmoid(z).astype(np.float32)
        out = np.zeros(len(texts), dtype=np.float32)
        if not texts:
            return out
        if self.batch_size == 1:
            for i, text in enumerate(texts):
                logits = self.session_.run(None, tokenize(self.tokenizer_, [text]))[0][0]
                out[i] = softmax(logits)[1]
            return out
        feeds = tokenize(self.tokenizer_, texts)  # padded to the longest text, cut per batch below
        lengths = feeds["attention_mask"].sum(axis=1)
        order = np.argsort(lengths, kind="stable")  # similar lengths together: little padding
        for b in range(0, len(order), self.batch_size):
            rows = order[b : b + self.batch_size]
            width = int(lengths[rows].max())
            logits = self.session_.run(None, {k: v[rows, :width] for k, v in feeds.items()})[0]
            out[rows] = softmax(logits)[:, 1]
        return out


@shared_model
def load_check_worthiness(model_dir: Path = MODEL_DIR) -> CheckWorthiness:
    """One loaded check-worthiness scorer per process."""
    return CheckWorthiness(model_dir)
