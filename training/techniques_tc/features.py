"""Frozen MiniLM features for every TC row, from an int8 ONNX export of the base model.

One pass gives, per row, the pooled features of the frozen model ([CLS] and the span mean of the last
layer, for the logistic-regression baseline) and the input to the last layer (float16, for
``train_top.py``, which fine-tunes only that layer on top of them: full fine-tuning measured 12 s per
batch of 16 on the shared CPU, too slow for the time we had).

    nice -n 3 python -m training.techniques_tc.features --out training/runs/tc_feat
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import onnxruntime as ort
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModel

from spinscope.analyzers.techniques.span_classifier import build_batch
from training.pair_bound import bound_file
from training.techniques_tc.data import BASE, load


class _Two(torch.nn.Module):
    """Last hidden state and the input to the last layer, as two named graph outputs."""

    def __init__(self, model: torch.nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):  # noqa: ANN001 - traced
        out = self.model(input_ids=input_ids, attention_mask=attention_mask, output_hidden_states=True)
        return out.last_hidden_state, out.hidden_states[-2]


def export_base(out: Path) -> Path:
    model = AutoModel.from_pretrained(str(BASE), attn_implementation="eager").eval()
    ids = torch.ones(2, 8, dtype=torch.long)
    mask = ids.clone()
    mask[1, 5:] = 0  # padding in the dummy mask, or tracing drops the mask
    fp32 = out / "base_fp32.onnx"
    axes = {n: {0: "batch", 1: "seq"} for n in ("input_ids", "attention_mask", "last", "penult")}
    torch.onnx.export(_Two(model), (ids, mask), str(fp32), input_names=["input_ids", "attention_mask"],
                      output_names=["last", "penult"], dynamic_axes=axes, opset_version=17, dynamo=False)
    int8 = out / "base_int8.onnx"
    # Same settings as the shipped export (export.py), so the frozen layers match what ships.
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True,
                     extra_options={"MatMulConstBOnly": True})
    bound_file(int8)
    return int8


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--batch", type=int, default=16)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(1)
    path = export_base(args.out)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    sess = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    for split_name in ("dev", "train"):
        split = load(split_name)
        n = len(split.rows)
        width = max(len(r) for r, _, _ in split.rows)
        pooled = np.zeros((n, 768), np.float32)
        penult = np.zeros((n, width, 384), np.float16)
        t0 = time.time()
        for b in range(0, n, args.batch):
            chunk = list(range(b, min(n, b + args.batch)))
            ids, mask, smask = build_batch([split.rows[i] for i in chunk])
            last, pen = sess.run(["last", "penult"], {"input_ids": ids, "attention_mask": mask})
            w = smask[..., None]
            pooled[chunk] = np.concatenate([last[:, 0], (last * w).sum(1) / np.maximum(w.sum(1), 1.0)], -1)
            penult[chunk, : ids.shape[1]] = pen
            if b % 800 == 0:
                print(split_name, b, n, f"{time.time() - t0:.0f}s", flush=True)
        np.save(args.out / f"{split_name}_pooled.npy", pooled)
        np.save(args.out / f"{split_name}_penult.npy", penult)


if __name__ == "__main__":
    main()
