"""The article page's neighbour queries seek an index (migration 6), on new and on older files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from spinscope.core.document import Document
from spinscope.store import Store
from spinscope.store.sqlite import MIGRATIONS


def neighbour_plans(store: Store) -> list[str]:
    """Every step SQLite plans for the duplicates and errors of one document, as the article page asks."""
    traced: list[str] = []
    store.conn.set_trace_callback(traced.append)
    store.document_duplicates("a-1")
    store.document_errors("a-1", "/data/a-1.txt")
    store.conn.set_trace_callback(None)
    steps: list[str] = []
    for sql in traced:
        # The traced text has its parameters bound already.
        steps += [row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
    return steps


def fill(store: Store) -> None:
    store.save(Document(id="a-1", text="The harbour plan was approved."))
    for i in range(50):
        store.record_duplicate(f"copy-{i}", "a-1", "near", 0.9)
        store.record_error(f"/data/bad-{i}.txt", "not UTF-8 text")
    store.record_error("/data/a-1.txt", "text too long for the claim model")


def test_no_full_scan_of_duplicates_or_errors(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as store:
        fill(store)
        steps = neighbour_plans(store)
        assert not [s for s in steps if s.startswith("SCAN") and ("duplicates" in s or s.split()[1] in ("d", "errors"))], steps
        assert any("duplicates_of" in s for s in steps) and any("errors_source" in s for s in steps), steps
        assert [r["other"] for r in store.document_duplicates("a-1")][:2] == ["copy-0", "copy-1"]
        assert [e["reason"] for e in store.document_errors("a-1", "/data/a-1.txt")] == ["text too long for the claim model"]


def test_an_older_file_gains_the_indexes_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:
        fill(store)
    # As a file written before migration 6: drop its indexes and step its version back.
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX duplicates_of")
    conn.execute("DROP INDEX errors_source")
    conn.execute("DROP TABLE publications")  # migration 7 (publications) comes after it
    conn.execute("DROP TABLE ingest_claims")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"duplicates_of", "errors_source"} <= names
