"""The one module that talks to storage: a SQLite file of plain tables a person can open.

Documents keep their exact text; each annotation layer is its own table of offsets, so the file is
readable with the ``sqlite3`` shell or Datasette and queryable without spinscope. Every write goes
through this class; the schema comes from numbered migrations.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from spinscope.core.document import Document
from spinscope.errors import NotFoundError, SpinscopeError
from spinscope.store import sqlite_layers
from spinscope.store.sqlite_campaigns import SQLiteCampaignQueries
from spinscope.store.sqlite_claims import SQLiteClaimQueries
from spinscope.store.sqlite_corpus import SQLiteCorpusQueries
from spinscope.store.sqlite_documents import SQLiteDocumentQueries
from spinscope.store.sqlite_duplicates import SQLiteDuplicateQueries
from spinscope.store.sqlite_narratives import MIGRATION as NARRATIVES_MIGRATION
from spinscope.store.sqlite_narratives import SQLiteNarrativeQueries
from spinscope.store.sqlite_people import SQLitePeopleQueries
from spinscope.store.sqlite_publications import MIGRATION as PUBLICATIONS_MIGRATION
from spinscope.store.sqlite_publications import SQLitePublicationQueries, upsert_primary
from spinscope.store.sqlite_publications import alive as _alive
from spinscope.store.sqlite_reviews import MIGRATION as REVIEWS_MIGRATION
from spinscope.store.sqlite_reviews import SQLiteReviewQueries, SQLiteReviewWrites, apply_stored
from spinscope.store.sqlite_roles import SQLiteRoleQueries

MIGRATIONS: list[str] = [
    # 1: documents, annotation layers, errors, runs, duplicates, full-text search.
    """
    CREATE TABLE documents (
        id TEXT NOT NULL UNIQUE, title TEXT, source TEXT, url TEXT, published TEXT, lang TEXT,
        issuer TEXT, text TEXT NOT NULL, content_hash TEXT, near_duplicate_of TEXT,
        word_count INTEGER, n_techniques INTEGER DEFAULT 0, n_quotes INTEGER DEFAULT 0,
        n_claims INTEGER DEFAULT 0, pipeline_version TEXT, analyzed_at TEXT, meta TEXT
    );
    CREATE INDEX documents_source ON documents(source);
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_hash ON documents(content_hash);
    CREATE TABLE sentences (doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
    CREATE INDEX sentences_doc ON sentences(doc_id);
    CREATE TABLE entities (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, name TEXT, type TEXT,
        aliases TEXT, role TEXT, labels TEXT);
    CREATE INDEX entities_doc ON entities(doc_id);
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE mentions (doc_id TEXT NOT NULL, entity_idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL);
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE TABLE techniques (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, technique TEXT NOT NULL, score REAL, reason TEXT);
    CREATE INDEX techniques_doc ON techniques(doc_id);
    CREATE INDEX techniques_technique ON techniques(technique);
    CREATE TABLE quotes (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL,
        content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, cue_start INTEGER, cue_end INTEGER,
        speaker_start INTEGER, speaker_end INTEGER, speaker_name TEXT, via TEXT);
    CREATE INDEX quotes_doc ON quotes(doc_id);
    CREATE INDEX quotes_speaker ON quotes(speaker_name);
    CREATE TABLE claims (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, score REAL, asserted_by TEXT, denied_by TEXT);
    CREATE INDEX claims_doc ON claims(doc_id);
    CREATE TABLE evidence (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, kind TEXT NOT NULL);
    CREATE INDEX evidence_doc ON evidence(doc_id);
    CREATE TABLE errors (id INTEGER PRIMARY KEY, source TEXT NOT NULL, "row" INTEGER,
        reason TEXT NOT NULL, run_id INTEGER, created_at TEXT NOT NULL);
    CREATE TABLE runs (id INTEGER PRIMARY KEY, pipeline_version TEXT NOT NULL, pipeline TEXT,
        started_at TEXT NOT NULL, finished_at TEXT, n_docs INTEGER DEFAULT 0, n_errors INTEGER DEFAULT 0);
    CREATE TABLE duplicates (doc_id TEXT NOT NULL, duplicate_of TEXT NOT NULL, kind TEXT NOT NULL,
        similarity REAL, source TEXT);
    CREATE INDEX duplicates_doc ON duplicates(doc_id);
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    # 2: MinHash signatures, so near-duplicates are found across runs, not only within one batch.
    """
    CREATE TABLE minhashes (doc_id TEXT PRIMARY KEY, signature BLOB NOT NULL);
    """,
    # 3: claim vectors cached by the contradictions finder. IF NOT EXISTS: before this migration the
    # finder created the table itself, so older files may already hold it.
    """
    CREATE TABLE IF NOT EXISTS claim_vectors (
        doc_id TEXT NOT NULL, idx INTEGER NOT NULL, text_hash TEXT NOT NULL, vector BLOB NOT NULL,
        PRIMARY KEY (doc_id, idx)
    );
    """,
    # 4: runs record their progress and who runs them, so a killed run is told from a live one.
    # Runs from before this migration that never finished were killed (or are lost to us).
    """
    ALTER TABLE runs ADD COLUMN status TEXT;
    ALTER TABLE runs ADD COLUMN updated_at TEXT;
    ALTER TABLE runs ADD COLUMN host TEXT;
    ALTER TABLE runs ADD COLUMN pid INTEGER;
    UPDATE runs SET status = CASE WHEN finished_at IS NULL THEN 'interrupted' ELSE 'finished' END;
    """,
    # Narrative discovery: clusters, their members, documents seen, settings (store/sqlite_narratives.py).
    NARRATIVES_MIGRATION,
    # 6: the article page's neighbours: duplicates found *by* a document and the errors recorded for
    # it were full scans of their tables on every article view (issue 14, web under load).
    """
    CREATE INDEX IF NOT EXISTS duplicates_of ON duplicates(duplicate_of);
    CREATE INDEX IF NOT EXISTS errors_source ON errors(source);
    """,
    # 7: publications (one text, many outlets; one publication per existing document) and the
    # content-hash claims that let two runs share a store (issue 20; store/sqlite_publications.py).
    PUBLICATIONS_MIGRATION,
    # 8: the analyst's word: reviews and their log, merged names, collections, calibrations (issue 25).
    REVIEWS_MIGRATION,
]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a script (a trigger's ``BEGIN ... END;`` stays whole)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if pending.strip(" \n;") and sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""


def _read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` without writing anything next to it.

    ``mode=ro`` alone still creates ``-wal`` and ``-shm`` files for a WAL database. When neither a
    ``-wal`` nor a rollback ``-journal`` file exists, no writer holds the file and everything is in
    the main file, so ``immutable=1`` (no locks, no side files) is safe; a writer that starts later
    is not seen until the store is reopened. Otherwise those files exist already and are needed.
    """
    resolved = path.resolve()
    uri = f"file:{quote(str(resolved))}?mode=ro"
    side_files = (Path(f"{resolved}-wal"), Path(f"{resolved}-journal"))
    return uri if any(f.exists() for f in side_files) else uri + "&immutable=1"


class StoreError(SpinscopeError):
    """The store file cannot be opened or written as asked."""


def _set_wal(conn: sqlite3.Connection, wait_s: float = 30.0) -> None:
    """Switch a file to WAL, waiting for other processes that open the same new file at once.

    Changing the journal mode needs an exclusive lock, and SQLite may answer "database is locked"
    at once instead of calling the busy handler (it avoids a deadlock that way), so we retry.
    """
    deadline = time.monotonic() + wait_s
    delay = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


class SQLiteStore(SQLiteDocumentQueries, SQLitePeopleQueries, SQLiteRoleQueries,
                  SQLiteCorpusQueries, SQLiteClaimQueries,
                  SQLiteCampaignQueries, SQLiteDuplicateQueries, SQLiteNarrativeQueries,
                  SQLitePublicationQueries, SQLiteReviewQueries, SQLiteReviewWrites):
    """A spinscope SQLite file; implements :class:`~spinscope.store.protocol.StoreProtocol`.

    The read queries of the web app and API live in the mixins (``sqlite_documents``,
    ``sqlite_people``, ``sqlite_corpus``, ``sqlite_claims``); this class holds the connection, the
    migrations and the writes.

    >>> with SQLiteStore(":memory:") as store:
    ...     store.save(Document(id="d1", text="Hello."))
    ...     store.get("d1").text
    'Hello.'
    """

    def __init__(self, path: str | Path = "spinscope.db", read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only:
            if self.path != ":memory:" and not Path(self.path).exists():
                raise StoreError(f"{self.path}: no such database file (it is opened read-only)")
            uri = "file::memory:?mode=ro" if self.path == ":memory:" else _read_only_uri(Path(self.path))
            self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if 0 < version < len(MIGRATIONS):
                # A read-only file cannot be migrated, and the queries expect the current tables
                # (publications, reviews): a clear refusal instead of a server error on every page.
                self.conn.close()
                raise StoreError(
                    f"{self.path} was written by an older spinscope (schema {version}, now {len(MIGRATIONS)}) and "
                    "is opened read-only, so it cannot be upgraded: open it once writable (for example "
                    f"`spinscope serve --db {self.path}` without --read-only, or `spinscope analyze ... --db "
                    f"{self.path}`), then read-only again.")
        else:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            if self.path != ":memory:":
                _set_wal(self.conn)
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()

    # -- lifecycle -------------------------------------------------------------------------------
    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        """Bring the schema up to date, safely when several processes open a new file at once.

        The write lock is taken first (BEGIN IMMEDIATE) and the version read under it: reading it
        before, two processes both saw version 0 and the second failed on ``table documents already
        exists``. The layer sync runs under the same lock, since it adds tables and columns too.
        """
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            for number, script in enumerate(MIGRATIONS, start=1):
                if number > version:
                    # One statement at a time: executescript() would COMMIT the open transaction.
                    for statement in _statements(script):
                        self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {number}")
            # Layer tables follow their declarations: new layers and fields get their tables and columns.
            sqlite_layers.sync_schema(self.conn)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; this operation writes")

    # -- runs and errors -------------------------------------------------------------------------
    def start_run(self, pipeline: dict[str, Any]) -> int:
        """A new run, status ``running``; runs of this host whose process is gone become ``interrupted``."""
        self._writable()
        host = socket.gethostname()
        with self.conn:
            for run_id, pid in self.conn.execute(
                "SELECT id, pid FROM runs WHERE status = 'running' AND host = ?", (host,)
            ).fetchall():
                if pid is None or not _alive(pid):
                    self.conn.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (run_id,))
            cur = self.conn.execute(
                "INSERT INTO runs (pipeline_version, pipeline, started_at, updated_at, status, host, pid) "
                "VALUES (?, ?, ?, ?, 'running', ?, ?)",
                (pipeline["version"], json.dumps(pipeline), _now(), _now(), host, os.getpid()),
            )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, n_docs: int, n_errors: int, status: str = "finished") -> None:
        """Close a run: ``finished``, or ``interrupted`` when it stopped on an exception or signal."""
        self._writable()
        with self.conn:
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, updated_at = ?, n_docs = ?, n_errors = ?, status = ? WHERE id = ?",
                (_now(), _now(), n_docs, n_errors, status, run_id),
            )

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first, with its status and progress (``n_docs`` counts as it goes)."""
        return [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY id")]

    def _count_in_run(self, run_id: int | None, column: str) -> None:
        # Inside the caller's transaction: a run killed at any point has counted what it stored.
        if run_id is not None:
            self.conn.execute(f"UPDATE runs SET {column} = {column} + 1, updated_at = ? WHERE id = ?",
                              (_now(), run_id))

    def record_error(self, source: str, reason: str, row: int | None = None, run_id: int | None = None) -> None:
        self._writable()
        with self.conn:
            self.conn.execute(
                'INSERT INTO errors (source, "row", reason, run_id, created_at) VALUES (?, ?, ?, ?, ?)',
                (source, row, reason, run_id, _now()),
            )
            self._count_in_run(run_id, "n_errors")

    def errors(self, run_id: int | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM errors" + (" WHERE run_id = ?" if run_id is not None else "") + " ORDER BY id"
        return [dict(r) for r in self.conn.execute(sql, () if run_id is None else (run_id,))]

    # -- documents -------------------------------------------------------------------------------
    def analyzed_version(self, doc_id: str) -> tuple[str | None, str | None] | None:
        """(content_hash, pipeline_version) of a stored document, or None."""
        row = self.conn.execute(
            "SELECT content_hash, pipeline_version FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def find_by_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute("SELECT id FROM documents WHERE content_hash = ? LIMIT 1", (content_hash,)).fetchone()
        return None if row is None else row[0]

    def record_duplicate(self, doc_id: str, duplicate_of: str, kind: str, similarity: float | None,
                         source: str | None = None) -> None:
        self._writable()
        with self.conn:
            self._write_duplicate(doc_id, duplicate_of, kind, similarity, source)

    def _write_duplicate(self, doc_id: str, duplicate_of: str, kind: str, similarity: float | None,
                         source: str | None) -> None:
        self.conn.execute("DELETE FROM duplicates WHERE doc_id = ? AND kind = ?", (doc_id, kind))
        self.conn.execute(
            "INSERT INTO duplicates (doc_id, duplicate_of, kind, similarity, source) VALUES (?, ?, ?, ?, ?)",
            (doc_id, duplicate_of, kind, similarity, source),
        )

    def save(self, doc: Document, run_id: int | None = None, *, signature: bytes | None = None,
             near_duplicate: tuple[str, float | None] | None = None) -> None:
        """Insert or replace a document and all its annotation rows, in one transaction.

        ``signature`` (its MinHash) and ``near_duplicate`` (the earlier document's id, similarity) are
        written in the same transaction: a crash between them once left documents no later run could
        match as near-duplicates.
        """
        self._writable()
        doc.validate()
        meta = dict(doc.meta)
        # Which publication a read-back document showed, and an export's list of them: not the text's.
        meta.pop("publication_id", None)
        meta.pop("publications", None)
        with self.conn:
            # The write lock before the existence check: two processes checking first both inserted.
            self.conn.execute("BEGIN IMMEDIATE")
            # The text's own publication first: fields an analyst edited win over the input's.
            primary = upsert_primary(self.conn, doc.id, {"title": doc.title, "source": doc.source, "url": doc.url,
                                                         "published": doc.published}, meta.get("path"), run_id)
            self._save_text(doc, meta, primary, run_id, signature, near_duplicate)

    def _save_text(self, doc: Document, meta: dict[str, Any], primary: dict[str, Any], run_id: int | None,
                   signature: bytes | None, near_duplicate: tuple[str, float | None] | None) -> None:
        """The documents row, its layers, signature and near-duplicate link (inside save's transaction)."""
        # The analyst's word wins over the model's: reviewed items and merged names (issue 25).
        apply_stored(self.conn, doc)
        if "calibration" in doc.meta:
            meta["calibration"] = doc.meta["calibration"]
        values = (
            primary["title"], primary["source"], primary["url"], primary["published"], doc.lang, doc.issuer,
            doc.text, meta.get("content_hash"), meta.get("near_duplicate_of"), len(doc.text.split()),
            len(doc.techniques), len(doc.quotes), len(doc.claims), meta.get("pipeline_version"),
            _now(), json.dumps(meta, ensure_ascii=False),
        )
        exists = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if exists:
            self.conn.execute(
                """UPDATE documents SET title=?, source=?, url=?, published=?, lang=?, issuer=?, text=?,
                content_hash=?, near_duplicate_of=?, word_count=?, n_techniques=?, n_quotes=?, n_claims=?,
                pipeline_version=?, analyzed_at=?, meta=? WHERE id=?""",
                (*values, doc.id),
            )
            sqlite_layers.delete(self.conn, doc.id)
        else:
            self.conn.execute(
                """INSERT INTO documents (title, source, url, published, lang, issuer, text, content_hash,
                near_duplicate_of, word_count, n_techniques, n_quotes, n_claims, pipeline_version,
                analyzed_at, meta, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (*values, doc.id),
            )
        sqlite_layers.insert(self.conn, doc)
        if signature is not None:
            self.conn.execute("INSERT OR REPLACE INTO minhashes (doc_id, signature) VALUES (?, ?)",
                              (doc.id, signature))
        if near_duplicate is not None:
            self._write_duplicate(doc.id, near_duplicate[0], "near", near_duplicate[1], meta.get("path"))
        if meta.get("content_hash"):
            # Stored: the claim a run took on this text is done with.
            self.conn.execute("DELETE FROM ingest_claims WHERE content_hash = ?", (meta["content_hash"],))
        self._count_in_run(run_id, "n_docs")

    def save_signature(self, doc_id: str, signature: bytes) -> None:
        self._writable()
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO minhashes (doc_id, signature) VALUES (?, ?)", (doc_id, signature))

    def unsigned_documents(self) -> Iterator[tuple[str, str]]:
        """(id, text) of stored documents without a MinHash (saved by a run killed before it was)."""
        yield from self.conn.execute(
            "SELECT d.id, d.text FROM documents d LEFT JOIN minhashes m ON m.doc_id = d.id "
            "WHERE m.doc_id IS NULL ORDER BY d.rowid"
        )

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        for row in self.conn.execute("SELECT m.doc_id, m.signature FROM minhashes m JOIN documents d ON d.id = m.doc_id ORDER BY d.rowid"):
            yield row[0], row[1]

    def delete(self, doc_id: str) -> None:
        """Delete a text with its layers and every publication of it; a publication id of another
        text deletes only that publication."""
        self._writable()
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            if self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                self.conn.execute("DELETE FROM publications WHERE id = ?", (doc_id,))
                return
            sqlite_layers.delete(self.conn, doc_id)
            self.conn.execute("DELETE FROM minhashes WHERE doc_id = ?", (doc_id,))
            self.conn.execute("DELETE FROM publications WHERE doc_id = ?", (doc_id,))
            self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def get(self, doc_id: str) -> Document:
        """The text, by its own id or the id of any publication of it (then with that publication's metadata)."""
        docs = list(self.iter_documents([doc_id]))
        if not docs:
            raise NotFoundError(f"no document with id {doc_id!r} in {self.path}")
        return docs[0]

    def ids(self) -> list[str]:
        """The ids of the texts (one per content hash), first stored first."""
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def count(self) -> int:
        """Texts stored (each analysed once); :meth:`publication_count` counts their publications."""
        return int(self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def iter_documents(self, ids: list[str] | None = None, batch: int = 200) -> Iterator[Document]:
        """Documents with every layer, in insertion order (or the order of ``ids``).

        An id may name a publication of a text: that text comes back with the publication's title,
        outlet, url and date, and ``meta["publication_id"]`` naming it; ``id`` stays the text's
        (the layers and reviews are the text's).
        """
        wanted = ids if ids is not None else self.ids()
        for i in range(0, len(wanted), batch):
            chunk = wanted[i : i + batch]
            marks = ",".join("?" * len(chunk))
            pubs = {r["id"]: r for r in self.conn.execute(
                f"SELECT id, doc_id, title, source, url, published FROM publications WHERE id IN ({marks})", chunk)}
            texts = list(dict.fromkeys(pubs[w]["doc_id"] if w in pubs else w for w in chunk))
            tmarks = ",".join("?" * len(texts))
            rows = {r["id"]: r for r in self.conn.execute(f"SELECT * FROM documents WHERE id IN ({tmarks})", texts)}
            layers = sqlite_layers.read(self.conn, texts)
            self.apply_corpus_types(layers)  # one type per actor across the corpus (sqlite_people)
            for doc_id in chunk:
                pub = pubs.get(doc_id)
                text_id = pub["doc_id"] if pub is not None else doc_id
                if text_id not in rows:
                    continue
                doc = self._build(rows[text_id], layers[text_id])
                if pub is not None and text_id != doc_id:
                    doc.title, doc.source, doc.url, doc.published = pub["title"], pub["source"], pub["url"], pub["published"]
                    doc.meta["publication_id"] = doc_id
                yield doc

    @staticmethod
    def _build(row: sqlite3.Row, layers: dict[str, list[Any]]) -> Document:
        return Document(
            id=row["id"], text=row["text"], title=row["title"], source=row["source"], url=row["url"],
            published=row["published"], lang=row["lang"] or "en", issuer=row["issuer"],
            meta=json.loads(row["meta"] or "{}"), **layers,
        )


# The name callers import (``from spinscope.store import Store``): SQLite is the default store.
Store = SQLiteStore
