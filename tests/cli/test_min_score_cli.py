"""`--min-score` on `show` and `export` (issue 22 item 5), in a subprocess, on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from spinscope.core.document import Claim, Document, Technique
from spinscope.store import Store

CLI = [sys.executable, "-m", "spinscope.cli"]
TEXT = "The regime lied again. Troops shelled Dorna on Monday, the mayor said."


def spinscope(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=300)


def make_db(tmp_path: Path) -> Path:
    doc = Document(id="d1", text=TEXT, title="Dorna", source="Wire")
    doc.techniques = [Technique(4, 10, "Name_Calling,Labeling", 0.8, "r"), Technique(11, 15, "Loaded_Language", 0.2, "r")]
    doc.claims = [Claim(23, 53, 0.9, "the mayor", [])]
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.save(doc)
    return db


@pytest.mark.slow
def test_show_hides_below_the_default_and_min_score_overrides_it(tmp_path):
    db = make_db(tmp_path)
    default = spinscope("show", "d1", "--db", str(db))
    assert default.returncode == 0, default.stderr
    assert "Name_Calling" in default.stdout and "Loaded_Language" not in default.stdout
    assert "techniques:1" in default.stderr  # says what it hid
    everything = spinscope("show", "d1", "--db", str(db), "--min-score", "techniques=0", "--json")
    assert len(json.loads(everything.stdout)["techniques"]) == 2
    stricter = spinscope("show", "d1", "--db", str(db), "--min-score", "techniques=0.9", "--min-score", "claims=0.95")
    assert "Name_Calling" not in stricter.stdout and "claims (0)" in stricter.stdout


def test_show_refuses_a_bad_minimum(tmp_path):
    db = make_db(tmp_path)
    bad = spinscope("show", "d1", "--db", str(db), "--min-score", "technique=0.5")
    assert bad.returncode != 0 and "no scored layer 'technique'" in bad.stderr


@pytest.mark.slow
def test_export_keeps_everything_unless_asked(tmp_path):
    db = make_db(tmp_path)
    full = spinscope("export", "--db", str(db))
    assert full.returncode == 0, full.stderr
    assert len(json.loads(full.stdout.splitlines()[0])["techniques"]) == 2
    some = spinscope("export", "--db", str(db), "--min-score", "techniques=0.5")
    assert [t["score"] for t in json.loads(some.stdout.splitlines()[0])["techniques"]] == [0.8]
    with Store(db, read_only=True) as store:
        assert len(store.get("d1").techniques) == 2  # the store keeps every span


@pytest.mark.slow
def test_an_html_report_is_a_view_and_applies_the_default_minimums(tmp_path):
    db = make_db(tmp_path)
    report = tmp_path / "r.html"
    default = spinscope("export", "--db", str(db), "--format", "html", "--out", str(report))
    assert default.returncode == 0, default.stderr
    assert "Name_Calling" in report.read_text() and "Loaded_Language" not in report.read_text()
    assert "techniques:1" in default.stderr  # says what it hid, and how to see it
    everything = spinscope("export", "--db", str(db), "--format", "html", "--out", str(report),
                           "--min-score", "techniques=0")
    assert everything.returncode == 0 and "Loaded_Language" in report.read_text()


@pytest.mark.slow
def test_analyze_report_applies_minimums_and_refuses_a_bad_one_before_analysing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT + " The corrupt regime must go.", encoding="utf-8")
    db, report = tmp_path / "a.db", tmp_path / "a.html"
    bad = spinscope("analyze", str(article), "--db", str(db), "-a", "parse", "--min-score", "roles=2")
    assert bad.returncode != 0 and "from 0 to 1" in bad.stderr and not db.exists()
    done = spinscope("analyze", str(article), "--db", str(db), "-a", "parse,techniques", "--format", "html",
                     "--out", str(report), "--min-score", "techniques=1", "-q")
    assert done.returncode == 0, done.stderr
    with Store(db, read_only=True) as store:
        stored = store.get("a").techniques
    assert stored, "the test needs a technique span on its text"
    assert f"techniques:{len(stored)}" in done.stderr  # every span hidden from the report, all kept
    assert all(t.technique not in report.read_text() for t in stored)
