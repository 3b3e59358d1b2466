"""Annotations as labelled regions, the common ground of annotation tools (Label Studio, brat, doccano).

A region is ``(layer, start, end, label)`` with Python ``str`` offsets into the exact text. Each
reviewable span layer maps to labels one way and back: a technique is its name, a claim ``Claim``, a
quote ``Quote:<kind>`` over its content, an evidence marker ``Evidence:<kind>``; a narrative is a
document-level choice ``Narrative:<taxonomy>:<id>``. Layers without spans of their own that tools cannot
show (actors, roles, labels) are reviewed in spinscope itself; merged names travel as the aliases TSV.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from spinscope.core.document import Document
from spinscope.core.review import item_key

NARRATIVE = "Narrative:"


@dataclass(frozen=True, slots=True, order=True)
class Region:
    layer: str
    start: int
    end: int
    label: str
    score: float | None = None
    key: str = ""  # the item key of the annotation it shows (spinscope's own regions)


def regions(doc: Document) -> list[Region]:
    """Every reviewable span annotation of ``doc`` as a region, in text order."""
    out: list[Region] = []
    for t in doc.techniques:
        out.append(Region("techniques", t.start, t.end, t.technique, t.score,
                          item_key("techniques", dataclasses.asdict(t))))
    for c in doc.claims:
        out.append(Region("claims", c.start, c.end, "Claim", c.score, item_key("claims", dataclasses.asdict(c))))
    for q in doc.quotes:
        out.append(Region("quotes", q.content.start, q.content.end, f"Quote:{q.kind}", None,
                          item_key("quotes", dataclasses.asdict(q))))
    for e in doc.evidence:
        out.append(Region("evidence", e.start, e.end, f"Evidence:{e.kind}", None,
                          item_key("evidence", dataclasses.asdict(e))))
    return sorted(out, key=lambda r: (r.start, r.end, r.layer, r.label))


def choices(doc: Document) -> list[tuple[str, str, float]]:
    """(choice label, item key, score) of each narrative of ``doc``."""
    return [(f"{NARRATIVE}{n.taxonomy}:{n.id}", item_key("narratives", dataclasses.asdict(n)), n.score)
            for n in doc.narratives]


def layer_of(label: str) -> str:
    """The layer a tool's label belongs to (a technique name when nothing else matches)."""
    if label == "Claim":
        return "claims"
    if label.startswith("Quote:"):
        return "quotes"
    if label.startswith("Evidence:"):
        return "evidence"
    return "techniques"


def item_for(region: Region) -> dict[str, Any]:
    """The spinscope item an annotator's new region stands for (score 1: a person put it there)."""
    if region.layer == "claims":
        return {"start": region.start, "end": region.end, "score": 1.0}
    if region.layer == "quotes":
        return {"kind": region.label.split(":", 1)[1], "content": {"start": region.start, "end": region.end}}
    if region.layer == "evidence":
        return {"start": region.start, "end": region.end, "kind": region.label.split(":", 1)[1]}
    return {"start": region.start, "end": region.end, "technique": region.label, "score": 1.0,
            "reason": "added by a reviewer"}


def edit_for(region: Region) -> dict[str, Any]:
    """The fields an edit changes when an annotator moved or relabelled a region."""
    item = item_for(region)
    if region.layer == "techniques":
        return {k: item[k] for k in ("start", "end", "technique")}
    if region.layer == "quotes":
        return {"kind": item["kind"], "content": item["content"]}
    return {k: v for k, v in item.items() if k != "score"}


def utf16_to_str(text: str, offset: int) -> int:
    """A UTF-16 code-unit offset (JavaScript's) as a ``str`` index: tools in a browser may give those."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def realign(text: str, start: int, end: int, shown: str | None) -> tuple[int, int] | None:
    """Offsets that slice ``shown`` out of ``text``: as given, or read as UTF-16 units; None if neither."""
    if not 0 <= start <= end <= len(text) + 2 * sum(ord(c) > 0xFFFF for c in text):
        return None
    if shown is None or text[start:end] == shown:
        return (start, end) if end <= len(text) else None
    s, e = utf16_to_str(text, start), utf16_to_str(text, end)
    return (s, e) if text[s:e] == shown else None
