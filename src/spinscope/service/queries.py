"""Plain data functions shared by the REST API and the web pages.

A page and its API route call the same function here: the route returns the dict, the page renders
it. Every function takes a :class:`~spinscope.store.sqlite.Store` and plain arguments, runs parameterised SQL
only (user input never becomes SQL text) and returns JSON-ready dicts. Input that cannot be used
raises :class:`~spinscope.errors.SpinscopeError` subclasses, turned into a status at the edges.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spinscope.errors import NotFoundError, SpinscopeError

if TYPE_CHECKING:
    from spinscope.core.document import Document
    from spinscope.store.sqlite import Store

MAX_PAGE = 200
# Counting every match at 100k documents costs a scan; past this many we say "10000+".
COUNT_CAP = 10_000


class QueryError(SpinscopeError):
    """A filter, cursor or search string that cannot be used (status 400)."""


@dataclass(slots=True)
class DocumentFilter:
    """The corpus filters; every field is optional and they combine with AND."""

    q: str | None = None
    outlet: str | None = None
    technique: str | None = None
    speaker: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def active(self) -> dict[str, str]:
        names = ("q", "outlet", "technique", "speaker", "date_from", "date_to")
        return {n: getattr(self, n) for n in names if getattr(self, n)}

    def where(self, conn: sqlite3.Connection, limit: int = 50) -> tuple[list[str], list[Any]]:
        """SQL conditions on ``documents d`` and their parameters (``conn`` sizes the layer filters)."""
        conds: list[str] = []
        params: list[Any] = []
        if self.q:
            conds.append("d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            params.append(fts_query(self.q))
        if self.outlet:
            conds.append("d.source = ?")
            params.append(self.outlet)
        for value, table, column in ((self.technique, "techniques", "technique"),
                                     (self.speaker, "quotes", "speaker_name")):
            if value:
                conds.append(_layer_condition(conn, table, column, value, limit))
                params.append(value)
        if self.date_from:
            conds.append("d.published >= ?")
            params.append(_iso_day(self.date_from, "date_from").isoformat())
        if self.date_to:
            # Inclusive day: published may carry a time ("2024-05-01T10:00"), so compare to the next day.
            conds.append("d.published < ?")
            params.append((_iso_day(self.date_to, "date_to") + timedelta(days=1)).isoformat())
        return conds, params


def _layer_condition(conn: sqlite3.Connection, table: str, column: str, value: str, limit: int = 50) -> str:
    """Documents having a row in ``table`` with ``column = ?``, phrased for the value's frequency.

    A frequent value (a common technique) is best checked per document while walking the date index:
    the first page is found after a few dozen documents. A rare one is best read from its own index
    as a set of ids, then sorted. Walking costs about limit * N / matches documents, the set about
    matches, so walk when matches**2 > limit * N. ``+column`` stops SQLite from using the value's
    index inside the per-document check (it would rescan that index for every document).
    """
    # Table and column names come from the fixed tuple in DocumentFilter.where, never from input.
    walk = f"EXISTS (SELECT 1 FROM {table} x WHERE x.doc_id = d.id AND +x.{column} = ?)"
    as_set = f"d.id IN (SELECT doc_id FROM {table} WHERE {column} = ?)"
    matches = conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [value]).fetchone()[0]
    # max(rowid) is O(1) and close to the number of documents; exactness does not matter here.
    n_docs = conn.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]
    return walk if matches * matches > limit * n_docs else as_set


def _iso_day(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise QueryError(f"The '{name}' filter must be a date like 2024-05-31. Got {value!r}.") from None


_TOKEN = re.compile(r"[^\s\"]+")


def fts_query(text: str) -> str:
    """Turn what an analyst types into a safe FTS5 query: every word quoted, all required.

    FTS5 has its own syntax (AND, NEAR, column filters, quotes); raw input would raise syntax errors
    or change meaning, so each word becomes a quoted phrase. A trailing ``*`` keeps prefix search.

    >>> fts_query('putin "regime" NEAR war*')
    '"putin" "regime" "NEAR" "war"*'
    """
    parts = []
    for token in _TOKEN.findall(text):
        star = token.endswith("*")
        word = token.rstrip("*")
        if word:
            parts.append(f'"{word}"' + ("*" if star else ""))
    if not parts:
        raise QueryError(f"The search {text!r} has no words to look for.")
    return " ".join(parts)


def encode_cursor(published: str | None, rowid: int) -> str:
    raw = json.dumps([published, rowid]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str | None, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        published, rowid = json.loads(raw)
        if (published is not None and not isinstance(published, str)) or not isinstance(rowid, int):
            raise ValueError
    except (ValueError, TypeError, binascii.Error):
        raise QueryError(
            f"The 'after' cursor {cursor!r} is not one this server gave out; use the 'next' value "
            "from a previous page."
        ) from None
    return published, rowid


_SUMMARY_COLS = (
    "d.rowid AS rowid, d.id, d.title, d.source, d.url, d.published, d.word_count, "
    "d.n_techniques, d.n_quotes, d.n_claims"
)


def list_documents(store: Store, flt: DocumentFilter, after: str | None = None, limit: int = 50) -> dict[str, Any]:
    """One page of documents, newest first, with keyset pagination.

    Documents are ordered by ``(published DESC, rowid DESC)``; undated documents come last. The
    cursor holds the last row's key, so every page is an index seek, never an OFFSET scan. Dated and
    undated rows are fetched by two queries because ``IS NULL`` inside a row-value comparison would
    stop SQLite from seeking.
    """
    _page_limit(limit)
    conds, params = flt.where(store.conn, limit)
    cur_pub, cur_rowid = decode_cursor(after) if after else (None, None)
    rows: list[dict[str, Any]] = []
    conn = store.conn
    if cur_rowid is None or cur_pub is not None:
        dated = [*conds, "d.published IS NOT NULL"]
        dated_params = list(params)
        if cur_rowid is not None:
            dated.append("(d.published, d.rowid) < (?, ?)")
            dated_params += [cur_pub, cur_rowid]
        sql = (
            f"SELECT {_SUMMARY_COLS} FROM documents d WHERE {' AND '.join(dated)} "
            "ORDER BY d.published DESC, d.rowid DESC LIMIT ?"
        )
        rows += [dict(r) for r in conn.execute(sql, [*dated_params, limit + 1])]
    if len(rows) <= limit:
        undated = [*conds, "d.published IS NULL"]
        undated_params = list(params)
        if cur_pub is None and cur_rowid is not None:
            undated.append("d.rowid < ?")
            undated_params.append(cur_rowid)
        sql = (
            f"SELECT {_SUMMARY_COLS} FROM documents d WHERE {' AND '.join(undated)} "
            "ORDER BY d.rowid DESC LIMIT ?"
        )
        rows += [dict(r) for r in conn.execute(sql, [*undated_params, limit + 1 - len(rows)])]
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(rows[-1]["published"], rows[-1]["rowid"]) if more and rows else None
    by_doc = _technique_counts(store, [r["id"] for r in rows])
    for r in rows:
        del r["rowid"]
        r["techniques"] = by_doc.get(r["id"], {})
    total = count_documents(store, flt)
    return {
        "ok": True,
        "filters": flt.active(),
        "documents": rows,
        "count": total,
        "count_capped": total > COUNT_CAP,
        "limit": limit,
        "after": after,
        "next": next_cursor,
    }


def _technique_counts(store: Store, ids: list[str]) -> dict[str, dict[str, int]]:
    """Technique span counts per document for one page of ids (one indexed query)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[str, dict[str, int]] = {}
    for doc_id, technique, n in store.conn.execute(
        f"SELECT doc_id, technique, count(*) FROM techniques WHERE doc_id IN ({marks}) "
        "GROUP BY doc_id, technique ORDER BY doc_id, count(*) DESC, technique",
        ids,
    ):
        out.setdefault(doc_id, {})[technique] = n
    return out


def count_documents(store: Store, flt: DocumentFilter) -> int:
    """Matching documents, counted up to ``COUNT_CAP + 1`` so the count stays cheap at 100k."""
    conds, params = flt.where(store.conn)
    where = f"WHERE {' AND '.join(conds)}" if conds else ""
    sql = f"SELECT count(*) FROM (SELECT 1 FROM documents d {where} LIMIT ?)"
    return int(store.conn.execute(sql, [*params, COUNT_CAP + 1]).fetchone()[0])


def get_document(store: Store, doc_id: str) -> dict[str, Any]:
    """One document in the contract's JSON form (raises NotFoundError)."""
    return load_document(store, doc_id).to_dict()


def load_document(store: Store, doc_id: str) -> Document:
    """A stored document; the not-found message names the id, not the server's file path."""
    try:
        return store.get(doc_id)
    except NotFoundError:
        raise NotFoundError(f"No document with id {doc_id!r}; list them at /api/documents.") from None


def doc_speakers(doc_dict: dict[str, Any]) -> list[dict[str, Any]]:
    """Who said what in one document: quotes grouped by speaker, in text order."""
    text = doc_dict["text"]
    groups: dict[str, list[dict[str, Any]]] = {}
    for i, q in enumerate(doc_dict["quotes"]):
        name = q.get("speaker_name") or "(unattributed)"
        content = q["content"]
        groups.setdefault(name, []).append(
            {
                "idx": i,
                "kind": q["kind"],
                "via": q.get("via"),
                "start": content["start"],
                "end": content["end"],
                "text": text[content["start"] : content["end"]],
            }
        )
    out = [{"speaker": k, "quotes": v, "known": k != "(unattributed)"} for k, v in groups.items()]
    out.sort(key=lambda g: (not g["known"], -len(g["quotes"]), g["speaker"]))
    return out


def _page_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_PAGE:
        raise QueryError(f"The 'limit' parameter must be an int between 1 and {MAX_PAGE}. Got {limit}.")


def _contains(q: str) -> str:
    """A LIKE pattern for "contains q"; "%" and "_" typed by the analyst match literally."""
    return "%" + re.sub(r"([%_\\])", r"\\\1", q) + "%"


def list_speakers(store: Store, q: str | None = None, limit: int = 100) -> dict[str, Any]:
    """Speakers across the corpus with how often and in how many documents they are quoted."""
    _page_limit(limit)
    cond, params = "speaker_name IS NOT NULL", []
    if q:
        cond += " AND speaker_name LIKE ? ESCAPE '\\'"
        params.append(_contains(q))
    rows = store.conn.execute(
        f"SELECT speaker_name AS speaker, count(*) AS quotes, count(DISTINCT doc_id) AS documents "
        f"FROM quotes WHERE {cond} GROUP BY speaker_name ORDER BY quotes DESC, speaker LIMIT ?",
        [*params, limit],
    )
    return {"ok": True, "q": q, "speakers": [dict(r) for r in rows]}


def speaker_quotes(store: Store, name: str, after: int | None = None, limit: int = 50) -> dict[str, Any]:
    """Every quote of one speaker across the corpus, newest stored first (keyset on quote rowid)."""
    _page_limit(limit)
    params: list[Any] = [name]
    cond = "q.speaker_name = ?"
    if after is not None:
        cond += " AND q.rowid < ?"
        params.append(after)
    # substr() counts characters (1-based) like Python str indices, so offsets map directly.
    rows = [
        dict(r)
        for r in store.conn.execute(
            "SELECT q.rowid AS rowid, q.doc_id, q.idx, q.kind, q.via, q.content_start AS start, "
            "q.content_end AS end, substr(d.text, q.content_start + 1, q.content_end - q.content_start) "
            "AS text, d.title, d.source, d.published FROM quotes q JOIN documents d ON d.id = q.doc_id "
            f"WHERE {cond} ORDER BY q.rowid DESC LIMIT ?",
            [*params, limit + 1],
        )
    ]
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = rows[-1]["rowid"] if more else None
    for r in rows:
        del r["rowid"]
    total = store.conn.execute("SELECT count(*) FROM quotes WHERE speaker_name = ?", [name]).fetchone()[0]
    if not total:
        raise NotFoundError(f"No quotes by a speaker named {name!r}; see /api/speakers for the names.")
    is_actor = store.conn.execute("SELECT 1 FROM entities WHERE name = ? LIMIT 1", [name]).fetchone() is not None
    return {"ok": True, "speaker": name, "count": total, "is_actor": is_actor, "quotes": rows, "next": nxt,
            "limit": limit}


def list_actors(store: Store, q: str | None = None, limit: int = 100) -> dict[str, Any]:
    """Actors (grouped entities) with the number of documents that mention them."""
    _page_limit(limit)
    cond, params = "1", []
    if q:
        cond = "name LIKE ? ESCAPE '\\'"
        params.append(_contains(q))
    rows = store.conn.execute(
        f"SELECT name, type, count(DISTINCT doc_id) AS documents FROM entities WHERE {cond} "
        "GROUP BY name, type ORDER BY documents DESC, name LIMIT ?",
        [*params, limit],
    )
    return {"ok": True, "q": q, "actors": [dict(r) for r in rows]}


# Techniques that put a label on someone: shown on an actor's page when they sit in the same sentence.
LABEL_TECHNIQUES = ("Name_Calling,Labeling", "Loaded_Language")


def actor_profile(store: Store, name: str, limit: int = 50) -> dict[str, Any]:
    """How one actor is named and labelled across the corpus.

    Returns the framing labels the texts give it ("state-run", "foreign minister"), the surface forms
    of its mentions ("Kovacs", "the minister"), its aliases and roles, the name-calling and loaded
    language found in sentences that mention it, and the documents.
    """
    _page_limit(limit)
    conn = store.conn
    ents = [dict(r) for r in conn.execute("SELECT doc_id, idx, type, aliases, role, labels FROM entities WHERE name = ?", [name])]
    if not ents:
        raise NotFoundError(f"No actor named {name!r}; see /api/actors for the names.")
    aliases: dict[str, int] = {}
    roles: dict[str, int] = {}
    framing: dict[str, dict[str, Any]] = {}
    for e in ents:
        # Framing labels from the entities analyzer: [{"label": "state-run", "start": .., "end": ..}].
        for lab in json.loads(e["labels"] or "[]"):
            text = lab.get("label") if isinstance(lab, dict) else None
            if text:
                entry = framing.setdefault(text, {"label": text, "n": 0, "example_doc": e["doc_id"]})
                entry["n"] += 1
        for a in json.loads(e["aliases"] or "[]"):
            aliases[a] = aliases.get(a, 0) + 1
        if e["role"]:
            roles[e["role"]] = roles.get(e["role"], 0) + 1
    forms = conn.execute(
        "SELECT substr(d.text, m.start + 1, m.end - m.start) AS form, count(*) AS n "
        "FROM entities e JOIN mentions m ON m.doc_id = e.doc_id AND m.entity_idx = e.idx "
        "JOIN documents d ON d.id = e.doc_id WHERE e.name = ? GROUP BY form ORDER BY n DESC, form LIMIT 50",
        [name],
    )
    marks = ",".join("?" * len(LABEL_TECHNIQUES))
    labels = conn.execute(
        "SELECT substr(d.text, t.start + 1, t.end - t.start) AS label, t.technique, count(*) AS n, "
        "min(t.doc_id) AS example_doc FROM entities e "
        "JOIN mentions m ON m.doc_id = e.doc_id AND m.entity_idx = e.idx "
        "JOIN sentences s ON s.doc_id = m.doc_id AND s.start <= m.start AND m.end <= s.end "
        "JOIN techniques t ON t.doc_id = s.doc_id AND t.start >= s.start AND t.end <= s.end "
        f"JOIN documents d ON d.id = t.doc_id WHERE e.name = ? AND t.technique IN ({marks}) "
        "GROUP BY label, t.technique ORDER BY n DESC, label LIMIT 50",
        [name, *LABEL_TECHNIQUES],
    )
    docs = conn.execute(
        "SELECT DISTINCT d.id, d.title, d.source, d.published FROM entities e JOIN documents d "
        "ON d.id = e.doc_id WHERE e.name = ? ORDER BY d.published DESC LIMIT ?",
        [name, limit],
    )
    quotes = conn.execute("SELECT count(*) FROM quotes WHERE speaker_name = ?", [name]).fetchone()[0]
    return {
        "ok": True,
        "actor": name,
        "types": sorted({e["type"] for e in ents}),
        "mentioned_in": len({e["doc_id"] for e in ents}),
        "aliases": [{"alias": k, "n": v} for k, v in sorted(aliases.items(), key=lambda kv: -kv[1])],
        "roles": [{"role": k, "n": v} for k, v in sorted(roles.items(), key=lambda kv: -kv[1])],
        "forms": [dict(r) for r in forms],
        "framing": sorted(framing.values(), key=lambda f: (-f["n"], f["label"]))[:100],
        "labels": [dict(r) for r in labels],
        "documents": [dict(r) for r in docs],
        "quotes": quotes,
    }


def corpus_fingerprint(store: Store) -> tuple[Any, ...]:
    """Cheap key that changes whenever any process commits to the store.

    Size and modification time of the database file and its WAL: every commit appends to the WAL and
    a checkpoint rewrites the file. Two stat calls, where count(*) costs ~10 ms per page at 100k.
    """
    path = Path(store.path)
    if store.path == ":memory:" or not path.exists():
        return (store.conn.total_changes, store.count())
    key: list[Any] = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            key += [st.st_mtime_ns, st.st_size]
        except FileNotFoundError:
            key += [None, None]
    return tuple(key)


def facets(store: Store) -> dict[str, Any]:
    """Values for the corpus filters: outlets, techniques and the most quoted speakers."""
    q = store.conn.execute
    outlets = q("SELECT source AS outlet, count(*) AS n FROM documents WHERE source IS NOT NULL GROUP BY source ORDER BY n DESC")
    techs = q("SELECT technique, count(*) AS n FROM techniques GROUP BY technique ORDER BY n DESC")
    speakers = q(
        "SELECT speaker_name AS speaker, count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL "
        "GROUP BY speaker_name ORDER BY n DESC LIMIT 200"
    )
    span = q("SELECT min(published), max(published) FROM documents").fetchone()
    return {
        "documents": store.count(),
        "outlets": [dict(r) for r in outlets],
        "techniques": [dict(r) for r in techs],
        "speakers": [dict(r) for r in speakers],
        "first_published": span[0],
        "last_published": span[1],
    }


# Union length of technique spans per document: sorting spans by start, a span only adds the part
# past the furthest end seen so far, so overlapping spans are not counted twice.
_COVERAGE_SQL = """
WITH ordered AS (
  SELECT doc_id, start, "end",
         max("end") OVER (PARTITION BY doc_id ORDER BY start, "end"
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
  FROM techniques
), covered AS (
  SELECT doc_id, sum(max(0, "end" - max(start, coalesce(reach, 0)))) AS chars FROM ordered GROUP BY doc_id
)
SELECT coalesce(d.source, '(unknown)') AS outlet, sum(c.chars) AS technique_chars
FROM covered c JOIN documents d ON d.id = c.doc_id GROUP BY outlet
"""
# Kept apart from the coverage query: joining documents to a CTE makes SQLite rescan the CTE per row.
_OUTLET_CHARS_SQL = """
SELECT coalesce(source, '(unknown)') AS outlet, count(*) AS documents, sum(length(text)) AS chars
FROM documents GROUP BY outlet ORDER BY outlet
"""


def corpus_stats(store: Store) -> dict[str, Any]:
    """Corpus statistics as tables: each one is a list of flat rows, ready for a chart or a CSV."""
    q = store.conn.execute
    totals = {
        "documents": store.count(),
        "techniques": q("SELECT count(*) FROM techniques").fetchone()[0],
        "quotes": q("SELECT count(*) FROM quotes").fetchone()[0],
        "claims": q("SELECT count(*) FROM claims").fetchone()[0],
        "speakers": q("SELECT count(DISTINCT speaker_name) FROM quotes").fetchone()[0],
        "outlets": q("SELECT count(DISTINCT source) FROM documents").fetchone()[0],
    }
    top = q(
        "SELECT technique, count(*) AS spans, count(DISTINCT doc_id) AS documents FROM techniques "
        "GROUP BY technique ORDER BY spans DESC, technique"
    )
    # One pass over techniques joined to their documents; both charts' tables are sums of it.
    per_outlet: dict[tuple[str, str], int] = {}
    per_month: dict[tuple[str, str], int] = {}
    for outlet, month, technique, n in q(
        "SELECT coalesce(d.source, '(unknown)'), substr(d.published, 1, 7), t.technique, count(*) "
        "FROM techniques t JOIN documents d ON d.id = t.doc_id GROUP BY 1, 2, 3"
    ):
        per_outlet[(outlet, technique)] = per_outlet.get((outlet, technique), 0) + n
        if month:
            per_month[(month, technique)] = per_month.get((month, technique), 0) + n
    covered = {r["outlet"]: r["technique_chars"] for r in q(_COVERAGE_SQL)}
    share = []
    for r in q(_OUTLET_CHARS_SQL):
        row = {**dict(r), "technique_chars": covered.get(r["outlet"], 0)}
        row["share"] = round(row["technique_chars"] / row["chars"], 4) if row["chars"] else 0.0
        share.append(row)
    return {
        "ok": True,
        "totals": totals,
        "tables": {
            "top_techniques": [dict(r) for r in top],
            "techniques_per_outlet": [
                {"outlet": o, "technique": t, "spans": n}
                for (o, t), n in sorted(per_outlet.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
            ],
            "techniques_per_month": [
                {"month": m, "technique": t, "spans": n} for (m, t), n in sorted(per_month.items())
            ],
            "technique_share_per_outlet": share,
        },
    }


STAT_TABLES = {
    "top_techniques": "Most frequent techniques",
    "techniques_per_outlet": "Techniques per outlet",
    "techniques_per_month": "Techniques over time (per month)",
    "technique_share_per_outlet": "Share of text inside technique spans, per outlet",
}


def new_document(
    text: str,
    doc_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Document:
    """A document for a pasted or uploaded text; its default id is stable for the same text."""
    from spinscope.core.document import Document

    if not text.strip():
        raise QueryError("The text to analyse is empty; paste an article or upload a UTF-8 text file.")
    if published:
        published = _iso_day(published, "published").isoformat()
    if not title:
        first = text.strip().splitlines()[0].strip()
        title = first if len(first) <= 100 else first[:99] + "…"
    doc_id = doc_id or "pasted-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Document(id=doc_id, text=text, title=title, source=source or None, url=url or None,
                    published=published or None)
