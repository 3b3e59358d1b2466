"""The CLI end to end, in a subprocess, on a real SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spinscope.core.document import Document

CLI = [sys.executable, "-m", "spinscope.cli"]
BASE = ["--analyzers", "parse,entities"]


def spinscope(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, cwd=cwd, timeout=300)


def make_corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "statement.txt").write_text(
        "Statement on the so-called report\n\nThe Ministry of Foreign Affairs of Freedonia rejects the report. "
        "Minister Ivo Tarn said the West was running a smear campaign. Tarn called it <script>alert(1)</script>.",
        encoding="utf-8")
    (folder / "wire.txt").write_text(
        "Talks resume\n\nDelegates met in Geneva on Monday, the mediator Lena Brandt said.", encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "ok1", "text": "A fine row."}\nnot json\n', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.mark.slow
def test_analyze_jsonl_to_stdout_is_contract_conformant(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    result = spinscope("analyze", str(corpus), "--db", str(tmp_path / "s.db"), *BASE, "--quiet", "--out", "-")
    assert result.returncode == 1, result.stderr  # two bad inputs, so the exit status says so
    docs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert sorted(d["id"] for d in docs) == ["ok1", "statement", "wire"]
    for data in docs:
        doc = Document.from_dict(data)  # validates every offset
        assert doc.to_dict() == data  # nothing in the JSON that the contract does not read back
        # Only parse and entities ran: the other layers are present and empty.
        assert (data["techniques"], data["quotes"], data["claims"]) == ([], [], [])
        for key in ("id", "title", "source", "url", "published", "lang", "issuer", "text", "sentences",
                    "entities", "techniques", "quotes", "claims"):
            assert key in data
        expected = "A fine row." if doc.id == "ok1" else (corpus / f"{doc.id}.txt").read_bytes().decode("utf-8")
        assert doc.text == expected
    assert [e["name"] for e in next(d for d in docs if d["id"] == "statement")["entities"]].count("Ivo Tarn") == 1
    stderr = result.stderr.decode()
    assert "broken.jsonl, row 2: malformed JSON" in stderr
    assert "empty.txt: empty file" in stderr


@pytest.mark.slow
def test_html_report_escapes_script_and_show_stats_export(tmp_path):
    corpus = make_corpus(tmp_path / "in")
    db = tmp_path / "s.db"
    report = tmp_path / "out" / "report.html"
    result = spinscope("analyze", str(corpus), "--db", str(db), *BASE, "--format", "html", "--out", str(report))
    assert result.stdout.decode().strip().endswith(f"wrote {report}")
    html = report.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    shown = spinscope("show", "statement", "--db", str(db), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == "statement"
    missing = spinscope("show", "nope", "--db", str(db))
    assert missing.returncode == 1 and b"no document with id 'nope'" in missing.stderr

    stats = spinscope("stats", "--db", str(db), "--json")
    assert json.loads(stats.stdout)["totals"]["documents"] == 3

    out_dir = tmp_path / "json"
    exported = spinscope("export", "--db", str(db), "--format", "json", "--out", str(out_dir))
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["ok1.json", "statement.json", "wire.json"]

    errors = spinscope("errors", "--db", str(db))
    assert b"empty.txt: empty file" in errors.stdout


@pytest.mark.slow
def test_stdin_and_idempotent_rerun(tmp_path):
    db = str(tmp_path / "s.db")
    text = b"Headline\n\nThe spokesman, Omar Haddad, said nothing had changed."
    first = spinscope("analyze", "-", "--db", db, *BASE, stdin=text)
    assert first.returncode == 0, first.stderr
    assert first.stdout == b""  # the store only: JSONL on stdout is asked for with --out -
    second = spinscope("analyze", "-", "--db", db, *BASE, "--out", "-", stdin=text)
    assert b"0 analysed, 1 unchanged" in second.stderr
    assert json.loads(second.stdout)["text"] == text.decode()


@pytest.mark.slow
def test_usage_errors_are_clear(tmp_path):
    result = spinscope("analyze", str(tmp_path), "--analyzers", "parse,bogus", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert b"No analyzer named 'bogus'" in result.stderr
    result = spinscope("analyze", str(tmp_path), "--format", "json", *BASE, "--db", str(tmp_path / "x.db"))
    assert b"--format json needs --out" in result.stderr


@pytest.mark.slow
def test_set_passes_analyzer_options_and_rejects_bad_ones(tmp_path):
    text = b"Headline\n\nThe spokesman, Omar Haddad, said that nothing had changed."
    ok = spinscope("analyze", "-", "--db", str(tmp_path / "s.db"), "-a", "parse,entities,quotes",
                   "--set", "quotes.tagger=false", "--out", "-", stdin=text)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["quotes"][0]["speaker_name"] == "Omar Haddad"
    bad = spinscope("analyze", "-", "--db", str(tmp_path / "s.db"), "-a", "parse,entities,quotes",
                    "--set", "quotes.tagger", stdin=text)
    assert bad.returncode == 1 and b"--set takes ANALYZER.OPTION=VALUE" in bad.stderr
    unknown = spinscope("analyze", "-", "--db", str(tmp_path / "s.db"), "-a", "parse,entities,quotes",
                        "--set", "quotes.nonsense=1", stdin=text)
    assert unknown.returncode == 1 and b"unknown option(s) nonsense" in unknown.stderr


@pytest.mark.slow
def test_max_bytes_applies_to_jsonl_rows(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "long", "text": "word " * 100}) + "\n"
                    + json.dumps({"id": "short", "text": "A short row."}) + "\n", encoding="utf-8")
    result = spinscope("analyze", str(feed), "--db", str(tmp_path / "s.db"), "-a", "parse", "--max-bytes", "100",
                       "--out", "-")
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.decode().splitlines()] == ["short"]
    assert b"feed.jsonl, row 1: text is 500 bytes, over the 100-byte limit" in result.stderr


@pytest.mark.slow
def test_settings_verb_and_help_defaults_come_from_the_table():
    from spinscope.settings import SETTINGS, default, setting

    listed = json.loads(spinscope("settings", "--json").stdout)
    assert list(listed) == [s.name for s in SETTINGS]
    assert listed["max_bytes"] == {"default": 5_000_000, "help": setting("max_bytes").help}
    text = spinscope("settings").stdout.decode()
    assert "near_duplicate_threshold = 0.7" in text
    # Typer prints each option's default in --help; a wide terminal keeps it on one line.
    helptext = subprocess.run([*CLI, "analyze", "--help"], capture_output=True, timeout=60,
                              env={**os.environ, "COLUMNS": "300"}).stdout.decode()
    assert f"[default: {default('max_bytes')}]" in helptext and "[default: spinscope.db]" in helptext


def test_web_entry_point_does_not_import_the_cli():
    """``python -m spinscope.web`` sits below the CLI: web never imports upwards."""
    code = "import sys, spinscope.web.__main__; print(sorted(m for m in sys.modules if m.startswith('spinscope.cli')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == "[]"
