"""SQLite reads for attention over time: publications per day under any corpus filter.

Counts are of **publications** (one text that three outlets printed counts three times, each on its
own date and outlet) when the store has the ``publications`` table (issue 20), else of documents.
Layer filters (technique, speaker, actor, narrative and stance) apply to the text every publication
carries; outlet and dates to the publication. The service buckets the days into days, ISO weeks or
months (:mod:`spinscope.service.series`).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from spinscope.store.filters import STANCE_FILTERS, DocumentFilter, QueryError, iso_day


def stance_condition(stance: str | None, alias: str = "n") -> tuple[str, list[Any]]:
    """SQL over ``narratives {alias}`` for a stance filter; ``asserts`` includes unassessed (null) rows."""
    if stance in (None, "any"):
        return "1", []
    if stance not in STANCE_FILTERS:
        raise QueryError(f"The 'stance' filter must be one of {', '.join(STANCE_FILTERS)}. Got {stance!r}.")
    if stance == "asserts":
        return f"({alias}.stance = 'asserts' OR {alias}.stance IS NULL)", []
    return f"{alias}.stance = ?", [stance]


def narrative_conditions(flt: DocumentFilter, doc: str = "d") -> tuple[list[str], list[Any]]:
    """Conditions on the text ``{doc}`` for the actor, narrative/stance and collection filters."""
    conds: list[str] = []
    params: list[Any] = []
    if flt.actor:
        conds.append(f"{doc}.id IN (SELECT doc_id FROM entities WHERE name = ?)")
        params.append(flt.actor)
    if flt.narrative or flt.stance not in (None, "any"):
        sql, extra = stance_condition(flt.stance)
        if flt.narrative:
            conds.append(f"{doc}.id IN (SELECT n.doc_id FROM narratives n WHERE n.id = ? AND {sql})")
            params += [flt.narrative, *extra]
        else:
            conds.append(f"{doc}.id IN (SELECT n.doc_id FROM narratives n WHERE {sql})")
            params += extra
    if flt.collection:
        conds.append(f"{doc}.id IN (SELECT doc_id FROM collection_members WHERE collection = ?)")
        params.append(flt.collection)
    return conds, params


class SQLiteSeriesQueries:
    """Publications per day under a filter; mixed into the SQLite store (through the narratives mixin)."""

    conn: sqlite3.Connection

    def _has(self, table: str) -> bool:
        sql = "SELECT 1 FROM sqlite_master WHERE name = ?"
        return self.conn.execute(sql, (table,)).fetchone() is not None

    def publication_days(self, flt: DocumentFilter) -> list[tuple[str | None, int]]:
        """(day as written, or None when undated, publications) for the publications ``flt`` keeps.

        The day is the first ten characters of ``published`` (ISO 8601 as stored); the caller
        reads them and counts what is no date as undated.
        """
        pub = "p" if self._has("publications") else "d"
        source = "publications p JOIN documents d ON d.id = p.doc_id" if pub == "p" else "documents d"
        conds: list[str] = []
        params: list[Any] = []
        if flt.q:
            from spinscope.store.sqlite_documents import fts_query

            conds.append("d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            params.append(fts_query(flt.q))
        if flt.outlet:
            conds.append(f"{pub}.source = ?")
            params.append(flt.outlet)
        for value, table, column in ((flt.technique, "techniques", "technique"), (flt.speaker, "quotes", "speaker_name")):
            if value:
                conds.append(f"d.id IN (SELECT doc_id FROM {table} WHERE {column} = ?)")
                params.append(value)
        if flt.collection and not self._has("collection_members"):
            return []
        more, extra = narrative_conditions(flt)
        if (flt.narrative or flt.stance) and not self._has("narratives"):
            return []
        conds += more
        params += extra
        if flt.date_from:
            conds.append(f"{pub}.published >= ?")
            params.append(iso_day(flt.date_from, "date_from").isoformat())
        if flt.date_to:
            day = iso_day(flt.date_to, "date_to")
            conds.append(f"{pub}.published < ?")
            params.append((day + timedelta(days=1)).isoformat() if day < date.max else day.isoformat() + "~")
        where = f"WHERE {' AND '.join(conds)}" if conds else ""
        sql = f"SELECT substr({pub}.published, 1, 10) AS day, count(*) FROM {source} {where} GROUP BY day ORDER BY day"
        return [(r[0], int(r[1])) for r in self.conn.execute(sql, params)]
