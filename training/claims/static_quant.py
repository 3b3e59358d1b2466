"""Give the check-worthiness graph fixed activation scales, so a sentence scores the same in any batch.

The shipped graph quantises each MatMul input with a scale taken over the whole input tensor at run
time (``DynamicQuantizeLinear``): in a padded batch one sentence's score would depend on the others,
so the scorer ran one sentence per call, and a call of ~22 word pieces is mostly fixed cost (every
weight is read for a handful of rows). Here each ``DynamicQuantizeLinear`` becomes a
``QuantizeLinear`` with a constant scale and zero point: the range each input took over calibration
sentences of CT24 *train* (never dev or dev-test), widened by ``--margin``. Every element is then
quantised the same way whatever else is in the batch, and the integer products are exact, so
batching changes no score (tested). The int8 weights are untouched::

    python training/claims/static_quant.py --calib 2000 --out training/runs/claims_static/model.onnx
    python training/claims/eval_quant.py training/runs/claims_static/model.onnx
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
import onnx
from data import load_split
from onnx import helper, numpy_helper

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from spinscope.models.encoder import tokenize  # noqa: E402
from spinscope.models.tokenizer import load_tokenizer  # noqa: E402

MODEL_DIR = ROOT / "src" / "spinscope" / "analyzers" / "claims" / "model"


def observed_ranges(model_path: Path, texts: list[str], max_len: int) -> dict[str, tuple[float, float]]:
    """Per DynamicQuantizeLinear node: the (min, max) its input took over ``texts``, one per call."""
    import onnxruntime as ort

    model = onnx.load(str(model_path))
    nodes = [n for n in model.graph.node if n.op_type == "DynamicQuantizeLinear"]
    for n in nodes:  # expose each node's run-time scale and zero point
        scale, zp = n.output[1:]
        model.graph.output.append(helper.make_tensor_value_info(scale, onnx.TensorProto.FLOAT, []))
        model.graph.output.append(helper.make_tensor_value_info(zp, onnx.TensorProto.UINT8, []))
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    sess = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])
    names = [o for n in nodes for o in n.output[1:]]
    tok = load_tokenizer(MODEL_DIR / "tokenizer.json", max_len)
    lo = {n.name: 0.0 for n in nodes}
    hi = {n.name: 0.0 for n in nodes}
    for text in texts:
        res = sess.run(names, tokenize(tok, [text]))
        for k, n in enumerate(nodes):
            scale, zp = float(res[2 * k]), float(res[2 * k + 1])
            lo[n.name] = min(lo[n.name], -zp * scale)
            hi[n.name] = max(hi[n.name], (255 - zp) * scale)
    return {name: (lo[name], hi[name]) for name in lo}


def make_static(model: onnx.ModelProto, ranges: dict[str, tuple[float, float]], margin: float) -> int:
    """Replace each DynamicQuantizeLinear by a QuantizeLinear with constants from ``ranges``."""
    g = model.graph
    new_nodes: list[onnx.NodeProto] = []
    count = 0
    for node in g.node:
        if node.op_type != "DynamicQuantizeLinear":
            new_nodes.append(node)
            continue
        lo, hi = ranges[node.name]
        lo, hi = min(0.0, lo * margin), max(0.0, hi * margin)
        scale = np.float32((hi - lo) / 255.0)
        zp = np.uint8(np.clip(round(-lo / float(scale)), 0, 255))
        q_out, scale_out, zp_out = node.output
        g.initializer.append(numpy_helper.from_array(np.array(scale, np.float32), scale_out))
        g.initializer.append(numpy_helper.from_array(np.array(zp, np.uint8), zp_out))
        new_nodes.append(helper.make_node("QuantizeLinear", [node.input[0], scale_out, zp_out], [q_out],
                                          name=f"{node.name}_static"))
        count += 1
    del g.node[:]
    g.node.extend(new_nodes)
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", type=Path, default=MODEL_DIR / "model.onnx")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--calib", type=int, default=2000, help="CT24 train sentences to take the ranges from")
    ap.add_argument("--margin", type=float, default=1.0, help="widen every observed range by this factor")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    cfg = json.loads((MODEL_DIR / "config.json").read_text())
    texts, _ = load_split("train")
    random.Random(args.seed).shuffle(texts)
    ranges = observed_ranges(args.src, texts[: args.calib], int(cfg["max_len"]))
    model = onnx.load(str(args.src))
    n = make_static(model, ranges, args.margin)
    onnx.checker.check_model(model)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(args.out))
    (args.out.parent / "ranges.json").write_text(json.dumps(
        {"calib": args.calib, "margin": args.margin, "seed": args.seed, "ranges": ranges}, indent=1))
    print(f"{n} DynamicQuantizeLinear nodes given fixed scales from {args.calib} train sentences; "
          f"{args.out} {args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
