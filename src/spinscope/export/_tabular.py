"""CSV with one row per annotation piece; ``text`` is always ``doc.text[start:end]``.

The columns come from the layer declarations (:mod:`spinscope.core.layers`): the fixed ones below,
then each layer's ``csv`` columns in declaration order, so a newly declared layer is exported as is.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from spinscope.core.document import Document
from spinscope.core.layers import Layer, layers

BASE_COLUMNS = (
    "doc_id",
    "layer",  # the layer's name: sentences, entities, techniques, quotes, claims, evidence, ...
    "item",  # index of the annotation within its layer (a quote or entity has several rows)
    "part",  # mention (entities); content, cue or speaker (quotes); empty for the annotation's own span
    "start",
    "end",
    "text",
    "label",  # the layer's label attribute (technique, entity name, quote kind), else its singular
)


# A text's publications (``meta["publications"]``, added by the CLI's exports): one row each, with
# layer "publications", no offsets, and these columns.
PUBLICATION_COLUMNS = ("publication", "title", "outlet", "published", "url")


def csv_columns() -> tuple[str, ...]:
    """The fixed columns plus every declared layer's extra columns and the publication columns, without repeats."""
    extra = (column for layer in layers() for column, _ in layer.csv)
    return tuple(dict.fromkeys((*BASE_COLUMNS, *extra, *PUBLICATION_COLUMNS)))


def publication_rows(doc: Document) -> Iterator[dict[str, Any]]:
    """One row per publication of the text: where and when it appeared (no offsets: the text is the same)."""
    for i, pub in enumerate(doc.meta.get("publications") or []):
        yield {"doc_id": doc.id, "layer": "publications", "item": i, "part": "", "start": None, "end": None,
               "text": None, "label": "publication", "publication": pub.get("id"), "title": pub.get("title"),
               "outlet": pub.get("source"), "published": pub.get("published"), "url": pub.get("url")}


def _cell(value: Any) -> Any:
    # JSON for lists, dicts and nested records (an entity's role), so names with commas or semicolons survive.
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)
    elif isinstance(value, list):  # an entity's labels: a list of dataclasses
        value = [dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value]
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def _layer_rows(doc: Document, layer: Layer) -> Iterator[dict[str, Any]]:
    span_fields = [f for f in layer.fields if f.kind in ("span", "spans")]
    for i, item in enumerate(doc.layer(layer.name)):
        label = getattr(item, layer.label) if layer.label else layer.singular
        extra = {column: _cell(getattr(item, attr)) for column, attr in layer.csv}
        pieces: list[tuple[str, Any]] = [("", item)] if layer.has_offsets else []
        for f in span_fields:
            value = getattr(item, f.name)
            if f.kind == "span" and value is not None:
                pieces.append((f.name, value))
            elif f.kind == "spans":
                part = f.name[:-1] if f.name.endswith("s") else f.name
                pieces += [(part, s) for s in value or []]
        for part, span in pieces:
            yield {
                "doc_id": doc.id, "layer": layer.name, "item": i, "part": part,
                "start": span.start, "end": span.end, "text": doc.text[span.start : span.end],
                "label": label, **extra,
            }


def annotation_rows(doc: Document) -> Iterator[dict[str, Any]]:
    """Every annotation of a document as flat CSV rows, in layer order, then its publications."""
    for layer in layers():
        yield from _layer_rows(doc, layer)
    yield from publication_rows(doc)


def write_csv(docs: Iterable[Document], fp: TextIO) -> int:
    """Write a header and one row per annotation; returns the number of rows.

    Open ``fp`` with ``newline=""`` (as the csv module asks) so line breaks inside ``text`` are
    written and read back unchanged. Cells are never altered, not even to defuse spreadsheet
    formulas: ``text`` must stay equal to the article's characters at ``start:end``.
    """
    writer = csv.DictWriter(fp, fieldnames=csv_columns(), restval="", extrasaction="raise")
    writer.writeheader()
    n = 0
    for doc in docs:
        for r in annotation_rows(doc):
            writer.writerow({k: ("" if v is None else v) for k, v in r.items()})
            n += 1
    return n
