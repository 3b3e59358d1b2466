"""The SQLite store on a real file: round trips, replacement, read-only, plain readable tables."""

from __future__ import annotations

import sqlite3

import pytest

from spinscope.core.document import Claim, Document, Entity, Quote, Span, Technique
from spinscope.errors import NotFoundError
from spinscope.store import Store, StoreError


def sample(doc_id: str = "d1", text: str = "The regime said “lies” again.") -> Document:
    doc = Document(id=doc_id, text=text, title="Title", source="Outlet", published="2026-03-01")
    doc.sentences = [Span(0, len(text))]
    doc.entities = [Entity("regime", "ORG", [], [Span(4, 10)])]
    doc.techniques = [Technique(4, 10, "Name_Calling,Labeling", 0.91, "why")]
    doc.quotes = [Quote("direct", Span(17, 21), Span(11, 15), Span(4, 10), "regime", None)]
    doc.claims = [Claim(0, len(text), 0.7, "regime", ["Outlet"])]
    return doc


def test_save_get_round_trip_on_a_real_file(db_path):
    doc = sample()
    with Store(db_path) as store:
        store.save(doc)
    with Store(db_path) as store:
        assert store.get("d1").to_dict() == doc.to_dict()
        assert store.count() == 1


def test_saving_again_replaces_rows_instead_of_adding(db_path):
    with Store(db_path) as store:
        store.save(sample())
        doc = sample()
        doc.techniques = []
        store.save(doc)
        assert store.get("d1").techniques == []
        assert store.conn.execute("SELECT COUNT(*) FROM techniques").fetchone()[0] == 0
        assert store.conn.execute("SELECT n_techniques FROM documents").fetchone()[0] == 0


def test_tables_are_plain_and_readable_without_spinscope(db_path):
    with Store(db_path) as store:
        store.save(sample())
    con = sqlite3.connect(db_path)
    text, start, end, technique = con.execute(
        'SELECT d.text, t.start, t."end", t.technique FROM techniques t JOIN documents d ON d.id = t.doc_id').fetchone()
    assert (text[start:end], technique) == ("regime", "Name_Calling,Labeling")
    assert con.execute("SELECT id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
                       "WHERE documents_fts MATCH 'lies'").fetchone()[0] == "d1"


def test_missing_document_is_a_not_found_error(db_path):
    with Store(db_path) as store, pytest.raises(NotFoundError, match="no document with id 'nope'"):
        store.get("nope")


def test_read_only_refuses_writes_and_missing_files(db_path, tmp_path):
    with Store(db_path) as store:
        store.save(sample())
    with Store(db_path, read_only=True) as store:
        assert store.get("d1").id == "d1"
        with pytest.raises(StoreError, match="read-only"):
            store.save(sample("d2"))
    with pytest.raises(StoreError, match="no such database file"):
        Store(tmp_path / "absent.db", read_only=True)


def test_errors_runs_and_corpus_totals(db_path):
    with Store(db_path) as store:
        run = store.start_run({"version": "abc", "analyzers": []})
        store.save(sample())
        store.record_error("bad.txt", "empty file", run_id=run)
        store.finish_run(run, 1, 1)
        totals = store.corpus_totals()
        assert totals["documents"] == 1 and totals["errors"] == 1 and totals["runs"] == 1
        assert totals["techniques"] == 1 and totals["speakers"] == 1 and totals["words"] == 5
        assert store.technique_totals() == [{"technique": "Name_Calling,Labeling", "spans": 1, "documents": 1}]
        assert store.errors()[0]["reason"] == "empty file"


def test_delete_removes_every_layer(db_path):
    with Store(db_path) as store:
        store.save(sample())
        store.delete("d1")
        for table in ("documents", "techniques", "quotes", "claims", "entities", "mentions", "sentences"):
            assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
