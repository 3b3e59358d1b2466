"""The shared model plumbing: one cache, one session factory, one tokenizer loader, one softmax."""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.analyzers.quotes.tagger import MODEL_DIR as QUOTES_MODEL
from spinscope.models.cache import loaded_models, shared_model
from spinscope.models.files import MissingModelError
from spinscope.models.maths import sigmoid, softmax
from spinscope.models.onnx import make_session
from spinscope.models.tokenizer import load_tokenizer


def test_a_shared_model_loads_once_per_arguments():
    calls = []

    @shared_model
    def load(size: int = 1) -> list[int]:
        calls.append(size)
        return [size]

    assert load(2) is load(2)
    assert load(3) == [3]
    assert calls == [2, 3]
    assert any("load(2,)" in name for name in loaded_models())


def test_missing_files_are_named_with_how_to_get_them(tmp_path):
    with pytest.raises(MissingModelError, match=r"quotes: model file\(s\) missing: .*model\.onnx.*reinstall"):
        make_session(tmp_path / "model.onnx", owner="quotes")
    with pytest.raises(MissingModelError, match="tokenizer.json"):
        load_tokenizer(tmp_path / "tokenizer.json")


def test_the_tokenizer_windows_itself_or_truncates_and_pads():
    text = " ".join(["word"] * 300)
    free = load_tokenizer(QUOTES_MODEL / "tokenizer.json")
    assert len(free.encode(text, add_special_tokens=False).ids) == 300  # no truncation, no padding
    capped = load_tokenizer(QUOTES_MODEL / "tokenizer.json", max_len=16)
    rows = capped.encode_batch(["one two", "one two three four"])
    assert [len(r.ids) for r in rows] == [6, 6] and rows[0].attention_mask[-1] == 0


def test_session_threads_and_provider():
    session = make_session(QUOTES_MODEL / "model.onnx", threads=1)
    assert session.get_providers() == ["CPUExecutionProvider"]


def test_softmax_is_stable_and_sums_to_one():
    x = np.array([[1000.0, 1000.0], [0.0, np.log(3.0)]])
    np.testing.assert_allclose(softmax(x), [[0.5, 0.5], [0.25, 0.75]])
    np.testing.assert_allclose(sigmoid(np.array([0.0])), [0.5])
