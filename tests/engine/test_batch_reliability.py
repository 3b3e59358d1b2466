"""Batch reliability (issue 14): crash-and-resume at every write, near-duplicates of failed documents,
documents left without their MinHash, and a 1k-document batch with 5% hostile inputs.

Crashes are real: a forked child process running the real batch into a real SQLite file exits with
``os._exit`` (no cleanup, no ``finally``) just before its k-th store write; the parent resumes.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from spinscope.core import registry
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.engine.batch import Batch
from spinscope.store import Store

WRITES = ("start_run", "save", "record_error", "record_duplicate", "save_signature", "finish_run")
WORDS = ("harbour council ferry union strike minister budget pier island tide grain corridor envoy "
         "cable denial report mayor coast fishermen vote inquiry subsidy tariff border port crew").split()


def story(seed: int, words: int = 60) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def small_corpus(folder: Path) -> Path:
    """Seven documents: an exact duplicate, a near-duplicate, two bad files and good ones."""
    folder.mkdir()
    base = story(1)
    files = {
        "a.txt": f"Port strike\n\n{base}",
        "b.txt": f"Port strike\n\n{base} The crews went home.",  # near-duplicate of a
        "c.txt": f"Tariffs\n\n{story(2)}",
        "d.txt": f"Port strike\n\n{base}",  # exact duplicate of a
        "e.txt": "",  # empty
        "f.jsonl": "\n".join([json.dumps({"id": "g", "text": story(3)}), "{broken", json.dumps({"id": "h", "text": story(4)})]),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def content(path: Path) -> dict[str, Any]:
    with Store(path, read_only=True) as store:
        return {
            "documents": [d.to_dict() for d in store.iter_documents()],
            "minhashes": dict(store.conn.execute("SELECT doc_id, signature FROM minhashes").fetchall()),
            "duplicates": sorted(tuple(r) for r in store.conn.execute(
                "SELECT doc_id, duplicate_of, kind, similarity FROM duplicates")),
            # Each run reports the bad inputs it met, so a resumed batch records them again: compare sets.
            "errors": sorted({(e["source"], e["row"], e["reason"]) for e in store.errors()}),
        }


class CrashingStore(Store):
    """The real store, except that the process dies just before its ``crash_at``-th write."""

    crash_at = 0
    writes = 0

    def __getattribute__(self, name: str) -> Any:
        if name in WRITES:
            cls = type(self)
            cls.writes += 1
            if cls.writes == cls.crash_at:
                os._exit(17)
        return super().__getattribute__(name)


def batch_into(store: Store, inputs: Path) -> None:
    Batch(store, Pipeline([], on_error="record"), batch_size=2).run_paths([inputs])


def _crash_child(db: str, inputs: str, crash_at: int) -> None:
    CrashingStore.crash_at, CrashingStore.writes = crash_at, 0
    with CrashingStore(db) as store:
        batch_into(store, Path(inputs))
    os._exit(0)


def count_writes(db: Path, inputs: Path) -> int:
    CrashingStore.crash_at, CrashingStore.writes = 0, 0
    with CrashingStore(db) as store:
        batch_into(store, inputs)
    return CrashingStore.writes


@pytest.mark.slow
def test_crash_before_any_write_then_resume_gives_the_clean_store(tmp_path: Path) -> None:
    inputs = small_corpus(tmp_path / "in")
    total = count_writes(tmp_path / "clean.db", inputs)
    assert total >= 10  # runs, saves, duplicates, errors: every kind of write is crossed
    clean = content(tmp_path / "clean.db")
    assert len(clean["documents"]) == 5 and len(clean["errors"]) == 2
    ctx = mp.get_context("fork")
    for k in range(1, total + 1):
        db = tmp_path / f"crash-{k}.db"
        child = ctx.Process(target=_crash_child, args=(str(db), str(inputs), k))
        child.start()
        child.join(timeout=60)
        assert child.exitcode == 17, f"write {k}: the child did not crash there"
        with Store(db) as store:
            batch_into(store, inputs)
            runs = store.runs()
        assert content(db) == clean, f"crash before write {k} of {total} was not repaired by the resume"
        assert all(r["status"] in ("finished", "interrupted") for r in runs), runs
        assert runs[-1]["status"] == "finished"


def test_documents_saved_without_a_minhash_are_signed_on_resume(tmp_path: Path) -> None:
    # What a run killed between the two transactions of older versions left behind.
    text = story(7, 80)
    with Store(tmp_path / "old.db") as store:
        store.save(Document(id="orphan", text=text, meta={"content_hash": "x"}))
        assert list(store.iter_signatures()) == []
        batch = Batch(store, Pipeline([], on_error="record"))
        assert list(store.iter_signatures()) == []  # the constructor does no I/O: signed on the first run
        report = batch.run([Document(id="later", text=text + " One more line.")])
        assert [doc_id for doc_id, _ in store.iter_signatures()] == ["orphan", "later"]
    assert report.near_duplicates and report.near_duplicates[0][:2] == ("later", "orphan")


@pytest.fixture()
def failing_analyzer() -> Iterator[str]:
    """An analyzer that fails on documents whose id starts with 'poison' (registered for this test)."""

    class FailsOnPoison(registry.Analyzer):
        name = "fails_on_poison"
        version = "1"

        def __call__(self, doc: Document) -> Document:
            if doc.id.startswith("poison"):
                raise ValueError("cannot analyse this one")
            return doc

    registry.register(FailsOnPoison)
    yield FailsOnPoison.name
    registry.unregister(FailsOnPoison.name)


@pytest.mark.parametrize("batch_size", [1, 4])
def test_nothing_is_linked_as_near_duplicate_of_a_document_that_failed(
        tmp_path: Path, failing_analyzer: str, batch_size: int) -> None:
    text = story(11, 80)
    docs = [Document(id="poison-1", text=text), Document(id="copy", text=text + " Reprinted."),
            Document(id="other", text=story(12, 80))]
    with Store(tmp_path / "n.db") as store:
        report = Batch(store, Pipeline([failing_analyzer], on_error="record"), batch_size=batch_size).run(docs)
        assert [e.source for e in report.errors] == ["poison-1"]
        assert sorted(store.ids()) == ["copy", "other"]
        assert report.near_duplicates == []
        assert store.conn.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 0
        assert "near_duplicate_of" not in store.get("copy").meta
        # The failed document is out of the index too: a later run links to what was stored.
        again = Batch(store, Pipeline([failing_analyzer], on_error="record")).run(
            [Document(id="third", text=text + " Reprinted again.")])
        assert [n[:2] for n in again.near_duplicates] == [("third", "copy")]


def hostile_mix(folder: Path) -> tuple[int, int]:
    """1,000 inputs, 5% of them hostile; returns (good, bad)."""
    folder.mkdir()
    rows, bad = [], 0
    for i in range(950):
        rows.append(json.dumps({"id": f"row-{i}", "title": f"Story {i}", "text": story(1000 + i, 40)}))
    hostile_rows = [
        "{not json", "[1, 2]", '"just a string"', json.dumps({"title": "no text"}), json.dumps({"text": "   "}),
        json.dumps({"text": 42}), '{"text": "unterminated', json.dumps({"text": "x" * 3000}),  # over --max-bytes
    ]
    for j in range(30):
        rows.insert(10 + j * 31, hostile_rows[j % len(hostile_rows)])
        bad += 1
    # A raw U+2028 inside a string is valid JSON, and one row.
    rows[5] = json.dumps({"id": "row-5", "text": "Line\u2028separated " + story(1005, 40)}, ensure_ascii=False)
    (folder / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    files: dict[str, bytes] = {
        "empty.txt": b"", "blank.txt": b"   \n\n", "binary.txt": b"\x00\x01\x02text", "latin1.txt": b"caf\xe9 au lait",
        "noarticle.html": b"<html><head><title>Menu</title></head><body><script>var a = 1;</script></body></html>", "broken.json": b'{"text": ',
        "nocol.csv": b"title,body\nA,B\n", "list.json": b"[1]", "bad16.txt": b"\xff\xfe\x00\xd8",
        "deep.html": ("<html><body>" + "<div>" * 2200 + "<p>Deep text here, far down.</p>" + "</div>" * 2200
                      + "</body></html>").encode(),
        "ctl.jsonl": b'{"text": "tab\there"}\n', "big.txt": b"word " * 700,
    }
    for j in range(16 - len(files)):
        files[f"empty-{j}.txt"] = b""
    for name, data in files.items():
        (folder / name).write_bytes(data)
    os.symlink("loop-a.txt", folder / "loop-a.txt")
    for j in range(3):
        os.symlink(f"missing-{j}.txt", folder / f"dangling-{j}.txt")
    bad += len(files) + 4
    return 1000 - bad, bad


@pytest.mark.slow
def test_a_1k_batch_with_5_percent_hostile_inputs_stores_every_good_one(tmp_path: Path) -> None:
    good, bad = hostile_mix(tmp_path / "mix")
    assert (good, bad) == (950, 50)
    db, out = tmp_path / "mix.db", tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "spinscope.cli", "analyze", str(tmp_path / "mix"), "--db", str(db), "-a", "parse",
           "--max-bytes", "2048", "-q", "--format", "jsonl", "--out", str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert proc.returncode == 1, proc.stderr[-2000:]  # some inputs failed, and it says so
    with Store(db, read_only=True) as store:
        assert store.count() == good
        errors = store.errors()
        (run,) = store.runs()
    assert len(errors) == bad, [(e["source"], e["row"], e["reason"]) for e in errors]
    assert (run["status"], run["n_docs"], run["n_errors"]) == ("finished", good, bad)
    assert len(out.read_text(encoding="utf-8").splitlines()) == good
    feed_rows = {e["row"] for e in errors if e["source"].endswith("feed.jsonl")}
    assert len(feed_rows) == 30 and max(feed_rows) <= 990  # rows the file has
    assert all(e["reason"] and " at at " not in e["reason"] for e in errors)
    assert len(proc.stderr.strip().splitlines()) >= bad  # one line per bad input
