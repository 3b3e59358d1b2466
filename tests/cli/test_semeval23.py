"""spinscope semeval23: subtask-3 format out, and the task's scorer (hand-counted figures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spinscope.analyzers.ru.subtask3 import read_labels, score
from spinscope.cli.main import app

GOLD = "1\t1\tLoaded_Language,Doubt\n1\t2\t\n1\t3\tSlogans\n2\t1\tLoaded_Language\n"
PRED = "1\t1\tLoaded_Language\n1\t2\tDoubt\n2\t1\tLoaded_Language,Slogans\n"


def test_score_counts_pairs_of_the_gold_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "g.txt").write_text(GOLD)
    (tmp_path / "p.txt").write_text(PRED)
    result = score(read_labels(tmp_path / "g.txt"), read_labels(tmp_path / "p.txt"))
    # gold pairs 4; predicted 4 (1/1 LL, 1/2 Doubt, 2/1 LL, 2/1 Slogans); right 2 (both LL).
    assert result["micro_precision"] == 0.5 and result["micro_recall"] == 0.5 and result["micro_f1"] == 0.5
    assert result["per_label"]["Loaded_Language"]["f1"] == 1.0
    assert result["per_label"]["Doubt"]["f1"] == 0.0  # one gold, one wrong prediction
    out = CliRunner().invoke(app, ["semeval23", "score", "--gold", str(tmp_path / "g.txt"), "--pred",
                                   str(tmp_path / "p.txt"), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["micro_f1"] == 0.5


def test_score_names_a_malformed_line(tmp_path: Path) -> None:
    (tmp_path / "g.txt").write_text(GOLD)
    (tmp_path / "p.txt").write_text("1\tfirst\tLoaded_Language\n")
    out = CliRunner().invoke(app, ["semeval23", "score", "--gold", str(tmp_path / "g.txt"), "--pred", str(tmp_path / "p.txt")])
    assert out.exit_code == 1 and "p.txt:1" in out.output


@pytest.mark.slow
def test_techniques_writes_every_paragraph_in_subtask3_format(tmp_path: Path) -> None:
    from spinscope.analyzers.ru.techniques import load_heads

    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "article901.txt").write_text(
        "Киев снова лжёт\n\nЗападные кураторы киевского режима в очередной раз развязали истерику и "
        "циничную ложь, пытаясь обмануть весь мир.\nВ Казани открылся новый парк площадью двенадцать гектаров.\n",
        encoding="utf-8")
    (arts / "article902.txt").write_text("The mayor opened a new bridge over the river on Monday.\n", encoding="utf-8")
    out = tmp_path / "pred.txt"
    res = CliRunner().invoke(app, ["semeval23", "techniques", str(arts), "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert [(r[0], r[1]) for r in rows] == [("901", "1"), ("901", "3"), ("901", "4"), ("902", "1")]
    known = set(load_heads()[3])
    assert all(set(filter(None, r[2].split(","))) <= known for r in rows)
    assert rows[2][2] == "" and rows[3][2] == ""  # neutral paragraphs: nothing
