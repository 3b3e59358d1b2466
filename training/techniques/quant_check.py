"""Compare int8 quantisation settings against fp32 on dev articles (token probabilities and SI F1).

    python -m training.techniques.quant_check --model-dir training/runs/export --limit 20
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np
from onnxruntime.quantization import QuantType, quantize_dynamic

from spinscope.techniques.runner import TechniqueModel
from training.techniques.data import load_split
from training.techniques.tune import crossfit

SETTINGS = {
    "matmul+gather": {},
    "matmul+gather per-channel": {"per_channel": True},
    "matmul+gather per-channel reduce-range": {"per_channel": True, "reduce_range": True},
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args()
    dev = load_split("dev")[: args.limit]
    texts = [a.text for a in dev]
    fp32 = TechniqueModel(args.model_dir, variant="fp32")
    ref = fp32.token_outputs(texts)
    results = {"fp32": {"si_f1": crossfit(fp32, dev, ref, 1)["si"]["f1"]}}
    for name, kw in SETTINGS.items():
        tmp = args.model_dir / "qtmp"
        tmp.mkdir(exist_ok=True)
        for f in ("tokenizer.json", "config.json"):
            shutil.copy(args.model_dir / f, tmp / f)
        quantize_dynamic(str(args.model_dir / "model.onnx"), str(tmp / "model.int8.onnx"),
                         weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"], **kw)
        q = TechniqueModel(tmp, variant="int8")
        outs = q.token_outputs(texts)
        diff = float(np.mean([np.abs(o.probs - r.probs).mean() for o, r in zip(outs, ref, strict=True)]))
        results[name] = {"mean_abs_prob_diff": round(diff, 5), "si_f1": crossfit(q, dev, outs, 1)["si"]["f1"],
                         "mb": round((tmp / "model.int8.onnx").stat().st_size / 1e6, 1)}
        print(name, results[name], flush=True)
    (args.model_dir / "quant_check.json").write_text(json.dumps(results, indent=1))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
