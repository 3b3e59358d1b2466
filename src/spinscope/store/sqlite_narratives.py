"""SQLite reads and writes for narratives: discovery units, discovered clusters, narrative-layer counts.

The cluster tables come from a migration in :mod:`spinscope.store.sqlite` (``narrative_clusters``,
``narrative_cluster_members``, ``narrative_discovery_seen``, ``narrative_discovery_settings``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from spinscope.errors import NotFoundError
from spinscope.store.sqlite_series import SQLiteSeriesQueries

MIGRATION = """
CREATE TABLE IF NOT EXISTS narrative_clusters (
    id INTEGER PRIMARY KEY, label TEXT, keywords TEXT, size INTEGER, n_documents INTEGER, outlets TEXT,
    first_seen TEXT, last_seen TEXT, weekly TEXT, representative TEXT, representative_doc TEXT,
    representative_start INTEGER, representative_end INTEGER, centroid BLOB, updated_at TEXT
);
CREATE TABLE IF NOT EXISTS narrative_cluster_members (
    cluster_id INTEGER NOT NULL, doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    kind TEXT, similarity REAL
);
CREATE INDEX IF NOT EXISTS narrative_cluster_members_cluster ON narrative_cluster_members(cluster_id);
CREATE INDEX IF NOT EXISTS narrative_cluster_members_doc ON narrative_cluster_members(doc_id);
CREATE TABLE IF NOT EXISTS narrative_discovery_seen (doc_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS narrative_discovery_settings (key TEXT PRIMARY KEY, value TEXT);
"""

# Claims, and the sentences that are not also a claim, with their exact text (substr counts characters, as Python str indices do).
_UNITS_SQL = """
SELECT u.doc_id, u.start, u."end", u.kind, substr(d.text, u.start + 1, u."end" - u.start) AS text,
       d.source, d.published
FROM (SELECT doc_id, start, "end", 'claim' AS kind FROM claims
      UNION ALL
      SELECT s.doc_id, s.start, s."end", 'sentence' AS kind FROM sentences s
      WHERE NOT EXISTS (SELECT 1 FROM claims c
                        WHERE c.doc_id = s.doc_id AND c.start = s.start AND c."end" = s."end")) u
JOIN documents d ON d.id = u.doc_id
{where}
ORDER BY d.rowid, u.start, u.kind
"""

_CLUSTER_COLUMNS = ("id", "label", "keywords", "size", "n_documents", "outlets", "first_seen", "last_seen",
                    "weekly", "representative", "representative_doc", "representative_start",
                    "representative_end", "centroid", "updated_at")
_JSON_COLUMNS = ("keywords", "outlets", "weekly")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteNarrativeQueries(SQLiteSeriesQueries):
    """Narrative discovery's tables and the narratives layer's counts; mixed into the SQLite store.

    Attention-over-time reads (:class:`SQLiteSeriesQueries`) come with it, so the store's class list
    stays as it is."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:

        def _writable(self) -> None: ...  # the store's: refuses writes on a read-only store

    def _has_narrative_table(self, name: str) -> bool:
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return self.conn.execute(sql, (name,)).fetchone() is not None

    # -- discovery -------------------------------------------------------------------------------
    def discovery_units(self, unseen_only: bool = False) -> list[dict[str, Any]]:
        """Every stored sentence and claim (doc_id, start, end, kind, text, source, published).

        ``unseen_only``: only those of documents no discovery run has looked at yet.
        """
        where = ""
        if unseen_only and self._has_narrative_table("narrative_discovery_seen"):
            where = "WHERE u.doc_id NOT IN (SELECT doc_id FROM narrative_discovery_seen)"
        if not self._has_narrative_table("claims"):
            return []
        return [dict(r) for r in self.conn.execute(_UNITS_SQL.format(where=where))]

    def discovery_settings(self) -> dict[str, str]:
        if not self._has_narrative_table("narrative_discovery_settings"):
            return {}
        return {r[0]: r[1] for r in self.conn.execute("SELECT key, value FROM narrative_discovery_settings")}

    def save_narrative_clusters(self, clusters: Sequence[dict[str, Any]], seen: Iterable[str],
                                settings: dict[str, str]) -> None:
        """Replace every cluster (ids kept as given) and mark ``seen`` documents, in one transaction.

        A cluster dict has the ``narrative_clusters`` columns (JSON ones as Python values, centroid as
        bytes) and ``members``: dicts of doc_id, start, end, kind, similarity.
        """
        self._writable()
        with self.conn:
            self.conn.execute("DELETE FROM narrative_cluster_members")
            self.conn.execute("DELETE FROM narrative_clusters")
            now = _now()
            for c in clusters:
                row = {**c, "updated_at": now}
                values = [json.dumps(row[k]) if k in _JSON_COLUMNS else row.get(k) for k in _CLUSTER_COLUMNS]
                self.conn.execute(
                    f"INSERT INTO narrative_clusters ({', '.join(_CLUSTER_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(_CLUSTER_COLUMNS))})", values)
                self.conn.executemany(
                    'INSERT INTO narrative_cluster_members (cluster_id, doc_id, start, "end", kind, similarity) '
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [(c["id"], m["doc_id"], m["start"], m["end"], m.get("kind"), m.get("similarity"))
                     for m in c["members"]])
            self.conn.executemany("INSERT OR IGNORE INTO narrative_discovery_seen (doc_id) VALUES (?)",
                                  [(d,) for d in seen])
            self.conn.executemany("INSERT OR REPLACE INTO narrative_discovery_settings (key, value) VALUES (?, ?)",
                                  list(settings.items()))

    def clear_narrative_discovery(self) -> None:
        """Forget every cluster and which documents were seen (``discover --rebuild``)."""
        self._writable()
        with self.conn:
            for table in ("narrative_cluster_members", "narrative_clusters", "narrative_discovery_seen"):
                self.conn.execute(f"DELETE FROM {table}")

    def narrative_clusters(self, members: bool = True) -> list[dict[str, Any]]:
        """Every cluster, largest first, JSON columns decoded; with ``members`` (and their text)."""
        if not self._has_narrative_table("narrative_clusters"):
            return []
        rows = [self._cluster_row(r) for r in self.conn.execute(
            "SELECT * FROM narrative_clusters ORDER BY n_documents DESC, size DESC, id")]
        if members:
            by_id = {r["id"]: r for r in rows}
            for r in rows:
                r["members"] = []
            for m in self.conn.execute(
                'SELECT m.cluster_id, m.doc_id, m.start, m."end", m.kind, m.similarity, d.title, d.source, '
                "d.published, substr(d.text, m.start + 1, m.\"end\" - m.start) AS text "
                "FROM narrative_cluster_members m JOIN documents d ON d.id = m.doc_id "
                "ORDER BY m.cluster_id, d.published, m.doc_id, m.start"
            ):
                item = dict(m)
                by_id[item.pop("cluster_id")]["members"].append(item)
        return rows

    def narrative_cluster(self, cluster_id: int) -> dict[str, Any]:
        for c in self.narrative_clusters():
            if c["id"] == cluster_id:
                return c
        raise NotFoundError(f"no discovered narrative cluster {cluster_id}; `spinscope narratives list` shows them")

    @staticmethod
    def _cluster_row(r: sqlite3.Row) -> dict[str, Any]:
        row = dict(r)
        for k in _JSON_COLUMNS:
            row[k] = json.loads(row[k] or ("{}" if k == "outlets" else "[]"))
        return row

    # -- the narratives layer --------------------------------------------------------------------
    def narrative_layer_rows(self) -> list[dict[str, Any]]:
        """One row per (publication, narrative) of the narratives layer, with the publication's outlet and
        date: ``doc_id`` is the publication's id, ``text_id`` the text's (a text three outlets printed
        counts three times)."""
        if not self._has_narrative_table("narratives"):
            return []
        # ``stance`` (issue 23) is null for narratives stored before it existed, and for a read-only
        # file made before the column.
        columns = {r[1] for r in self.conn.execute("PRAGMA table_info(narratives)")}
        stance = "n.stance" if "stance" in columns else "NULL"
        return [dict(r) for r in self.conn.execute(
            "SELECT p.id AS doc_id, n.doc_id AS text_id, n.taxonomy, n.id AS narrative_id, n.label, n.parent, "
            f"n.score, {stance} AS stance, p.source, p.published "
            "FROM narratives n JOIN publications p ON p.doc_id = n.doc_id ORDER BY n.taxonomy, n.id, p.published"
        )]
