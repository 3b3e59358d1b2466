"""The review verbs as a user types them (issue 25): review, reviews --log, queue, merge, aliases TSV out and
back in, collect by query, export by collection, quality, calibrate."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from spinscope.core.annotations import Span, Technique
from spinscope.core.document import Document, Entity, Quote
from spinscope.store import Store

CLI = [sys.executable, "-m", "spinscope.cli"]


def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess:
    p = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)
    if ok:
        assert p.returncode == 0, p.stderr
    return p


@pytest.mark.slow
def test_review_verbs(tmp_path):
    db = str(tmp_path / "r.db")
    text = "Anna Berg said the [red] regime lies. Berg is right."
    with Store(db) as s:
        s.save(Document(id="d1", text=text, techniques=[Technique(23, 29, "Loaded_Language", 0.3)],
                        quotes=[Quote("indirect", Span(15, 35), Span(10, 14), Span(0, 9), "Anna Berg")],
                        entities=[Entity("Anna Berg", "PERSON", mentions=[Span(0, 9)]),
                                  Entity("Berg", "PERSON", mentions=[Span(37, 41)])]))
    queue = json.loads(run("queue", "--db", db, "--json").stdout)
    assert queue[0]["key"] == "23:29:Loaded_Language"
    missing = run("review", "d1", "techniques", "reject", "-k", "23:29:Loaded_Language", "--db", db, ok=False)
    assert missing.returncode != 0 and "reviewer" in missing.stderr  # every write names its reviewer
    run("review", "d1", "techniques", "reject", "-k", "23:29:Loaded_Language", "-r", "ann", "--db", db)
    bad = run("review", "d1", "claims", "add", "--item", "{not json", "-r", "ann", "--db", db, ok=False)
    assert "--item is not JSON" in bad.stderr
    run("review", "d1", "claims", "add", "--item", '{"start": 15, "end": 35, "score": 1}', "-r", "ann", "--db", db)
    log = json.loads(run("reviews", "d1", "--log", "--json", "--db", db).stdout)
    assert [e["action"] for e in log] == ["add", "reject"]
    run("merge", "Berg", "Anna Berg", "--into", "Anna Berg", "-r", "ann", "--db", db)
    tsv = tmp_path / "aliases.tsv"
    run("aliases", "--out", str(tsv), "--db", db)
    assert tsv.read_text(encoding="utf-8") == "alias\tcanonical\nBerg\tAnna Berg\n"
    db2 = str(tmp_path / "r2.db")
    with Store(db2) as s:
        s.save(Document(id="x", text="Berg spoke.", entities=[Entity("Berg", "PERSON", mentions=[Span(0, 4)])]))
    run("aliases", "--load", str(tsv), "-r", "ann", "--db", db2)
    assert [e.name for e in Store(db2, read_only=True).get("x").entities] == ["Anna Berg"]
    run("collect", "study", "--query", "regime", "--db", db)
    assert "study\t1" in run("collections", "--db", db).stdout
    exported = run("export", "--db", db, "--collection", "study").stdout
    assert json.loads(exported)["id"] == "d1"
    quality = json.loads(run("quality", "--json", "--db", db).stdout)
    assert quality["layers"]["techniques"]["rejected"] == 1
    cal = json.loads(run("calibrate", "-r", "ann", "--json", "--db", db).stdout)
    assert cal["version"] is None and cal["report"]["techniques"]["changed"] is False
