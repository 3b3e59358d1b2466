"""CSV with one row per annotation piece; ``text`` is always ``doc.text[start:end]``."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from spinscope.core.document import Document

CSV_COLUMNS = (
    "doc_id",
    "layer",  # sentences, entities, techniques, quotes, claims, evidence
    "item",  # index of the annotation within its layer (a quote or entity has several rows)
    "part",  # mention (entities); content, cue or speaker (quotes); empty otherwise
    "start",
    "end",
    "text",
    "label",  # technique name, entity name, quote kind, evidence kind, "claim" or "sentence"
    "type",  # entity type (PERSON, ORG...)
    "score",
    "speaker",  # quote speaker_name
    "via",
    "asserted_by",
    "denied_by",  # JSON list, so names with commas or semicolons survive
    "reason",
)


def annotation_rows(doc: Document) -> Iterator[dict[str, Any]]:
    """Every annotation of a document as flat CSV rows, in layer order."""

    def row(layer: str, item: int, start: int, end: int, label: str, **extra: Any) -> dict[str, Any]:
        base = {"doc_id": doc.id, "layer": layer, "item": item, "start": start, "end": end}
        return {**base, "text": doc.text[start:end], "label": label, **extra}

    for i, s in enumerate(doc.sentences):
        yield row("sentences", i, s.start, s.end, "sentence")
    for i, e in enumerate(doc.entities):
        for m in e.mentions:
            yield row("entities", i, m.start, m.end, e.name, part="mention", type=e.type)
    for i, t in enumerate(doc.techniques):
        yield row("techniques", i, t.start, t.end, t.technique, score=t.score, reason=t.reason)
    for i, q in enumerate(doc.quotes):
        for part in ("content", "cue", "speaker"):
            span = getattr(q, part)
            if span is not None:
                yield row(
                    "quotes", i, span.start, span.end, q.kind, part=part, speaker=q.speaker_name, via=q.via
                )
    for i, c in enumerate(doc.claims):
        denied = json.dumps(list(c.denied_by), ensure_ascii=False)
        yield row(
            "claims", i, c.start, c.end, "claim", score=c.score, asserted_by=c.asserted_by, denied_by=denied
        )
    for i, ev in enumerate(doc.evidence):
        yield row("evidence", i, ev.start, ev.end, ev.kind)


def write_csv(docs: Iterable[Document], fp: TextIO) -> int:
    """Write a header and one row per annotation; returns the number of rows.

    Open ``fp`` with ``newline=""`` (as the csv module asks) so line breaks inside ``text`` are
    written and read back unchanged. Cells are never altered, not even to defuse spreadsheet
    formulas: ``text`` must stay equal to the article's characters at ``start:end``.
    """
    writer = csv.DictWriter(fp, fieldnames=CSV_COLUMNS, restval="", extrasaction="raise")
    writer.writeheader()
    n = 0
    for doc in docs:
        for r in annotation_rows(doc):
            writer.writerow({k: ("" if v is None else v) for k, v in r.items()})
            n += 1
    return n
