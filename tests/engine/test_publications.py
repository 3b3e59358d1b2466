"""One statement, three outlets: three publications, one text analysed once; old stores migrate."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.engine.batch import Batch
from spinscope.store import Store
from spinscope.store import sqlite as store_sqlite

STATEMENT = (
    "The ministry said on Monday that the so-called reports of shelling near the border were a smear "
    "campaign by the West. It called on foreign journalists to stop repeating the claims of the "
    "opposition and said the army had respected the ceasefire since March."
)
OUTLETS = [
    ("wire-1", "Ministry rejects reports", "https://www.alpha-news.example/a/1", "May 5, 2026"),
    ("wire-2", "Statement on the border", "https://beta-daily.example/2026/05/05/statement", "2026-05-05"),
    ("wire-3", "Ministry: smear campaign", "https://gamma.example/news/77", "6 May 2026"),
]


def rows(path: Path) -> Path:
    lines = [json.dumps({"id": i, "title": t, "url": u, "published": p, "text": STATEMENT}) for i, t, u, p in OUTLETS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def counting_pipeline() -> Pipeline:
    return Pipeline([], on_error="record")


def test_one_statement_three_outlets_is_one_text_and_three_publications(tmp_path, counting_pipeline) -> None:
    src = rows(tmp_path / "wire.jsonl")
    with Store(tmp_path / "s.db") as store:
        report = Batch(store, counting_pipeline).run_paths([src])
        assert report.analyzed == ["wire-1"]  # the pipeline ran once
        assert report.republished == [("wire-2", "wire-1"), ("wire-3", "wire-1")]
        assert store.count() == 1 and store.publication_count() == 3
        pubs = store.publications("wire-1")
        assert [(p["id"], p["source"], p["published"]) for p in pubs] == [
            ("wire-1", "alpha-news.example", "2026-05-05"),
            ("wire-2", "beta-daily.example", "2026-05-05"),
            ("wire-3", "gamma.example", "2026-05-06"),
        ]
        # A publication id resolves to its text, with that publication's metadata.
        doc = store.get("wire-3")
        assert (doc.id, doc.title, doc.source, doc.meta["publication_id"]) == ("wire-1", "Ministry: smear campaign",
                                                                                "gamma.example", "wire-3")
        # The same ids again: a no-op.
        again = Batch(store, counting_pipeline).run_paths([src])
        assert again.analyzed == [] and again.republished == [] and sorted(again.unchanged) == ["wire-1", "wire-2", "wire-3"]
        # The same url under a new id: a duplicate, not a fourth publication.
        same_url = Document(id="wire-9", text=STATEMENT, url=OUTLETS[1][2], published="2026-05-07")
        _, one = Batch(store, counting_pipeline).run_one(same_url)
        assert one.exact_duplicates == [("wire-9", "wire-1")] and store.publication_count() == 3


def test_republications_across_runs_and_within_one_batch_agree(tmp_path, counting_pipeline) -> None:
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        docs = [Document(id=i, text=STATEMENT, title=t, url=u, published=p) for i, t, u, p in OUTLETS]
        Batch(a, counting_pipeline).run(docs)
        for d in [Document(id=i, text=STATEMENT, title=t, url=u, published=p) for i, t, u, p in OUTLETS]:
            Batch(b, counting_pipeline).run([d])
        strip = ("added_at", "run_id")
        assert [{k: v for k, v in p.items() if k not in strip} for p in a.iter_publications()] == \
               [{k: v for k, v in p.items() if k not in strip} for p in b.iter_publications()]


def test_a_pipeline_is_not_changed_by_a_batch(tmp_path) -> None:
    pipeline = Pipeline([], on_error="raise")
    with Store(tmp_path / "s.db") as store:
        Batch(store, pipeline).run([Document(id="x", text=STATEMENT)])
    assert pipeline.on_error == "raise"


def test_edited_metadata_survives_a_reanalysis(tmp_path) -> None:
    with Store(tmp_path / "s.db") as store:
        Batch(store, Pipeline([], on_error="record")).run([Document(id="x", text=STATEMENT, title="Old")])
        store.update_metadata("x", title="Set by the analyst", source="delta.example")
        Batch(store, Pipeline(["parse"], on_error="record")).run([Document(id="x", text=STATEMENT, title="Old")])
        doc = store.get("x")
        assert (doc.title, doc.source) == ("Set by the analyst", "delta.example")
        assert doc.meta["pipeline_version"] == Pipeline(["parse"]).version


def test_a_store_made_by_the_old_schema_migrates(tmp_path, monkeypatch) -> None:
    path = tmp_path / "old.db"
    # The file as the store wrote it before publications existed (migrations 1-6).
    old = [m for m in store_sqlite.MIGRATIONS if m is not store_sqlite.PUBLICATIONS_MIGRATION]
    conn = sqlite3.connect(path)
    for number, script in enumerate(old[:6], start=1):
        for statement in store_sqlite._statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    for i, (doc_id, title, url, _published) in enumerate(OUTLETS):
        conn.execute(
            "INSERT INTO documents (id, title, source, url, published, text, content_hash, meta) VALUES (?,?,?,?,?,?,?,?)",
            (doc_id, title, f"outlet-{i}", url, "2026-05-0" + str(5 + i), STATEMENT + f" ({i})", f"h{i}",
             json.dumps({"path": f"/in/{doc_id}.txt"})),
        )
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(store_sqlite.MIGRATIONS)
        pubs = list(store.iter_publications())
        assert [(p["id"], p["doc_id"], p["source"], p["published"], p["path"]) for p in pubs] == [
            (d, d, f"outlet-{i}", f"2026-05-0{5 + i}", f"/in/{d}.txt") for i, (d, *_rest) in enumerate(OUTLETS)
        ]
        assert store.get("wire-2").title == "Statement on the border"


def test_the_language_is_set_at_ingest_when_the_input_gave_none(tmp_path) -> None:
    russian = ("Министерство иностранных дел заявило в понедельник, что сообщения об обстрелах у границы "
               "являются клеветнической кампанией Запада.")
    docs = [Document(id="ru", text=russian), Document(id="en", text=STATEMENT),
            Document(id="stated", text=russian + " Так сказал министр.", lang="uk")]
    with Store(tmp_path / "s.db") as store:
        Batch(store, Pipeline([], on_error="record")).run(docs)
        assert [store.get(i).lang for i in ("ru", "en", "stated")] == ["ru", "en", "uk"]


def test_a_batch_picks_up_signatures_another_writer_stored_since_its_last_run(tmp_path) -> None:
    path = tmp_path / "shared.db"
    pipeline = Pipeline([], on_error="record")
    long = STATEMENT + " The statement ended with a call for calm and for talks in Geneva next week."
    with Store(path) as mine, Store(path) as other:
        batch = Batch(mine, pipeline)  # no I/O yet
        batch.run([Document(id="first", text="An unrelated text about the weather in the mountains today.")])
        Batch(other, pipeline).run([Document(id="theirs", text=long)])  # another writer, after my run
        report = batch.run([Document(id="later", text=long.replace("next week", "on Friday"))])
    assert [(new, old) for new, old, _ in report.near_duplicates] == [("later", "theirs")]
