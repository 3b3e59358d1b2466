"""The subtask-1 file formats: inclusive end offsets, CRLF, roles checked against the taxonomy."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.analyzers.roles.task_format import (
    FormatError,
    Mention,
    format_annotations,
    read_annotations,
    read_mentions,
    realign,
)

TEXT = "Minister Ivo Tarn blamed Dunmark for the blockade of Port Selm."


def test_mentions_file_with_crlf_and_inclusive_end(tmp_path: Path) -> None:
    path = tmp_path / "mentions.txt"
    path.write_bytes(b"doc_1.txt\tIvo Tarn\t9\t16\r\ndoc_1.txt\tDunmark\t25\t31\r\n")
    rows = read_mentions(path)
    assert [(r.mention, r.start, r.end) for r in rows] == [("Ivo Tarn", 9, 16), ("Dunmark", 25, 31)]
    for r in rows:
        start, end = r.span()
        assert TEXT[start:end] == r.mention


def test_annotations_round_trip(tmp_path: Path) -> None:
    rows = [Mention("d.txt", "Dunmark", 25, 31, "Antagonist", ["Instigator", "Saboteur"]),
            Mention("d.txt", "Port Selm", 53, 61, "Innocent", ["Victim"])]
    path = tmp_path / "pred.txt"
    path.write_text(format_annotations(rows))
    assert path.read_text().splitlines()[0] == "d.txt\tDunmark\t25\t31\tAntagonist\tInstigator\tSaboteur"
    assert read_annotations(path) == rows


@pytest.mark.parametrize(("line", "message"), [
    ("d.txt\tDunmark\t25", "at least 4"),
    ("d.txt\tDunmark\tx\t31", "must be integers"),
    ("d.txt\tDunmark\t31\t25", "before start"),
])
def test_bad_mention_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "m.txt"
    path.write_text("d.txt\tIvo Tarn\t9\t16\n" + line + "\n")
    with pytest.raises(FormatError, match=rf"m.txt:2: .*{message}"):
        read_mentions(path)


def test_fine_role_of_another_main_role_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("d.txt\tDunmark\t25\t31\tProtagonist\tVictim\n")
    with pytest.raises(FormatError, match="'Victim' do not belong to Protagonist"):
        read_annotations(path)


def test_realign_fixes_offsets_off_by_one_and_leaves_lost_rows() -> None:
    off = Mention("d.txt", "Dunmark", 26, 32, "Antagonist", ["Instigator"])
    fixed = realign(TEXT, off)
    assert (fixed.start, fixed.end) == (25, 31)
    lost = Mention("d.txt", "Veloria", 25, 31)
    assert realign(TEXT, lost) is lost


def test_format_refuses_a_row_without_role() -> None:
    with pytest.raises(ValueError, match="no main role"):
        format_annotations([Mention("d.txt", "Dunmark", 25, 31)])
