"""The analyst's word, for the CLI, the API and the web alike: review items, merge actors, collections,
quality from reviews and calibration (issue 25). Every write names its reviewer."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from spinscope.core.review import ACTIONS, Review, ReviewError, check_item, item_key
from spinscope.errors import NotFoundError
from spinscope.settings import default
from spinscope.store import StoreProtocol

# Precision the default minimum score must reach on reviewed items (the brief's "right 3 times in 4").
TARGET_PRECISION = 0.75


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _text_id(store: Any, doc_id: str) -> str:
    text = store.text_id(doc_id)
    if text is None:
        raise NotFoundError(f"No document {doc_id!r}.")
    return str(text)


def _check_reviewer(reviewer: str | None) -> str:
    name = (reviewer or "").strip()
    if not name or len(name) > 200 or any(ord(c) < 32 for c in name):
        raise ReviewError("Every review names its reviewer (1-200 printable characters).")
    return name


def review(store: Any, doc_id: str, layer: str, action: str, reviewer: str, key: str | None = None,
           item: dict[str, Any] | None = None) -> dict[str, Any]:
    """Accept, reject or edit the item ``key`` of ``layer``, or add ``item``; the stored text changes at once.

    Returns ``{"review": ..., "document": ...}``. ``key`` is :func:`~spinscope.core.review.item_key` of the
    item as shown (the API and the pages give it with every item).
    """
    if action not in ACTIONS:
        raise ReviewError(f"Unknown action {action!r}; use one of {', '.join(ACTIONS)}.")
    who = _check_reviewer(reviewer)
    text = _text_id(store, doc_id)
    doc = store.get(text)
    before = None
    if action != "add":
        if not key:
            raise ReviewError(f"A {action} names the item's key.")
        found = [i for i in doc.layer(layer) if item_key(layer, dataclasses.asdict(i)) == key] if layer in doc.layers \
            else []
        if not found:
            raise NotFoundError(f"No {layer} item {key!r} in document {doc_id!r}.")
        before = dataclasses.asdict(found[0])
    after = None
    if action in ("edit", "add"):
        if not item:
            raise ReviewError(f"An {action} gives the item as it should be.")
        merged = {**(before or {}), **item}
        after = dataclasses.asdict(check_item(doc, layer, merged))
    elif action == "accept":
        after = before
    rec = Review(text, layer, key if action != "add" else item_key(layer, after or {}), action, after, before, who,
                 _now())
    updated = store.review_item(rec)
    return {"review": dataclasses.asdict(rec), "document": updated.to_dict()}


def merge_actors(store: Any, names: list[str], into: str, reviewer: str) -> dict[str, Any]:
    """Merge actors and speakers ``names`` into ``into`` across the corpus; they stay merged on re-analysis."""
    who = _check_reviewer(reviewer)
    names = [n for n in dict.fromkeys(n.strip() for n in names) if n]
    into = (into or "").strip()
    if not names or not into:
        raise ReviewError("A merge names the actors to merge and the name they become.")
    touched = store.merge_names(names, into, who)
    return {"merged": names, "into": into, "documents": touched}


def collect(store: Any, name: str, ids: list[str], description: str | None = None) -> dict[str, Any]:
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise ReviewError("A collection has a name of 1-200 characters.")
    added = store.add_to_collection(name, ids, description)
    return {"collection": name, "added": added, "documents": len(store.collection_ids(name))}


def matching_ids(store: Any, flt: Any, page_size: int = 500) -> list[str]:
    """Every document id a corpus filter matches, page by page (what a collection made from a search holds)."""
    ids: list[str] = []
    after = None
    while True:
        page = store.list_documents(flt, after=after, limit=page_size)
        ids += [r["id"] for r in page.rows]
        after = page.next_key
        if after is None:
            return ids


def quality(store: StoreProtocol | Any) -> dict[str, Any]:
    """Per layer and per label: precision of what the models showed, as the analysts judged it."""
    layers: dict[str, dict[str, Any]] = {}
    for row in store.review_counts():
        entry = layers.setdefault(row["layer"], {"accepted": 0, "rejected": 0, "edited": 0, "added": 0, "labels": []})
        judged = row["accepted"] + row["rejected"] + row["edited"]
        label = {**row, "judged": judged, "precision": round(row["accepted"] / judged, 4) if judged else None}
        entry["labels"].append(label)
        for k in ("accepted", "rejected", "edited", "added"):
            entry[k] += row[k]
    for entry in layers.values():
        judged = entry["accepted"] + entry["rejected"] + entry["edited"]
        entry["judged"] = judged
        entry["precision"] = round(entry["accepted"] / judged, 4) if judged else None
    return {"layers": layers, "definition": "precision = accepted / (accepted + rejected + edited); "
                                             "added items are misses the models did not show"}


def _precision_at(pairs: list[tuple[float, bool]], threshold: float) -> tuple[float | None, int]:
    kept = [ok for s, ok in pairs if s >= threshold]
    return (sum(kept) / len(kept) if kept else None), len(kept)


def fit_threshold(pairs: list[tuple[float, bool]], target: float = TARGET_PRECISION) -> float | None:
    """The lowest score at which the reviewed items kept are right at least ``target`` of the time."""
    for t in sorted({s for s, _ in pairs}):
        p, n = _precision_at(pairs, t)
        if p is not None and p >= target and n > 0:
            return round(t, 4)
    return None


def calibrate(store: Any, reviewer: str, current: dict[str, float] | None = None,
              min_reviews: int | None = None, dry_run: bool = False) -> dict[str, Any]:
    """Refit each layer's default minimum score from reviews; only layers with ``min_reviews`` judged items.

    The report gives, per layer, precision on the reviewed items before (at ``current``) and after (at the
    new threshold). A saved calibration is versioned; documents saved afterwards record its version.
    """
    who = _check_reviewer(reviewer)
    need = int(min_reviews if min_reviews is not None else default("calibrate_min_reviews"))
    current = dict(current or {})
    thresholds: dict[str, float] = {}
    report: dict[str, Any] = {}
    for layer in ("techniques", "claims", "narratives"):
        pairs = store.reviewed_scores(layer)
        old = float(current.get(layer, 0.0))
        before, n_before = _precision_at(pairs, old)
        entry: dict[str, Any] = {"reviews": len(pairs), "min_reviews": need, "before": {"threshold": old,
                                 "precision": before, "shown": n_before}}
        if len(pairs) < need:
            entry["changed"] = False
            entry["why"] = f"{len(pairs)} reviewed items with a score; {need} needed"
        else:
            new = fit_threshold(pairs)
            if new is None:
                entry["changed"] = False
                entry["why"] = f"no threshold reaches precision {TARGET_PRECISION} on the reviewed items"
            else:
                after, n_after = _precision_at(pairs, new)
                thresholds[layer] = new
                entry.update(changed=new != old, after={"threshold": new, "precision": after, "shown": n_after})
        report[layer] = entry
    version = None
    if thresholds and not dry_run:
        version = store.save_calibration(thresholds, report, who)
    return {"version": version, "thresholds": thresholds, "report": report}


def min_scores(store: Any) -> dict[str, float]:
    """Each layer's default minimum score: the settings table, then the latest calibration's thresholds."""
    out = dict(default("min_score")) if _has_setting("min_score") else {}
    cals = store.calibrations() if hasattr(store, "calibrations") else []
    if cals:
        out.update(cals[-1]["thresholds"])
    return out


def _has_setting(name: str) -> bool:
    try:
        default(name)
    except KeyError:
        return False
    return True
