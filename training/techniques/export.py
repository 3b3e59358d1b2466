"""Export a trained checkpoint to ONNX (fp32 + int8) in a model folder the runtime tagger can load.

python -m training.techniques.export --ckpt training/runs/base/epoch3.pt --out training/runs/export
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np
import torch

from spinscope.analyzers.techniques.windows import STRIDE, WINDOW
from training.techniques.data import CHANNELS, MODEL_DIR
from training.techniques.model import SpanTagger


class _Export(torch.nn.Module):
    """Plain tensors in and out, so the ONNX graph has named inputs/outputs only."""

    def __init__(self, model: SpanTagger) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
        return self.model(input_ids, attention_mask)


def export_onnx(model: SpanTagger, path: Path) -> None:
    model.eval()
    ids = torch.randint(1000, 2000, (2, 16), dtype=torch.int64)
    mask = torch.ones_like(ids)
    # A padded row in the example: with an all-ones mask the tracer bakes in "no mask" and padded
    # batches would then attend to padding.
    mask[1, -5:] = 0
    torch.onnx.export(
        # The wrapper must be in eval mode too: export restores the wrapper's mode afterwards, recursively.
        _Export(model).eval(),
        (ids, mask),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["logits", "hidden"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "seq"},
            "attention_mask": {0: "batch", 1: "seq"},
            "logits": {0: "batch", 1: "seq"},
            "hidden": {0: "batch", 1: "seq"},
        },
        opset_version=17,
        dynamo=False,
    )


def quantize(src: Path, dst: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # Gather is quantised too: the 30k-word embedding table alone is 47 MB in fp32.
    # Per-channel scales halved the fp32-vs-int8 probability gap on dev (training/techniques/quant_check.py).
    quantize_dynamic(
        str(src), str(dst), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"], per_channel=True
    )
    from training.pair_bound import bound_file

    bound_file(dst)  # the same integers on AVX2-only CPUs (docs/determinism.md)


def torch_onnx_max_diff(model: SpanTagger, onnx_path: Path, ids: np.ndarray, mask: np.ndarray) -> float:
    import onnxruntime as ort

    with torch.inference_mode():
        ref = model(torch.from_numpy(ids), torch.from_numpy(mask))[0].numpy()
    sess = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    got = sess.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]
    valid = mask.astype(bool)
    return float(np.abs(ref - got)[valid].max())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--window", type=int, default=WINDOW, help="content pieces per window: as trained")
    ap.add_argument("--stride", type=int, default=STRIDE, help="inference stride (windows overlap)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    model = SpanTagger(MODEL_DIR)
    model.load_state_dict(torch.load(args.ckpt, map_location="cpu"))
    model.eval()
    export_onnx(model, args.out / "model.onnx")
    quantize(args.out / "model.onnx", args.out / "model.int8.onnx")
    shutil.copy(MODEL_DIR / "tokenizer.json", args.out / "tokenizer.json")
    cfg_path = args.out / "config.json"
    cfg = json.loads(cfg_path.read_text()) if cfg_path.exists() else {}
    cfg.update(
        {
            "channels": list(CHANNELS),
            "thresholds": cfg.get("thresholds", [0.5] * len(CHANNELS)),
            "window": args.window,
            "stride": args.stride,
            "max_gap": cfg.get("max_gap", 1),
            "checkpoint": str(args.ckpt),
        }
    )
    cfg_path.write_text(json.dumps(cfg, indent=1))
    rng = np.random.default_rng(0)
    ids = rng.integers(1000, 29000, (3, 64)).astype(np.int64)
    mask = np.ones_like(ids)
    mask[1, 40:] = 0  # a padded row must give the same logits on its real tokens
    diffs = {
        "fp32_max_abs_logit_diff": torch_onnx_max_diff(model, args.out / "model.onnx", ids, mask),
        "int8_max_abs_logit_diff": torch_onnx_max_diff(model, args.out / "model.int8.onnx", ids, mask),
    }
    (args.out / "parity.json").write_text(json.dumps(diffs, indent=1))
    print(json.dumps(diffs))


if __name__ == "__main__":
    main()
