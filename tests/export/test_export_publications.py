"""Exports carry every publication: each text once, with its publications (JSONL/JSON), one CSV row each."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.engine.batch import Batch
from spinscope.store import Store

CLI = [sys.executable, "-m", "spinscope.cli"]
STATEMENT = "The ministry said the reports were a smear campaign. It said the army respected the ceasefire."


def store_with_republications(db: Path) -> None:
    docs = [Document(id=f"p{i}", text=STATEMENT, source=f"outlet-{i}.example", published=f"2026-05-0{5 + i}",
                     title=f"Statement {i}") for i in range(3)]
    docs.append(Document(id="other", text="A council met on Tuesday and passed the budget.", source="outlet-0.example"))
    with Store(db) as store:
        Batch(store, Pipeline(["parse"], on_error="record")).run(docs)


def export(db: Path, *args: str) -> str:
    result = subprocess.run([*CLI, "export", "--db", str(db), *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_jsonl_and_csv_exports_list_every_publication(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store_with_republications(db)
    texts = [json.loads(line) for line in export(db).splitlines()]
    assert [t["id"] for t in texts] == ["p0", "other"]  # each text once
    pubs = texts[0]["meta"]["publications"]
    assert [(p["id"], p["source"], p["published"], p["title"]) for p in pubs] == [
        (f"p{i}", f"outlet-{i}.example", f"2026-05-0{5 + i}", f"Statement {i}") for i in range(3)
    ]
    assert Document.from_dict(texts[0]).to_dict() == texts[0]  # still the contract's JSON
    # Asking for a republication's id exports its text.
    assert [json.loads(line)["id"] for line in export(db, "--id", "p2").splitlines()] == ["p0"]
    rows = list(csv.DictReader(io.StringIO(export(db, "--format", "csv"))))
    published = [(r["doc_id"], r["publication"], r["outlet"], r["published"]) for r in rows if r["layer"] == "publications"]
    assert published == [("p0", f"p{i}", f"outlet-{i}.example", f"2026-05-0{5 + i}") for i in range(3)] + [
        ("other", "other", "outlet-0.example", "")]
    # Annotation rows keep their offsets into the one text.
    for r in rows:
        if r["layer"] == "sentences":
            assert r["text"] == (STATEMENT if r["doc_id"] == "p0" else texts[1]["text"])[int(r["start"]):int(r["end"])]
