"""A folder of hostile inputs through the real CLI: every bad input is one recorded error, the batch goes on.

And two ``spinscope analyze`` processes started at once on a new store: both finish, and no text is
analysed twice.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spinscope.store import Store

CLI = [sys.executable, "-m", "spinscope.cli"]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "COLUMNS": "400"}
ARTICLE = ("Harbour officials said on Tuesday that the new pier would open in May. The mayor called the "
           "delay a scandal, and residents asked who would pay for the repairs.")


def body(n: int) -> str:
    return f"Report {n}: the council met for the {n}th time this year. " + ARTICLE


def hostile_folder(folder: Path) -> tuple[Path, int]:
    """The folder and the number of bad inputs in it (each must be one recorded error)."""
    folder.mkdir()
    (folder / "good.txt").write_text("Pier opens in May\n\n" + ARTICLE, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"bad\xffname.txt"), "wb") as fp:
        fp.write(body(1).encode())
    (folder / "big-id.jsonl").write_text('{"id": ' + "7" * 5000 + ', "text": "A row with a huge numeric id."}\n')
    (folder / "deep.json").write_text("[" * 200_000)
    (folder / "deep.jsonl").write_text("[" * 200_000 + "\n")
    (folder / "surrogate.jsonl").write_text('{"id": "s1", "title": "Bad \\ud800 title", "text": "' + body(2) + '"}\n')
    (folder / "nul.csv").write_text(f'id,text\nc1,"{body(3)}"\nc2,"A cell with a \x00 in it."\nc3,"{body(4)}"\n')
    (folder / "quote.csv").write_text('id,text\nq1,"This quote is never closed.\nq2,Another row\n')
    (folder / "nav.html").write_text("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a> "
                                     "<a href='/about'>About us</a></nav></body></html>")
    (folder / "notes [red].txt").write_bytes(b"")
    (folder / "[[x]].jsonl").write_text("{broken\n")
    return folder, 10


def analyze(folder: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "analyze", str(folder), "--db", str(db), "-a", "parse"],
                          capture_output=True, text=True, timeout=600, env=ENV)


@pytest.mark.slow
def test_a_folder_of_hostile_inputs_keeps_every_good_one(tmp_path: Path) -> None:
    folder, bad = hostile_folder(tmp_path / "in")
    db = tmp_path / "s.db"
    first = analyze(folder, db)
    assert first.returncode == 1, first.stderr
    assert "Traceback" not in first.stderr
    # User text prints as written, never as console markup.
    assert "notes [red].txt: empty file" in first.stderr and "[[x]].jsonl, row 1: malformed JSON" in first.stderr
    with Store(db, read_only=True) as store:
        assert sorted(store.ids()) == ["c1", "c3", "good"]
        errors = store.errors()
    assert len(errors) == bad, [(e["source"], e["row"], e["reason"]) for e in errors]
    by_file = {(Path(e["source"]).name, e["row"]): e["reason"] for e in errors}
    assert "not valid UTF-8" in by_file[("bad\\xffname.txt", None)]
    assert "out of range" in by_file[("big-id.jsonl", 1)]
    assert "nested too deeply" in by_file[("deep.json", None)] and "nested too deeply" in by_file[("deep.jsonl", 1)]
    assert "lone surrogate" in by_file[("surrogate.jsonl", 1)]
    assert "NUL" in by_file[("nul.csv", 2)]
    assert "never closed" in by_file[("quote.csv", 1)]
    assert "navigation" in by_file[("nav.html", None)]
    # A re-run does not crash either: the same errors again, nothing new stored.
    second = analyze(folder, db)
    assert second.returncode == 1 and "Traceback" not in second.stderr, second.stderr
    with Store(db, read_only=True) as store:
        assert store.count() == 3 and len(store.errors()) == 2 * bad


def write_corpus(folder: Path) -> int:
    """Texts for two concurrent runs: files, and one statement republished by three outlets."""
    folder.mkdir()
    for n in range(6):
        (folder / f"a{n}.txt").write_text(f"Story {n}\n\n" + body(n), encoding="utf-8")
    rows = [{"id": f"w{i}", "source": f"outlet-{i}.example", "text": body(99)} for i in range(3)]
    (folder / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 7  # distinct texts


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(3))
def test_two_runs_at_once_on_a_new_store_analyse_each_text_once(tmp_path: Path, trial: int) -> None:
    texts = write_corpus(tmp_path / "in")
    db = tmp_path / "new.db"
    cmd = [*CLI, "analyze", str(tmp_path / "in"), "--db", str(db), "-a", "parse", "-q"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
             for _ in range(2)]
    outcomes = [(p.wait(timeout=600), p.stderr.read() if p.stderr else "") for p in procs]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    with Store(db, read_only=True) as store:
        runs = store.runs()
        assert [r["status"] for r in runs] == ["finished", "finished"]
        # Each text analysed by exactly one of the two runs.
        assert sum(r["n_docs"] for r in runs) == texts == store.count()
        assert store.publication_count() == texts + 2
        assert store.errors() == []
