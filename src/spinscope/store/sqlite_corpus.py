"""SQLite read queries over the whole corpus: filter values (facets), totals and statistics tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

# Union length of technique spans per document: sorting spans by start, a span only adds the part
# past the furthest end seen so far, so overlapping spans are not counted twice.
DOC_COVERAGE_SQL = """
WITH ordered AS (
  SELECT doc_id, start, "end",
         max("end") OVER (PARTITION BY doc_id ORDER BY start, "end"
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
  FROM techniques
)
SELECT doc_id, sum(max(0, "end" - max(start, coalesce(reach, 0)))) AS chars FROM ordered GROUP BY doc_id
"""
# Per outlet, counting publications: a text three outlets printed counts for each of them.
_COVERAGE_SQL = f"""
WITH covered AS ({DOC_COVERAGE_SQL})
SELECT coalesce(p.source, '(unknown)') AS outlet, sum(c.chars) AS technique_chars
FROM covered c JOIN publications p ON p.doc_id = c.doc_id GROUP BY outlet
"""
# Kept apart from the coverage query: joining documents to a CTE makes SQLite rescan the CTE per row.
_OUTLET_CHARS_SQL = """
SELECT coalesce(p.source, '(unknown)') AS outlet, count(*) AS documents, sum(length(d.text)) AS chars
FROM publications p JOIN documents d ON d.id = p.doc_id GROUP BY outlet ORDER BY outlet
"""


class SQLiteCorpusQueries:
    """Corpus-wide aggregates; mixed into the SQLite store."""

    conn: sqlite3.Connection
    path: str

    def _scalar(self, sql: str) -> int:
        return int(self.conn.execute(sql).fetchone()[0] or 0)

    def change_token(self) -> tuple[Any, ...]:
        """A cheap value that changes whenever any process commits to the store (a cache key).

        Size and modification time of the database file and its WAL: every commit appends to the WAL
        and a checkpoint rewrites the file. Two stat calls, where count(*) costs ~10 ms per page at 100k.
        """
        path = Path(self.path)
        if self.path == ":memory:" or not path.exists():
            return (self.conn.total_changes, self._scalar("SELECT count(*) FROM documents"))
        key: list[Any] = []
        for p in (path, path.with_name(path.name + "-wal")):
            try:
                st = p.stat()
                key += [st.st_mtime_ns, st.st_size]
            except FileNotFoundError:
                key += [None, None]
        return tuple(key)

    def facets(self) -> dict[str, Any]:
        """Values for the corpus filters with counts: outlets, techniques, the 200 most quoted speakers.

        Documents and outlets count publications (what the corpus list shows, one row each).
        """
        q = self.conn.execute
        outlets = q("SELECT source AS outlet, count(*) AS n FROM publications WHERE source IS NOT NULL "
                    "GROUP BY source ORDER BY n DESC")
        techs = q("SELECT technique, count(*) AS n FROM techniques GROUP BY technique ORDER BY n DESC")
        speakers = q(
            "SELECT speaker_name AS speaker, count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL "
            "GROUP BY speaker_name ORDER BY n DESC LIMIT 200"
        )
        first, last = q("SELECT min(published), max(published) FROM publications").fetchone()
        return {
            "documents": self._scalar("SELECT count(*) FROM publications"),
            "outlets": [dict(r) for r in outlets],
            "techniques": [dict(r) for r in techs],
            "speakers": [dict(r) for r in speakers],
            "first_published": first,
            "last_published": last,
        }

    def corpus_totals(self) -> dict[str, int]:
        """Row counts of the corpus: documents (publications), texts (each analysed once), words, each layer,
        distinct speakers and outlets, bookkeeping."""
        s = self._scalar
        return {
            "documents": s("SELECT count(*) FROM publications"),
            "texts": s("SELECT count(*) FROM documents"),
            "words": s("SELECT coalesce(sum(word_count), 0) FROM documents"),
            "techniques": s("SELECT count(*) FROM techniques"),
            "quotes": s("SELECT count(*) FROM quotes"),
            "claims": s("SELECT count(*) FROM claims"),
            "entities": s("SELECT count(*) FROM entities"),
            "speakers": s("SELECT count(DISTINCT speaker_name) FROM quotes"),
            "outlets": s("SELECT count(DISTINCT source) FROM publications"),
            "duplicates": s("SELECT count(*) FROM duplicates"),
            "errors": s("SELECT count(*) FROM errors"),
            "runs": s("SELECT count(*) FROM runs"),
        }

    def technique_totals(self) -> list[dict[str, Any]]:
        """Rows of (technique, spans, documents), most spans first; spans and documents counted per publication."""
        rows = self.conn.execute(
            "SELECT t.technique, count(*) AS spans, count(DISTINCT p.id) AS documents FROM techniques t "
            "JOIN publications p ON p.doc_id = t.doc_id GROUP BY t.technique ORDER BY spans DESC, t.technique"
        )
        return [dict(r) for r in rows]

    def technique_spans_by_outlet_month(self) -> list[tuple[str, str | None, str, int]]:
        """(outlet, month or None, technique, spans) per publication: one pass that both per-outlet and per-month sum."""
        rows = self.conn.execute(
            "SELECT coalesce(p.source, '(unknown)'), substr(p.published, 1, 7), t.technique, count(*) "
            "FROM techniques t JOIN publications p ON p.doc_id = t.doc_id GROUP BY 1, 2, 3"
        )
        return [(r[0], r[1], r[2], int(r[3])) for r in rows]

    def outlet_text_coverage(self) -> list[dict[str, Any]]:
        """Per outlet (by name, unknown as '(unknown)'): documents, chars and chars inside technique spans."""
        covered = {r["outlet"]: r["technique_chars"] for r in self.conn.execute(_COVERAGE_SQL)}
        return [{**dict(r), "technique_chars": covered.get(r["outlet"], 0)} for r in self.conn.execute(_OUTLET_CHARS_SQL)]

    def duplicate_kinds(self) -> list[dict[str, Any]]:
        """Rows of (kind, documents): how many documents were recorded as each kind of duplicate."""
        rows = self.conn.execute(
            "SELECT kind, count(*) AS documents FROM duplicates GROUP BY kind ORDER BY documents DESC, kind"
        )
        return [dict(r) for r in rows]
