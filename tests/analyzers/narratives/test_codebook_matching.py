"""Codebook matching on texts written for these tests, on the labelled set, and beside another source."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from spinscope.core.annotations import Narrative, Span
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[3]
EXAMPLE = REPO / "examples/narratives/codebook.toml"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["parse", "codebook"], config={"codebook": {"file": str(EXAMPLE)}})


def analyse(pipeline: Pipeline, text: str) -> Document:
    return pipeline(Document(id="t", text=text, source="Test Outlet"))


def test_a_text_expressing_a_narrative_gets_it_with_its_sentence_as_evidence(pipeline):
    text = ("Velgrad, Monday.\n\nSunday's protest in Velgrad was paid for by Dunmark, prosecutors say. "
            "Its leaders take their orders from foreign spies. The weather was mild.")
    doc = analyse(pipeline, text)
    found = {n.id: n for n in doc.narratives}
    assert "opposition-foreign-agents" in found, [n.id for n in doc.narratives]
    n = found["opposition-foreign-agents"]
    assert n.taxonomy == "veloria-state-media" and n.parent == "hybrid-war" and 0.5 <= n.score <= 1
    evidence = [text[e.start:e.end] for e in n.evidence]
    assert any("foreign spies" in e or "paid for by Dunmark" in e for e in evidence), evidence
    assert not any("weather" in e for e in evidence)


def test_texts_that_express_none_get_none(pipeline):
    for text in (
        "The Velgrad zoo welcomed two snow leopard cubs on Friday. Keepers said both were healthy and "
        "would be shown to visitors in the spring.",
        "Dunmark's statistics office said retail sales rose by one percent in October, in line with forecasts. "
        "Clothing and electronics sold best.",
    ):
        assert analyse(pipeline, text).narratives == [], text


def test_empty_and_tiny_texts_get_none(pipeline):
    assert analyse(pipeline, "").narratives == []
    assert analyse(pipeline, "Dunmark denies.").narratives == []


def test_only_its_own_items_are_replaced_so_two_sources_share_the_layer(pipeline):
    text = "Dunmark's frigates keep sailing into our waters to provoke a clash. Veloria only defends its coast."
    doc = Document(id="t", text=text)
    other = Narrative(taxonomy="semeval2025", id="URW: Blaming the war on others", label="Blaming others",
                      score=0.9, evidence=[Span(0, 10)])
    doc.narratives.append(other)
    pipeline(doc)
    pipeline(doc)  # a rerun replaces the codebook's items, never the other source's
    ours = [n for n in doc.narratives if n.taxonomy == "veloria-state-media"]
    assert [n for n in doc.narratives if n.taxonomy == "semeval2025"] == [other]
    assert [n.id for n in ours] == ["dunmark-aggressor"]


def test_an_edited_codebook_changes_the_pipeline_version(tmp_path):
    book = tmp_path / "b.toml"
    book.write_text('[[narrative]]\nid = "a"\nlabel = "Dunmark provokes"\n', encoding="utf-8")
    first = Pipeline(["parse", "codebook"], config={"codebook": {"file": str(book)}}).version
    book.write_text('[[narrative]]\nid = "a"\nlabel = "Dunmark provokes us"\n', encoding="utf-8")
    # The shared instance of the old content is not reused (core/instances.py keys on the version).
    assert Pipeline(["parse", "codebook"], config={"codebook": {"file": str(book)}}).version != first


@pytest.mark.slow
def test_cross_validated_precision_and_recall_on_the_labelled_set():
    sys.path.insert(0, str(REPO / "training/narratives"))
    from calibrate_codebook import cross_validate, load_rows, score_matrix

    scores, gold, _ = score_matrix(load_rows())
    cv = cross_validate(scores, gold)
    assert cv["precision"] >= 0.85 and cv["recall"] >= 0.80, cv
    assert cv["none_docs_with_a_narrative"] <= 2, cv


def test_the_article_view_highlights_each_narratives_evidence_sentences(pipeline):
    from spinscope import highlight

    text = "Dunmark's frigates keep sailing into our waters to provoke a clash. The zoo opened a new aviary."
    doc = analyse(pipeline, text)
    html = str(highlight.highlight_article(doc))
    assert 'class="ss-ann ss-narr ss-n-veloria-state-media"' in html
    assert 'data-narrative="dunmark-aggressor"' in html and "narrative: Dunmark is the real aggressor" in html
    marked = html.split('data-narrative="dunmark-aggressor"')[1]
    assert "provoke a clash" in marked.split("</span>")[0] and "aviary" not in marked.split("</span>")[0]
    assert ".ss-narr{" in highlight.css()
