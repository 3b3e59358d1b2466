"""SQLite read queries about actor roles (``entities.role``, stored as JSON): per actor and corpus-wide."""

from __future__ import annotations

import json
import sqlite3
from typing import Any


class SQLiteRoleQueries:
    """How the corpus casts its actors; mixed into the SQLite store."""

    conn: sqlite3.Connection

    def actor_roles(self, name: str) -> list[dict[str, Any]]:
        """One row per document that gives the actor a role: doc_id, title, source, main, fine, score,
        by (the voice casting it; None for the author or issuer) and evidence (the first casting
        sentence's text, or None)."""
        rows = self.conn.execute(
            "SELECT e.doc_id, d.title, d.source, e.role FROM entities e JOIN documents d ON d.id = e.doc_id "
            "WHERE e.name = ? AND e.role IS NOT NULL AND e.role != 'null' ORDER BY d.published DESC, e.doc_id",
            [name],
        )
        out = []
        for r in rows:
            role = json.loads(r["role"])
            if role:
                out.append({"doc_id": r["doc_id"], "title": r["title"], "source": r["source"],
                            "main": role.get("main"), "fine": role.get("fine") or [], "score": role.get("score"),
                            "by": role.get("by"), "evidence": self._evidence_text(r["doc_id"], role.get("evidence"))})
        return out

    def _evidence_text(self, doc_id: str, evidence: list[dict[str, int]] | None) -> str | None:
        """The first evidence sentence of a role, read from the stored text (SQLite counts from 1)."""
        if not evidence:
            return None
        first = evidence[0]
        row = self.conn.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                                [int(first["start"]) + 1, int(first["end"]) - int(first["start"]), doc_id]).fetchone()
        return row[0] if row else None

    def role_leaders(self, main: str, limit: int = 20) -> list[dict[str, Any]]:
        """Actors most often cast in ``main`` (protagonist, antagonist, innocent): name, type, documents."""
        rows = self.conn.execute(
            "SELECT name, type, count(DISTINCT doc_id) AS documents FROM entities "
            "WHERE role IS NOT NULL AND json_extract(role, '$.main') = ? "
            "GROUP BY name, type ORDER BY documents DESC, name LIMIT ?",
            [main, limit],
        )
        return [dict(r) for r in rows]
