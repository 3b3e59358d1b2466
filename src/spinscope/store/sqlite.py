"""The one module that talks to storage: a SQLite file of plain tables a person can open.

Documents keep their exact text; each annotation layer is its own table of offsets, so the file is
readable with the ``sqlite3`` shell or Datasette and queryable without spinscope. Every write goes
through this class; the schema comes from numbered migrations.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from spinscope.core.document import Claim, Document, Entity, Evidence, Quote, Span, Technique
from spinscope.errors import NotFoundError, SpinscopeError

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
]

LAYER_TABLES = ("sentences", "mentions", "entities", "techniques", "quotes", "claims", "evidence")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class StoreError(SpinscopeError):
    """The store file cannot be opened or written as asked."""


class Store:
    """A spinscope SQLite file.

    >>> with Store(":memory:") as store:
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
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()

    # -- lifecycle -------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS, start=1):
            if number > version:
                with self.conn:
                    self.conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; this operation writes")

    # -- runs and errors -------------------------------------------------------------------------
    def start_run(self, pipeline: dict[str, Any]) -> int:
        self._writable()
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO runs (pipeline_version, pipeline, started_at) VALUES (?, ?, ?)",
                (pipeline["version"], json.dumps(pipeline), _now()),
            )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, n_docs: int, n_errors: int) -> None:
        self._writable()
        with self.conn:
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, n_docs = ?, n_errors = ? WHERE id = ?",
                (_now(), n_docs, n_errors, run_id),
            )

    def record_error(self, source: str, reason: str, row: int | None = None, run_id: int | None = None) -> None:
        self._writable()
        with self.conn:
            self.conn.execute(
                'INSERT INTO errors (source, "row", reason, run_id, created_at) VALUES (?, ?, ?, ?, ?)',
                (source, row, reason, run_id, _now()),
            )

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
            self.conn.execute("DELETE FROM duplicates WHERE doc_id = ? AND kind = ?", (doc_id, kind))
            self.conn.execute(
                "INSERT INTO duplicates (doc_id, duplicate_of, kind, similarity, source) VALUES (?, ?, ?, ?, ?)",
                (doc_id, duplicate_of, kind, similarity, source),
            )

    def save(self, doc: Document, run_id: int | None = None) -> None:
        """Insert or replace a document and all its annotation rows, in one transaction."""
        self._writable()
        doc.validate()
        meta = dict(doc.meta)
        values = (
            doc.title, doc.source, doc.url, doc.published, doc.lang, doc.issuer, doc.text,
            meta.get("content_hash"), meta.get("near_duplicate_of"), len(doc.text.split()),
            len(doc.techniques), len(doc.quotes), len(doc.claims), meta.get("pipeline_version"),
            _now(), json.dumps(meta, ensure_ascii=False),
        )
        with self.conn:
            exists = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone()
            if exists:
                self.conn.execute(
                    """UPDATE documents SET title=?, source=?, url=?, published=?, lang=?, issuer=?, text=?,
                    content_hash=?, near_duplicate_of=?, word_count=?, n_techniques=?, n_quotes=?, n_claims=?,
                    pipeline_version=?, analyzed_at=?, meta=? WHERE id=?""",
                    (*values, doc.id),
                )
                for table in LAYER_TABLES:
                    self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc.id,))
            else:
                self.conn.execute(
                    """INSERT INTO documents (title, source, url, published, lang, issuer, text, content_hash,
                    near_duplicate_of, word_count, n_techniques, n_quotes, n_claims, pipeline_version,
                    analyzed_at, meta, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                    (*values, doc.id),
                )
            self._insert_layers(doc)

    def _insert_layers(self, doc: Document) -> None:
        d = doc.id
        ex = self.conn.executemany
        ex('INSERT INTO sentences (doc_id, start, "end") VALUES (?,?,?)', [(d, s.start, s.end) for s in doc.sentences])
        ex(
            "INSERT INTO entities (doc_id, idx, name, type, aliases, role, labels) VALUES (?,?,?,?,?,?,?)",
            [(d, i, e.name, e.type, json.dumps(e.aliases, ensure_ascii=False), e.role,
              json.dumps(e.labels, ensure_ascii=False)) for i, e in enumerate(doc.entities)],
        )
        ex(
            'INSERT INTO mentions (doc_id, entity_idx, start, "end") VALUES (?,?,?,?)',
            [(d, i, m.start, m.end) for i, e in enumerate(doc.entities) for m in e.mentions],
        )
        ex(
            'INSERT INTO techniques (doc_id, idx, start, "end", technique, score, reason) VALUES (?,?,?,?,?,?,?)',
            [(d, i, t.start, t.end, t.technique, t.score, t.reason) for i, t in enumerate(doc.techniques)],
        )
        ex(
            """INSERT INTO quotes (doc_id, idx, kind, content_start, content_end, cue_start, cue_end,
            speaker_start, speaker_end, speaker_name, via) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
            [
                (d, i, q.kind, q.content.start, q.content.end,
                 q.cue.start if q.cue else None, q.cue.end if q.cue else None,
                 q.speaker.start if q.speaker else None, q.speaker.end if q.speaker else None,
                 q.speaker_name, q.via)
                for i, q in enumerate(doc.quotes)
            ],
        )
        ex(
            'INSERT INTO claims (doc_id, idx, start, "end", score, asserted_by, denied_by) VALUES (?,?,?,?,?,?,?)',
            [(d, i, c.start, c.end, c.score, c.asserted_by, json.dumps(c.denied_by, ensure_ascii=False))
             for i, c in enumerate(doc.claims)],
        )
        ex(
            'INSERT INTO evidence (doc_id, idx, start, "end", kind) VALUES (?,?,?,?,?)',
            [(d, i, e.start, e.end, e.kind) for i, e in enumerate(doc.evidence)],
        )

    def save_signature(self, doc_id: str, signature: bytes) -> None:
        self._writable()
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO minhashes (doc_id, signature) VALUES (?, ?)", (doc_id, signature))

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        for row in self.conn.execute("SELECT m.doc_id, m.signature FROM minhashes m JOIN documents d ON d.id = m.doc_id ORDER BY d.rowid"):
            yield row[0], row[1]

    def delete(self, doc_id: str) -> None:
        self._writable()
        with self.conn:
            for table in LAYER_TABLES:
                self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            self.conn.execute("DELETE FROM minhashes WHERE doc_id = ?", (doc_id,))
            self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def get(self, doc_id: str) -> Document:
        docs = list(self.iter_documents([doc_id]))
        if not docs:
            raise NotFoundError(f"no document with id {doc_id!r} in {self.path}")
        return docs[0]

    def ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def iter_documents(self, ids: list[str] | None = None, batch: int = 200) -> Iterator[Document]:
        """Documents with every layer, in insertion order (or the order of ``ids``)."""
        wanted = ids if ids is not None else self.ids()
        for i in range(0, len(wanted), batch):
            chunk = wanted[i : i + batch]
            marks = ",".join("?" * len(chunk))
            rows = {r["id"]: r for r in self.conn.execute(f"SELECT * FROM documents WHERE id IN ({marks})", chunk)}
            layers = self._layers(chunk)
            for doc_id in chunk:
                if doc_id in rows:
                    yield self._build(rows[doc_id], layers)

    def _layers(self, ids: list[str]) -> dict[str, dict[str, list[sqlite3.Row]]]:
        marks = ",".join("?" * len(ids))
        out: dict[str, dict[str, list[sqlite3.Row]]] = {}
        for table in LAYER_TABLES:
            order = "entity_idx, start" if table == "mentions" else ("start" if table == "sentences" else "idx")
            grouped: dict[str, list[sqlite3.Row]] = {}
            for r in self.conn.execute(f"SELECT * FROM {table} WHERE doc_id IN ({marks}) ORDER BY doc_id, {order}", ids):
                grouped.setdefault(r["doc_id"], []).append(r)
            out[table] = grouped
        return out

    @staticmethod
    def _build(row: sqlite3.Row, layers: dict[str, dict[str, list[sqlite3.Row]]]) -> Document:
        d = row["id"]

        def span(a: int | None, b: int | None) -> Span | None:
            return None if a is None else Span(a, b)  # type: ignore[arg-type]

        entities = [
            Entity(name=r["name"], type=r["type"], aliases=json.loads(r["aliases"] or "[]"),
                   role=r["role"], labels=json.loads(r["labels"] or "[]"))
            for r in layers["entities"].get(d, [])
        ]
        for m in layers["mentions"].get(d, []):
            entities[m["entity_idx"]].mentions.append(Span(m["start"], m["end"]))
        return Document(
            id=d, text=row["text"], title=row["title"], source=row["source"], url=row["url"],
            published=row["published"], lang=row["lang"] or "en", issuer=row["issuer"],
            meta=json.loads(row["meta"] or "{}"),
            sentences=[Span(r["start"], r["end"]) for r in layers["sentences"].get(d, [])],
            entities=entities,
            techniques=[Technique(r["start"], r["end"], r["technique"], r["score"], r["reason"] or "")
                        for r in layers["techniques"].get(d, [])],
            quotes=[
                Quote(kind=r["kind"], content=Span(r["content_start"], r["content_end"]),
                      cue=span(r["cue_start"], r["cue_end"]), speaker=span(r["speaker_start"], r["speaker_end"]),
                      speaker_name=r["speaker_name"], via=r["via"])
                for r in layers["quotes"].get(d, [])
            ],
            claims=[Claim(r["start"], r["end"], r["score"], r["asserted_by"], json.loads(r["denied_by"] or "[]"))
                    for r in layers["claims"].get(d, [])],
            evidence=[Evidence(r["start"], r["end"], r["kind"]) for r in layers["evidence"].get(d, [])],
        )

    # -- summaries -------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        q = self.conn.execute
        return {
            "documents": self.count(),
            "words": int(q("SELECT COALESCE(SUM(word_count), 0) FROM documents").fetchone()[0]),
            "techniques": {r[0]: r[1] for r in q(
                "SELECT technique, COUNT(*) FROM techniques GROUP BY technique ORDER BY COUNT(*) DESC")},
            "quotes": int(q("SELECT COUNT(*) FROM quotes").fetchone()[0]),
            "speakers": {r[0]: r[1] for r in q(
                "SELECT speaker_name, COUNT(*) FROM quotes WHERE speaker_name IS NOT NULL "
                "GROUP BY speaker_name ORDER BY COUNT(*) DESC LIMIT 20")},
            "claims": int(q("SELECT COUNT(*) FROM claims").fetchone()[0]),
            "entities": int(q("SELECT COUNT(*) FROM entities").fetchone()[0]),
            "outlets": {(r[0] or "(unknown)"): r[1] for r in q(
                "SELECT source, COUNT(*) FROM documents GROUP BY source ORDER BY COUNT(*) DESC")},
            "duplicates": {r[0]: r[1] for r in q("SELECT kind, COUNT(*) FROM duplicates GROUP BY kind")},
            "errors": int(q("SELECT COUNT(*) FROM errors").fetchone()[0]),
            "runs": int(q("SELECT COUNT(*) FROM runs").fetchone()[0]),
        }
