"""The ``narratives_semeval25`` analyzer and the ``semeval25 narratives|score`` verbs on own texts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from spinscope.analyzers.narratives.semeval.taxonomy import coarse_labels, fine_labels, label_id, parent_of
from spinscope.core.annotations import Narrative, Span
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

CLI = [sys.executable, "-m", "spinscope.cli"]
WAR = (
    "Western leaders keep sending weapons to Kyiv and prolong the war only to weaken Russia\n\n"
    "The so-called sanctions have hurt European families far more than Moscow: heating bills doubled this winter "
    "while Brussels bureaucrats lecture ordinary people about sacrifice.\n\n"
    "Ukraine's army is exhausted and its front is collapsing, military observers in Marvania said, and the "
    "government in Kyiv is run by corrupt officials who steal Western aid."
)
CLIMATE = (
    "Climate alarmists caught again\n\n"
    "The so-called climate emergency is a hoax pushed by activists and billionaires who fly private jets. "
    "Temperature records have been adjusted by scientists to fit their models, and the data cannot be trusted.\n\n"
    "Green policies are destroying farms and jobs, and electric cars are more harmful than the petrol cars they "
    "replace."
)
PLAIN = "The ferry to Oskel ran on time and the market opened at nine with fresh bread and fish."


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["narratives_semeval25"])


@pytest.mark.parametrize("text", [WAR, CLIMATE, PLAIN])
def test_items_are_consistent_with_the_taxonomy(pipeline: Pipeline, text: str) -> None:
    doc = pipeline(Document(id="n", text=text))
    coarse = {n.id: n for n in doc.narratives if n.parent is None}
    for n in doc.narratives:
        assert n.taxonomy == "semeval2025"
        assert 0.0 <= n.score <= 1.0
        assert n.evidence and all(0 <= s.start < s.end <= len(text) for s in n.evidence)
        if n.parent is None:
            assert n.label in coarse_labels() and n.id == label_id(n.label)
        else:
            assert n.label in fine_labels() and n.parent == label_id(parent_of(n.label))
            assert n.parent in coarse  # a subnarrative always comes with its coarse narrative
    domains = {n.label.split(":")[0] for n in doc.narratives}
    assert len(domains) <= 1  # a text is about one of the two domains


def test_the_war_text_gets_a_war_narrative(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="w", text=WAR))
    assert any(n.label.startswith("URW: ") for n in doc.narratives)


def test_only_its_own_items_are_replaced(pipeline: Pipeline) -> None:
    mine = Narrative("veloria-codebook", "foreign-plot", "The protests are run from abroad", None, 0.9, [Span(0, 10)])
    doc = Document(id="c", text=CLIMATE, narratives=[mine])
    once = pipeline(doc)
    twice = pipeline(Document.from_dict(once.to_dict()))
    assert mine in twice.narratives
    assert twice.narratives == once.narratives


@pytest.mark.slow
def test_narratives_and_score_verbs(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("A_1.txt", WAR), ("A_2.txt", CLIMATE), ("A_3.txt", PLAIN)):
        (docs / name).write_text(text)
    (docs / "A_4.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    out = tmp_path / "pred.txt"
    result = subprocess.run([*CLI, "semeval25", "narratives", str(docs), "--out", str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "skipped A_4.txt" in result.stderr
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert [r[0] for r in rows] == ["A_1.txt", "A_2.txt", "A_3.txt"]
    for _, coarse, fine in rows:
        assert (coarse == "Other") == (fine == "Other")
    score = subprocess.run([*CLI, "semeval25", "score", "--task", "narratives", "--gold", str(out), "--pred", str(out)],
                           capture_output=True, text=True, timeout=120)
    assert score.returncode == 0, score.stderr
    assert "f1_samples_coarse\t1.0000" in score.stdout and "f1_samples_fine\t1.0000" in score.stdout


@pytest.mark.slow
def test_analyze_fills_roles_and_semeval_narratives_by_default(tmp_path: Path) -> None:
    """`spinscope analyze` with no -a: the default pipeline stores entities[].role, mention roles and
    semeval2025 narratives, with evidence inside the text."""
    from spinscope.store import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "war.txt").write_text(WAR)
    (corpus / "plain.txt").write_text(PLAIN)
    db = tmp_path / "c.db"
    result = subprocess.run([*CLI, "analyze", str(corpus), "--db", str(db)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    with Store(db) as store:
        war = store.get("war")
    actors = [e for e in war.entities if e.type in {"PERSON", "ORG", "GPE", "NORP"}]
    # Roles abstain on actors the text does not cast (precision first, PRECISION-ROLES issue 22): here Kyiv, Moscow,
    # Ukraine are only named; the default pipeline still casts some, each with its mention roles.
    cast = [e for e in actors if e.role is not None]
    assert cast and all(e.mention_roles for e in cast), actors
    mine = [n for n in war.narratives if n.taxonomy == "semeval2025"]
    assert any(n.parent is None and n.label.startswith("URW: ") for n in mine)
    for n in mine:
        assert n.evidence and all(0 <= s.start < s.end <= len(WAR) for s in n.evidence)
