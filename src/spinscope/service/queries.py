"""Plain data functions shared by the REST API and the web pages.

A page and its API route call the same function here: the route returns the dict, the page renders
it. Every function takes a :class:`~spinscope.store.StoreProtocol` and plain arguments, asks the
store for rows (all SQL lives in :mod:`spinscope.store`), and returns JSON-ready dicts: this module
validates arguments, encodes cursors and shapes the answers. Input that cannot be used raises
:class:`~spinscope.errors.SpinscopeError` subclasses, turned into a status at the edges.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spinscope.errors import NotFoundError
from spinscope.settings import default
from spinscope.store.filters import DocumentFilter, QueryError, check_position

if TYPE_CHECKING:
    from spinscope.core.document import Document
    from spinscope.store.protocol import StoreProtocol

__all__ = ["DocumentFilter", "QueryError"]  # re-exported: routes and pages name them through this module

MAX_PAGE: int = default("max_page_size")
PAGE_SIZE: int = default("page_size")
# Counting every match at 100k documents costs a scan; past this many we say "10000+".
COUNT_CAP = 10_000


def encode_cursor(published: str | None, position: int) -> str:
    """The ``next`` cursor of a document page: the store's key of its last row, opaque to clients."""
    raw = json.dumps([published, position]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str | None, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        published, position = json.loads(raw)
        if (published is not None and not isinstance(published, str)) or not isinstance(position, int):
            raise ValueError
    except (ValueError, TypeError, binascii.Error):
        raise QueryError(
            f"The 'after' cursor {cursor!r} is not one this server gave out; use the 'next' value "
            "from a previous page."
        ) from None
    return published, check_position(position, "after")


def list_documents(store: StoreProtocol, flt: DocumentFilter, after: str | None = None,
                   limit: int = PAGE_SIZE, count: Callable[[DocumentFilter], int] | None = None) -> dict[str, Any]:
    """One page of documents, newest first (undated last), with keyset pagination.

    Each summary carries its technique counts; ``count`` is capped at :data:`COUNT_CAP` + 1.
    ``count(filter)`` counts the matches (default :func:`count_documents`; the web app passes a cached one).
    """
    counter = count or (lambda f: count_documents(store, f))
    _page_limit(limit)
    page = store.list_documents(flt, after=decode_cursor(after) if after else None, limit=limit)
    rows = page.rows
    by_doc = store.technique_counts([r["id"] for r in rows])
    for r in rows:
        r["techniques"] = by_doc.get(r["id"], {})
    total = counter(flt)
    undated_excluded = None
    if flt.date_from or flt.date_to:
        undated = dataclasses.replace(flt, date_from=None, date_to=None, undated_only=True)
        undated_excluded = counter(undated)
    return {
        "ok": True,
        "filters": flt.active(),
        "documents": rows,
        "count": total,
        "count_capped": total > COUNT_CAP,
        "undated_excluded": undated_excluded,
        "limit": limit,
        "after": after,
        "next": encode_cursor(*page.next_key) if page.next_key else None,
    }


def count_documents(store: StoreProtocol, flt: DocumentFilter) -> int:
    """Matching documents, counted up to ``COUNT_CAP + 1`` so the count stays cheap at 100k."""
    return store.count_documents(flt, cap=COUNT_CAP + 1)


def get_document(store: StoreProtocol, doc_id: str) -> dict[str, Any]:
    """One document in the contract's JSON form (raises NotFoundError)."""
    return load_document(store, doc_id).to_dict()


def load_document(store: StoreProtocol, doc_id: str) -> Document:
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


def list_speakers(store: StoreProtocol, q: str | None = None, limit: int = 100) -> dict[str, Any]:
    """Speakers across the corpus with how often and in how many documents they are quoted."""
    _page_limit(limit)
    return {"ok": True, "q": q, "speakers": store.list_speakers(q=q, limit=limit)}


def speaker_quotes(store: StoreProtocol, name: str, after: int | None = None, limit: int = PAGE_SIZE) -> dict[str, Any]:
    """Every quote of one speaker across the corpus, newest stored first (keyset pagination)."""
    _page_limit(limit)
    if after is not None:
        check_position(after, "after")
    page = store.speaker_quotes(name, after=after, limit=limit)
    total = store.count_quotes_by(name)
    if not total:
        raise NotFoundError(f"No quotes by a speaker named {name!r}; see /api/speakers for the names.")
    return {"ok": True, "speaker": name, "count": total, "is_actor": store.has_actor(name), "quotes": page.rows,
            "next": page.next_key, "limit": limit}


def list_actors(store: StoreProtocol, q: str | None = None, limit: int = 100) -> dict[str, Any]:
    """Actors (grouped entities) with the number of documents that mention them."""
    _page_limit(limit)
    return {"ok": True, "q": q, "actors": store.list_actors(q=q, limit=limit)}


def actor_profile(store: StoreProtocol, name: str, limit: int = PAGE_SIZE) -> dict[str, Any]:
    """How one actor is named and labelled across the corpus.

    Returns the framing labels the texts give it ("state-run", "foreign minister"), the surface forms
    of its mentions ("Kovacs", "the minister"), its aliases, the name-calling and loaded
    language (in any taxonomy) found in sentences that mention it, and the documents.
    """
    # Imported here: importing the analyzers package registers every analyzer (spaCy and all), which
    # `spinscope stats` should not pay for.
    from spinscope.analyzers.techniques.taxonomy import LABELLING_TECHNIQUES

    _page_limit(limit)
    ents = store.actor_entities(name)
    if not ents:
        raise NotFoundError(f"No actor named {name!r}; see /api/actors for the names.")
    aliases: dict[str, int] = {}
    framing: dict[str, dict[str, Any]] = {}
    for e in ents:
        # Framing labels from the entities analyzer: [{"label": "state-run", "start": .., "end": ..}].
        for lab in e["labels"]:
            text = lab.get("label") if isinstance(lab, dict) else None
            if text:
                # kind: "label" (an evaluative word) or "title" (an office), kept apart on the page (issue 22)
                kind = lab.get("kind") or "label"
                entry = framing.setdefault(f"{kind}:{text}", {"label": text, "kind": kind, "n": 0,
                                                              "example_doc": e["doc_id"]})
                entry["n"] += 1
        for a in e["aliases"]:
            aliases[a] = aliases.get(a, 0) + 1
    return {
        "ok": True,
        "actor": name,
        "types": sorted({e["type"] for e in ents}),
        "mentioned_in": len({e["doc_id"] for e in ents}),
        "aliases": [{"alias": k, "n": v} for k, v in sorted(aliases.items(), key=lambda kv: -kv[1])],
        # Kept for clients of the API: entities carry no role today (a per-entity attribute may come).
        "roles": [],
        "forms": store.actor_mention_forms(name, limit=50),
        "framing": sorted(framing.values(), key=lambda f: (-f["n"], f["label"]))[:100],
        "labels": store.actor_sentence_techniques(name, LABELLING_TECHNIQUES, limit=50),
        "documents": store.actor_documents(name, limit=limit),
        "quotes": store.count_quotes_by(name),
    }


def facets(store: StoreProtocol) -> dict[str, Any]:
    """Values for the corpus filters: outlets, techniques and the most quoted speakers."""
    return store.facets()


# The tables drawn as charts on the Stats page, with their titles; every table is also a CSV download.
STAT_TABLES = {
    "top_techniques": "Most frequent techniques",
    "techniques_per_outlet": "Techniques per outlet",
    "techniques_per_month": "Techniques over time (per month)",
    "technique_share_per_outlet": "Share of text inside technique spans, per outlet",
}
TOP_SPEAKERS = 20


def corpus_stats(store: StoreProtocol) -> dict[str, Any]:
    """Corpus counts, the one source of ``spinscope stats --json``, ``GET /api/stats`` and the Stats page.

    ``totals`` are row counts; each of ``tables`` is a list of flat rows, ready for a chart or a CSV:
    ``top_techniques`` (technique, spans, documents), ``top_speakers`` (speaker, quotes, documents;
    the 20 most quoted), ``duplicates_by_kind`` (kind, documents), ``techniques_per_outlet`` (outlet,
    technique, spans), ``techniques_per_month`` (month, technique, spans) and
    ``technique_share_per_outlet`` (outlet, documents, chars, technique_chars, share).
    """
    # One pass over techniques joined to their documents; both charts' tables are sums of it.
    per_outlet: dict[tuple[str, str], int] = {}
    per_month: dict[tuple[str, str], int] = {}
    for outlet, month, technique, n in store.technique_spans_by_outlet_month():
        per_outlet[(outlet, technique)] = per_outlet.get((outlet, technique), 0) + n
        # Undated documents get their own period, so the time chart shows them instead of dropping them.
        period = month or "(undated)"
        per_month[(period, technique)] = per_month.get((period, technique), 0) + n
    share = []
    for row in store.outlet_text_coverage():
        row["share"] = round(row["technique_chars"] / row["chars"], 4) if row["chars"] else 0.0
        share.append(row)
    return {
        "ok": True,
        "totals": store.corpus_totals(),
        "tables": {
            "top_techniques": store.technique_totals(),
            "top_speakers": store.list_speakers(limit=TOP_SPEAKERS),
            "duplicates_by_kind": store.duplicate_kinds(),
            "techniques_per_outlet": [
                {"outlet": o, "technique": t, "spans": n}
                for (o, t), n in sorted(per_outlet.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
            ],
            "techniques_per_month": [
                {"month": m, "technique": t, "spans": n}
                for (m, t), n in sorted(per_month.items(), key=lambda kv: (kv[0][0] == "(undated)", kv[0]))
            ],
            "technique_share_per_outlet": share,
        },
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
    from spinscope.ingest.reader import content_hash

    if not text.strip():
        raise QueryError("The text to analyse is empty; paste an article or upload a UTF-8 text file.")
    # ``published`` is read by the ingest service as the CLI reads it ("May 5, 2026" included); one
    # it cannot read is refused here, where the analyst can fix it, instead of stored as undated.
    if published:
        from spinscope.ingest.dates import DateError, normalize_date

        try:
            normalize_date(published)
        except DateError as exc:
            raise QueryError(f"The 'published' date {published!r} cannot be read: {exc}") from None
    if not title:
        first = text.strip().splitlines()[0].strip()
        title = first if len(first) <= 100 else first[:99] + "…"
    doc_id = doc_id or "pasted-" + content_hash(text)[:12]
    return Document(id=doc_id, text=text, title=title, source=source or None, url=url or None,
                    published=published or None)
