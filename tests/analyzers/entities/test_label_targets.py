"""Whom a label names (issue 22, session 8, invented texts): "Veloria's ill-wishers" are Veloria's enemies,
not Veloria; "such militants" after one armed group was named is that group's label, and stays unnamed
where two organisations were named."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["parse", "entities"], threaded=False)


def _labels(doc: Document, name: str) -> list[str]:
    return [lab.label for e in doc.entities if e.name == name for lab in e.labels if lab.kind == "label"]


def test_a_countrys_ill_wishers_are_not_the_country(pipe: Pipeline) -> None:
    doc = pipe(Document(id="w", text="The minister dismissed the report as a crude fake ordered by Tessaria's ill-wishers."))
    assert not _labels(doc, "Tessaria")
    assert any("wishers" in lab.label for lab in doc.framing)


def test_such_militants_after_one_named_group_are_that_groups(pipe: Pipeline) -> None:
    doc = pipe(Document(id="m", text=(
        "It was the so-called \"Free Orla Legion\" that shelled the city of Kesh last week. The legitimate "
        "government of Dunmark has every right to defend its citizens against such militants.")))
    legion = next(e for e in doc.entities if "Legion" in e.name)
    assert any("militants" in lab.label for lab in legion.labels), legion.labels
    assert not any("militants" in lab.label for lab in doc.framing)


def test_the_militants_stay_unnamed_where_two_organisations_were_named(pipe: Pipeline) -> None:
    doc = pipe(Document(id="m2", text=(
        "Units of the Tessarian Air Force carried out strikes on facilities used by the Grey Banner Front. "
        "A workshop where the militants assembled drones was destroyed.")))
    assert any("militants" in lab.label for lab in doc.framing), [(e.name, e.labels) for e in doc.entities]
