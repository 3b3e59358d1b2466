"""The storage seam: the SQLite store implements the whole protocol, migrations own every table."""

from __future__ import annotations

import inspect
import sqlite3
from pathlib import Path

import numpy as np

from spinscope.analyzers.claims.contradictions import claim_vectors, load_claims
from spinscope.core.document import Claim, Document
from spinscope.store import DocumentFilter, SQLiteStore, Store, StoreProtocol, open_store
from spinscope.store.sqlite import MIGRATIONS


def protocol_methods() -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in vars(StoreProtocol).items()
        if callable(member) and (not name.startswith("_") or name in ("__enter__", "__exit__"))
    }


def test_sqlite_store_has_every_protocol_method_with_the_same_parameters() -> None:
    methods = protocol_methods()
    assert {"save", "get", "iter_documents", "list_documents", "corpus_totals", "claim_vectors"} <= set(methods)
    for name, wanted in methods.items():
        got = inspect.signature(getattr(SQLiteStore, name))
        assert list(got.parameters) == list(wanted.parameters), name
        for param, spec in wanted.parameters.items():
            assert got.parameters[param].default == spec.default, f"{name}({param})"


def test_open_store_and_store_are_the_sqlite_store(tmp_path: Path) -> None:
    assert Store is SQLiteStore
    with open_store(tmp_path / "a.db") as store:
        assert isinstance(store, SQLiteStore) and store.count() == 0
    with open_store(tmp_path / "a.db", read_only=True) as store:
        assert store.read_only and store.list_documents(DocumentFilter()).rows == []


def _claim_doc(doc_id: str, text: str) -> Document:
    doc = Document(id=doc_id, text=text, source="Desk")
    doc.claims = [Claim(0, len(text), 0.9, asserted_by="the council", denied_by=["the mayor"])]
    return doc


def fake_encode(texts: list[str]) -> np.ndarray:
    return np.array([[1.0, float(len(t))] for t in texts], dtype=np.float32)


def test_claim_vectors_are_cached_in_a_migrated_table_and_pruned(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    with Store(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        store.save(_claim_doc("a", "The budget doubled."))
        store.save(_claim_doc("b", "Taxes rose twice."))
        claims = load_claims(store)
        assert [(c.doc_id, c.text, c.denied_by) for c in claims] == [
            ("a", "The budget doubled.", ("the mayor",)), ("b", "Taxes rose twice.", ("the mayor",))]
        first = claim_vectors(store, claims, fake_encode)
        assert set(store.claim_vectors()) == {("a", 0), ("b", 0)}
        # Cached now: an encoder that fails proves nothing is encoded again.
        again = claim_vectors(store, claims, lambda texts: (_ for _ in ()).throw(AssertionError(texts)))
        assert np.array_equal(first, again)
        store.delete("b")
        store.save(_claim_doc("c", "A new claim."))
        claim_vectors(store, load_claims(store), fake_encode)
        assert set(store.claim_vectors()) == {("a", 0), ("c", 0)}
    with Store(db, read_only=True) as store:
        assert set(store.claim_vectors()) == {("a", 0), ("c", 0)}


def test_a_file_whose_claim_vectors_table_predates_its_migration_opens(tmp_path: Path) -> None:
    # Before migration 3 the contradictions finder created claim_vectors itself, outside the migrations.
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.execute("CREATE TABLE claim_vectors (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, "
                 "text_hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (doc_id, idx))")
    conn.execute("INSERT INTO claim_vectors VALUES ('x', 0, 'h', x'00000000')")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.claim_vectors() == {("x", 0): ("h", b"\0\0\0\0")}
