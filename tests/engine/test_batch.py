"""Batches into a real SQLite file: idempotent re-runs, duplicates, bad inputs, resumption."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.core.pipeline import Pipeline
from spinscope.engine.batch import Batch
from spinscope.store import Store

BODY = (
    "Officials in the capital said on Tuesday that the water supply had been restored to most districts "
    "after repairs that lasted four days. Engineers worked through the night, the city council said, and "
    "residents were asked to boil water until further notice. Hospitals reported no shortages."
)


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "water.txt", "Water restored\n\n" + BODY)
    # Same text under another name: stored once, reported as a duplicate.
    write(folder, "water_copy.txt", "Water restored\n\n" + BODY)
    # A republication with a new headline and one sentence changed: a near-duplicate.
    write(folder, "water_repub.txt", "City water back on\n\n" + BODY.replace("Hospitals reported no shortages.",
                                                                            "Schools will reopen on Thursday."))
    write(folder, "other.txt", "Budget passed\n\nParliament passed the budget by 201 votes to 150 late on Friday.")
    write(folder, "empty.txt", b"")
    write(folder, "binary.txt", b"\x00\x01\x02\x03")
    write(folder, "rows.jsonl", '{"id": "j1", "text": "A short wire item about rain."}\n{broken\n')
    return folder


def run(db: Path, folder: Path, pipeline: Pipeline):
    with Store(db) as store:
        return Batch(store, pipeline).run_paths([folder])


def test_mixed_batch_stores_every_good_document_and_reports_every_bad_one(db_path, corpus, base_pipeline):
    report = run(db_path, corpus, base_pipeline)
    assert sorted(report.analyzed) == ["j1", "other", "water", "water_repub"]
    assert report.exact_duplicates == [("water_copy", "water")]
    assert [(n, o) for n, o, _ in report.near_duplicates] == [("water_repub", "water")]
    reasons = sorted((Path(e.source).name, e.row, e.reason.split(" (")[0]) for e in report.errors)
    assert reasons == [("binary.txt", None, "binary file"), ("empty.txt", None, "empty file"),
                       ("rows.jsonl", 2, "malformed JSON: Expecting property name enclosed in double quotes at column 2")]
    assert not report.ok
    with Store(db_path) as store:
        assert sorted(store.ids()) == ["j1", "other", "water", "water_repub"]
        assert store.get("water_repub").meta["near_duplicate_of"] == "water"
        assert len(store.errors()) == 3
        kinds = dict(store.conn.execute("SELECT doc_id, kind FROM duplicates").fetchall())
        assert kinds == {"water_copy": "exact", "water_repub": "near"}
        assert store.get("water").entities  # the pipeline really ran


def test_rerun_with_same_pipeline_does_nothing(db_path, corpus, base_pipeline):
    run(db_path, corpus, base_pipeline)
    with Store(db_path) as store:
        before = store.conn.execute("SELECT id, analyzed_at FROM documents ORDER BY id").fetchall()
    again = run(db_path, corpus, base_pipeline)
    assert again.analyzed == [] and sorted(again.unchanged) == ["j1", "other", "water", "water_repub"]
    with Store(db_path) as store:
        after = store.conn.execute("SELECT id, analyzed_at FROM documents ORDER BY id").fetchall()
        assert [tuple(r) for r in after] == [tuple(r) for r in before]
        assert store.conn.execute("SELECT COUNT(*) FROM duplicates").fetchone()[0] == 2


def test_new_pipeline_version_reanalyses(db_path, corpus, base_pipeline):
    run(db_path, corpus, Pipeline(["parse"]))
    with Store(db_path) as store:
        assert store.get("water").entities == []
    report = run(db_path, corpus, base_pipeline)
    assert sorted(report.analyzed) == ["j1", "other", "water", "water_repub"]
    with Store(db_path) as store:
        assert store.get("water").entities


def test_changed_file_is_reanalysed_and_an_interrupted_batch_resumes(db_path, tmp_path, base_pipeline):
    folder = tmp_path / "resume"
    folder.mkdir()
    for i in range(3):
        write(folder, f"n{i}.txt", f"Note {i}\n\nMayor number {i} opened bridge {i * 7} in the north today.")
    with Store(db_path) as store:
        # Simulate a run that stopped after the first document.
        Batch(store, base_pipeline).run_paths([folder / "n0.txt"])
    report = run(db_path, folder, base_pipeline)
    assert report.unchanged == ["n0"] and sorted(report.analyzed) == ["n1", "n2"]
    write(folder, "n1.txt", "Note 1\n\nThe bridge opening was postponed after heavy snow fell overnight.")
    report = run(db_path, folder, base_pipeline)
    assert report.analyzed == ["n1"]
