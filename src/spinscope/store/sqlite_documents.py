"""SQLite read queries over documents: filtered, searched, keyset-paginated lists and their counts.

The FTS5 query syntax, rowid keys and the planner hints below are SQLite's; the protocol only sees a
:class:`~spinscope.store.filters.DocumentFilter` and :data:`~spinscope.store.filters.DocumentKey`.
"""

from __future__ import annotations

import math
import re
import sqlite3
from datetime import date, timedelta
from typing import Any

from spinscope.store.filters import DocumentFilter, DocumentKey, Page, QueryError, check_text, iso_day
from spinscope.store.sqlite_series import narrative_conditions

_TOKEN = re.compile(r"[^\s\"]+")

# One row per publication (``p``) with its text's (``d``) counts: a text three outlets printed is
# three rows of the corpus list. Outlet and date filters are the publication's.
_SUMMARY_COLS = (
    "p.rowid AS rowid, p.id, p.doc_id AS text_id, p.title, p.source, p.url, p.published, d.word_count, "
    "d.n_techniques, d.n_quotes, d.n_claims"
)
_FROM = "publications p JOIN documents d ON d.id = p.doc_id"


def fts_query(text: str) -> str:
    """Turn what an analyst types into a safe FTS5 query: every word quoted, all required.

    FTS5 has its own syntax (AND, NEAR, column filters, quotes); raw input would raise syntax errors
    or change meaning, so each word becomes a quoted phrase. A trailing ``*`` keeps prefix search.

    >>> fts_query('putin "regime" NEAR war*')
    '"putin" "regime" "NEAR" "war"*'
    """
    # FTS5 reads a NUL inside a quoted phrase as its end ("unterminated string").
    check_text(text, "q")
    parts = []
    for token in _TOKEN.findall(text):
        star = token.endswith("*")
        word = token.rstrip("*")
        if word:
            parts.append(f'"{word}"' + ("*" if star else ""))
    if not parts:
        raise QueryError(f"The search {text!r} has no words to look for.")
    return " ".join(parts)


def filter_conditions(conn: sqlite3.Connection, flt: DocumentFilter,
                      limit: int | None = 50) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``publications p JOIN documents d`` and their parameters (``conn`` sizes the search and layer filters).

    ``limit`` is the page the conditions serve; None means every match is wanted (a count), for which
    reading each filter's matches as a set always beats checking documents one by one.
    """
    conds: list[str] = []
    params: list[Any] = []
    if flt.q:
        query = fts_query(flt.q)
        conds.append(search_condition(conn, query, limit))
        params.append(query)
    if flt.outlet:
        conds.append("p.source = ?")
        params.append(flt.outlet)
    for value, table, column in ((flt.technique, "techniques", "technique"), (flt.speaker, "quotes", "speaker_name")):
        if value:
            conds.append(layer_condition(conn, table, column, value, limit))
            params.append(value)
    if flt.technique and flt.technique_min_score:
        # The views' minimum: a document counts for a technique only through spans shown (issue 22).
        conds.append("EXISTS (SELECT 1 FROM techniques x WHERE x.doc_id = d.id AND +x.technique = ? AND x.score >= ?)")
        params += [flt.technique, flt.technique_min_score]
    more, extra = narrative_conditions(flt)  # actor, narrative and stance, collection (issue 23)
    conds += more
    params += extra
    if flt.undated_only:
        conds.append("p.published IS NULL")
    if flt.date_from:
        conds.append("p.published >= ?")
        params.append(iso_day(flt.date_from, "date_from").isoformat())
    if flt.date_to:
        # Inclusive day: published may carry a time ("2024-05-01T10:00"), so compare to the next day.
        # The last day of the calendar has no next day: every date sorts before "9999-12-31~".
        day = iso_day(flt.date_to, "date_to")
        conds.append("p.published < ?")
        params.append((day + timedelta(days=1)).isoformat() if day < date.max else day.isoformat() + "~")
    return conds, params


def _documents(conn: sqlite3.Connection) -> int:
    # max(rowid) is O(1) and close to the number of documents; exactness does not matter here.
    return int(conn.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0])


# Checking one document against the search index (a seek per word) costs about ten times what
# reading one more match from it does (measured at 10k documents: 15 us against 1.5 us).
_SEEK_PER_READ = 10


def search_condition(conn: sqlite3.Connection, query: str, limit: int | None) -> str:
    """Documents matching the FTS5 ``query``, phrased for how many match (like :func:`layer_condition`).

    A word in most documents ("harbour" in 9 of 10) is best checked per document while walking the
    date index: 50 hits are found after about 55 documents (1 ms). Read as a set, all its matches are
    fetched and sorted first (14 ms at 10k documents, growing with the corpus). A rare word is the
    other way round: walking would check every document (1.4 s for one match in 10k). Walking costs
    about ``limit * N / matches`` seeks, the set ``matches`` reads, so walk when
    ``matches**2 > 10 * limit * N``; counting the matches only up to that bound keeps the decision
    cheap (0.15 ms).
    """
    as_set = "d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
    if limit is None:
        return as_set
    bound = math.isqrt(_SEEK_PER_READ * limit * _documents(conn)) + 1
    matches = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)", [query, bound]
    ).fetchone()[0]
    if matches < bound:
        return as_set
    return "EXISTS (SELECT 1 FROM documents_fts f WHERE f.rowid = d.rowid AND documents_fts MATCH ?)"


def layer_condition(conn: sqlite3.Connection, table: str, column: str, value: str, limit: int | None = 50) -> str:
    """Documents having a row in ``table`` with ``column = ?``, phrased for the value's frequency.

    A frequent value (a common technique) is best checked per document while walking the date index:
    the first page is found after a few dozen documents. A rare one is best read from its own index
    as a set of ids, then sorted. Walking costs about limit * N / matches documents, the set about
    matches, so walk when matches**2 > limit * N. ``+column`` stops SQLite from using the value's
    index inside the per-document check (it would rescan that index for every document).
    """
    # Table and column names come from the fixed tuple in filter_conditions, never from input.
    walk = f"EXISTS (SELECT 1 FROM {table} x WHERE x.doc_id = d.id AND +x.{column} = ?)"
    as_set = f"d.id IN (SELECT doc_id FROM {table} WHERE {column} = ?)"
    if limit is None:  # a count reads every match anyway: the set is 3x faster (5 ms against 16 at 10k)
        return as_set
    matches = conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [value]).fetchone()[0]
    return walk if matches * matches > limit * _documents(conn) else as_set


class SQLiteDocumentQueries:
    """Document lists for the corpus page and ``/api/documents``; mixed into the SQLite store."""

    conn: sqlite3.Connection

    def list_documents(self, flt: DocumentFilter, after: DocumentKey | None = None,
                       limit: int = 50) -> Page[DocumentKey]:
        """Document summaries ordered by ``(published DESC, rowid DESC)``, undated ones last.

        The key holds the last row's ``(published, rowid)``, so every page is an index seek, never
        an OFFSET scan. Dated and undated rows are fetched by two queries because ``IS NULL`` inside a
        row-value comparison would stop SQLite from seeking.
        """
        conds, params = filter_conditions(self.conn, flt, limit)
        cur_pub, cur_rowid = after if after is not None else (None, None)
        rows: list[dict[str, Any]] = []
        if cur_rowid is None or cur_pub is not None:
            dated = [*conds, "p.published IS NOT NULL"]
            dated_params = list(params)
            if cur_rowid is not None:
                dated.append("(p.published, p.rowid) < (?, ?)")
                dated_params += [cur_pub, cur_rowid]
            sql = (
                f"SELECT {_SUMMARY_COLS} FROM {_FROM} WHERE {' AND '.join(dated)} "
                "ORDER BY p.published DESC, p.rowid DESC LIMIT ?"
            )
            rows += [dict(r) for r in self.conn.execute(sql, [*dated_params, limit + 1])]
        if len(rows) <= limit:
            undated = [*conds, "p.published IS NULL"]
            undated_params = list(params)
            if cur_pub is None and cur_rowid is not None:
                undated.append("p.rowid < ?")
                undated_params.append(cur_rowid)
            sql = (
                f"SELECT {_SUMMARY_COLS} FROM {_FROM} WHERE {' AND '.join(undated)} "
                "ORDER BY p.rowid DESC LIMIT ?"
            )
            rows += [dict(r) for r in self.conn.execute(sql, [*undated_params, limit + 1 - len(rows)])]
        more = len(rows) > limit
        rows = rows[:limit]
        next_key = (rows[-1]["published"], rows[-1]["rowid"]) if more and rows else None
        for r in rows:
            del r["rowid"]
        return Page(rows, next_key)

    def count_documents(self, flt: DocumentFilter, cap: int) -> int:
        """Matching documents, counted up to ``cap`` so the count stays cheap at 100k."""
        conds, params = filter_conditions(self.conn, flt, limit=None)
        where = f"WHERE {' AND '.join(conds)}" if conds else ""
        sql = f"SELECT count(*) FROM (SELECT 1 FROM {_FROM} {where} LIMIT ?)"
        return int(self.conn.execute(sql, [*params, cap]).fetchone()[0])

    def technique_counts(self, ids: list[str]) -> dict[str, dict[str, int]]:
        """Technique span counts per document (or publication: its text's) for one page of ids, most first."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        out: dict[str, dict[str, int]] = {}
        for doc_id, technique, n in self.conn.execute(
            f"SELECT p.id, t.technique, count(*) FROM publications p JOIN techniques t ON t.doc_id = p.doc_id "
            f"WHERE p.id IN ({marks}) GROUP BY p.id, t.technique ORDER BY p.id, count(*) DESC, t.technique",
            ids,
        ):
            out.setdefault(doc_id, {})[technique] = n
        return out
