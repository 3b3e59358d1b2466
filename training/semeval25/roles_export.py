"""Export the fine-tuned role model to int8 ONNX and check it against torch on the val mentions.

    python training/semeval25/roles_export.py --ckpt training/runs/semeval25/roles_ft/best.pt

Writes ``src/spinscope/analyzers/roles/model/{model.onnx,config.json}`` and prints the parity
figures (main-role agreement, max probability difference) and val scores of both graphs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from spinscope.analyzers.roles.mention_model import MODEL_DIR, RoleModel  # noqa: E402
from training.pair_bound import bound_file  # noqa: E402
from training.semeval25.roles_finetune import BASE, build_examples, predict, score  # noqa: E402
from training.semeval25.roles_finetune import RoleModel as TorchRoleModel  # noqa: E402


def load_torch(ckpt: Path) -> TorchRoleModel:
    from transformers import AutoModel

    # Eager attention traces the padding mask as plain ops.
    model = TorchRoleModel(AutoModel.from_pretrained(BASE, attn_implementation="eager"))
    model.load_state_dict(torch.load(ckpt, map_location="cpu"))
    return model.eval()


def export(model: TorchRoleModel, path: Path) -> None:
    ids = torch.ones(2, 10, dtype=torch.long)
    mask = ids.clone()
    mask[1, 7:] = 0  # padding in the dummy, so the mask is not traced away
    axes = {n: {0: "batch", 1: "seq"} for n in ("input_ids", "attention_mask", "token_type_ids")}
    axes.update(marker={0: "batch"}, main_logits={0: "batch"}, fine_logits={0: "batch"})
    torch.onnx.export(model, (ids, mask, torch.zeros_like(ids), torch.tensor([1, 2])), str(path),
                      input_names=["input_ids", "attention_mask", "token_type_ids", "marker"],
                      output_names=["main_logits", "fine_logits"], dynamic_axes=axes, opset_version=17,
                      dynamo=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", type=Path, default=ROOT / "training/runs/semeval25/roles_ft/best.pt")
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--fine-extra", type=float, default=0.5)
    args = ap.parse_args()
    torch.set_num_threads(2)
    model = load_torch(args.ckpt)
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export(model, fp32)
        quantize_dynamic(str(fp32), str(MODEL_DIR / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True,
                         extra_options={"MatMulConstBOnly": True})
        bound_file(MODEL_DIR / "model.onnx")  # the same integers on AVX2-only CPUs (docs/determinism.md)
    (MODEL_DIR / "config.json").write_text(json.dumps({
        "model": "model.onnx", "max_len": args.max_len, "fine_extra": args.fine_extra,
        "base": "sentence-transformers/all-MiniLM-L6-v2", "quantisation": "dynamic int8, per-channel",
        "markers": ["[", "]"]}, indent=2) + "\n")
    val = [e for e in build_examples(args.max_len) if e["split"] == "val"]
    model = load_torch(args.ckpt)  # a fresh copy: tracing can leave the exported module altered
    t_main, t_fine = np.concatenate([predict(model, [e])[0] for e in val]), np.concatenate([predict(model, [e])[1] for e in val])
    onnx = RoleModel(MODEL_DIR)
    o_main, o_fine = [], []
    for e in val:
        ids = np.array([e["ids"]], dtype=np.int64)
        lm, lf = onnx.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                          "token_type_ids": np.zeros_like(ids), "marker": np.array([e["marker"]])})
        z = np.exp(lm[0] - lm[0].max())
        o_main.append(z / z.sum())
        o_fine.append(1 / (1 + np.exp(-lf[0])))
    o_main, o_fine = np.array(o_main), np.array(o_fine)
    report = {
        "model_mb": round((MODEL_DIR / "model.onnx").stat().st_size / 1e6, 1),
        "main_agreement_torch_vs_int8": float(np.mean(t_main.argmax(1) == o_main.argmax(1))),
        "max_abs_prob_diff_main": float(np.abs(t_main - o_main).max()),
        "val_torch": {k: v for k, v in score(val, t_main, t_fine, args.fine_extra).items() if not isinstance(v, dict)},
        "val_int8": score(val, o_main, o_fine, args.fine_extra),
    }
    print(json.dumps(report, indent=1))
    (ROOT / "training/runs/semeval25/roles_export.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
