"""SQLite reads for one document's neighbours: its recorded duplicates (both ways) and its errors."""

from __future__ import annotations

import sqlite3
from typing import Any


class SQLiteDuplicateQueries:
    """The article page's links to near and exact duplicates, and errors recorded for a document."""

    conn: sqlite3.Connection

    def document_duplicates(self, doc_id: str) -> list[dict[str, Any]]:
        """Duplicates recorded for ``doc_id`` in either direction, most similar first.

        Each row: ``other`` (the other document's id), ``title`` (None when it is not stored, as an
        exact duplicate that was skipped), ``kind`` (near | exact), ``similarity`` (0-1 or None) and
        ``stored`` (whether the other document is in the store), and
        ``direction``: ``of`` when ``doc_id`` was found to duplicate ``other``, ``by`` when ``other``
        was found to duplicate ``doc_id``.
        """
        rows = self.conn.execute(
            """
            SELECT d.duplicate_of AS other, 'of' AS direction, d.kind, d.similarity, o.title, o.id IS NOT NULL AS stored
              FROM duplicates d LEFT JOIN documents o ON o.id = d.duplicate_of WHERE d.doc_id = ?
            UNION ALL
            SELECT d.doc_id AS other, 'by' AS direction, d.kind, d.similarity, o.title, o.id IS NOT NULL AS stored
              FROM duplicates d LEFT JOIN documents o ON o.id = d.doc_id WHERE d.duplicate_of = ?
            ORDER BY similarity DESC, other
            """,
            (doc_id, doc_id),
        ).fetchall()
        return [{**dict(r), "stored": bool(r["stored"])} for r in rows]

    def document_errors(self, doc_id: str, path: str | None = None) -> list[dict[str, Any]]:
        """Errors recorded for this document (by id, or by the path it was read from), oldest first."""
        sources = [s for s in (doc_id, path) if s]
        marks = ", ".join("?" for _ in sources)
        rows = self.conn.execute(
            f'SELECT source, "row", reason, run_id, created_at FROM errors WHERE source IN ({marks}) ORDER BY id',
            sources,
        ).fetchall()
        return [dict(r) for r in rows]
