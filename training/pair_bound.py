"""Make int8 MatMul weights exact on every x86 CPU: each pair of weights along K sums to at most 128 in size.

Why: ``quantize_dynamic(weight_type=QInt8)`` gives ``MatMulInteger`` with uint8 activations and int8
weights. ONNX Runtime sums u8 x s8 products exactly in 32 bits with VNNI, but on CPUs with AVX2 and
no VNNI its kernel (``vpmaddubsw``) first adds each pair of products ``a[2j]*w[2j] + a[2j+1]*w[2j+1]``
into a *saturating* 16-bit lane: 255 * (127 + 127) = 64770 does not fit in 32767, so the same article
gets other scores there (technique logits moved by up to 1.65 under ``qemu-x86_64 -cpu Haswell``).
With ``|w[2j]| + |w[2j+1]| <= 128`` no pair can leave the lane (255 * 128 = 32640), so every kernel
computes the same integers.

``reduce_range`` (7-bit weights) would guarantee that too but halves the resolution of every weight.
Here each output column gets its own factor ``r`` in [0.5, 1] (its scale is divided by ``r``):
the weights are rescaled to ``round(w * r)`` and the few pairs still over 128 are shrunk towards
the bound; ``r`` is the one with the least squared change of that column's weights. Columns whose
pairs already fit (most per-tensor weights) are left exactly as they were. The fp32 weights are not
needed: this works on the shipped int8 graph (its dequantised weights are what it has learnt).

The same integers are not enough: every int8 product is fed by a dynamically quantised activation
(its scale is the tensor's max - min over 255), so a float that differs in its last bit between two
CPUs can round to the next integer, and the difference grows layer by layer (technique logits moved by
0.22 on a 7-window batch from a 2e-7 difference in one Softmax). Of the float kernels these graphs
use, only ONNX Runtime's Softmax gives other bits on another instruction set (its sum of exponentials
has one kernel per instruction set); :func:`decompose_softmax` rewrites it as ReduceMax, Sub,
Exp, ReduceSum and Div, which give the same bits on both (docs/determinism.md).

    python -m training.pair_bound MODEL.onnx [MODEL.onnx ...]     # rewrite in place
    python -m training.pair_bound --check MODEL.onnx ...          # exit 1 if a pair can saturate
                                                                  # or a Softmax is left
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import helper, numpy_helper

BOUND = 128  # 255 * 128 = 32640 <= 32767: a pair of u8 x s8 products always fits in int16
RATIOS = np.linspace(0.5, 1.0, 51)


def pair_sums(w: np.ndarray) -> np.ndarray:
    """|w[2j]| + |w[2j+1]| along K (axis 0) for every column; an odd last row pairs with zero."""
    a = np.abs(w.astype(np.int32))
    if a.shape[0] % 2:
        a = np.concatenate([a, np.zeros((1, *a.shape[1:]), np.int32)])
    return a[0::2] + a[1::2]


def _shrink_pairs(w: np.ndarray) -> np.ndarray:
    """Shrink both weights of each pair over the bound by about half the excess each (least L2 change)."""
    w = w.astype(np.int32).copy()
    odd = w.shape[0] % 2
    if odd:
        w = np.concatenate([w, np.zeros((1, *w.shape[1:]), np.int32)])
    a, b = w[0::2], w[1::2]
    excess = np.maximum(np.abs(a) + np.abs(b) - BOUND, 0)
    cut_a = np.minimum(np.abs(a), (excess + 1) // 2)
    cut_b = excess - cut_a
    a -= np.sign(a) * cut_a
    b -= np.sign(b) * cut_b
    w[0::2], w[1::2] = a, b
    return w[: w.shape[0] - odd]


def bound_weights(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(new int8 weights, per-column ratio r): scale_new = scale / r, and every pair sum <= BOUND."""
    assert w.ndim == 2 and w.dtype == np.int8, (w.shape, w.dtype)
    w32 = w.astype(np.float64)
    best_err = np.full(w.shape[1], np.inf)
    best_w = w.astype(np.int32)
    best_r = np.ones(w.shape[1])
    for r in RATIOS:
        cand = _shrink_pairs(np.rint(w32 * r).astype(np.int32))
        err = ((cand / r - w32) ** 2).sum(axis=0)
        better = err < best_err
        best_err[better], best_r[better] = err[better], r
        best_w[:, better] = cand[:, better]
    assert pair_sums(best_w).max() <= BOUND and np.abs(best_w).max() <= 127
    return best_w.astype(np.int8), best_r


def unsafe_weights(model: onnx.ModelProto) -> list[str]:
    """int8 weights of integer MatMuls with a pair over the bound (these may saturate on AVX2)."""
    inits = {i.name: i for i in model.graph.initializer}
    bad = []
    for n in model.graph.node:
        if n.op_type == "MatMulInteger" and n.input[1] in inits:
            w = numpy_helper.to_array(inits[n.input[1]])
            if w.dtype == np.int8 and pair_sums(w).max() > BOUND:
                bad.append(n.input[1])
    return bad


def _scale_mul(model: onnx.ModelProto, node: onnx.NodeProto) -> onnx.TensorProto:
    """The weight-scale initializer that multiplies this MatMulInteger's output (onnxruntime's form:
    MatMulInteger -> Cast -> Mul(x, a_scale * w_scale), the product made by a Mul of the two scales;
    with static quantisation a_scale is an initializer too, so the weight's is picked by name)."""
    inits = {i.name: i for i in model.graph.initializer}
    by_output = {o: n for n in model.graph.node for o in n.output}
    users: dict[str, list[onnx.NodeProto]] = {}
    for n in model.graph.node:
        for x in n.input:
            users.setdefault(x, []).append(n)
    (cast,) = users[node.output[0]]
    (mul,) = users[cast.output[0]]
    assert cast.op_type == "Cast" and mul.op_type == "Mul", (cast.op_type, mul.op_type)
    scale_product = by_output[next(x for x in mul.input if x != cast.output[0])]
    assert scale_product.op_type == "Mul", scale_product.op_type
    named = [x for x in scale_product.input if x == node.input[1].replace("_quantized", "_scale")]
    (w_scale,) = named or [x for x in scale_product.input if x in inits]  # static: two; dynamic: one
    assert len(users[w_scale]) == 1, f"{w_scale} is shared: rescaling it would change other products"
    return inits[w_scale]


def convert(model: onnx.ModelProto) -> list[tuple[str, float]]:
    """Bound every unsafe weight in place (its scale follows); [(weight, mean ratio)] of those changed."""
    inits = {i.name: i for i in model.graph.initializer}
    changed = []
    for n in model.graph.node:
        if n.op_type != "MatMulInteger" or n.input[1] not in unsafe_weights_of(model, n, inits):
            continue
        zero = numpy_helper.to_array(inits[n.input[3]]) if len(n.input) > 3 and n.input[3] else 0
        assert not np.any(zero), f"{n.input[1]}: only symmetric weights (zero point 0) are handled"
        w = numpy_helper.to_array(inits[n.input[1]])
        new_w, ratio = bound_weights(w)
        scale_t = _scale_mul(model, n)
        scale = numpy_helper.to_array(scale_t).astype(np.float64)
        if scale.size == 1:  # one scale for the tensor: per-column ratios need a per-column scale
            scale = np.full(w.shape[1], float(scale.reshape(())))
        inits[n.input[1]].CopyFrom(numpy_helper.from_array(new_w, n.input[1]))
        scale_t.CopyFrom(numpy_helper.from_array((scale / ratio).astype(np.float32), scale_t.name))
        changed.append((n.input[1], float(ratio.mean())))
    return changed


def unsafe_weights_of(model: onnx.ModelProto, node: onnx.NodeProto, inits: dict) -> set[str]:
    w = numpy_helper.to_array(inits[node.input[1]])
    return {node.input[1]} if w.dtype == np.int8 and pair_sums(w).max() > BOUND else set()


# Float kernels whose bits depend on the instruction set (ONNX Runtime 1.32 on AVX512 vs AVX2, checked
# op by op under qemu: LayerNormalization, Erf, Exp, MatMul, ReduceSum/Max/Mean, the element-wise ops and
# DynamicQuantizeLinear gave the same bits; Softmax did not).
CPU_DEPENDENT_OPS = ("Softmax",)


def decompose_softmax(model: onnx.ModelProto) -> int:
    """Rewrite each Softmax as ``exp(x - max) / sum(exp(x - max))`` in plain ops; returns how many.

    The plain ops give the same bits on every x86 CPU, where ONNX Runtime's fused Softmax kernel
    sums in vector lanes as wide as the CPU's. Opset 13-17 form (ReduceMax takes ``axes`` as an
    attribute, ReduceSum as an input).
    """
    opset = next((o.version for o in model.opset_import if o.domain in ("", "ai.onnx")), 0)
    assert 13 <= opset <= 17, f"opset {opset}: ReduceMax/ReduceSum forms below are for 13-17"
    nodes: list[onnx.NodeProto] = []
    done = 0
    for n in model.graph.node:
        if n.op_type != "Softmax" or n.domain not in ("", "ai.onnx"):
            nodes.append(n)
            continue
        axis = next((a.i for a in n.attribute if a.name == "axis"), -1)
        x, y, p = n.input[0], n.output[0], n.name or n.output[0]
        axes = f"{p}/axes"
        model.graph.initializer.append(numpy_helper.from_array(np.array([axis], np.int64), axes))
        nodes += [
            helper.make_node("ReduceMax", [x], [f"{p}/max"], name=f"{p}/ReduceMax", axes=[axis], keepdims=1),
            helper.make_node("Sub", [x, f"{p}/max"], [f"{p}/shifted"], name=f"{p}/Sub"),
            helper.make_node("Exp", [f"{p}/shifted"], [f"{p}/exp"], name=f"{p}/Exp"),
            helper.make_node("ReduceSum", [f"{p}/exp", axes], [f"{p}/sum"], name=f"{p}/ReduceSum", keepdims=1),
            helper.make_node("Div", [f"{p}/exp", f"{p}/sum"], [y], name=f"{p}/Div"),
        ]
        done += 1
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    return done


def cpu_dependent_nodes(model: onnx.ModelProto) -> list[str]:
    """Nodes whose kernel gives other bits on other instruction sets (none in a shipped graph)."""
    return [n.name or n.output[0] for n in model.graph.node if n.op_type in CPU_DEPENDENT_OPS]


def bound_file(path: Path) -> None:
    """Make an exported int8 model CPU-independent in place: bounded weight pairs, no Softmax kernel
    (every export script calls this after quantising)."""
    model = onnx.load(str(path))
    convert(model)
    decompose_softmax(model)
    onnx.save(model, str(path))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("models", nargs="+", type=Path)
    ap.add_argument("--check", action="store_true", help="only report unsafe weights; exit 1 if any")
    ap.add_argument("--out", type=Path, help="write here (one model) instead of in place")
    args = ap.parse_args(argv)
    bad = 0
    for path in args.models:
        model = onnx.load(str(path))
        if args.check:
            unsafe, fused = unsafe_weights(model), cpu_dependent_nodes(model)
            bad += bool(unsafe or fused)
            print(f"{path}: {len(unsafe)} int8 MatMul weights with a pair over {BOUND}, {len(fused)} Softmax nodes")
            continue
        changed = convert(model)
        softmaxes = decompose_softmax(model)
        assert not unsafe_weights(model) and not cpu_dependent_nodes(model)
        onnx.save(model, str(args.out or path))
        mean = np.mean([r for _, r in changed]) if changed else 1.0
        print(f"{path}: {len(changed)} weights bounded (mean column ratio {mean:.3f}), {softmaxes} Softmax decomposed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
