"""SemEval-2025 subtask 2: the file format, the taxonomy, and F1-samples against hand-computed cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.analyzers.narratives.semeval.scoring import f1_samples, per_label_f1, score_narratives
from spinscope.analyzers.narratives.semeval.task_format import FormatError, format_narratives, read_narratives
from spinscope.analyzers.narratives.semeval.taxonomy import (
    coarse_labels,
    description,
    fine_labels,
    label_id,
    parent_of,
)

A = "URW: Discrediting Ukraine"
A1 = "URW: Discrediting Ukraine: Ukraine is associated with nazism"
A2 = "URW: Discrediting Ukraine: Other"
B = "URW: Praise of Russia"
B1 = "URW: Praise of Russia: Russia is a guarantor of peace and prosperity"


def test_read_crlf_parallel_lists_and_repeats(tmp_path: Path) -> None:
    path = tmp_path / "gold.txt"
    path.write_bytes(f"d1.txt\t{A};{A}\t{A1};{A2}\r\nd2.txt\tOther\tOther\r\n".encode())
    assert read_narratives(path) == {"d1.txt": ([A], [A1, A2]), "d2.txt": (["Other"], ["Other"])}


def test_format_writes_other_for_none(tmp_path: Path) -> None:
    text = format_narratives([("d1.txt", [A, B], [A1, B1]), ("d2.txt", [], [])])
    assert text == f"d1.txt\t{A};{B}\t{A1};{B1}\nd2.txt\tOther\tOther\n"
    path = tmp_path / "p.txt"
    path.write_text(text)
    assert read_narratives(path)["d2.txt"] == (["Other"], ["Other"])


def test_bad_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(f"d1.txt\t{A}\t{A1}\nd2.txt\t{A}\n")
    with pytest.raises(FormatError, match="p.txt:2: expected 3"):
        read_narratives(path)


def test_taxonomy_inventory_and_parents() -> None:
    assert len(coarse_labels()) == 21 and "Other" not in coarse_labels()
    assert len(fine_labels()) == 93  # 91 listed, Other dropped, 3 used in the gold added
    assert "CC: Downplaying climate change: Sea levels are not rising" in fine_labels()
    assert all(parent_of(f) in coarse_labels() for f in fine_labels())
    assert parent_of(A1) == A
    with pytest.raises(ValueError, match="no subnarrative"):
        parent_of("URW: Nothing like it: at all")
    assert label_id(A1) == "URW.discrediting-ukraine.ukraine-is-associated-with-nazism"
    assert len({label_id(x) for x in fine_labels()}) == len(fine_labels())
    assert description(A2) == "Ukraine-Russia war: Discrediting Ukraine"


def test_f1_samples_hand_computed() -> None:
    gold = {"d1": [A, B], "d2": ["Other"], "d3": [A]}
    pred = {"d1": [A], "d2": ["Other"], "d3": [B]}
    # d1: 2*1/(2+1) = 2/3; d2: 1; d3: 0  -> mean 5/9
    assert f1_samples(gold, pred) == pytest.approx(5 / 9)
    # a document without a prediction scores 0
    assert f1_samples(gold, {"d2": ["Other"]}) == pytest.approx(1 / 3)
    labels = per_label_f1(gold, pred)
    # A: tp d1, fn d3 -> 2/3; B: fp d3, fn d1 -> 0
    assert labels[A] == {"f1": pytest.approx(2 / 3), "support": 2}
    assert labels[B]["f1"] == 0.0


def test_score_narratives_all_other_baseline() -> None:
    gold = {"d1": ([A], [A1]), "d2": (["Other"], ["Other"])}
    s = score_narratives(gold, {f: (["Other"], ["Other"]) for f in gold})
    assert s["f1_samples_coarse"] == s["f1_samples_fine"] == pytest.approx(0.5)
    assert s["missing"] == 0
