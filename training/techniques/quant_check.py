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

from spinscope.analyzers.techniques.tagger import TechniqueTagger
from training.techniques.data import load_split
from training.techniques.tune import crossfit

# name -> (quantize_dynamic keywords, prefixes of MatMul nodes left in fp32)
SETTINGS: dict[str, tuple[dict, tuple[str, ...]]] = {
    "matmul+gather per-channel": ({"per_channel": True}, ()),
    "per-channel, head fp32": ({"per_channel": True}, ("/model/head/",)),
    "per-channel, head + layer 6 FFN fp32": (
        {"per_channel": True},
        ("/model/head/", "/model/encoder/encoder/layer.5/intermediate/", "/model/encoder/encoder/layer.5/output/"),
    ),
    "per-channel, head + layer 1 FFN fp32": (
        {"per_channel": True},
        ("/model/head/", "/model/encoder/encoder/layer.0/intermediate/", "/model/encoder/encoder/layer.0/output/"),
    ),
}


def matmuls_under(path: Path, prefixes: tuple[str, ...]) -> list[str]:
    import onnx

    graph = onnx.load(str(path), load_external_data=False).graph
    return [n.name for n in graph.node if n.op_type == "MatMul" and n.name.startswith(prefixes)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args()
    dev = load_split("dev")[: args.limit]
    texts = [a.text for a in dev]
    fp32 = TechniqueTagger(args.model_dir, variant="fp32")
    ref = fp32.token_outputs(texts)
    results = {"fp32": {"si_f1": crossfit(fp32, dev, ref, 1)["si"]["f1"]}}
    for name, (kw, keep_prefixes) in SETTINGS.items():
        keep_fp32 = matmuls_under(args.model_dir / "model.onnx", keep_prefixes)
        tmp = args.model_dir / "qtmp"
        tmp.mkdir(exist_ok=True)
        for f in ("tokenizer.json", "config.json"):
            shutil.copy(args.model_dir / f, tmp / f)
        quantize_dynamic(str(args.model_dir / "model.onnx"), str(tmp / "model.int8.onnx"),
                         weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"],
                         nodes_to_exclude=keep_fp32, **kw)
        q = TechniqueTagger(tmp, variant="int8")
        outs = q.token_outputs(texts)
        diff = float(np.mean([np.abs(o.probs - r.probs).mean() for o, r in zip(outs, ref, strict=True)]))
        results[name] = {"fp32_nodes": len(keep_fp32),
                         "mean_abs_prob_diff": round(diff, 5), "si_f1": crossfit(q, dev, outs, 1)["si"]["f1"],
                         "mb": round((tmp / "model.int8.onnx").stat().st_size / 1e6, 1)}
        print(name, results[name], flush=True)
    (args.model_dir / "quant_check.json").write_text(json.dumps(results, indent=1))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
