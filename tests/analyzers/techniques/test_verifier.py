"""The span verifier (issue 22 item 5): the score the views' minimum reads is the estimated chance that
a span marks a persuasion technique; the technique's own score goes in the reason. Invented texts."""

from __future__ import annotations

import json

import numpy as np
import pytest

from spinscope.analyzers.techniques.calibration import SPAN_FEATURES, SpanSignals, Verifier
from spinscope.analyzers.techniques.tagger import MODEL_DIR, SpanPrediction, load_tagger
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.settings import default

TEXT = (
    "The treacherous regime and its puppets are destroying our great nation! Patriots must rise and defend "
    "our glorious homeland against these traitors. The so-called experts lie again and again, and the "
    "corrupt elites laugh at the honest, hard-working people of this country."
)


def test_verifier_round_trips_and_refuses_other_features():
    v = Verifier([0.5, 0.25], {"Doubt": -1.0}, -0.5)
    again = Verifier.from_dict(json.loads(json.dumps(v.to_dict())))
    signals = SpanSignals(any_max=0.9, channel_max=0.4)
    assert again("Doubt", signals) == v("Doubt", signals)
    assert again("Slogans", signals) == v("Slogans", signals)  # a technique without its own intercept
    with pytest.raises(ValueError, match="features"):
        Verifier.from_dict({**v.to_dict(), "features": ["logit_score"]})


def test_fitted_verifier_follows_the_any_channel_and_the_technique():
    pytest.importorskip("sklearn")
    from training.techniques.verify import Row, fit_verifier

    rng = np.random.default_rng(5)
    rows = []
    for k in range(800):
        peak = float(rng.uniform(0.3, 0.99))
        tech = "Flag-Waving" if k % 2 else "Doubt"
        p = SpanPrediction(0, 5, tech, 0.5, signals=SpanSignals(any_max=peak, channel_max=0.5))
        # Flag-Waving spans mark a technique more often than Doubt spans with the same peak.
        right = int(rng.random() < peak * (0.9 if tech == "Flag-Waving" else 0.5))
        rows.append(Row(k // 20, p, right, right, 1.0))
    v = fit_verifier(rows, ["Doubt", "Flag-Waving"])
    high, low = SpanSignals(0.95, 0.5), SpanSignals(0.4, 0.5)
    assert v("Doubt", high) > v("Doubt", low)
    assert v("Flag-Waving", high) > v("Doubt", high)
    assert v.to_dict()["features"] == list(SPAN_FEATURES)


@pytest.fixture(scope="module")
def decoded():
    model = load_tagger()
    out = model.token_outputs([TEXT], hidden=model.needs_hidden)[0]
    return model, model.spans(TEXT, out)


def test_score_is_the_verifiers_and_the_label_score_the_calibrators(decoded):
    model, preds = decoded
    assert model.verifier is not None and model.calibrator is not None and preds
    for p in preds:
        assert p.score == model.verifier(p.technique, p.signals)
        assert p.label_score == model.calibrator(p.technique, p.raw, p.head_prob, p.from_channel)
        assert 0.0 <= p.signals.any_max <= 1.0 and 0.0 <= p.signals.channel_max <= 1.0


def test_a_propagandistic_text_shows_spans_at_the_default_and_says_the_techniques_own_score():
    doc = Pipeline(["techniques"])(Document(id="p", text=TEXT))
    shown = [t for t in doc.techniques if t.score >= default("min_score")["techniques"]]
    assert shown, [(doc.snippet(t), t.score) for t in doc.techniques]
    for t in doc.techniques:
        assert "Definition:" in t.reason and " Technique score 0." in t.reason


def test_default_minimum_is_the_one_measured():
    """The settings' default is the minimum whose held-out figures verification.json holds."""
    m = json.loads((MODEL_DIR / "verification.json").read_text())
    assert default("min_score")["techniques"] == m["default_min_score"] == m["held_out"]["minimum"]
    assert m["verifier"] == json.loads((MODEL_DIR / "config.json").read_text())["verifier"]


def test_quality_table_counts_both_measures_and_recall():
    from training.quality.techniques import table
    from training.techniques.data import Article
    from training.techniques.verify import Row

    text = "They are traitors and liars, and the nation must rise."
    gold = [("Name_Calling,Labeling", 9, 17), ("Loaded_Language", 22, 27), ("Flag-Waving", 33, 54)]
    dev = [Article("a", text, gold)]
    spans = [  # (start, end, technique, right technique, right any, share of characters on gold)
        (9, 17, "Name_Calling,Labeling", 1, 1, 1.0),
        (18, 27, "Name_Calling,Labeling", 0, 1, 5 / 9),
        (0, 4, "Doubt", 0, 0, 0.0),
    ]
    rows = [Row(0, SpanPrediction(s, e, t, 0.5), rt, ra, g) for s, e, t, rt, ra, g in spans]
    out = {r["min_score"]: r for r in table(dev, rows, np.array([0.9, 0.6, 0.3]))}
    at = out[0.5]
    assert (at["spans"], at["precision_any"], at["precision_technique"]) == (2, 1.0, 0.5)
    assert at["recall_any"] == round(2 / 3, 3) and at["recall_technique"] == round(1 / 3, 3)
    assert out[0.0]["spans"] == 3 and out[0.0]["precision_any"] == round(2 / 3, 3)
