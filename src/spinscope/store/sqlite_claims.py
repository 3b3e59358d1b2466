"""SQLite reads and writes for cross-document claim analysis: stored claims and their cached vectors."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from spinscope.store.filters import ClaimVectorRow

# SQLite's substr counts characters, as Python str indices do, so the claim text is exact.
# ``before``/``after``: up to 200 characters around the claim, for its line (lead-in, caption, headline).
_CLAIMS_SQL = """
SELECT c.doc_id, c.idx, c.start, c."end", c.asserted_by, c.denied_by, c.score,
       substr(d.text, c.start + 1, c."end" - c.start) AS text, d.title, d.source, d.published, d.issuer,
       substr(d.text, max(1, c.start + 1 - 200), min(c.start, 200)) AS before, substr(d.text, c."end" + 1, 200) AS after
FROM claims c JOIN documents d ON d.id = c.doc_id
{where}
ORDER BY c.doc_id, c.idx
"""

# Contradiction pairs, kept as documents arrive (campaigns/contradictions.py): the page reads them.
_PAIRS_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS contradiction_pairs (claim_doc TEXT NOT NULL, claim_idx INTEGER NOT NULL, "
    "denial_doc TEXT NOT NULL, denial_idx INTEGER NOT NULL, similarity REAL NOT NULL, record TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS contradiction_pairs_similarity ON contradiction_pairs(similarity)",
    "CREATE INDEX IF NOT EXISTS contradiction_pairs_claim ON contradiction_pairs(claim_doc)",
    "CREATE INDEX IF NOT EXISTS contradiction_pairs_denial ON contradiction_pairs(denial_doc)",
    "CREATE TABLE IF NOT EXISTS contradiction_docs (doc_id TEXT PRIMARY KEY, stamp TEXT)",
)
# What a document's pairs depend on: its analysis, its outlet and its issuer (sides).
_STAMP = "coalesce(d.analyzed_at, '') || '|' || coalesce(d.content_hash, '') || '|' || coalesce(d.n_claims, '') || '|' || coalesce(d.source, '') || '|' || coalesce(d.issuer, '')"


class SQLiteClaimQueries:
    """Claims with their text and document, and the ``claim_vectors`` cache; mixed into the SQLite store."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:

        def _writable(self) -> None: ...  # the store's: refuses writes on a read-only store

    def stored_claims(self, doc_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Every stored claim (or those of ``doc_ids``) with its text, the text around it and its
        document's title, source, date and issuer, by (doc_id, idx). ``denied_by`` is decoded to a list.
        """
        if doc_ids is None:
            rows = self.conn.execute(_CLAIMS_SQL.format(where=""))
        else:
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS _claim_docs (id TEXT PRIMARY KEY)")
            self.conn.execute("DELETE FROM _claim_docs")
            self.conn.executemany("INSERT OR IGNORE INTO _claim_docs VALUES (?)", [(d,) for d in doc_ids])
            rows = self.conn.execute(_CLAIMS_SQL.format(where="WHERE c.doc_id IN (SELECT id FROM _claim_docs)"))
        return [{**dict(r), "denied_by": json.loads(r["denied_by"] or "[]")} for r in rows]

    # -- stored contradiction pairs ----------------------------------------------------------------
    def _has_pairs(self) -> bool:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contradiction_docs'"
        return self.conn.execute(sql).fetchone() is not None

    def contradiction_changes(self) -> tuple[dict[str, str], list[str]] | None:
        """Documents whose pairs must be (re)computed, with their new stamp, and documents gone.

        None on a read-only store that has no pair tables yet (nothing stored to read).
        """
        if not self._has_pairs():
            if self.read_only:  # type: ignore[attr-defined]
                return None
            with self.conn:
                for statement in _PAIRS_SCHEMA:
                    self.conn.execute(statement)
        changed = {r[0]: r[1] for r in self.conn.execute(
            f"SELECT d.id, {_STAMP} FROM documents d LEFT JOIN contradiction_docs c ON c.doc_id = d.id "
            f"WHERE c.doc_id IS NULL OR c.stamp IS NOT {_STAMP}")}
        removed = [r[0] for r in self.conn.execute(
            "SELECT doc_id FROM contradiction_docs WHERE doc_id NOT IN (SELECT id FROM documents)")]
        return changed, removed

    def save_contradictions(self, stamps: dict[str, str], removed: Sequence[str],
                            pairs: Iterable[tuple[str, int, str, int, float, str]]) -> None:
        """Replace the pairs of the documents in ``stamps`` and ``removed`` by ``pairs``, in one transaction."""
        self._writable()
        gone = [(d,) for d in [*stamps, *removed]]
        with self.conn:
            self.conn.executemany("DELETE FROM contradiction_pairs WHERE claim_doc = ?", gone)
            self.conn.executemany("DELETE FROM contradiction_pairs WHERE denial_doc = ?", gone)
            self.conn.executemany("DELETE FROM contradiction_docs WHERE doc_id = ?", [(d,) for d in removed])
            self.conn.executemany(
                "INSERT INTO contradiction_pairs (claim_doc, claim_idx, denial_doc, denial_idx, similarity, record) "
                "VALUES (?, ?, ?, ?, ?, ?)", pairs)
            self.conn.executemany("INSERT OR REPLACE INTO contradiction_docs (doc_id, stamp) VALUES (?, ?)",
                                  list(stamps.items()))

    def stored_contradictions(self, threshold: float, limit: int) -> list[dict[str, Any]] | None:
        """Stored pairs at or above ``threshold``, most similar first; None when none were ever stored."""
        if not self._has_pairs():
            return None
        rows = self.conn.execute(
            "SELECT record FROM contradiction_pairs WHERE similarity >= ? "
            "ORDER BY similarity DESC, claim_doc, claim_idx, denial_doc, denial_idx LIMIT ?", (threshold, limit))
        return [json.loads(r[0]) for r in rows]

    def claim_kinds(self) -> list[tuple[str, int, bool, bool]]:
        """(doc_id, idx, denied, asserted) of every claim: no text, so a whole store is read at once."""
        rows = self.conn.execute(
            "SELECT doc_id, idx, coalesce(denied_by, '[]') NOT IN ('[]', '') AS denied, asserted_by IS NOT NULL "
            "FROM claims ORDER BY doc_id, idx")
        return [(r[0], r[1], bool(r[2]), bool(r[3]) or not r[2]) for r in rows]

    def claim_vectors(self, keys: Sequence[tuple[str, int]] | None = None) -> dict[tuple[str, int], tuple[str, bytes]]:
        """Cached vectors: (doc_id, idx) -> (text hash, vector bytes); only those of ``keys`` when given."""
        sql = "SELECT doc_id, idx, text_hash, vector FROM claim_vectors"
        try:
            if keys is None:
                rows = self.conn.execute(sql).fetchall()
            else:
                self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS _claim_keys (doc_id TEXT, idx INTEGER, "
                                  "PRIMARY KEY (doc_id, idx))")
                self.conn.execute("DELETE FROM _claim_keys")
                self.conn.executemany("INSERT OR IGNORE INTO _claim_keys VALUES (?, ?)", keys)
                rows = self.conn.execute(sql + " v WHERE EXISTS (SELECT 1 FROM _claim_keys k "
                                         "WHERE k.doc_id = v.doc_id AND k.idx = v.idx)").fetchall()
        except sqlite3.OperationalError:  # a file opened read-only, made before migration 3 added the table
            return {}
        return {(r["doc_id"], r["idx"]): (r["text_hash"], r["vector"]) for r in rows}

    def save_claim_vectors(self, rows: Iterable[ClaimVectorRow]) -> None:
        """Cache vectors (replacing those of the same claims) and drop those of removed documents."""
        self._writable()
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO claim_vectors (doc_id, idx, text_hash, vector) VALUES (?,?,?,?)", rows
            )
            self.conn.execute("DELETE FROM claim_vectors WHERE doc_id NOT IN (SELECT id FROM documents)")
