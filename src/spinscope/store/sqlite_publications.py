"""Publications: who published a text, where and when; and the claims runs take on texts.

A *text* is one row of ``documents`` (one per content hash, analysed once; its id is the id of the
first publication seen). A *publication* is one appearance of a text: an id as given at ingest, its
outlet, url, date and title. Three outlets printing one statement word for word are one text and
three publications, so corpus counts, outlet profiles and campaigns see all three.

``ingest_claims`` lets concurrent runs share one store: a run claims a content hash under the write
lock before analysing it, so no text is analysed twice and no id is inserted twice.
"""

from __future__ import annotations

import os
import socket
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

MIGRATION = """
CREATE TABLE publications (
    id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, title TEXT, source TEXT, url TEXT, published TEXT,
    path TEXT, run_id INTEGER, added_at TEXT, edited TEXT
);
CREATE INDEX publications_doc ON publications(doc_id);
CREATE INDEX publications_source ON publications(source);
CREATE INDEX publications_published ON publications(published);
CREATE INDEX publications_url ON publications(url);
INSERT INTO publications (id, doc_id, title, source, url, published, path, added_at)
    SELECT id, id, title, source, url, published,
           CASE WHEN json_valid(meta) THEN json_extract(meta, '$.path') END, analyzed_at
    FROM documents ORDER BY rowid;
CREATE TABLE ingest_claims (content_hash TEXT PRIMARY KEY, doc_id TEXT NOT NULL, run_id INTEGER,
    claimed_at TEXT);
"""

# The metadata a publication carries (and an analyst may edit).
FIELDS = ("title", "source", "url", "published")
_PUB_COLS = "p.id, p.doc_id, p.title, p.source, p.url, p.published, p.path, p.run_id, p.added_at, p.edited"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def edited_fields(row: dict[str, Any] | sqlite3.Row | None) -> set[str]:
    return set(filter(None, (row["edited"] or "").split(","))) if row is not None else set()


def upsert_primary(conn: sqlite3.Connection, doc_id: str, values: dict[str, Any], path: str | None,
                   run_id: int | None) -> dict[str, Any]:
    """The text's own publication (same id), inside the caller's transaction; returns its metadata.

    Fields an analyst edited keep the analyst's value (a re-analysis never overwrites them), and the
    values returned are the ones the ``documents`` row must carry too.
    """
    row = conn.execute("SELECT * FROM publications WHERE id = ?", (doc_id,)).fetchone()
    keep = edited_fields(row)
    final = {f: (row[f] if f in keep else values.get(f)) for f in FIELDS}
    if row is None:
        conn.execute(
            "INSERT INTO publications (id, doc_id, title, source, url, published, path, run_id, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, doc_id, *(final[f] for f in FIELDS), path, run_id, now()),
        )
    else:
        # The id may have named a publication of another text whose content has since changed: it
        # now points at its own text.
        conn.execute(
            "UPDATE publications SET doc_id = ?, title = ?, source = ?, url = ?, published = ?, "
            "path = coalesce(?, path) WHERE id = ?",
            (doc_id, *(final[f] for f in FIELDS), path, doc_id),
        )
    return final


def alive(pid: int) -> bool:
    """Whether a process of this host is running (runs record their pid)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True


class SQLitePublicationQueries:
    """Publications and content-hash claims; mixed into the SQLite store."""

    conn: sqlite3.Connection
    _writable: Any  # the store's check that it was opened for writing

    # -- reading ---------------------------------------------------------------------------------
    def publication(self, pub_id: str) -> dict[str, Any] | None:
        """One publication with its text's ``content_hash`` and ``pipeline_version``; None if unknown."""
        row = self.conn.execute(
            f"SELECT {_PUB_COLS}, d.content_hash, d.pipeline_version FROM publications p "
            "JOIN documents d ON d.id = p.doc_id WHERE p.id = ?", (pub_id,),
        ).fetchone()
        return None if row is None else dict(row)

    def publications(self, doc_id: str) -> list[dict[str, Any]]:
        """Every publication of the text ``doc_id`` (or of the text a publication id names), first seen first."""
        text = self.text_id(doc_id) or doc_id
        rows = self.conn.execute(f"SELECT {_PUB_COLS} FROM publications p WHERE p.doc_id = ? ORDER BY p.rowid",
                                 (text,))
        return [dict(r) for r in rows]

    def iter_publications(self) -> Iterator[dict[str, Any]]:
        """Every publication of the corpus, in the order they were added."""
        for row in self.conn.execute(f"SELECT {_PUB_COLS} FROM publications p ORDER BY p.rowid"):
            yield dict(row)

    def publications_of(self, doc_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """doc_id -> its publications, for a page of texts (exports)."""
        out: dict[str, list[dict[str, Any]]] = {d: [] for d in doc_ids}
        for i in range(0, len(doc_ids), 500):
            chunk = doc_ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT {_PUB_COLS} FROM publications p WHERE p.doc_id IN ({marks}) ORDER BY p.rowid", chunk
            ):
                out[row["doc_id"]].append(dict(row))
        return out

    def text_id(self, pub_id: str) -> str | None:
        """The id of the text a publication id names (itself for a text's own id); None when unknown."""
        row = self.conn.execute("SELECT doc_id FROM publications WHERE id = ?", (pub_id,)).fetchone()
        if row is not None:
            return str(row[0])
        row = self.conn.execute("SELECT id FROM documents WHERE id = ?", (pub_id,)).fetchone()
        return None if row is None else str(row[0])

    def publication_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM publications").fetchone()[0])

    # -- writing ---------------------------------------------------------------------------------
    def add_publication(self, pub_id: str, doc_id: str, fields: dict[str, Any], path: str | None = None,
                        run_id: int | None = None) -> bool:
        """Add a publication of the stored text ``doc_id``; False (nothing written) if the id exists."""
        self._writable()
        with self.conn:
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO publications (id, doc_id, title, source, url, published, path, run_id, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (pub_id, doc_id, *(fields.get(f) for f in FIELDS), path, run_id, now()),
            )
            if cur.rowcount and run_id is not None:
                self.conn.execute("UPDATE runs SET updated_at = ? WHERE id = ?", (now(), run_id))
        return bool(cur.rowcount)

    def update_metadata(self, pub_id: str, **fields: str | None) -> dict[str, Any]:
        """Set a publication's ``title``, ``source``, ``url`` or ``published`` as given (None clears).

        The caller normalises values (dates through :func:`spinscope.ingest.dates.normalize_date`).
        Edited fields are remembered, so a later re-analysis keeps them. The text's own publication
        also updates the ``documents`` row (what its search index and older queries read).
        Raises KeyError for an unknown field and LookupError for an unknown publication.
        """
        self._writable()
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise KeyError(f"not publication metadata: {', '.join(sorted(unknown))} (use {', '.join(FIELDS)})")
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            row = self.conn.execute("SELECT * FROM publications WHERE id = ?", (pub_id,)).fetchone()
            if row is None:
                raise LookupError(pub_id)
            edited = sorted(edited_fields(row) | set(fields))
            sets = ", ".join(f"{f} = ?" for f in fields)
            if fields:
                self.conn.execute(f"UPDATE publications SET {sets}, edited = ? WHERE id = ?",
                                  (*fields.values(), ",".join(edited), pub_id))
                if row["doc_id"] == pub_id:
                    self.conn.execute(f"UPDATE documents SET {sets} WHERE id = ?", (*fields.values(), pub_id))
        return dict(self.conn.execute(f"SELECT {_PUB_COLS} FROM publications p WHERE p.id = ?", (pub_id,)).fetchone())

    def signatures_since(self, rowid: int) -> list[tuple[int, str, bytes]]:
        """(rowid, doc_id, MinHash) stored after ``rowid`` (0: all), in the order the texts were stored."""
        rows = self.conn.execute(
            "SELECT m.rowid, m.doc_id, m.signature FROM minhashes m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.rowid > ? ORDER BY d.rowid", (rowid,))
        return [(int(r[0]), str(r[1]), bytes(r[2])) for r in rows]

    # -- claims: concurrent runs on one store ------------------------------------------------------
    def claim_text(self, content_hash: str, doc_id: str, run_id: int,
                   reanalyse: bool = False) -> tuple[str, str] | None:
        """Claim a text for analysis by this run, under the write lock.

        Returns None when this run now holds the claim (it must analyse the text, then save it or
        :meth:`release_claims`); ``("stored", id)`` when a stored text has this hash; ``("claimed",
        id)`` when another live run is analysing it. A claim of a run that ended or whose process is
        gone is taken over. ``reanalyse``: the text is stored and is to be analysed again (a new
        pipeline version), so only another run's claim stops this one.
        """
        self._writable()
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            row = self.conn.execute("SELECT id FROM documents WHERE content_hash = ? ORDER BY rowid LIMIT 1",
                                    (content_hash,)).fetchone()
            if row is not None and not reanalyse:
                return "stored", str(row[0])
            held = self.conn.execute(
                "SELECT c.doc_id, c.run_id, r.status, r.host, r.pid FROM ingest_claims c "
                "LEFT JOIN runs r ON r.id = c.run_id WHERE c.content_hash = ?", (content_hash,),
            ).fetchone()
            if held is not None and held["run_id"] != run_id and self._live(held):
                return "claimed", str(held["doc_id"])
            self.conn.execute(
                "INSERT OR REPLACE INTO ingest_claims (content_hash, doc_id, run_id, claimed_at) VALUES (?, ?, ?, ?)",
                (content_hash, doc_id, run_id, now()),
            )
        return None

    @staticmethod
    def _live(held: sqlite3.Row) -> bool:
        if held["status"] != "running":
            return False
        return held["host"] != socket.gethostname() or held["pid"] is None or alive(held["pid"])

    def claim_live(self, content_hash: str) -> bool:
        """Whether another live run still holds the claim on this hash."""
        held = self.conn.execute(
            "SELECT c.run_id, r.status, r.host, r.pid FROM ingest_claims c LEFT JOIN runs r ON r.id = c.run_id "
            "WHERE c.content_hash = ?", (content_hash,),
        ).fetchone()
        return held is not None and self._live(held)

    def release_claims(self, run_id: int, content_hash: str | None = None) -> None:
        """Drop this run's claim on one hash (a failed analysis), or all of them (the run ends)."""
        self._writable()
        with self.conn:
            if content_hash is None:
                self.conn.execute("DELETE FROM ingest_claims WHERE run_id = ?", (run_id,))
            else:
                self.conn.execute("DELETE FROM ingest_claims WHERE run_id = ? AND content_hash = ?",
                                  (run_id, content_hash))
