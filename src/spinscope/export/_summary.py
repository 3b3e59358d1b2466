"""A per-document summary as plain data: one dict the HTML report renders (and a JSON view can return)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spinscope.core.document import Document
from spinscope.core.layers import layers
from spinscope.highlight import speaker_class, technique_class, technique_label

UNATTRIBUTED = "unattributed"


def summarize(doc: Document) -> dict[str, Any]:
    """Counts per technique, who said what, claims with their deniers, entities by mention count.

    Every list is present (possibly empty) so a page can say "none found" rather than hide a layer.
    """
    counts = Counter(t.technique for t in doc.techniques)
    techniques = [
        {"technique": name, "label": technique_label(name), "class": technique_class(name), "count": n}
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    speakers: dict[str, dict[str, Any]] = {}
    for q in doc.quotes:
        name = (q.speaker_name or "").strip()
        # The same folding as speaker colours: "Anna Kovacs" and "anna kovacs " are one speaker.
        entry = speakers.setdefault(
            name.casefold(),
            {"name": name or UNATTRIBUTED, "class": speaker_class(name or None), "quotes": []},
        )
        entry["quotes"].append(
            {
                "kind": q.kind,
                "via": q.via,
                "start": q.content.start,
                "end": q.content.end,
                "text": doc.text[q.content.start : q.content.end],
            }
        )
    claims = [
        {
            "start": c.start,
            "end": c.end,
            "text": doc.text[c.start : c.end],
            "score": c.score,
            "asserted_by": c.asserted_by,
            "denied_by": list(c.denied_by),
            "asserted_class": speaker_class(c.asserted_by),
            "denied": [{"name": d, "class": speaker_class(d)} for d in c.denied_by],
        }
        for c in doc.claims
    ]
    entities = sorted(
        (
            {
                "name": e.name,
                "type": e.type,
                "aliases": [a for a in e.aliases if a != e.name],
                "mentions": len(e.mentions),
            }
            for e in doc.entities
        ),
        key=lambda e: (-e["mentions"], e["name"]),
    )
    return {
        "id": doc.id,
        "title": doc.title or doc.id,
        "counts": {layer.name: len(doc.layer(layer.name)) for layer in layers()},
        "techniques": techniques,
        "speakers": sorted(speakers.values(), key=lambda s: (s["name"] == UNATTRIBUTED, -len(s["quotes"]))),
        "claims": sorted(claims, key=lambda c: c["start"]),
        "entities": entities,
        "errors": list(doc.meta.get("analysis_errors") or []),
    }
