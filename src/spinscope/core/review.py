"""The analyst's word on annotations: stable item keys, review records, and applying them to a document.

A review names one annotation of one text by a *key* that a re-analysis gives again for the same item
(a technique's offsets and label, a quote's content offsets, a claim's offsets, an actor's name, a
narrative's taxonomy and id), so a correction survives a new pipeline version:

- ``accept``: the item as the analyst saw it stays, even if a later model no longer finds it;
- ``reject``: no item with that key is kept, whatever a later model says;
- ``edit``: the fields the analyst changed win over the model's (a new label, new span edges, another
  speaker); fields the analyst did not touch follow the model;
- ``add``: an item the model missed, kept as the analyst wrote it.

Merged actors and speakers are :func:`apply_aliases`: names map to the analyst's canonical name in every
layer that carries one. Everything here is pure: the store decides where records live (issue 25).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spinscope.core.document import Document, item_from_dict
from spinscope.core.layers import get_layer
from spinscope.errors import SpinscopeError

ACTIONS = ("accept", "reject", "edit", "add")
# Layers an analyst reviews: every layer with items of its own except the parse's sentences.
NOT_REVIEWED = frozenset({"sentences", "boilerplate"})


class ReviewError(SpinscopeError):
    """A review that cannot be applied as asked (unknown layer or action, an item that does not fit)."""

    status = 422


@dataclass(frozen=True, slots=True)
class Review:
    """The current word of the analyst on one item (the latest record for its key wins)."""

    doc_id: str
    layer: str
    key: str
    action: str
    after: dict[str, Any] | None = None  # the item as the analyst left it (accept, edit, add)
    before: dict[str, Any] | None = None  # the item as the model gave it (accept, reject, edit)
    reviewer: str = ""
    at: str = ""


def _span_key(span: Mapping[str, Any] | None) -> str:
    return "" if not span else f"{int(span['start'])}:{int(span['end'])}"


def item_key(layer: str, item: Mapping[str, Any]) -> str:
    """The key a re-analysis gives again for the same item of ``layer`` (``item`` in its JSON form).

    >>> item_key("techniques", {"start": 4, "end": 9, "technique": "Doubt", "score": 0.4})
    '4:9:Doubt'
    >>> item_key("quotes", {"kind": "direct", "content": {"start": 10, "end": 30}})
    '10:30'
    """
    if layer == "entities":
        return "actor:" + " ".join(str(item.get("name", "")).split()).casefold()
    if layer == "narratives":
        return f"{item.get('taxonomy')}:{item.get('id')}"
    if layer == "quotes":  # kind and speaker are what an analyst corrects; the content locates it
        return _span_key(item.get("content"))
    if layer == "claims":
        return _span_key(item)
    spec = get_layer(layer)
    if spec.has_offsets:
        label = item.get(spec.label) if spec.label else None
        return _span_key(item) + (f":{label}" if label is not None else "")
    digest = hashlib.sha256(json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return "item:" + digest.hexdigest()[:16]


def check_item(doc: Document, layer: str, item: Mapping[str, Any]) -> Any:
    """The annotation dataclass of ``item``, its offsets checked against ``doc``'s text (ReviewError if not)."""
    if layer in NOT_REVIEWED:
        raise ReviewError(f"The {layer!r} layer is not reviewed.")
    try:
        spec = get_layer(layer)
        built = item_from_dict(spec.item, dict(item))
    except (TypeError, ValueError, KeyError) as exc:
        raise ReviewError(f"Not a {layer} item: {exc}") from exc
    probe = Document(id=doc.id, text=doc.text)
    probe.layer(layer).append(built)
    try:
        probe.validate()
    except SpinscopeError as exc:
        raise ReviewError(f"The {layer} item does not fit the text: {exc}") from exc
    return built


def _changed(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> dict[str, Any]:
    if before is None:
        return dict(after)
    return {k: v for k, v in after.items() if before.get(k) != v}


def apply_reviews(doc: Document, reviews: Iterable[Review]) -> Document:
    """Apply the analyst's reviews to a freshly analysed ``doc`` (in place; returns it).

    A review whose item no longer fits the text (the id now holds another text) is skipped: offsets
    into another text would point at the wrong words.
    """
    by_layer: dict[str, list[Review]] = {}
    for r in reviews:
        by_layer.setdefault(r.layer, []).append(r)
    for layer, items_reviews in by_layer.items():
        items = doc.layer(layer)
        current = [dataclasses.asdict(i) for i in items]
        keys = [item_key(layer, i) for i in current]
        for r in items_reviews:
            new_key = item_key(layer, r.after) if r.after is not None else r.key
            hits = [i for i, k in enumerate(keys) if k == r.key]
            if r.action == "reject":
                drop = set(hits)
            else:
                if r.after is None:
                    continue
                base = current[hits[0]] if hits else None
                merged = {**base, **_changed(r.before, r.after)} if (base and r.action == "edit") else dict(r.after)
                try:
                    built = check_item(doc, layer, merged)
                except ReviewError:
                    continue
                drop = set(hits) | {i for i, k in enumerate(keys) if k == new_key}
                current.append(dataclasses.asdict(built))
                keys.append(new_key)
            current = [c for i, c in enumerate(current) if i not in drop]
            keys = [k for i, k in enumerate(keys) if i not in drop]
        spec = get_layer(layer)
        items[:] = [item_from_dict(spec.item, c) for c in current]
    return doc


def canonical(name: str | None, aliases: Mapping[str, str]) -> str | None:
    """``name`` through the analyst's alias table (keys casefolded, whitespace collapsed)."""
    if not name:
        return name
    return aliases.get(" ".join(name.split()).casefold(), name)


def apply_aliases(doc: Document, aliases: Mapping[str, str]) -> Document:
    """Rename merged actors and speakers to their canonical name; actors that become one are joined."""
    if not aliases:
        return doc
    merged: dict[str, Any] = {}
    order: list[Any] = []
    for ent in doc.entities:
        name = canonical(ent.name, aliases)
        if name != ent.name and ent.name not in ent.aliases:
            ent.aliases.append(ent.name)
        ent.name = name
        key = name.casefold()
        if key in merged:
            into = merged[key]
            into.mentions = sorted([*into.mentions, *ent.mentions], key=lambda s: (s.start, s.end))
            into.aliases = sorted(set(into.aliases) | set(ent.aliases) - {into.name})
            into.labels = [*into.labels, *ent.labels]
            into.role = into.role or ent.role
            into.mention_roles = [*into.mention_roles, *ent.mention_roles]
        else:
            merged[key] = ent
            order.append(ent)
    doc.entities[:] = order
    for q in doc.quotes:
        q.speaker_name = canonical(q.speaker_name, aliases)
    for c in doc.claims:
        c.asserted_by = canonical(c.asserted_by, aliases)
        c.denied_by = [canonical(d, aliases) or d for d in c.denied_by]
    return doc


def after_item(layer: str, item: Any) -> dict[str, Any]:
    """The JSON form of an annotation of ``layer`` (dataclass or dict), as reviews store it."""
    if dataclasses.is_dataclass(item):
        return dataclasses.asdict(item)
    return dataclasses.asdict(item_from_dict(get_layer(layer).item, dict(item)))


def carry_forward(doc: Document, stored: Document, analyzers: Iterable[Any]) -> Document:
    """Keep the stored items of ``doc``'s text that no analyzer of this run owns (in place; returns it).

    Re-analysing without ``--codebook`` must not delete the codebook's narratives, and a run of some
    analyzers must not drop the layers of the others: each analyzer owns what it would write again
    (:meth:`~spinscope.core.registry.Analyzer.owns`); the rest of the stored text's items stay.
    """
    ran = list(analyzers)
    for layer, items in stored.layers.items():
        kept = [item for item in items if not any(a.owns(layer, item) for a in ran)]
        if not kept:
            continue
        have = {item_key(layer, dataclasses.asdict(i)) for i in doc.layer(layer)} if layer not in NOT_REVIEWED \
            else set()
        doc.layer(layer).extend(i for i in kept
                                if layer in NOT_REVIEWED or item_key(layer, dataclasses.asdict(i)) not in have)
    return doc
