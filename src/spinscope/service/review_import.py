"""Annotators' results from Label Studio, brat or doccano, read back as reviews (issue 25).

Per document, the annotator's final regions are compared with what spinscope shows now:

- a region kept as it was is accepted;
- a region of ours that is gone is rejected;
- a region moved or relabelled (same layer, same span with another label, or the same label over an
  overlapping span) is an edit;
- any other new region is added;
- narrative choices: a choice kept is accepted, one removed rejected (only where the tool showed them).

Every one goes through :func:`spinscope.service.review.review`, the one path of the analyst's word, so
it is logged with its reviewer and kept through re-analysis. Importing the same file again changes
nothing: an item already carrying the same word is left alone.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from spinscope.core.review import ReviewError, item_key
from spinscope.errors import NotFoundError, SpinscopeError
from spinscope.export import brat, doccano, labelstudio
from spinscope.export.labelstudio import Annotated
from spinscope.export.regions import Region, choices, edit_for, item_for, regions
from spinscope.service.review import review

FORMATS = ("labelstudio", "brat", "doccano")


def read(path: str | Path, fmt: str) -> list[Annotated]:
    """The annotated documents of a Label Studio JSON export, a brat folder or a doccano JSONL file."""
    path = Path(path)
    if fmt not in FORMATS:
        raise SpinscopeError(f"Unknown import format {fmt!r}; use one of {', '.join(FORMATS)}.")
    try:
        if fmt == "brat":
            if not path.is_dir():
                raise SpinscopeError(f"{path}: brat import reads a folder of .txt and .ann files.")
            return list(brat.read_dir(path))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpinscopeError(f"{path}: cannot read it: {exc}") from exc
    if fmt == "doccano":
        return list(doccano.read_jsonl(text))
    try:
        tasks = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpinscopeError(f"{path}: not JSON ({exc.msg} at line {exc.lineno}).") from exc
    if not isinstance(tasks, list):
        raise SpinscopeError(f"{path}: a Label Studio export is a JSON list of tasks.")
    return list(labelstudio.from_tasks(tasks))


def _overlap(a: Region, b: Region) -> bool:
    return a.start < b.end and b.start < a.end


def plan(ours: list[Region], theirs: list[Region]) -> list[tuple[str, Region | None, Region | None]]:
    """(action, our region, their region) that turn ``ours`` into ``theirs``."""
    left = list(ours)
    new: list[Region] = []
    steps: list[tuple[str, Region | None, Region | None]] = []
    for t in theirs:
        same = next((o for o in left if (o.layer, o.start, o.end, o.label) == (t.layer, t.start, t.end, t.label)), None)
        if same is not None:
            left.remove(same)
            steps.append(("accept", same, t))
        else:
            new.append(t)
    for t in new:
        moved = (next((o for o in left if o.layer == t.layer and (o.start, o.end) == (t.start, t.end)), None)
                 or next((o for o in left if o.layer == t.layer and o.label == t.label and _overlap(o, t)), None))
        if moved is not None:
            left.remove(moved)
            steps.append(("edit", moved, t))
        else:
            steps.append(("add", None, t))
    steps += [("reject", o, None) for o in left]
    return steps


def _already(current: dict[str, dict[str, Any]], key: str, action: str) -> bool:
    """Whether the item ``key`` carries this word already: an accept of an item the analyst added or edited
    into being is no news (recording it would turn an 'add' into an 'accept' in the quality figures)."""
    word = current.get(key)
    if word is not None and word["action"] == action:
        return True
    return action == "accept" and any(
        w["after"] is not None and item_key(w["layer"], w["after"]) == key for w in current.values())


def apply(store: Any, annotated: list[Annotated], reviewer: str) -> dict[str, Any]:
    """Apply every document's results as reviews; returns counts and the problems met (never raised)."""
    counts: Counter[str] = Counter()
    problems: list[str] = []
    for ann in annotated:
        problems += ann.problems
        if not ann.text:
            continue
        text_id = store.text_id(ann.doc_id)
        if text_id is None:
            problems.append(f"{ann.doc_id}: no such document in the store")
            continue
        doc = store.get(text_id)
        if doc.text != ann.text:
            problems.append(f"{ann.doc_id}: the text differs from the stored one; its results were not read")
            continue
        current = {(r["layer"], r["key"]): r for r in store.reviews(text_id)}
        layer_words = {}
        for (layer, key), r in current.items():
            layer_words.setdefault(layer, {})[key] = r
        steps = plan(regions(doc), ann.regions)
        if ann.choices is not None:
            shown = {c: k for c, k, _ in choices(doc)}
            steps_n = [("accept" if c in ann.choices else "reject", k) for c, k in shown.items()]
            for action, key in steps_n:
                if not _already(layer_words.get("narratives", {}), key, action):
                    review(store, text_id, "narratives", action, reviewer, key=key)
                    counts[action] += 1
        for action, ours, theirs in steps:
            layer = (ours or theirs).layer  # type: ignore[union-attr]
            words = layer_words.get(layer, {})
            try:
                if action in ("accept", "reject") and ours is not None:
                    if _already(words, ours.key, action):
                        continue
                    review(store, text_id, layer, action, reviewer, key=ours.key)
                elif action == "edit" and ours is not None and theirs is not None:
                    review(store, text_id, layer, "edit", reviewer, key=ours.key, item=edit_for(theirs))
                elif theirs is not None:
                    review(store, text_id, layer, "add", reviewer, item=item_for(theirs))
            except (ReviewError, NotFoundError) as exc:
                problems.append(f"{ann.doc_id}: {action} {layer} {theirs or ours}: {exc}")
                continue
            counts[action] += 1
    return {"accepted": counts["accept"], "rejected": counts["reject"], "edited": counts["edit"],
            "added": counts["add"], "problems": problems}
