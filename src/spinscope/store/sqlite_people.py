"""SQLite read queries about people and organisations: speakers and their quotes, actors' profiles."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from spinscope.store.filters import Page

# The bundled alias table of the entities analyzer (read as a file: the store imports no analyzer).
ALIASES_TSV = Path(__file__).resolve().parents[1] / "analyzers" / "entities" / "aliases.tsv"
VOTE_CHUNK = 500  # names per vote query (SQLite allows 999 parameters by default in older builds)


@cache
def alias_types() -> dict[str, str]:
    """Canonical name -> type from the bundled alias table ("United States" -> GPE)."""
    out: dict[str, str] = {}
    if ALIASES_TSV.is_file():
        for line in ALIASES_TSV.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 2 and not line.startswith("#") and cols[0].strip() and cols[1].strip():
                out[cols[0].strip()] = cols[1].strip()
    return out


def vote(rows: Iterable[tuple[str, str | None, int, int]]) -> dict[str, str | None]:
    """One type per name from (name, type, mentions, documents) rows: the alias table's type when the
    name is a canonical name there, else the type with the most mentions, then documents, then the
    first type alphabetically (so the answer never depends on row order)."""
    fixed = alias_types()
    best: dict[str, tuple[int, int, str]] = {}
    out: dict[str, str | None] = {}
    for name, etype, mentions, documents in rows:
        if name in fixed:
            out[name] = fixed[name]
            continue
        key = (mentions, documents, "" if etype is None else etype)
        cur = best.get(name)
        # More mentions, then more documents win; on a tie the alphabetically first type.
        if cur is None or (key[0], key[1]) > (cur[0], cur[1]) or ((key[0], key[1]) == (cur[0], cur[1]) and key[2] < cur[2]):
            best[name] = key
            out[name] = etype
    return out


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
    def corpus_entity_types(self, names: Iterable[str]) -> dict[str, str | None]:
        """One type per actor across the corpus, voted by mentions (see :func:`vote`).

        NER may call one invented country PERSON in one document, NORP in another and ORG in a
        third; the actor pages, /api/actors and exports all show the corpus's one answer.
        """
        wanted = sorted(set(names))
        rows: list[tuple[str, str | None, int, int]] = []
        for i in range(0, len(wanted), VOTE_CHUNK):
            chunk = wanted[i : i + VOTE_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows.extend(
                (r[0], r[1], r[2], r[3])
                for r in self.conn.execute(
                    "SELECT e.name, e.type, count(m.doc_id) AS mentions, count(DISTINCT e.doc_id) AS documents "
                    "FROM entities e LEFT JOIN mentions m ON m.doc_id = e.doc_id AND m.entity_idx = e.idx "
                    f"WHERE e.name IN ({marks}) GROUP BY e.name, e.type",
                    chunk,
                )
            )
        return vote(rows)

    def apply_corpus_types(self, layers: dict[str, dict[str, list[Any]]]) -> None:
        """Give the entities of documents read back (doc_id -> layer -> items) their corpus-wide
        type, so an exported or displayed document agrees with the actor pages."""
        ents = [e for doc in layers.values() for e in doc.get("entities", [])]
        if not ents:
            return
        types = self.corpus_entity_types(e.name for e in ents if e.name)
        for e in ents:
            e.type = types.get(e.name) or e.type

    def has_actor(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM entities WHERE name = ? LIMIT 1", [name]).fetchone() is not None

    def list_actors(self, q: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Rows of (name, type, documents), most mentioned first; ``q`` keeps names containing it.

        One row per actor: its type is the corpus's vote (:meth:`corpus_entity_types`), not one row
        per type NER gave it in some document.
        """
        cond, params = "1", []
        if q:
            cond = "name LIKE ? ESCAPE '\\'"
            params.append(_contains(q))
        rows = [
            dict(r)
            for r in self.conn.execute(
                f"SELECT name, count(DISTINCT doc_id) AS documents FROM entities WHERE {cond} "
                "GROUP BY name ORDER BY documents DESC, name LIMIT ?",
                [*params, limit],
            )
        ]
        types = self.corpus_entity_types(r["name"] for r in rows)
        return [{"name": r["name"], "type": types.get(r["name"]), "documents": r["documents"]} for r in rows]

    def actor_entities(self, name: str) -> list[dict[str, Any]]:
        """Every stored entity named ``name``: doc_id, idx, type, aliases and labels (decoded).

        ``type`` is the actor's corpus-wide type; ``document_type`` what the document's NER said.
        """
        # Not the old ``role`` column: no declaration names it any more, so nothing fills it.
        rows = self.conn.execute("SELECT doc_id, idx, type, aliases, labels FROM entities WHERE name = ?", [name])
        corpus_type = self.corpus_entity_types([name]).get(name)
        return [
            {**dict(r), "type": corpus_type, "document_type": r["type"], "aliases": json.loads(r["aliases"] or "[]"),
             "labels": json.loads(r["labels"] or "[]")}
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
