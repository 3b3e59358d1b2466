"""Each bundled ONNX model gives its stored outputs on a fixed input, on any CPU, to 1e-4.

The outputs were written on a CPU with AVX512-VNNI (``python tests/models/test_reference_outputs.py``,
only when a model is meant to change); ``scripts/test-other-cpu.sh`` runs this file as an AVX2-only
CPU, where the old (unbounded) int8 weights moved the technique logits by 1.65 and the encoder by 0.07.
The kernels then differ only in float rounding: 1e-6 measured, 1e-4 allowed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from spinscope.models.onnx import make_session
from spinscope.models.tokenizer import load_tokenizer

PKG = Path(__file__).resolve().parents[2] / "src" / "spinscope"
STORED = Path(__file__).resolve().parent / "reference_outputs.npz"
MODELS = {
    "encoder": PKG / "models/encoder/model.onnx",
    "quotes": PKG / "analyzers/quotes/model/model.onnx",
    "claims": PKG / "analyzers/claims/model/model.onnx",
    "techniques": PKG / "analyzers/techniques/model/model.int8.onnx",
    "tc": PKG / "analyzers/techniques/tc_model/model.onnx",
}
TEXT = (
    "The ministry said the West runs a smear campaign against the legitimate government, and that 12,000 "
    "refugees had already returned home in May. \"These crooks will never break our proud nation,\" the "
    "minister told a cheering crowd, adding that everyone already knows the sanctions are a disaster."
)
TOLERANCE = 1e-4


def feeds(session, ids: list[int]) -> dict[str, np.ndarray]:
    """Fixed inputs for any of the five graphs: one row, all of it attended, a span over pieces 3-8."""
    n = len(ids)
    out = {}
    for i in session.get_inputs():
        if i.name == "input_ids":
            out[i.name] = np.array([ids], np.int64)
        elif i.name in ("attention_mask", "token_type_ids"):
            out[i.name] = np.full((1, n), int(i.name == "attention_mask"), np.int64)
        elif i.name == "span_mask":
            mask = np.zeros((1, n), np.float32 if "float" in i.type else np.int64)
            mask[0, 3:9] = 1
            out[i.name] = mask
        elif i.name == "extras":
            out[i.name] = np.full([d if isinstance(d, int) else 1 for d in i.shape], 0.5, np.float32)
        else:
            raise AssertionError(f"unknown input {i.name}")
    return out


def outputs(name: str) -> dict[str, np.ndarray]:
    ids = load_tokenizer(PKG / "models/encoder/tokenizer.json").encode(TEXT).ids[:64]
    session = make_session(MODELS[name])
    results = session.run(None, feeds(session, ids))
    return {f"{name}:{o.name}": r for o, r in zip(session.get_outputs(), results, strict=True)}


@pytest.mark.parametrize("name", list(MODELS))
def test_outputs_match_the_stored_reference(name):
    stored = np.load(STORED)
    for key, got in outputs(name).items():
        np.testing.assert_allclose(got, stored[key], rtol=0, atol=TOLERANCE, err_msg=key)


if __name__ == "__main__":  # write the reference (after a model changed on purpose)
    np.savez_compressed(STORED, **{k: v for name in MODELS for k, v in outputs(name).items()})
    print(f"wrote {STORED}", file=sys.stderr)
