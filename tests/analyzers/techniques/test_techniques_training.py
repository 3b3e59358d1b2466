"""Training helpers for the technique tagger: windows with soft targets, pseudo labels, card commands."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # training/ is not an installed package

from spinscope.analyzers.techniques.tagger import MODEL_DIR  # noqa: E402
from spinscope.analyzers.techniques.windows import encode, window_starts  # noqa: E402
from spinscope.models.tokenizer import load_tokenizer  # noqa: E402
from training.techniques.card import pseudo_prefixes, train_command  # noqa: E402
from training.techniques.data import CHANNELS, Article  # noqa: E402
from training.techniques.pseudo import load_pseudo, save_pseudo  # noqa: E402
from training.techniques.train import build_windows  # noqa: E402

# Invented text, long enough for several short windows.
TEXT = " ".join(f"The {w} council betrayed the brave people of Norland again." for w in ("red", "blue", "green", "grey"))


@pytest.fixture(scope="module")
def tok():
    return load_tokenizer(MODEL_DIR / "tokenizer.json")


def test_gold_windows_cover_the_text_and_carry_span_targets(tok):
    start = TEXT.index("betrayed")
    art = Article("1", TEXT, [("Loaded_Language", start, start + len("betrayed"))])
    rows = build_windows([art], tok, stride=8, window=8)
    n = len(encode(tok, [TEXT])[0].ids)
    starts = window_starts(n, 8, 8)
    assert len(rows) == len(starts) and starts[-1] + len(rows[-1][1]) == n  # the last window ends the text
    assert all(len(ids) == len(y) + 2 and w == 1.0 for ids, y, w in rows)  # [CLS] + pieces + [SEP]
    y = np.concatenate([y for _, y, _ in rows])
    assert y[:, 0].sum() >= 1 and y[:, CHANNELS.index("Loaded_Language")].sum() == y[:, 0].sum()


def test_soft_targets_are_windowed_like_gold_and_keep_their_weight(tok):
    n = len(encode(tok, [TEXT])[0].ids)
    soft = np.linspace(0, 1, n * len(CHANNELS), dtype=np.float32).reshape(n, len(CHANNELS))
    rows = build_windows([Article("u", TEXT)], tok, stride=10, window=10, soft=[soft], weight=0.5)
    starts = window_starts(n, 10, 10)  # the last window ends at the text's end, overlapping its neighbour
    assert len(rows) == len(starts) > 1
    for (_, y, _), s in zip(rows, starts, strict=True):
        np.testing.assert_array_equal(y, soft[s : s + 10])
    assert {w for _, _, w in rows} == {0.5}
    with pytest.raises(ValueError, match="soft targets for"):
        build_windows([Article("u", TEXT)], tok, stride=10, window=10, soft=[soft[:-1]])


def test_pseudo_labels_round_trip_with_their_provenance(tmp_path, tok):
    arts = [Article("news__a", TEXT), Article("news__b", "Short text.\r\nSecond line.")]
    probs = [np.random.default_rng(k).random((len(e.ids), len(CHANNELS)), dtype=np.float32) for k, e in enumerate(encode(tok, [a.text for a in arts]))]
    prefix = tmp_path / "pseudo" / "set1"
    save_pseudo(prefix, arts, probs, {"teachers": ["a.pt:62:46"], "texts": ["news"]})
    back, got = load_pseudo(prefix)
    assert [(a.id, a.text) for a in back] == [(a.id, a.text) for a in arts]  # \r kept: offsets stay valid
    for p, q in zip(probs, got, strict=True):
        np.testing.assert_allclose(p, q, atol=1e-3)  # stored as float16
    assert '"n_texts": 2' in prefix.with_suffix(".json").read_text()


def test_card_rebuilds_the_training_command_from_saved_args():
    saved = {"epochs": "6", "batch": "32", "lr": "0.0001", "freeze_layers": "0", "window": "62", "stride": "62",
             "pseudo": "[PosixPath('training/runs/pseudo/se25')]"}
    assert pseudo_prefixes(saved) == ["training/runs/pseudo/se25"]
    cmd = train_command("training/runs/w62kd", saved)
    assert "--window 62 --stride 62" in cmd and cmd.endswith("--pseudo training/runs/pseudo/se25")
    assert "--pseudo" not in train_command("r", {**saved, "pseudo": "[]"})
