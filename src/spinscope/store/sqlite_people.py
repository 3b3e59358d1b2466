"""SQLite read queries about people and organisations: speakers and their quotes, actors' profiles."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from spinscope.store.filters import Page


def _contains(q: str) -> str:
    """A LIKE pattern for "contains q"; "%" and "_" typed by the analyst match literally."""
    return "%" + re.sub(r"([%_\\])", r"\\\1", q) + "%"


class SQLitePeopleQueries:
    """Speakers and actors across the corpus; mixed into the SQLite store."""

    conn: sqlite3.Connection

    # -- speakers ----------------------------------------------------------------------------------
    def list_speakers(self, q: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Rows of (speaker, quotes, documents), most quoted first; ``q`` keeps names containing it."""
        cond, params = "speaker_name IS NOT NULL", []
        if q:
            cond += " AND speaker_name LIKE ? ESCAPE '\\'"
            params.append(_contains(q))
        rows = self.conn.execute(
            f"SELECT speaker_name AS speaker, count(*) AS quotes, count(DISTINCT doc_id) AS documents "
            f"FROM quotes WHERE {cond} GROUP BY speaker_name ORDER BY quotes DESC, speaker LIMIT ?",
            [*params, limit],
        )
        return [dict(r) for r in rows]

    def speaker_quotes(self, name: str, after: int | None = None, limit: int = 50) -> Page[int]:
        """Quotes of one speaker with their text and document, newest stored first.

        The key is the quote's insertion position (its rowid), so pages are index seeks.
        """
        params: list[Any] = [name]
        cond = "q.speaker_name = ?"
        if after is not None:
            cond += " AND q.rowid < ?"
            params.append(after)
        # substr() counts characters (1-based) like Python str indices, so offsets map directly.
        rows = [
            dict(r)
            for r in self.conn.execute(
                "SELECT q.rowid AS rowid, q.doc_id, q.idx, q.kind, q.via, q.content_start AS start, "
                "q.content_end AS end, substr(d.text, q.content_start + 1, q.content_end - q.content_start) "
                "AS text, d.title, d.source, d.published FROM quotes q JOIN documents d ON d.id = q.doc_id "
                f"WHERE {cond} ORDER BY q.rowid DESC LIMIT ?",
                [*params, limit + 1],
            )
        ]
        more = len(rows) > limit
        rows = rows[:limit]
        next_key = rows[-1]["rowid"] if more else None
        for r in rows:
            del r["rowid"]
        return Page(rows, next_key)

    def count_quotes_by(self, speaker: str) -> int:
        return int(self.conn.execute("SELECT count(*) FROM quotes WHERE speaker_name = ?", [speaker]).fetchone()[0])

    # -- actors ------------------------------------------------------------------------------------
    def has_actor(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM entities WHERE name = ? LIMIT 1", [name]).fetchone() is not None

    def list_actors(self, q: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Rows of (name, type, documents), most mentioned first; ``q`` keeps names containing it."""
        cond, params = "1", []
        if q:
            cond = "name LIKE ? ESCAPE '\\'"
            params.append(_contains(q))
        rows = self.conn.execute(
            f"SELECT name, type, count(DISTINCT doc_id) AS documents FROM entities WHERE {cond} "
            "GROUP BY name, type ORDER BY documents DESC, name LIMIT ?",
            [*params, limit],
        )
        return [dict(r) for r in rows]

    def actor_entities(self, name: str) -> list[dict[str, Any]]:
        """Every stored entity named ``name``: doc_id, idx, type, aliases and labels (decoded)."""
        # Not the old ``role`` column: no declaration names it any more, so nothing fills it.
        rows = self.conn.execute("SELECT doc_id, idx, type, aliases, labels FROM entities WHERE name = ?", [name])
        return [
            {**dict(r), "aliases": json.loads(r["aliases"] or "[]"), "labels": json.loads(r["labels"] or "[]")}
            for r in rows
        ]

    def actor_mention_forms(self, name: str, limit: int = 50) -> list[dict[str, Any]]:
        """How the actor is written in the texts (form, n), most frequent first."""
        rows = self.conn.execute(
            "SELECT substr(d.text, m.start + 1, m.end - m.start) AS form, count(*) AS n "
            "FROM entities e JOIN mentions m ON m.doc_id = e.doc_id AND m.entity_idx = e.idx "
            "JOIN documents d ON d.id = e.doc_id WHERE e.name = ? GROUP BY form ORDER BY n DESC, form LIMIT ?",
            [name, limit],
        )
        return [dict(r) for r in rows]

    def actor_sentence_techniques(self, name: str, techniques: Sequence[str], limit: int = 50) -> list[dict[str, Any]]:
        """Spans of ``techniques`` inside sentences that mention the actor: (label, technique, n, example_doc)."""
        if not techniques:
            return []
        marks = ",".join("?" * len(techniques))
        rows = self.conn.execute(
            "SELECT substr(d.text, t.start + 1, t.end - t.start) AS label, t.technique, count(*) AS n, "
            "min(t.doc_id) AS example_doc FROM entities e "
            "JOIN mentions m ON m.doc_id = e.doc_id AND m.entity_idx = e.idx "
            "JOIN sentences s ON s.doc_id = m.doc_id AND s.start <= m.start AND m.end <= s.end "
            "JOIN techniques t ON t.doc_id = s.doc_id AND t.start >= s.start AND t.end <= s.end "
            f"JOIN documents d ON d.id = t.doc_id WHERE e.name = ? AND t.technique IN ({marks}) "
            "GROUP BY label, t.technique ORDER BY n DESC, label LIMIT ?",
            [name, *techniques, limit],
        )
        return [dict(r) for r in rows]

    def actor_documents(self, name: str, limit: int = 50) -> list[dict[str, Any]]:
        """Documents that mention the actor (id, title, source, published), newest first."""
        rows = self.conn.execute(
            "SELECT DISTINCT d.id, d.title, d.source, d.published FROM entities e JOIN documents d "
            "ON d.id = e.doc_id WHERE e.name = ? ORDER BY d.published DESC LIMIT ?",
            [name, limit],
        )
        return [dict(r) for r in rows]
