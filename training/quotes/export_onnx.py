"""Export a tagger checkpoint to ONNX, quantise it to int8 and copy the tokenizer beside it.

    python -m training.quotes.export_onnx training/runs/quotes_tagger3/epoch0

Writes ``src/spinscope/analyzers/quotes/model/{model.onnx,tokenizer.json,labels.json}`` and checks
that the int8 model agrees with torch on a sample text.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import torch

from spinscope.analyzers.quotes.tagger import LABELS, MODEL_DIR, SpanTagger

from .train_tagger import MINILM

SAMPLE = ('"We will not raise taxes," Finance Minister Anna Kovacs said on Monday, adding that '
          "the opposition had misled voters about the deficit.")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("checkpoint", type=Path)
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForTokenClassification

    model = AutoModelForTokenClassification.from_pretrained(str(args.checkpoint), attn_implementation="eager")
    model.eval()
    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        torch.onnx.export(
            model, (ids, mask), str(fp32), input_names=["input_ids", "attention_mask"],
            output_names=["logits"], dynamic_axes={"input_ids": {0: "b", 1: "n"}, "attention_mask": {0: "b", 1: "n"},
                                                   "logits": {0: "b", 1: "n"}},
            opset_version=17, dynamo=False,
        )
        quantize_dynamic(str(fp32), str(args.out / "model.onnx"), weight_type=QuantType.QInt8)
        from training.pair_bound import bound_file

        bound_file(args.out / "model.onnx")  # the same integers on AVX2-only CPUs (docs/determinism.md)
    shutil.copy(MINILM / "tokenizer.json", args.out / "tokenizer.json")
    (args.out / "labels.json").write_text(json.dumps(list(LABELS)) + "\n")
    tagger = SpanTagger(args.out)
    from spinscope.analyzers.quotes.tagger import encode

    pieces, _ = encode(tagger.tokenizer_, SAMPLE)
    onnx_labels = tagger.logits(pieces).argmax(-1)
    full = torch.tensor([[tagger.cls_id_, *pieces.tolist(), tagger.sep_id_]])
    with torch.no_grad():
        torch_labels = model(input_ids=full, attention_mask=torch.ones_like(full)).logits[0, 1:-1].argmax(-1).numpy()
    agree = float(np.mean(onnx_labels == torch_labels))
    size = (args.out / "model.onnx").stat().st_size / 1e6
    print(json.dumps({"agreement_int8_vs_torch": agree, "model_mb": round(size, 1),
                      "spans": [(t.kind, SAMPLE[t.start:t.end]) for t in tagger.tag(SAMPLE)]}, indent=1))


if __name__ == "__main__":
    main()
