"""Rebuild a torch checkpoint of the shipped tagger from its int8 ONNX file, to continue training it.

    python -m training.quotes.warm_start --out training/runs/tagger_warm/init

The fp32 checkpoint of the shipped model was not kept, so its weights are read back from
``model.onnx``: int8 weights are dequantised (``(q - zero_point) * scale``), and each unnamed
``MatMul`` weight is named by the bias its product is added to. The quantisation error is small and
further training absorbs it.
"""

from __future__ import annotations

import argparse
import os
from collections import defaultdict
from pathlib import Path

import numpy as np
import torch

from spinscope.analyzers.quotes.tagger import LABELS, MODEL_DIR

from .train_tagger import MINILM


def _arrays(model) -> dict[str, np.ndarray]:
    from onnx import numpy_helper

    return {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}


def _dequantised(arrays: dict[str, np.ndarray], base: str) -> np.ndarray:
    q = arrays[base + "_quantized"].astype(np.float32)
    return (q - arrays[base + "_zero_point"].astype(np.float32)) * arrays[base + "_scale"].astype(np.float32)


def _bias_of(graph, arrays: dict[str, np.ndarray], weight: str) -> str:
    """The bias initializer added to the product of ``weight``: MatMulInteger -> Cast -> Mul -> Add."""
    consumers = defaultdict(list)
    for node in graph.node:
        for name in node.input:
            consumers[name].append(node)
    frontier = [n for n in graph.node if n.op_type == "MatMulInteger" and weight + "_quantized" in n.input]
    for _ in range(5):
        nxt = []
        for node in frontier:
            if node.op_type == "Add":
                bias = next((i for i in node.input if i in arrays and i.endswith(".bias")), None)
                if bias is not None:
                    return bias
            for out in node.output:
                nxt.extend(consumers[out])
        frontier = nxt
    raise ValueError(f"no bias found after {weight}")


def state_dict_from_onnx(path: Path) -> dict[str, torch.Tensor]:
    import onnx

    model = onnx.load(str(path))
    arrays = _arrays(model)
    state: dict[str, torch.Tensor] = {}
    for name, arr in arrays.items():
        if name.endswith(("_quantized", "_scale", "_zero_point")):
            continue
        if name.startswith(("bert.", "classifier.")):
            state[name] = torch.from_numpy(arr.astype(np.float32))
    for name in arrays:
        if not name.endswith("_quantized"):
            continue
        base = name[: -len("_quantized")]
        w = _dequantised(arrays, base)
        if base.startswith("bert.embeddings."):
            state[base] = torch.from_numpy(w)
        else:  # a Linear weight stored as MatMul's [in, out]; torch wants [out, in]
            bias = _bias_of(model.graph, arrays, base)
            state[bias[: -len("bias")] + "weight"] = torch.from_numpy(np.ascontiguousarray(w.T))
    return state


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--onnx", type=Path, default=MODEL_DIR / "model.onnx")
    ap.add_argument("--layers", type=int, default=3)
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoModelForTokenClassification

    model = AutoModelForTokenClassification.from_pretrained(
        str(MINILM), num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={n: i for i, n in enumerate(LABELS)},
    )
    model.bert.encoder.layer = model.bert.encoder.layer[: args.layers]
    model.config.num_hidden_layers = args.layers
    missing, unexpected = model.load_state_dict(state_dict_from_onnx(args.onnx), strict=False)
    # position_ids is a buffer, not a weight; anything else missing means a weight was not recovered.
    missing = [m for m in missing if not m.endswith("position_ids")]
    if missing or unexpected:
        raise SystemExit(f"weights not recovered: missing {missing}, unexpected {unexpected}")
    model.save_pretrained(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
