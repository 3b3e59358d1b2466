"""SQLite tables of the analyst's word: reviews and their audit log, merged actors, collections, calibrations.

``reviews`` holds the current word per item (one row per text, layer and item key); ``review_log`` every
change ever made (who, when, before, after), never updated. ``store.save()`` calls
:func:`apply_stored` inside its transaction, so a re-analysis never overwrites what an analyst reviewed
(issue 25). The rules themselves are :mod:`spinscope.core.review`; only SQL lives here.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from spinscope.core.document import Document
from spinscope.core.review import Review, apply_aliases, apply_reviews
from spinscope.errors import NotFoundError

MIGRATION = """
CREATE TABLE IF NOT EXISTS reviews (
    doc_id TEXT NOT NULL, layer TEXT NOT NULL, key TEXT NOT NULL, action TEXT NOT NULL,
    before TEXT, after TEXT, score REAL, label TEXT, reviewer TEXT NOT NULL, at TEXT NOT NULL,
    PRIMARY KEY (doc_id, layer, key)
);
CREATE INDEX IF NOT EXISTS reviews_layer ON reviews(layer, label);
CREATE TABLE IF NOT EXISTS review_log (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, layer TEXT NOT NULL, key TEXT NOT NULL,
    action TEXT NOT NULL, before TEXT, after TEXT, reviewer TEXT NOT NULL, at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_log_doc ON review_log(doc_id);
CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT PRIMARY KEY, written TEXT NOT NULL, canonical TEXT NOT NULL, reviewer TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS collections (
    name TEXT PRIMARY KEY, description TEXT, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS collection_members (
    collection TEXT NOT NULL, doc_id TEXT NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (collection, doc_id)
);
CREATE INDEX IF NOT EXISTS collection_members_doc ON collection_members(doc_id);
CREATE TABLE IF NOT EXISTS calibrations (
    version INTEGER PRIMARY KEY, created_at TEXT NOT NULL, reviewer TEXT NOT NULL,
    thresholds TEXT NOT NULL, report TEXT NOT NULL
);
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _loads(raw: str | None) -> Any:
    return None if raw is None else json.loads(raw)


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None


def stored_reviews(conn: sqlite3.Connection, doc_id: str) -> list[Review]:
    if not _has(conn, "reviews"):
        return []
    return [
        Review(r["doc_id"], r["layer"], r["key"], r["action"], _loads(r["after"]), _loads(r["before"]),
               r["reviewer"], r["at"])
        for r in conn.execute("SELECT * FROM reviews WHERE doc_id = ? ORDER BY at, rowid", (doc_id,))
    ]


def alias_table(conn: sqlite3.Connection) -> dict[str, str]:
    if not _has(conn, "aliases"):
        return {}
    return {r[0]: r[1] for r in conn.execute("SELECT alias, canonical FROM aliases")}


def latest_calibration(conn: sqlite3.Connection) -> int | None:
    if not _has(conn, "calibrations"):
        return None
    row = conn.execute("SELECT max(version) FROM calibrations").fetchone()
    return None if row[0] is None else int(row[0])


def apply_stored(conn: sqlite3.Connection, doc: Document) -> Document:
    """The analyst's reviews and merged names applied to ``doc`` before its rows are written."""
    apply_aliases(doc, alias_table(conn))
    apply_reviews(doc, stored_reviews(conn, doc.id))
    version = latest_calibration(conn)
    if version is not None:
        doc.meta["calibration"] = version
    return doc


def _label(layer: str, item: dict[str, Any] | None) -> str | None:
    """The label a review is counted under in quality figures (a technique, a quote kind, a role)."""
    if not item:
        return None
    if layer == "techniques":
        return item.get("technique")
    if layer == "quotes":
        return item.get("kind")
    if layer == "narratives":
        return item.get("taxonomy")
    if layer == "entities":
        role = item.get("role") or {}
        return role.get("main") if isinstance(role, dict) else None
    if layer == "evidence":
        return item.get("kind")
    return None


class SQLiteReviewQueries:
    """Reviews, merged names, collections and calibrations; mixed into the SQLite store."""

    conn: sqlite3.Connection

    # -- reviews -----------------------------------------------------------------------------------
    def record_review(self, review: Review) -> None:
        """Store the analyst's word on one item and log it (inside the caller's transaction)."""
        before, after = _dumps(review.before), _dumps(review.after)
        source = review.before or review.after or {}
        score = source.get("score") if isinstance(source.get("score"), int | float) else None
        if review.layer == "entities" and isinstance(source.get("role"), dict):
            score = source["role"].get("score")
        self.conn.execute(
            "INSERT OR REPLACE INTO reviews (doc_id, layer, key, action, before, after, score, label, reviewer, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (review.doc_id, review.layer, review.key, review.action, before, after, score,
             _label(review.layer, review.before or review.after), review.reviewer, review.at),
        )
        self.conn.execute(
            "INSERT INTO review_log (doc_id, layer, key, action, before, after, reviewer, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (review.doc_id, review.layer, review.key, review.action, before, after, review.reviewer, review.at),
        )

    def reviews(self, doc_id: str | None = None, layer: str | None = None) -> list[dict[str, Any]]:
        """The current word per reviewed item, oldest first."""
        if not _has(self.conn, "reviews"):
            return []
        conds, params = [], []
        for column, value in (("doc_id", doc_id), ("layer", layer)):
            if value is not None:
                conds.append(f"{column} = ?")
                params.append(value)
        where = f"WHERE {' AND '.join(conds)}" if conds else ""
        rows = self.conn.execute(f"SELECT * FROM reviews {where} ORDER BY at, rowid", params)
        return [{**dict(r), "before": _loads(r["before"]), "after": _loads(r["after"])} for r in rows]

    def review_log(self, doc_id: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """Every change, newest first: reviewer, time, action, before and after."""
        if not _has(self.conn, "review_log"):
            return []
        sql = "SELECT * FROM review_log" + (" WHERE doc_id = ?" if doc_id else "") + " ORDER BY id DESC LIMIT ?"
        rows = self.conn.execute(sql, ([doc_id] if doc_id else []) + [limit])
        return [{**dict(r), "before": _loads(r["before"]), "after": _loads(r["after"])} for r in rows]

    # -- merged actors ---------------------------------------------------------------------------
    def aliases(self) -> list[dict[str, Any]]:
        if not _has(self.conn, "aliases"):
            return []
        return [dict(r) for r in self.conn.execute(
            "SELECT written AS alias, canonical, reviewer, at FROM aliases ORDER BY canonical, written")]

    def record_alias(self, alias: str, canonical: str, reviewer: str) -> None:
        """``alias`` is ``canonical`` from now on (inside the caller's transaction)."""
        key = " ".join(alias.split()).casefold()
        # A chain stays flat: whatever pointed at the alias now points at its canonical name.
        self.conn.execute("UPDATE aliases SET canonical = ? WHERE canonical = ?", (canonical, alias))
        self.conn.execute("INSERT OR REPLACE INTO aliases (alias, written, canonical, reviewer, at) VALUES (?, ?, ?, ?, ?)",
                          (key, alias, canonical, reviewer, _now()))

    def documents_naming(self, names: list[str]) -> list[str]:
        """Texts whose actors or speakers carry one of ``names`` (exact, as stored)."""
        marks = ",".join("?" * len(names))
        rows = self.conn.execute(
            f"SELECT doc_id FROM entities WHERE name IN ({marks}) UNION "
            f"SELECT doc_id FROM quotes WHERE speaker_name IN ({marks}) UNION "
            f"SELECT doc_id FROM claims WHERE asserted_by IN ({marks})", [*names, *names, *names])
        return sorted({r[0] for r in rows})

    # -- collections -----------------------------------------------------------------------------
    def collections(self) -> list[dict[str, Any]]:
        if not _has(self.conn, "collections"):
            return []
        return [dict(r) for r in self.conn.execute(
            "SELECT c.name, c.description, c.created_at, count(m.doc_id) AS documents FROM collections c "
            "LEFT JOIN collection_members m ON m.collection = c.name GROUP BY c.name ORDER BY c.name")]

    def collection_ids(self, name: str) -> list[str]:
        if not _has(self.conn, "collections") or self.conn.execute(
                "SELECT 1 FROM collections WHERE name = ?", (name,)).fetchone() is None:
            raise NotFoundError(f"No collection named {name!r}.")
        return [r[0] for r in self.conn.execute(
            "SELECT doc_id FROM collection_members WHERE collection = ? ORDER BY added_at, doc_id", (name,))]

    def add_to_collection(self, name: str, ids: list[str], description: str | None = None) -> int:
        """Create ``name`` if new and add the texts of ``ids`` (publication ids resolve to their text)."""
        self._writable()  # type: ignore[attr-defined]
        added = 0
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("INSERT OR IGNORE INTO collections (name, description, created_at) VALUES (?, ?, ?)",
                              (name, description, _now()))
            if description is not None:
                self.conn.execute("UPDATE collections SET description = ? WHERE name = ?", (description, name))
            for doc_id in ids:
                text_id = self.text_id(doc_id)  # type: ignore[attr-defined]
                if text_id is None:
                    raise NotFoundError(f"No document {doc_id!r} to add to collection {name!r}.")
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO collection_members (collection, doc_id, added_at) VALUES (?, ?, ?)",
                    (name, text_id, _now()))
                added += cur.rowcount
        return added

    def remove_from_collection(self, name: str, ids: list[str]) -> int:
        self._writable()  # type: ignore[attr-defined]
        with self.conn:
            marks = ",".join("?" * len(ids))
            cur = self.conn.execute(
                f"DELETE FROM collection_members WHERE collection = ? AND doc_id IN ({marks})", [name, *ids])
        return cur.rowcount

    # -- calibrations ----------------------------------------------------------------------------
    def calibrations(self) -> list[dict[str, Any]]:
        if not _has(self.conn, "calibrations"):
            return []
        return [{**dict(r), "thresholds": json.loads(r["thresholds"]), "report": json.loads(r["report"])}
                for r in self.conn.execute("SELECT * FROM calibrations ORDER BY version")]

    def save_calibration(self, thresholds: dict[str, float], report: dict[str, Any], reviewer: str) -> int:
        self._writable()  # type: ignore[attr-defined]
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO calibrations (created_at, reviewer, thresholds, report) VALUES (?, ?, ?, ?)",
                (_now(), reviewer, json.dumps(thresholds, sort_keys=True), json.dumps(report, sort_keys=True)))
        return int(cur.lastrowid)


# Each reviewable layer's item key as SQL over its table (aliased x), matching core.review.item_key.
_QUEUE: dict[str, tuple[str, str, str]] = {
    # layer: (key expression, score expression, label expression)
    "techniques": ("x.start || ':' || x.\"end\" || ':' || x.technique", "x.score", "x.technique"),
    "claims": ("x.start || ':' || x.\"end\"", "x.score", "NULL"),
    "quotes": ("x.content_start || ':' || x.content_end", "NULL", "x.kind"),
    "narratives": ("x.taxonomy || ':' || x.id", "x.score", "x.taxonomy"),
}


class SQLiteReviewWrites:
    """Writes that change stored annotations by the analyst's word; mixed into the SQLite store."""

    conn: sqlite3.Connection

    def review_item(self, review: Review) -> Document:
        """Record one review and apply it to the stored text at once, in one transaction."""
        self._writable()  # type: ignore[attr-defined]
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            self.record_review(review)  # type: ignore[attr-defined]
            doc = self._stored(review.doc_id)
            apply_reviews(doc, [review])
            self._rewrite(doc)
        return doc

    def merge_names(self, names: list[str], canonical: str, reviewer: str) -> list[str]:
        """``names`` are ``canonical`` across the corpus from now on; returns the texts rewritten."""
        self._writable()  # type: ignore[attr-defined]
        with self.conn:
            self.conn.execute("BEGIN IMMEDIATE")
            for name in names:
                if name != canonical:
                    self.record_alias(name, canonical, reviewer)  # type: ignore[attr-defined]
            table = alias_table(self.conn)
            touched = self.documents_naming(names)  # type: ignore[attr-defined]
            at = _now()
            for doc_id in touched:
                doc = apply_aliases(self._stored(doc_id), table)
                self._rewrite(doc)
                self.conn.execute(
                    "INSERT INTO review_log (doc_id, layer, key, action, before, after, reviewer, at) "
                    "VALUES (?, 'entities', ?, 'merge', ?, ?, ?, ?)",
                    (doc_id, "actor:" + canonical.casefold(), _dumps(names), _dumps(canonical), reviewer, at))
        return touched

    def _stored(self, doc_id: str) -> Document:
        docs = list(self.iter_documents([doc_id]))  # type: ignore[attr-defined]
        if not docs:
            raise NotFoundError(f"No document {doc_id!r}.")
        return docs[0]

    def _rewrite(self, doc: Document) -> None:
        """Replace one text's annotation rows and counts (inside the caller's transaction)."""
        from spinscope.store import sqlite_layers

        doc.validate()
        sqlite_layers.delete(self.conn, doc.id)
        sqlite_layers.insert(self.conn, doc)
        self.conn.execute("UPDATE documents SET n_techniques = ?, n_quotes = ?, n_claims = ? WHERE id = ?",
                          (len(doc.techniques), len(doc.quotes), len(doc.claims), doc.id))

    # -- the review queue and what reviews say of each layer ------------------------------------
    def review_queue(self, layer: str | None = None, label: str | None = None, outlet: str | None = None,
                     collection: str | None = None, unreviewed: bool = True, limit: int = 50) -> list[dict[str, Any]]:
        """Model items across the corpus, least confident first (items without a score last)."""
        parts, params = [], []
        for name, (key, score, lbl) in _QUEUE.items():
            if layer and name != layer:
                continue
            conds = ["1"]
            sub_params: list[Any] = [name]
            if label:
                conds.append(f"{lbl} = ?")
                sub_params.append(label)
            if outlet:
                conds.append("d.source = ?")
                sub_params.append(outlet)
            if collection:
                conds.append("x.doc_id IN (SELECT doc_id FROM collection_members WHERE collection = ?)")
                sub_params.append(collection)
            if unreviewed:
                conds.append("r.key IS NULL")
            parts.append(
                f"SELECT ? AS layer, x.doc_id, {key} AS key, {score} AS score, {lbl} AS label, d.title, d.source, "
                f"r.action AS reviewed FROM {name} x JOIN documents d ON d.id = x.doc_id "
                f"LEFT JOIN reviews r ON r.doc_id = x.doc_id AND r.layer = '{name}' AND r.key = {key} "
                f"WHERE {' AND '.join(conds)}")
            params += sub_params
        if not parts:
            return []
        sql = (f"SELECT * FROM ({' UNION ALL '.join(parts)}) ORDER BY score IS NULL, score, doc_id, key LIMIT ?")
        return [dict(r) for r in self.conn.execute(sql, [*params, limit])]

    def review_counts(self) -> list[dict[str, Any]]:
        """Per layer and label: how many items the analysts accepted, rejected, edited and added."""
        if not _has(self.conn, "reviews"):
            return []
        return [dict(r) for r in self.conn.execute(
            "SELECT layer, label, "
            "sum(action = 'accept') AS accepted, sum(action = 'reject') AS rejected, "
            "sum(action = 'edit') AS edited, sum(action = 'add') AS added FROM reviews "
            "GROUP BY layer, label ORDER BY layer, label")]

    def reviewed_scores(self, layer: str) -> list[tuple[float, bool]]:
        """(model score, right as shown) of reviewed model items of ``layer`` (added items have no score)."""
        if not _has(self.conn, "reviews"):
            return []
        return [(float(r[0]), r[1] == "accept") for r in self.conn.execute(
            "SELECT score, action FROM reviews WHERE layer = ? AND action != 'add' AND score IS NOT NULL", (layer,))]
