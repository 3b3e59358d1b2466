"""What the article page's Review panel shows: every reviewable item of a document with its key, its
current word (who accepted, rejected, edited or added it) and the fields an edit can change (issue 25)."""

from __future__ import annotations

import dataclasses
from typing import Any

from spinscope.core.document import Document
from spinscope.core.review import item_key
from spinscope.highlight import PTC_TECHNIQUES

TITLES = {"techniques": "Technique", "quotes": "Quote", "claims": "Claim", "evidence": "Evidence",
          "narratives": "Narrative", "entities": "Actor"}
ROLES = ("protagonist", "antagonist", "innocent")
STANCES = ("asserts", "refutes", "reports")


def _row(doc: Document, layer: str, item: Any, words: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    data = dataclasses.asdict(item)
    key = item_key(layer, data)
    row: dict[str, Any] = {"layer": layer, "title": TITLES[layer], "key": key, "score": data.get("score"),
                           "word": words.get((layer, key)), "item": data}
    if layer == "techniques":
        row.update(label=item.technique, text=doc.text[item.start:item.end])
    elif layer == "quotes":
        row.update(label=f"{item.kind} · {item.speaker_name or 'no speaker'}",
                   text=doc.text[item.content.start:item.content.end])
    elif layer == "claims":
        denied = f" · denied by {', '.join(item.denied_by)}" if item.denied_by else ""
        row.update(label=f"asserted by {item.asserted_by or '?'}{denied}", text=doc.text[item.start:item.end])
    elif layer == "evidence":
        row.update(label=item.kind, text=doc.text[item.start:item.end])
    elif layer == "narratives":
        row.update(label=f"{item.label} · {item.stance or 'stance not assessed'}", text=item.taxonomy)
    else:
        role = item.role
        row.update(label=f"{item.type} · {role.main if role else 'no role'}", text=item.name,
                   score=role.score if role else None)
    return row


def review_panel(store: Any, doc: Document) -> dict[str, Any]:
    """Rows for every reviewable item of ``doc`` (text order within a layer) and its audit list."""
    current = store.reviews(doc.id) if store is not None else []
    words: dict[tuple[str, str], dict[str, Any]] = {}
    for r in current:
        words[(r["layer"], r["key"])] = r
        if r["after"] is not None:  # an edited or added item shows under its new key
            words[(r["layer"], item_key(r["layer"], r["after"]))] = r
    rows = []
    for layer in ("techniques", "quotes", "claims", "evidence", "narratives", "entities"):
        rows += [_row(doc, layer, item, words) for item in doc.layer(layer)]
    rejected = [r for r in current if r["action"] == "reject"]
    log = store.review_log(doc.id, limit=100) if store is not None else []
    return {"items": rows, "rejected": rejected, "log": log, "techniques": list(PTC_TECHNIQUES),
            "roles": ROLES, "stances": STANCES}
