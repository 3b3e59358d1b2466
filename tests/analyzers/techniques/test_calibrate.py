"""training/techniques/calibrate.py: ECE and reliability, the fitted map, the model-card section."""

from __future__ import annotations

import json

import numpy as np
import pytest

from spinscope.analyzers.techniques.calibration import Calibrator
from spinscope.analyzers.techniques.tagger import MODEL_DIR, SpanPrediction
from training.techniques.calibrate import (
    CARD_END,
    CARD_START,
    card_section,
    fit_calibrator,
    reliability,
    write_card,
)


def test_reliability_of_a_perfect_and_an_overconfident_score():
    right = np.array([1, 0, 1, 0, 1, 0, 1, 0, 1, 0])
    ece, table = reliability(np.full(10, 0.5), right)
    assert ece == pytest.approx(0.0) and table == [{"bin": "0.5-0.6", "n": 10, "score": 0.5, "right": 0.5}]
    ece, table = reliability(np.full(10, 0.95), right)
    assert ece == pytest.approx(0.45) and table[0]["bin"] == "0.9-1.0"


def test_fitted_calibrator_follows_how_often_spans_are_right():
    pytest.importorskip("sklearn")
    rng = np.random.default_rng(3)
    rows = []
    for k in range(600):
        raw = float(rng.uniform(0.5, 0.99))
        tech = "Doubt" if k % 2 else "Loaded_Language"
        # Loaded_Language spans are right twice as often as Doubt spans at the same raw score.
        p_right = (raw - 0.4) * (0.6 if tech == "Loaded_Language" else 0.3)
        rows.append((k, SpanPrediction(0, 1, tech, raw, raw, 0.5, False), int(rng.random() < p_right)))
    cal = fit_calibrator(rows, ["Doubt", "Loaded_Language"])
    assert cal("Loaded_Language", 0.9, 0.5, False) > cal("Doubt", 0.9, 0.5, False)
    assert cal("Doubt", 0.95, 0.5, False) > cal("Doubt", 0.55, 0.5, False)
    assert Calibrator.from_dict(json.loads(json.dumps(cal.to_dict()))).coef == pytest.approx(cal.coef, abs=1e-5)


def test_card_section_is_rewritten_in_place(tmp_path):
    m = json.loads((MODEL_DIR / "calibration.json").read_text())
    section = card_section(m)
    assert section.startswith(CARD_START) and section.endswith(CARD_END)
    assert f"**{m['ece_before']:.3f}**" in section and f"**{m['ece_after']:.3f}**" in section
    card = tmp_path / "MODEL_CARD.md"
    card.write_text("# Card\n\n## Metrics\nx\n\n## Speed\ny\n")
    write_card(card, section)
    write_card(card, section)  # idempotent: replaced, not appended twice
    text = card.read_text()
    assert text.count(CARD_START) == 1 and text.index(CARD_START) < text.index("## Speed")
