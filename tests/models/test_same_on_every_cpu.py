"""The bundled int8 models give the same numbers on every CPU (docs/determinism.md).

ONNX Runtime multiplies uint8 activations by int8 weights. With VNNI the products are summed in 32
bits; on AVX2-only CPUs each pair of products is first added into a saturating 16-bit lane. The
models are shipped with every pair of weights along K bounded (|w0| + |w1| <= 128), so that lane
cannot overflow and both kernels compute the same integers. The float kernels around them must give
the same bits too (a last-bit difference before a dynamically quantised product can round an
activation the other way and grow from layer to layer), so no shipped graph uses ONNX Runtime's
Softmax kernel, the one float kernel of these graphs whose bits depend on the instruction set.
These tests check both on every shipped graph (a CPU with VNNI cannot show the difference itself;
``scripts/test-other-cpu.sh`` runs the model tests under an emulated AVX2 CPU), and the arithmetic
they rest on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from spinscope.core.pipeline import Pipeline
from spinscope.models.onnx import CPU_DEPENDENT_FUSIONS, make_session, session_threads

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # training/ is not an installed package
onnx = pytest.importorskip("onnx")  # in the test and train extras
from training.pair_bound import (  # noqa: E402
    BOUND,
    bound_weights,
    cpu_dependent_nodes,
    decompose_softmax,
    pair_sums,
    unsafe_weights,
)

MODELS = sorted((ROOT / "src" / "spinscope").rglob("*.onnx"))


def avx2_u8s8(a: np.ndarray, w: np.ndarray) -> np.ndarray:
    """What ``vpmaddubsw`` + ``vpmaddwd`` compute: pairs along K saturated to int16, then summed."""
    k = a.shape[1] - a.shape[1] % 2
    pairs = a[:, 0:k:2, None].astype(np.int64) * w[None, 0:k:2] + a[:, 1:k:2, None].astype(np.int64) * w[None, 1:k:2]
    return np.clip(pairs, -32768, 32767).sum(axis=1)


def test_every_bundled_model_is_found():
    names = {p.relative_to(ROOT / "src" / "spinscope").as_posix() for p in MODELS}
    assert {"models/encoder/model.onnx", "analyzers/quotes/model/model.onnx", "analyzers/claims/model/model.onnx",
            "analyzers/techniques/model/model.int8.onnx", "analyzers/techniques/tc_model/model.onnx"} <= names


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.parent.name + "/" + p.name)
def test_no_int8_weight_pair_can_saturate_an_avx2_lane(path):
    model = onnx.load(str(path))
    assert unsafe_weights(model) == [], f"{path}: run python -m training.pair_bound {path}"


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.parent.name + "/" + p.name)
def test_no_bundled_model_uses_a_float_kernel_whose_bits_depend_on_the_cpu(path):
    model = onnx.load(str(path))
    assert cpu_dependent_nodes(model) == [], f"{path}: run python -m training.pair_bound {path}"


def test_the_decomposed_softmax_is_a_softmax(tmp_path):
    from onnx import TensorProto, helper

    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3, 5, 7])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3, 5, 7])
    graph = helper.make_graph([helper.make_node("Softmax", ["x"], ["y"], axis=-1)], "softmax", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    assert decompose_softmax(model) == 1 and cpu_dependent_nodes(model) == []
    onnx.checker.check_model(model)
    onnx.save(model, str(tmp_path / "m.onnx"))
    rng = np.random.default_rng(2)
    feed = (rng.standard_normal((2, 3, 5, 7)) * 20).astype(np.float32)
    feed[0, 0, 0, 3:] = np.finfo(np.float32).min  # a masked position, as attention masks write it
    got = make_session(tmp_path / "m.onnx").run(["y"], {"x": feed})[0]
    z = np.exp(feed.astype(np.float64) - feed.max(-1, keepdims=True))
    np.testing.assert_allclose(got, z / z.sum(-1, keepdims=True), rtol=0, atol=1e-6)


def test_the_emulated_avx2_kernel_saturates_unbounded_weights_and_not_bounded_ones():
    rng = np.random.default_rng(0)
    a = rng.integers(200, 256, size=(4, 64), dtype=np.int64)  # large activations: the worst case
    w = rng.integers(-127, 128, size=(64, 8)).astype(np.int8)
    exact = a @ w.astype(np.int64)
    assert not np.array_equal(avx2_u8s8(a, w), exact)  # the old weights: other integers on AVX2
    bounded, ratio = bound_weights(w)
    assert pair_sums(bounded).max() <= BOUND and np.all((ratio >= 0.5) & (ratio <= 1))
    assert np.array_equal(avx2_u8s8(a, bounded), a @ bounded.astype(np.int64))


def test_bounding_keeps_weights_that_already_fit_and_changes_the_others_little():
    rng = np.random.default_rng(1)
    small = rng.integers(-60, 61, size=(32, 6)).astype(np.int8)
    same, ratio = bound_weights(small)
    assert np.array_equal(same, small) and np.all(ratio == 1)
    w = np.clip(rng.normal(0, 30, size=(384, 64)), -127, 127).round().astype(np.int8)
    new, ratio = bound_weights(w)
    back = new / ratio  # what the rescaled column stands for, in the old units
    rel = np.linalg.norm(back - w, axis=0) / np.linalg.norm(w.astype(float), axis=0)
    assert rel.max() < 0.05, rel.max()


def test_sessions_leave_out_the_cpu_dependent_fusions_and_take_threads_from_the_caller(monkeypatch):
    assert {"SkipLayerNormFusion", "MatMulScaleFusion"} <= set(CPU_DEPENDENT_FUSIONS)
    monkeypatch.delenv("SPINSCOPE_ONNX_THREADS", raising=False)
    assert session_threads(3) == 3 and session_threads(0) == 1
    monkeypatch.setenv("SPINSCOPE_ONNX_THREADS", "2")
    assert session_threads(3) == 2 and session_threads(1) == 1
    assert make_session(ROOT / "src/spinscope/analyzers/quotes/model/model.onnx", threads=2) is not None


def test_a_threaded_pipeline_passes_one_thread_to_its_analyzers_and_changes_nothing_else():
    threaded = Pipeline(["techniques", "parse", "entities", "quotes"], threaded=True)
    sequential = Pipeline(["techniques", "parse", "entities", "quotes"], threaded=False)
    explicit = Pipeline(["techniques"], config={"techniques": {"threads": 3}}, threaded=True)
    by_name = {a.name: a.get_config() for a in threaded.analyzers}
    assert by_name["techniques"]["threads"] == 1 and by_name["quotes"]["threads"] == 1
    assert {a.name: a.get_config().get("threads") for a in sequential.analyzers}["techniques"] == 2
    assert explicit.analyzers[0].get_config()["threads"] == 3
    # Threads change the speed, never an output: stored documents stay current across the two.
    assert threaded.version == sequential.version
    # A second pipeline built after a threaded one still gets its own default (no process-wide cap).
    assert Pipeline(["techniques"], threaded=False).analyzers[0].get_config()["threads"] == 2
