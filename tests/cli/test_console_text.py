"""User text and install hints print as written: the real CLI in a subprocess, its real console output.

Rich reads ``[dask]`` as a style tag and drops it, so a hint once printed ``pip install 'spinscope'``
and a file named ``notes [red].txt`` printed as ``notes .txt``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from spinscope.core.document import Document, Span
from spinscope.store import Store

CLI = [sys.executable, "-m", "spinscope.cli"]
# Runs the CLI with some modules made unimportable, as on an install without that extra.
WITHOUT = (
    "import sys\n"
    "for name in sys.argv[1].split(','):\n"
    "    sys.modules[name] = None\n"
    "sys.argv = ['spinscope', *sys.argv[2:]]\n"
    "from spinscope.cli.main import main\n"
    "main()\n"
)


def run(*args: str, without: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", WITHOUT, without, *args] if without else [*CLI, *args]
    # A narrow terminal: a hint must survive wrapping too.
    return subprocess.run(command, capture_output=True, timeout=300, env={**os.environ, "COLUMNS": "70"})


def test_analyze_help_names_the_dask_extra():
    result = run("analyze", "--help")
    assert result.returncode == 0, result.stderr
    assert "spinscope[dask]" in result.stdout.decode()


def test_dask_engine_hint_names_the_dask_extra(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Officials said the talks would resume on Monday.", encoding="utf-8")
    result = run("analyze", str(tmp_path), "--db", str(tmp_path / "s.db"), "--engine", "dask", "--analyzers", "parse",
                 without="distributed,dask.distributed")
    assert result.returncode != 0
    err = " ".join(result.stderr.decode().split())
    assert "pip install 'spinscope[dask]'" in err, err


def test_discover_hint_names_the_narratives_extra(tmp_path: Path):
    db = tmp_path / "s.db"
    text = "The ministry said the western press had invented the whole story about the port."
    with Store(db) as store:
        for i in range(3):
            store.save(Document(id=f"d{i}", text=text, sentences=[Span(0, len(text))]))
    result = run("narratives", "discover", "--db", str(db), without="sklearn,sklearn.cluster")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "pip install 'spinscope[narratives]'" in err, err


def test_error_with_brackets_in_a_path_prints_the_path(tmp_path: Path):
    db = tmp_path / "notes [red] [[narrative]].db"
    result = run("stats", "--db", str(db))
    assert result.returncode == 1
    err = " ".join(result.stderr.decode().split())  # unwrap
    assert "notes [red] [[narrative]].db: no such database" in err, err


def test_a_codebook_error_names_its_file_and_table_as_written(tmp_path: Path):
    book = tmp_path / "bad [red].toml"
    book.write_text('[[narrative]]\nlabel = "x"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Officials said so.", encoding="utf-8")
    result = run("analyze", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db"), "--analyzers", "parse,codebook",
                 "--codebook", str(book))
    assert result.returncode != 0
    err = " ".join(result.stderr.decode().split())
    assert "bad [red].toml, [[narrative]] #1: field 'id' is missing" in err, err


def test_table_cells_print_as_written(tmp_path: Path):
    """A rich table's cells are user text too (outlet names, speakers)."""
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.save(Document(id="a", text="Short text here.", source="[bold]Wire[/bold] :smile:"))
    result = run("stats", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "[bold]Wire[/bold] :smile:" in result.stdout.decode()
