"""SQLite reads and writes for cross-document claim analysis: stored claims and their cached vectors."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from spinscope.store.filters import ClaimVectorRow

# SQLite's substr counts characters, as Python str indices do, so the claim text is exact.
_CLAIMS_SQL = """
SELECT c.doc_id, c.idx, c.start, c."end", c.asserted_by, c.denied_by, c.score,
       substr(d.text, c.start + 1, c."end" - c.start) AS text, d.title, d.source, d.published
FROM claims c JOIN documents d ON d.id = c.doc_id
ORDER BY c.doc_id, c.idx
"""


class SQLiteClaimQueries:
    """Claims with their text and document, and the ``claim_vectors`` cache; mixed into the SQLite store."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:

        def _writable(self) -> None: ...  # the store's: refuses writes on a read-only store

    def stored_claims(self) -> list[dict[str, Any]]:
        """Every stored claim with its text and its document's title, source and date, by (doc_id, idx).

        ``denied_by`` is decoded to a list.
        """
        return [{**dict(r), "denied_by": json.loads(r["denied_by"] or "[]")} for r in self.conn.execute(_CLAIMS_SQL)]

    def claim_vectors(self) -> dict[tuple[str, int], tuple[str, bytes]]:
        """Cached vectors: (doc_id, idx) -> (text hash, vector bytes)."""
        try:
            rows = self.conn.execute("SELECT doc_id, idx, text_hash, vector FROM claim_vectors").fetchall()
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
