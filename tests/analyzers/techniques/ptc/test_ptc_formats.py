"""SemEval-2020 Task 11 formats and the ``ptc score`` command on small made-up files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from spinscope.analyzers.techniques.ptc.formats import format_spans, read_articles, read_spans
from spinscope.cli.ptc import app
from spinscope.errors import InputError

runner = CliRunner()


def test_read_articles_keeps_text_exactly(tmp_path):
    (tmp_path / "article123.txt").write_bytes("Title\r\n\r\nBody “quoted”.\n".encode())
    (tmp_path / "notes.txt").write_text("ignored")
    arts = read_articles(tmp_path)
    assert arts == {"123": "Title\r\n\r\nBody “quoted”.\n"}


def test_read_articles_rejects_a_folder_without_articles(tmp_path):
    with pytest.raises(InputError, match="article<ID>.txt"):
        read_articles(tmp_path)


def test_labels_with_commas_are_split_on_tabs_only(tmp_path):
    f = tmp_path / "gold.txt"
    f.write_text("7\tName_Calling,Labeling\t3\t9\n7\tWhataboutism,Straw_Men,Red_Herring\t0\t4\n")
    spans = read_spans(f, "flc")
    assert spans == {"7": [("Name_Calling,Labeling", 3, 9), ("Whataboutism,Straw_Men,Red_Herring", 0, 4)]}
    assert format_spans(spans, "flc") == f.read_text()


def test_gold_folder_with_an_empty_article_file(tmp_path):
    (tmp_path / "article1.task-si.labels").write_text("1\t0\t5\n")
    (tmp_path / "article2.task-si.labels").write_text("")
    assert read_spans(tmp_path, "si") == {"1": [("propaganda", 0, 5)], "2": []}


@pytest.mark.parametrize(
    ("line", "message"),
    [("1\t0\n", "3 tab-separated"), ("1\tx\t5\n", "not an integer"), ("1\t5\t5\n", "start < end")],
)
def test_bad_si_lines_say_where(tmp_path, line, message):
    f = tmp_path / "bad.txt"
    f.write_text(line)
    with pytest.raises(InputError, match=message) as err:
        read_spans(f, "si")
    assert "row 1" in str(err.value)


def test_score_command_si(tmp_path):
    (tmp_path / "gold.txt").write_text("1\t0\t10\n")
    (tmp_path / "pred.txt").write_text("1\t5\t15\n")
    result = runner.invoke(app, ["score", "--task", "si", "--gold", str(tmp_path / "gold.txt"),
                                 "--pred", str(tmp_path / "pred.txt"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["f1"] == 0.5


def test_score_command_flc_prints_per_technique(tmp_path):
    (tmp_path / "gold.txt").write_text("1\tDoubt\t0\t10\n")
    (tmp_path / "pred.txt").write_text("1\tDoubt\t0\t5\n1\tLoaded_Language\t0\t10\n")
    result = runner.invoke(app, ["score", "--task", "flc", "--gold", str(tmp_path / "gold.txt"),
                                 "--pred", str(tmp_path / "pred.txt")])
    assert result.exit_code == 0, result.output
    assert "F1=0.5000" in result.output
    assert "Doubt" in result.output and "Loaded_Language" in result.output


def test_score_command_tc(tmp_path):
    (tmp_path / "gold.txt").write_text("1\tDoubt\t0\t5\n1\tSlogans\t6\t9\n")
    (tmp_path / "pred.txt").write_text("1\tDoubt\t0\t5\n1\tDoubt\t6\t9\n")
    result = runner.invoke(app, ["score", "--task", "tc", "--gold", str(tmp_path / "gold.txt"),
                                 "--pred", str(tmp_path / "pred.txt"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["f1"] == 0.5


def test_score_command_rejects_unknown_task_and_bad_files(tmp_path):
    result = runner.invoke(app, ["score", "--task", "xyz", "--gold", "a", "--pred", "b"])
    assert result.exit_code == 1 and "si, tc or flc" in result.output
    (tmp_path / "gold.txt").write_text("1\t0\t10\n")
    (tmp_path / "pred.txt").write_text("2\t0\t10\n")
    result = runner.invoke(app, ["score", "--task", "si", "--gold", str(tmp_path / "gold.txt"),
                                 "--pred", str(tmp_path / "pred.txt")])
    assert result.exit_code == 1 and "no gold" in result.output
