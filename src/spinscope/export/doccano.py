"""doccano JSONL, both ways (issue 25): one line per document, ``{"id", "text", "label": [[start, end,
label], ...], "cats": [...], "meta": {"doc_id": ...}}`` as doccano's sequence-labelling import and
export read and write it; on reading, doccano's ``entities`` form (``start_offset``/``end_offset``) too."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from spinscope.core.document import Document
from spinscope.export.labelstudio import Annotated
from spinscope.export.regions import NARRATIVE, Region, choices, layer_of, regions


def to_line(doc: Document, n: int) -> dict:
    return {"id": n, "text": doc.text, "label": [[r.start, r.end, r.label] for r in regions(doc)],
            "cats": [c for c, _, _ in choices(doc)], "meta": {"doc_id": doc.id, "title": doc.title}}


def write_jsonl(docs: Iterable[Document], out: TextIO) -> int:
    n = 0
    for n, doc in enumerate(docs, 1):
        out.write(json.dumps(to_line(doc, n), ensure_ascii=False) + "\n")
    return n


def _spans(row: dict) -> Iterator[tuple[int, int, str]]:
    for item in row.get("label") or []:
        if isinstance(item, list) and len(item) == 3:
            yield int(item[0]), int(item[1]), str(item[2])
    for item in row.get("entities") or []:
        if isinstance(item, dict):
            yield int(item["start_offset"]), int(item["end_offset"]), str(item["label"])


def read_jsonl(text: str) -> Iterator[Annotated]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            doc_id = (row.get("meta") or {}).get("doc_id") or row.get("doc_id")
            body = row["text"]
            spans = list(_spans(row))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            yield Annotated(f"line {n}", "", [], None, [f"line {n}: not a doccano row: {exc}"])
            continue
        if not isinstance(doc_id, str) or not isinstance(body, str):
            yield Annotated(f"line {n}", "", [], None, [f"line {n}: meta.doc_id and text are required"])
            continue
        found, problems = [], []
        for s, e, label in spans:
            if not 0 <= s <= e <= len(body):
                problems.append(f"line {n}: offsets {s}-{e} outside the text")
                continue
            found.append(Region(layer_of(label), s, e, label))
        cats = row.get("cats")
        picked = [c for c in cats if isinstance(c, str) and c.startswith(NARRATIVE)] if isinstance(cats, list) else None
        yield Annotated(doc_id, body, found, picked, problems)
