"""The shipped TC span classifier (spinscope.analyzers.techniques.span_classifier) on texts written for these tests."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from spinscope.analyzers.techniques.span_classifier import (
    TC_MODEL_DIR,
    SpanClassifier,
    assign_repeated,
    pieces,
    span_extras,
    span_row,
)
from spinscope.analyzers.techniques.taxonomy import PTC_TECHNIQUES
from spinscope.errors import SpanError
from spinscope.models.tokenizer import load_tokenizer

ROOT = Path(__file__).resolve().parents[3]
REF = json.loads((TC_MODEL_DIR / "reference.json").read_text())
TEXT = REF["text"]
SPANS = [tuple(s) for s in REF["spans"]]
TC_CONFIG = json.loads((TC_MODEL_DIR / "config.json").read_text())


@pytest.fixture(scope="module")
def clf() -> SpanClassifier:
    return SpanClassifier(batch_size=16)


@pytest.fixture(scope="module")
def single() -> SpanClassifier:
    return SpanClassifier()


def test_span_classifier_files_and_labels(clf: SpanClassifier) -> None:
    assert (TC_MODEL_DIR / "model.onnx").stat().st_size <= 30_000_000
    assert (TC_MODEL_DIR / "MODEL_CARD.md").exists()
    assert clf.techniques == list(PTC_TECHNIQUES)


def test_span_classifier_predict_shapes(clf: SpanClassifier) -> None:
    out = clf.predict(TEXT, SPANS)
    assert len(out) == len(SPANS)
    for label, probs in out:
        assert probs.shape == (14,)
        assert abs(float(probs.sum()) - 1.0) < 1e-4
        assert label == PTC_TECHNIQUES[int(np.argmax(probs))]
    assert clf.predict(TEXT, []) == []


def test_span_classifier_parity_with_export_reference(single: SpanClassifier) -> None:
    # Same graph, one span per call: must match what was saved, on any CPU, up to float rounding
    # (the int8 products are exact everywhere, docs/determinism.md).
    got = single.logits(TEXT, SPANS)
    np.testing.assert_allclose(got, np.asarray(REF["onnx_single"]), rtol=0, atol=1e-4)


def test_span_classifier_int8_close_to_float32_reference(single: SpanClassifier) -> None:
    probs = np.stack([p for _, p in single.predict(TEXT, SPANS)])
    torch_probs = np.asarray(REF["torch_probs"])
    # int8 weights move probabilities a little; the chosen technique should mostly survive.
    assert np.abs(probs - torch_probs).max() < 0.25
    assert (probs.argmax(1) == torch_probs.argmax(1)).mean() >= 0.75


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch is a training-only dependency")
def test_span_classifier_parity_with_torch(single: SpanClassifier) -> None:
    pytest.importorskip("transformers")
    paths = [ROOT / TC_CONFIG[k] if TC_CONFIG.get(k) else None for k in ("checkpoint", "lr_head")]
    if not any(paths) or any(p is not None and not p.exists() for p in paths):
        pytest.skip("training outputs not present (training/runs is not shipped)")
    sys.path.insert(0, str(ROOT))  # training/ is not an installed package
    from training.techniques_tc.export import load_model, torch_probs

    # reference.json was written from these weights at export time; recompute it live.
    model = load_model(paths[0], paths[1], TC_CONFIG.get("mix") or 0.5)
    live = torch_probs(model, TEXT, SPANS[:3], single)
    np.testing.assert_allclose(live, np.asarray(REF["torch_probs"])[:3], atol=1e-4)


def test_span_classifier_default_gives_each_span_its_own_answer(single: SpanClassifier) -> None:
    together = np.stack([p for _, p in single.predict(TEXT, SPANS)])
    alone = np.stack([single.predict(TEXT, [s])[0][1] for s in SPANS])
    np.testing.assert_allclose(together, alone, atol=1e-6)
    rev = np.stack([p for _, p in single.predict(TEXT, SPANS[::-1])])[::-1]
    np.testing.assert_allclose(rev, together, atol=1e-6)


def test_span_classifier_batched_calls_stay_close(clf: SpanClassifier, single: SpanClassifier) -> None:
    batched = np.stack([p for _, p in clf.predict(TEXT, SPANS)])
    alone = np.stack([p for _, p in single.predict(TEXT, SPANS)])
    # Dynamic int8 takes one activation scale per call, so neighbours shift scores somewhat.
    assert np.abs(batched - alone).max() < 0.3
    assert (batched.argmax(1) == alone.argmax(1)).mean() >= 0.75
    # Each row still gets its own span's answer whatever the order of the spans in the call.
    rev = np.stack([p for _, p in clf.predict(TEXT, SPANS[::-1])])[::-1]
    assert (rev.argmax(1) == batched.argmax(1)).mean() >= 0.75


def test_span_row_offsets_at_article_start_and_end(clf: SpanClassifier) -> None:
    p = pieces(clf.tokenizer_, TEXT)
    row, lo, hi = span_row(p, 0, 7, clf.max_len, clf.max_span)
    assert row[0] == 101 and row[1] == 1 and row[lo - 1] == 1 and row[hi] == 2 and row[-1] == 102
    assert clf.tokenizer_.decode(row[lo:hi]) == "senator"
    row, lo, hi = span_row(p, len(TEXT) - 7, len(TEXT), clf.max_len, clf.max_span)
    assert row[hi] == 2 and row[hi + 1] == 102  # nothing follows the last span but [SEP]
    assert clf.tokenizer_.decode(row[lo:hi]) == "nation."
    assert len(row) <= clf.max_len


def test_span_row_long_span_keeps_head_and_tail(clf: SpanClassifier) -> None:
    p = pieces(clf.tokenizer_, TEXT)
    row, lo, hi = span_row(p, 0, len(TEXT), clf.max_len, clf.max_span)
    assert hi - lo == clf.max_span
    assert len(row) == clf.max_span + 4
    assert row[lo : lo + 3] == p.ids[:3].tolist()
    assert row[hi - 3 : hi] == p.ids[-3:].tolist()


def test_span_row_context_fills_when_one_side_is_short() -> None:
    tok = load_tokenizer(TC_MODEL_DIR / "tokenizer.json")
    text = "Go " + "word " * 100
    p = pieces(tok, text)
    row, lo, hi = span_row(p, 0, 2, 40, 10)
    assert len(row) == 40 and lo == 2 and hi == 3  # all the room goes to the right context


def test_span_classifier_rejects_out_of_bounds(clf: SpanClassifier) -> None:
    with pytest.raises(SpanError, match="outside the text"):
        clf.predict("short", [(0, 99)])


def test_span_classifier_whitespace_span_still_answers(clf: SpanClassifier) -> None:
    text = "Lies.   More lies."
    [(label, probs)] = clf.predict(text, [(5, 8)])
    assert label in PTC_TECHNIQUES and np.isfinite(probs).all()


def test_span_extras_sees_article_level_repetition() -> None:
    text = "Build the wall. They mocked us. Build the wall!"
    once = span_extras("Build the wall. They mocked us.", 0, 14)
    twice = span_extras(text, 0, 14)
    assert once[1] == 0.0 and once[2] == 0.0
    assert twice[1] > 0.0 and twice[2] == 1.0
    assert span_extras(text, 32, 46)[6] == 1.0  # the '!' right after the span


def test_assign_repeated_gives_distinct_labels_to_a_listed_twice_span() -> None:
    p = np.array([0.1, 0.6, 0.3])
    keys = [("a", 0, 5), ("a", 0, 5), ("a", 6, 9)]
    assert assign_repeated([p, p, p], keys, ["x", "y", "z"]) == ["y", "z", "y"]
