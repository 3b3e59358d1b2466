"""Rewrite a dynamic-int8 ONNX graph so each activation row (token) gets its own quantisation scale.

``onnxruntime.quantization.quantize_dynamic`` quantises every MatMul input with one scale over the
whole input tensor (``DynamicQuantizeLinear``): in a padded batch a sentence's score then depends on
the other sentences of its batch, so the check-worthiness scorer ran one sentence per call. Here each
``DynamicQuantizeLinear`` becomes a symmetric per-row quantiser over the last axis::

    scale = max(|x|, axis=-1) / 127         # one scale per token row, shape [..., M, 1]
    x_q   = uint8(round(x / scale) + 128)   # zero point 128, the same scalar for every row

The zero point stays a scalar (onnxruntime's ``MatMulInteger`` takes a per-tensor zero point for A)
and the per-row scale broadcasts through the ``Mul`` that already rescales the int32 product. The
int8 weights are untouched. A token row's quantised values then depend on that row alone, so a
sentence's logits are the same alone or in any batch (0 of 1,032 CT24 dev scores differed).

Not shipped (issue 14): dev F1 fell from 0.936 to 0.845 (the symmetric range halves the resolution
of the lopsided LayerNorm and GELU outputs) and the unfused products were slower; the shipped graph
uses fixed scales instead (``static_quant.py``). Kept so the result can be re-checked::

    python training/claims/per_row_quant.py SRC.onnx DST.onnx
    python training/claims/eval_quant.py DST.onnx
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import onnx
from onnx import helper, numpy_helper


def _const(graph: onnx.GraphProto, name: str, value: np.ndarray) -> str:
    graph.initializer.append(numpy_helper.from_array(value, name))
    return name


def per_row(model: onnx.ModelProto) -> int:
    """Replace every DynamicQuantizeLinear in ``model`` (in place); returns how many."""
    g = model.graph
    c127 = _const(g, "per_row_127", np.array(127.0, np.float32))
    c128 = _const(g, "per_row_128", np.array(128.0, np.float32))
    eps = _const(g, "per_row_eps", np.array(1e-8, np.float32))
    lo = _const(g, "per_row_lo", np.array(1.0, np.float32))
    hi = _const(g, "per_row_hi", np.array(255.0, np.float32))
    zp = _const(g, "per_row_zp", np.array(128, np.uint8))
    new_nodes: list[onnx.NodeProto] = []
    count = 0
    for node in g.node:
        if node.op_type != "DynamicQuantizeLinear":
            new_nodes.append(node)
            continue
        count += 1
        x = node.input[0]
        q_out, scale_out, zp_out = node.output
        p = f"{node.name}_per_row"
        new_nodes += [
            helper.make_node("Abs", [x], [f"{p}_abs"], name=f"{p}_abs"),
            helper.make_node("ReduceMax", [f"{p}_abs"], [f"{p}_amax"], axes=[-1], keepdims=1, name=f"{p}_amax"),
            helper.make_node("Max", [f"{p}_amax", eps], [f"{p}_amax_eps"], name=f"{p}_amax_eps"),
            helper.make_node("Div", [f"{p}_amax_eps", c127], [scale_out], name=f"{p}_scale"),
            helper.make_node("Div", [x, scale_out], [f"{p}_div"], name=f"{p}_div"),
            helper.make_node("Round", [f"{p}_div"], [f"{p}_round"], name=f"{p}_round"),
            helper.make_node("Add", [f"{p}_round", c128], [f"{p}_shift"], name=f"{p}_shift"),
            helper.make_node("Clip", [f"{p}_shift", lo, hi], [f"{p}_clip"], name=f"{p}_clip"),
            helper.make_node("Cast", [f"{p}_clip"], [q_out], to=onnx.TensorProto.UINT8, name=f"{p}_cast"),
            helper.make_node("Identity", [zp], [zp_out], name=f"{p}_zp"),
        ]
    del g.node[:]
    g.node.extend(new_nodes)
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    args = ap.parse_args()
    model = onnx.load(str(args.src))
    n = per_row(model)
    onnx.checker.check_model(model)
    onnx.save(model, str(args.dst))
    print(f"{n} DynamicQuantizeLinear nodes made per-row; {args.dst} {args.dst.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
