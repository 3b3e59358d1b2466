"""The SemEval-2025 narratives' calibrated score and the layer's default minimum in views (issue 22)."""

from __future__ import annotations

import pytest

from spinscope.analyzers.narratives.semeval.analyzer import NarrativeReader
from spinscope.analyzers.narratives.semeval.calibration import Calibration
from spinscope.core.annotations import Narrative, Span
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.service import min_score

CLIMATE = (
    "The great climate swindle\n\n"
    "Activists who jet around the world tell farmers to give up their cattle while they scare children with "
    "tales of doom. The warming figures come from stations surrounded by new asphalt, so the trend is invented.\n\n"
    "Every new green tax lands on pensioners and small firms, and the wind farms stand still on the coldest days."
)
MOVEMENT = "CC: Criticism of climate movement"
ALARMIST = "CC: Criticism of climate movement: Climate movement is alarmist"


def test_the_map_is_platt_per_level_and_rises_with_the_raw_score() -> None:
    identity = Calibration({"coarse": (1.0, 0.0), "fine": (1.0, 0.0)})
    assert identity("coarse", 0.3) == 0.3 and identity("fine", 0.8) == 0.8
    shifted = Calibration({"coarse": (1.0, 0.5), "fine": (2.0, 0.0)})
    assert shifted("coarse", 0.5) == 0.6225  # sigmoid(0.5), to four places
    assert shifted("fine", 0.75) == 0.9  # odds 3 squared = 9: 9 / 10
    shipped = Calibration.load()
    for level in ("coarse", "fine"):
        scores = [shipped(level, r / 20) for r in range(21)]
        assert all(0.0 <= s <= 1.0 for s in scores) and scores == sorted(scores)


def test_a_narrative_keeps_at_least_its_best_subnarratives_score() -> None:
    cal = Calibration({"coarse": (1.0, -2.0), "fine": (1.0, 1.0)})
    stored = cal.stored([MOVEMENT], [ALARMIST], {MOVEMENT: 0.5, ALARMIST: 0.5})
    assert stored[ALARMIST] == cal("fine", 0.5) == 0.7311
    assert stored[MOVEMENT] == stored[ALARMIST] > cal("coarse", 0.5)


@pytest.fixture(scope="module")
def climate_doc() -> Document:
    return Pipeline(["narratives_semeval25"])(Document(id="c", text=CLIMATE))


def test_the_analyzer_stores_the_calibrated_score(climate_doc: Document) -> None:
    raw = NarrativeReader().predict(Document(id="c", text=CLIMATE))
    expected = Calibration.load().stored(raw.coarse, raw.fine, raw.scores)
    stored = {n.label: n.score for n in climate_doc.narratives}
    assert stored and stored == expected
    assert any(stored[lab] != round(raw.scores[lab], 4) for lab in stored)  # the raw score is not what is kept


def test_views_hide_narratives_under_the_default_minimum(climate_doc: Document) -> None:
    minimum = min_score.defaults()["narratives"]
    assert minimum > 0  # the classifier alone is right about a third of the time (docs/quality.md)
    doc = Document.from_dict(climate_doc.to_dict())
    doc.narratives.append(Narrative("veloria", "foreign-plot", "The protests are run from abroad", None, 0.99,
                                    [Span(0, 10)]))
    view = min_score.shown(doc, min_score.defaults())
    assert all(n.score >= minimum for n in view.narratives)
    assert any(n.taxonomy == "veloria" for n in view.narratives)  # one minimum for every source of the layer
    under = sum(n.score < minimum for n in doc.narratives)
    assert under > 0 and min_score.hidden_counts(doc, min_score.defaults())["narratives"] == under
    assert min_score.shown(doc, {"narratives": 0.0}).narratives == doc.narratives  # the analyst can show all
    assert len(doc.narratives) == len(climate_doc.narratives) + 1  # the document itself is left alone
