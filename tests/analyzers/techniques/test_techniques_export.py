"""ONNX export parity with the torch model, on a tiny randomly initialised encoder (needs torch)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("onnx")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # training/ is not an installed package

from training.techniques.export import export_onnx, quantize, torch_onnx_max_diff  # noqa: E402
from training.techniques.model import SpanTagger  # noqa: E402


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    torch.manual_seed(0)
    cfg = transformers.BertConfig(
        vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64
    )
    model = SpanTagger(None, config=cfg).eval()
    path = tmp_path_factory.mktemp("onnx") / "tiny.onnx"
    export_onnx(model, path)
    return model, path


def _inputs():
    rng = np.random.default_rng(1)
    ids = rng.integers(1000, 29000, (3, 40)).astype(np.int64)
    mask = np.ones_like(ids)
    mask[2, 25:] = 0  # padding must not change the real tokens' outputs
    return ids, mask


def test_onnx_matches_torch(tiny):
    model, path = tiny
    assert torch_onnx_max_diff(model, path, *_inputs()) < 1e-4


def test_onnx_has_dynamic_batch_and_sequence(tiny):
    import onnxruntime as ort

    _, path = tiny
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    for b, t in [(1, 5), (4, 77)]:
        ids = np.full((b, t), 2000, np.int64)
        logits, hidden = sess.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
        assert logits.shape == (b, t, 15) and hidden.shape == (b, t, 32)


def test_int8_stays_close_to_torch(tiny, tmp_path):
    model, path = tiny
    q = tmp_path / "tiny.int8.onnx"
    quantize(path, q)
    assert q.stat().st_size < path.stat().st_size
    assert torch_onnx_max_diff(model, q, *_inputs()) < 0.5
