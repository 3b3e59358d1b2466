"""Export the fine-tuned check-worthiness model to int8 ONNX and score it with the runtime code.

Reads the best checkpoint of ``finetune.py``, writes ``src/spinscope/analyzers/claims/model/{model.onnx,
tokenizer.json,config.json}``, re-selects the threshold on CT24 dev with the int8 model (what ships)
and reports positive-class P/R/F1 on CT24 dev-test once::

    python training/claims/export_onnx.py --checkpoint training/runs/claims_ft/best
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from data import load_split
from metrics import best_threshold, prf_at
from transformers import AutoModelForSequenceClassification

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "training" / "encoder")]
from onnx_tools import export, quantise  # noqa: E402

from spinscope.analyzers.claims.scorer import CheckWorthiness  # noqa: E402

OUT = ROOT / "src" / "spinscope" / "analyzers" / "claims" / "model"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", type=Path, default=ROOT / "training" / "runs" / "claims_ft" / "best")
    ap.add_argument("--max-len", type=int, default=64)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    torch.set_num_threads(1)
    model = AutoModelForSequenceClassification.from_pretrained(args.checkpoint, attn_implementation="eager")
    selection = json.loads((args.checkpoint / "selection.json").read_text())
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        export(model, "logits", "logits", fp32)
        quantise(fp32, args.out / "model.onnx")
    shutil.copy(args.checkpoint / "tokenizer.json", args.out / "tokenizer.json")
    config = {"kind": "finetuned", "model": "model.onnx", "max_len": args.max_len, "threshold": 0.5}
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    scorer = CheckWorthiness(args.out)
    dev_x, dev_y = load_split("dev")
    thr, dev_f1 = best_threshold(dev_y, scorer.score(dev_x))
    test_x, test_y = load_split("dev-test")
    p, r, f1 = prf_at(test_y, scorer.score(test_x), thr)
    metrics = {
        "checkpoint_step": selection["step"], "torch_dev_f1": round(selection["dev_f1"], 4),
        "onnx_int8_dev_f1": round(dev_f1, 4), "threshold": thr,
        "devtest_precision": round(p, 4), "devtest_recall": round(r, 4), "devtest_f1": round(f1, 4),
        "model_mb": round((args.out / "model.onnx").stat().st_size / 1e6, 1),
    }
    config.update(threshold=thr, metrics=metrics, training=selection["args"])
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
