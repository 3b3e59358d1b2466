"""The ``roles`` analyzer and the ``semeval25 roles|score`` verbs on texts written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from spinscope.analyzers.roles.taxonomy import FINE_ROLES
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

CLI = [sys.executable, "-m", "spinscope.cli"]
TEXT = (
    "Marvania's president Oren Kask ordered the shelling of Oskel on Sunday, killing dozens of civilians.\n\n"
    "Doctors in Oskel said children were among the victims and that hospitals had run out of medicine.\n\n"
    "Aid worker Lena Moor, who drove three convoys into the city, was praised for saving hundreds of lives."
)
CONTRACT = {m.lower(): set(f) for m, f in FINE_ROLES.items()}


@pytest.fixture(scope="module")
def analysed() -> Document:
    return Pipeline(["parse", "entities", "quotes", "claims", "roles"])(Document(id="t1", text=TEXT))


def test_actors_the_text_casts_get_a_role_from_the_taxonomy_and_the_rest_none(analysed: Document) -> None:
    roles = {e.name: e.role for e in analysed.entities}
    assert roles["Oren Kask"] is not None and roles["Oren Kask"].main == "antagonist"  # ordered the shelling
    assert roles["Lena Moor"] is not None and roles["Lena Moor"].main == "protagonist"  # praised for saving lives
    for e in analysed.entities:
        if e.role is None:
            assert e.mention_roles == []
            continue
        assert e.role.main in CONTRACT
        assert e.role.fine and set(e.role.fine) <= CONTRACT[e.role.main]
        assert 0 < e.role.score <= 1.0
        assert e.role.evidence, e.name
        for ev in e.role.evidence:  # the evidence is whole sentences of this text
            assert 0 <= ev.start < ev.end <= len(TEXT)


def test_rerun_replaces_and_is_deterministic(analysed: Document) -> None:
    again = Pipeline(["parse", "entities", "quotes", "claims", "roles"])(Document.from_dict(analysed.to_dict()))
    assert [e.role for e in again.entities] == [e.role for e in analysed.entities]


@pytest.mark.slow
def test_roles_verb_writes_the_task_format_and_reports_bad_rows(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "MV_001.txt").write_text(TEXT)
    start = TEXT.index("Oren Kask")
    lena = TEXT.index("Lena Moor")
    (tmp_path / "mentions.txt").write_text(
        f"MV_001.txt\tOren Kask\t{start}\t{start + 8}\r\n"
        f"MV_001.txt\tLena Moor\t{lena}\t{lena + 8}\r\n"
        "MV_001.txt\tGhost\t99990\t99994\r\n"           # beyond the document
        "MV_404.txt\tNobody\t0\t5\r\n"                  # no such document
    )
    out = tmp_path / "pred.txt"
    result = subprocess.run([*CLI, "semeval25", "roles", str(docs), "--mentions", str(tmp_path / "mentions.txt"),
                             "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "beyond the document" in result.stderr and "MV_404.txt: no such document" in result.stderr
    lines = [line.split("\t") for line in out.read_text().splitlines()]
    assert [line[:4] for line in lines] == [["MV_001.txt", "Oren Kask", str(start), str(start + 8)],
                                            ["MV_001.txt", "Lena Moor", str(lena), str(lena + 8)]]
    for line in lines:
        assert line[4] in FINE_ROLES and set(line[5:]) <= set(FINE_ROLES[line[4]]) and line[5:]

    # Scoring the predictions against themselves is perfect; against a hand-made gold it is exact.
    gold = tmp_path / "gold.txt"
    gold.write_text(f"MV_001.txt\tOren Kask\t{start}\t{start + 8}\tAntagonist\tTyrant\n"
                    f"MV_001.txt\tLena Moor\t{lena}\t{lena + 8}\tProtagonist\tGuardian\n")
    perfect = subprocess.run([*CLI, "semeval25", "score", "--task", "roles", "--gold", str(gold), "--pred", str(gold)],
                             capture_output=True, text=True, timeout=120)
    assert perfect.returncode == 0, perfect.stderr
    assert "exact_match_ratio\t1.0000" in perfect.stdout and "main_accuracy\t1.0000" in perfect.stdout


def test_score_verb_names_a_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("MV_001.txt\tOren Kask\t0\t8\tAntagonist\tVictim\n")
    result = subprocess.run([*CLI, "semeval25", "score", "--task", "roles", "--gold", str(bad), "--pred", str(bad)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "bad.txt:1" in result.stderr and "do not belong to Antagonist" in result.stderr


def test_mention_roles_are_the_mentions_that_carry_a_cue(analysed: Document) -> None:
    for e in analysed.entities:
        mentions = {(m.start, m.end) for m in e.mentions}
        for r in e.mention_roles:
            assert (r.start, r.end) in mentions
            assert r.main in CONTRACT and r.fine and set(r.fine) <= CONTRACT[r.main]
            assert 0 < r.score <= 1.0


def test_max_mentions_bounds_the_mentions_read() -> None:
    text = " ".join(["Oren Kask shelled the market."] * 6)
    doc = Pipeline(["parse", "entities", "quotes", "claims", "roles"],
                   config={"roles": {"max_mentions": 2}})(Document(id="m", text=text))
    kask = next(e for e in doc.entities if e.name == "Oren Kask")
    assert len(kask.mentions) == 6 and len(kask.mention_roles) == 2


# One actor, two passages: the first praises her, the second accuses her.
TWO_FACED = (
    "Mayor Lena Moor rescued hundreds of children from the floods, risking her own life to carry them to "
    "safety; the town calls Moor a hero.\n\n"
    "But prosecutors say Moor secretly stole millions from the relief fund, bribed officials and lied to the "
    "families she claimed to protect."
)


def test_two_mentions_cast_differently_get_different_mention_roles() -> None:
    doc = Pipeline(["parse", "entities", "quotes", "claims", "roles"])(Document(id="two", text=TWO_FACED))
    moor = next(e for e in doc.entities if e.name == "Lena Moor")
    by_text = {(TWO_FACED[r.start:r.end], r.start): r for r in moor.mention_roles}
    hero = by_text[("Lena Moor", TWO_FACED.index("Lena Moor"))]
    accused = by_text[("Moor", TWO_FACED.index("Moor secretly"))]
    assert hero.main == "protagonist", hero
    assert accused.main == "antagonist" and set(accused.fine) <= CONTRACT["antagonist"], accused
    assert moor.role is not None and moor.role.main in {hero.main, accused.main}
