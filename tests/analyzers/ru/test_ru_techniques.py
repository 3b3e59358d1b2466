"""Russian paragraph techniques: nothing on neutral news, something on loaded propaganda, paragraph spans."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from spinscope.analyzers.ru.techniques import paragraph_scores, paragraphs
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.service.min_score import defaults, effective, shown
from spinscope.settings import default

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ru"
LOADED = ("Западные кураторы преступного киевского режима снова развязали истерику и циничную ложь, "
          "пытаясь обмануть весь мир. Эти лицемеры, продавшие совесть, никогда не признают правду!")
# Invented, denser in loaded words: its Loaded_Language score passes the views' default minimum (0.75),
# which LOADED's does not (0.728). Few paragraphs get there: on our Russian test fold none does.
VERY_LOADED = ("Безумные русофобы из Брюсселя, ослеплённые злобой, опять поливают грязью нашу страну, "
               "распространяя омерзительные фейки и гнусную клевету.")


def neutral_texts() -> list[str]:
    rows = []
    for name in ("invented.jsonl", "invented_holdout.jsonl"):
        rows += [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()]
    return [r["text"] for r in rows if r["kind"] == "neutral"]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["ru_techniques"], threaded=False)


@pytest.mark.slow
def test_no_technique_shown_on_neutral_news(pipe: Pipeline) -> None:
    """Heads keep low-probability hits in the store (views filter, as for English); none reaches the
    default minimum score the views apply, and at most one low one is stored over 15 neutral texts."""
    texts = neutral_texts()
    assert len(texts) >= 15
    docs = pipe.pipe([Document(id=f"n{i}", text=t, lang="ru") for i, t in enumerate(texts)])
    shown_from = default("min_score")["techniques"]
    assert [t for d in docs for t in d.techniques if t.score >= shown_from] == []
    assert sum(len(d.techniques) for d in docs) <= 1


@pytest.mark.slow
def test_loaded_paragraph_gets_paragraph_level_techniques(pipe: Pipeline) -> None:
    """Each loaded paragraph gets Loaded_Language over the whole paragraph, stored with its score; the
    view at the default minimum keeps exactly what reaches it (the very loaded paragraph's) and hides the
    rest, and an analyst who lowers the minimum sees the other one too."""
    text = ("Заголовок: снова ложь\n\n" + LOADED + "\n" + VERY_LOADED
            + "\nВ Казани открылся новый парк площадью двенадцать гектаров.")
    doc = pipe(Document(id="l", text=text, lang="ru"))
    spans = paragraphs(text)  # the three-word title is too short to judge
    assert [text[s:e] for s, e in spans[:2]] == [LOADED, VERY_LOADED]
    assert {(t.start, t.end) for t in doc.techniques} == set(spans[:2])  # nothing on the park
    assert all("paragraph level" in t.reason and 0 < t.score <= 1 and t.score == round(t.score, 4)
               for t in doc.techniques)
    loaded = {text[t.start:t.end]: t.score for t in doc.techniques if t.technique == "Loaded_Language"}
    assert set(loaded) == {LOADED, VERY_LOADED}, doc.techniques

    minimum = defaults()["techniques"]
    view = shown(doc, defaults())
    assert view.techniques == [t for t in doc.techniques if t.score >= minimum]
    assert loaded[VERY_LOADED] >= minimum  # the default can show a Russian technique
    assert any(t.technique == "Loaded_Language" and (t.start, t.end) == spans[1] for t in view.techniques)
    lowered = shown(doc, effective(overrides={"techniques": min(loaded.values())}))
    assert {text[t.start:t.end] for t in lowered.techniques if t.technique == "Loaded_Language"} == {LOADED, VERY_LOADED}

    again = pipe(Document(id="l", text=text, lang="ru"))
    assert again.to_dict() == doc.to_dict()


def test_english_documents_are_not_touched(pipe: Pipeline) -> None:
    doc = pipe(Document(id="e", text="The council approved the budget on Monday after a long debate.", lang="en"))
    assert doc.techniques == [] and doc.meta == {}


@pytest.mark.slow
def test_scores_are_rounded_and_batch_independent() -> None:
    one = paragraph_scores([LOADED])
    two = paragraph_scores(["В Казани открылся новый парк.", LOADED])
    assert np.array_equal(one[0], two[1])
    assert np.array_equal(one, np.round(one, 4))
