"""Make the shipped int8 models CPU-independent in place (training/pair_bound.py: bounded weight pairs,
Softmax in plain ops) and rewrite their stored references.

The one command behind the December 2026 re-quantisation and the Softmax rewrite of session 6
(docs/determinism.md); a no-op for graphs that are already converted, so it can be run again to
refresh the references after a model change:

    python -m training.rebound_shipped
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

from training.pair_bound import bound_file

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "spinscope"
MODELS = [
    PKG / "models/encoder/model.onnx",
    PKG / "analyzers/quotes/model/model.onnx",
    PKG / "analyzers/claims/model/model.onnx",
    PKG / "analyzers/techniques/model/model.int8.onnx",
    PKG / "analyzers/techniques/tc_model/model.onnx",
]


def refresh_references() -> None:
    from spinscope.analyzers.techniques.span_classifier import TC_MODEL_DIR, SpanClassifier
    from spinscope.analyzers.techniques.tagger import MODEL_DIR, TechniqueTagger

    # The technique tagger's reference (the format of training/techniques/ship.py).
    path = MODEL_DIR / "reference.json"
    ref = json.loads(path.read_text())
    out = TechniqueTagger(MODEL_DIR, variant="int8").token_outputs([ref["text"]])[0]
    assert out.enc.ids.tolist() == ref["ids"]
    path.write_text(json.dumps({**ref, "probs": out.probs.round(5).tolist()}))
    # The span classifier's int8 logits (training/techniques_tc/export.py); its fp32 torch_probs stay.
    path = TC_MODEL_DIR / "reference.json"
    ref = json.loads(path.read_text())
    logits = SpanClassifier(TC_MODEL_DIR, batch_size=1).logits(ref["text"], [tuple(s) for s in ref["spans"]])
    path.write_text(json.dumps({**ref, "onnx_single": [p.tolist() for p in logits]}) + "\n")
    # Every graph's raw outputs on one fixed input (tests/models/test_reference_outputs.py).
    runpy.run_path(str(ROOT / "tests/models/test_reference_outputs.py"), run_name="__main__")


def main() -> None:
    for path in MODELS:
        bound_file(path)
        print(f"bounded, Softmax decomposed: {path.relative_to(ROOT)}")
    refresh_references()


if __name__ == "__main__":
    main()
