"""Exports replace a file only when the new one is complete (issue 14): killed halfway, the old stays."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from spinscope import export
from spinscope.core.document import Document


def docs(n: int, die_after: int | None = None) -> Iterator[Document]:
    for i in range(n):
        if i == die_after:
            os.kill(os.getpid(), signal.SIGKILL)  # the export is killed halfway, as by the OOM killer
        yield Document(id=f"doc-{i}", text=f"The ferry to Tesk ran late on day {i}. " * 50)


def _export_and_die(fmt: str, out: str) -> None:
    export.write(docs(200, die_after=150), fmt, out)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "html"])
def test_a_killed_export_leaves_the_complete_old_file(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"corpus.{fmt}"
    export.write(docs(3), fmt, out)
    before = out.read_bytes()
    child = mp.get_context("fork").Process(target=_export_and_die, args=(fmt, str(out)))
    child.start()
    child.join(timeout=120)
    assert child.exitcode == -signal.SIGKILL
    assert out.read_bytes() == before  # before: a truncated file of the first 150 documents
    export.write(docs(5), fmt, out)
    if fmt != "csv":  # the CSV of unannotated documents is its header alone, old and new
        assert out.read_bytes() != before and "doc-4" in out.read_text(encoding="utf-8")
    # The killed run's temporary file is hidden, named after the export; nothing else is left.
    assert {p.name for p in tmp_path.iterdir() if not p.name.startswith(".")} == {out.name}


def test_an_export_that_fails_removes_its_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    export.write(docs(2), "jsonl", out)
    before = out.read_bytes()

    def broken() -> Iterator[Document]:
        yield from docs(2)
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError):
        export.write(broken(), "jsonl", out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl"]


def test_exports_get_ordinary_file_permissions(tmp_path: Path) -> None:
    out = tmp_path / "corpus.csv"
    export.write(docs(1), "csv", out)
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask
