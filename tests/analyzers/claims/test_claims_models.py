"""The bundled ONNX models: sentence encoder and check-worthiness classifier (runtime code only)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from spinscope.analyzers.claims.scorer import MODEL_DIR, CheckWorthiness
from spinscope.errors import ConfigError
from spinscope.models.encoder import ENCODER_DIR, Encoder, shared_encoder

SENTENCES = [
    "Army troops shelled the village of Dorna on Monday night.",
    "The village of Dorna was hit by artillery fire from the army on Monday.",
    "Inflation fell to 3 percent in April, the lowest level in five years.",
    "Thank you all for coming tonight.",
]


def test_encoder_vectors_are_unit_length_and_paraphrases_are_closest():
    vecs = shared_encoder().encode(SENTENCES)
    assert vecs.shape == (4, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    sims = vecs @ vecs.T
    assert sims[0, 1] > 0.6
    assert sims[0, 1] > sims[0, 2] + 0.3


def test_encoder_and_scorer_do_not_depend_on_the_other_texts():
    enc = shared_encoder()
    alone = np.stack([enc.encode([s])[0] for s in SENTENCES])
    assert np.array_equal(alone, enc.encode(SENTENCES))
    scorer = CheckWorthiness()
    assert np.array_equal(np.concatenate([scorer.score([s]) for s in SENTENCES]), scorer.score(SENTENCES))


def test_scorer_batches_and_each_score_is_exactly_the_one_it_gets_alone():
    """The shipped graph has fixed activation scales: texts are scored 16 to a call, padded to the
    longest of the call, and no score may change with the call's other texts, their order or padding."""
    scorer = CheckWorthiness()
    assert scorer.batch_size > 1
    long = "The ministry said " + ", ".join(f"{n} more soldiers were moved to Dorna" for n in range(2, 30)) + "."
    texts = [*SENTENCES, long, "Yes.", "", *(f"Prices in Veloria rose by {n} percent in {2000 + n}." for n in range(20))]
    alone = np.concatenate([scorer.score([t]) for t in texts])
    rng = np.random.default_rng(3)
    for _ in range(3):
        order = rng.permutation(len(texts))
        assert np.array_equal(scorer.score([texts[i] for i in order]), alone[order])
    assert np.array_equal(scorer.score(texts[:2] + [long]), alone[[0, 1, 4]])  # a 64-piece neighbour pads them


def test_encoder_empty_input():
    assert shared_encoder().encode([]).shape == (0, 384)


def test_scorer_ranks_a_factual_claim_above_small_talk():
    scorer = CheckWorthiness()
    scores = scorer.score(SENTENCES)
    assert scores.shape == (4,)
    assert ((scores >= 0) & (scores <= 1)).all()
    assert scores[2] > scorer.threshold > scores[3]
    assert 0.0 < scorer.threshold < 1.0
    assert CheckWorthiness().score([]).shape == (0,)


@pytest.mark.parametrize("folder", [MODEL_DIR, ENCODER_DIR])
def test_shipped_model_files_are_small_and_documented(folder):
    for onnx in folder.glob("*.onnx"):
        assert onnx.stat().st_size <= 30 * 1024 * 1024, onnx
    assert (folder / "MODEL_CARD.md").is_file()
    assert json.loads((folder / "config.json").read_text())


def test_missing_model_files_raise_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="config"):
        CheckWorthiness(tmp_path)
    (tmp_path / "config.json").write_text(json.dumps({"model": "model.onnx", "dim": 384, "max_len": 16}))
    with pytest.raises(ConfigError, match="tokenizer"):
        Encoder(tmp_path)
