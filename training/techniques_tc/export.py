"""Export the TC span classifier to ONNX, quantise it to int8, score it on dev, save parity references.

    # from a train_top.py checkpoint (what ships):
    nice -n 3 python -m training.techniques_tc.export --checkpoint training/runs/tc_top/best.pt
    # or from the logistic-regression baseline head over the frozen base:
    nice -n 3 python -m training.techniques_tc.export --lr-head training/runs/tc_feat/lr_head.npz

Writes ``src/spinscope/analyzers/techniques/tc_model/{model.onnx,tokenizer.json,config.json,reference.json}``
and prints dev micro-F1 of the float32 torch model and of the shipped int8 ONNX model (run through
``SpanClassifier``, i.e. exactly the runtime path).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic

from spinscope.analyzers.techniques.span_classifier import (
    N_EXTRAS,
    TC_MODEL_DIR,
    SpanClassifier,
    build_batch,
    span_extras,
)
from training.pair_bound import bound_file
from training.techniques_tc.data import BASE, LABELS, MAX_LEN, MAX_SPAN, load, score
from training.techniques_tc.model import MixModel, SpanModel

# Our own text (not from any corpus): the parity reference and the tests use it.
REF_TEXT = (
    "Senator Hale called the plan a disaster. \"This is a total betrayal of every hard-working family!\" "
    "he said. Experts say nothing will change. Why should anyone trust these so-called reformers? "
    "The plan is a disaster, a disaster for our great nation."
)


def ref_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for phrase in ("disaster", "total betrayal", "Experts say nothing will change",
                   "Why should anyone trust these so-called reformers?", "our great nation", "so-called reformers"):
        s = text.index(phrase)
        spans.append((s, s + len(phrase)))
    spans.append((0, 7))  # at the article start
    spans.append((len(text) - 7, len(text)))  # at the article end
    spans.append((0, len(text)))  # longer than max_span: head and tail are kept
    return spans


def torch_probs(model: torch.nn.Module, text: str, spans: list[tuple[int, int]], clf: SpanClassifier) -> np.ndarray:
    """Float32 reference, one span per call so it cannot depend on batching."""
    out = []
    with torch.no_grad():
        for s, e in spans:
            ids, mask, smask = build_batch(clf.rows(text, [(s, e)]))
            x = torch.from_numpy(span_extras(text, s, e)[None])
            logits = model(torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(smask), x)
            out.append(torch.softmax(logits, -1)[0].numpy())
    return np.stack(out)


def head_nodes(path: Path) -> list[str]:
    """The linear heads (input width 2 * 384 + extras), kept in float32.

    Their inputs mix hidden states with small extras, and the LR head's weights have the feature
    standardisation folded in, so one int8 scale per output row zeroed most hidden-state weights
    (dev micro-F1 fell from 0.55 to 0.47 with them quantised). They hold 11k weights: float is free.
    """
    import onnx

    graph = onnx.load(str(path)).graph
    widths = {i.name: list(i.dims) for i in graph.initializer}
    width = 2 * 384 + N_EXTRAS
    names = [n.name for n in graph.node if n.op_type in ("MatMul", "Gemm")
             and any(width in widths.get(x, []) for x in n.input)]
    # The quantiser first rewrites each Gemm as MatMul + Add, named after the Gemm plus "_MatMul".
    return names + [f"{n}_MatMul" for n in names]


def load_model(checkpoint: Path | None, lr_head: Path | None, mix: float) -> torch.nn.Module:
    """The fine-tuned model, the LR head over the frozen base, or (both given) their mix."""
    if checkpoint is None and lr_head is None:
        raise SystemExit("give --checkpoint, --lr-head or both")
    base = SpanModel(str(BASE), len(LABELS)).eval()
    head = base.head
    if lr_head is not None:
        weights = np.load(lr_head)
        head = torch.nn.Linear(head.in_features, head.out_features)
        head.weight.data = torch.from_numpy(weights["W"])
        head.bias.data = torch.from_numpy(weights["b"])
        base.head = head
    if checkpoint is None:
        return base
    tuned = SpanModel(str(BASE), len(LABELS)).eval()
    tuned.load_state_dict(torch.load(checkpoint, map_location="cpu"))
    if lr_head is None:
        return tuned
    return MixModel(tuned, base.encoder.encoder.layer[-1], head, mix).eval()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", type=Path)
    ap.add_argument("--lr-head", type=Path)
    ap.add_argument("--mix", type=float, default=0.5,
                    help="with both --checkpoint and --lr-head: weight of the LR head's probabilities")
    ap.add_argument("--out", type=Path, default=TC_MODEL_DIR)
    ap.add_argument("--source", default="", help="what the weights are, for config.json")
    args = ap.parse_args()
    torch.set_num_threads(1)
    model = load_model(args.checkpoint, args.lr_head, args.mix)
    args.out.mkdir(parents=True, exist_ok=True)
    ids = torch.ones(2, 8, dtype=torch.long)
    mask = ids.clone()
    mask[1, 5:] = 0  # padding in the dummy mask, or tracing drops the mask
    smask = torch.zeros(2, 8)
    smask[:, 2:4] = 1
    names = ["input_ids", "attention_mask", "span_mask", "extras"]
    axes = {n: {0: "batch", 1: "seq"} for n in names[:3]} | {"extras": {0: "batch"}, "logits": {0: "batch"}}
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        torch.onnx.export(model, (ids, mask, smask, torch.zeros(2, 8)), str(fp32), input_names=names,
                          output_names=["logits"], dynamic_axes=axes, opset_version=17, dynamo=False)
        quantize_dynamic(str(fp32), str(args.out / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True,
                         nodes_to_exclude=head_nodes(fp32), extra_options={"MatMulConstBOnly": True})
        bound_file(args.out / "model.onnx")  # the same integers on AVX2-only CPUs (docs/determinism.md)
    shutil.copy(BASE / "tokenizer.json", args.out / "tokenizer.json")
    config = {"model": "model.onnx", "labels": LABELS, "max_len": MAX_LEN, "max_span": MAX_SPAN,
              "base": "sentence-transformers/all-MiniLM-L6-v2", "weights": args.source or str(args.checkpoint or args.lr_head),
              "checkpoint": str(args.checkpoint) if args.checkpoint else None,
              "lr_head": str(args.lr_head) if args.lr_head else None, "mix": args.mix if args.checkpoint and args.lr_head else None,
              "quantisation": "dynamic int8, per-channel, MatMulConstBOnly"}
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    clf = SpanClassifier(args.out, threads=2)
    spans = ref_spans(REF_TEXT)
    ref = {"text": REF_TEXT, "spans": spans,
           "onnx_single": [p.tolist() for p in (SpanClassifier(args.out, batch_size=1).logits(REF_TEXT, spans))],
           "torch_probs": torch_probs(model, REF_TEXT, spans, clf).tolist()}
    (args.out / "reference.json").write_text(json.dumps(ref) + "\n")
    dev = load("dev")
    from training.techniques_tc.data import read_articles

    texts = read_articles("dev")
    by_art: dict[str, list[int]] = {}
    for i, (a, _, _) in enumerate(dev.keys):
        by_art.setdefault(a, []).append(i)
    onnx_probs = np.zeros((len(dev.keys), len(LABELS)), np.float32)
    for a, idx in by_art.items():
        preds = clf.predict(texts[a], [dev.keys[i][1:] for i in idx])
        onnx_probs[idx] = np.stack([p for _, p in preds])
    res = {"int8_onnx": score(dev, onnx_probs), "model_mb": round((args.out / "model.onnx").stat().st_size / 1e6, 1)}
    np.save(Path(tempfile.gettempdir()) / "tc_dev_onnx_probs.npy", onnx_probs)
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
