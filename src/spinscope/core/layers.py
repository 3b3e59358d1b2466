"""Layer declarations: each annotation layer is declared once, here, and everything else reads it.

A :class:`Layer` names its annotation type, its table, its CSV columns, how it is highlighted and its
title on pages. The document model (JSON form, offset validation), the store (tables, columns,
reads and writes), the CSV export, the REST API's models and the highlighter all derive what they do
for a layer from its declaration, so adding a layer is one :func:`declare` call plus the analyzer
that fills it (see ``docs/architecture.md``).

How an annotation type's fields map, derived from its dataclass type hints:

- ``int``/``float``/``str``/``bool`` (optional or not): a column of the same name, a CSV cell when
  listed in ``csv``;
- ``Span`` or ``Span | None`` (a quote's ``content``, ``cue``, ``speaker``): two columns
  ``<field>_start``/``<field>_end``, and one CSV row per span with ``part`` = the field name;
- ``list[Span]`` or a list of another dataclass with ``start``/``end`` (an entity's ``mentions``, a
  narrative's ``evidence``): a child table, one CSV row per item with ``part`` = the singular;
- a list of dataclasses whose field says ``metadata={"json": True}`` (an entity's ``labels``): one JSON
  column, rebuilt into the dataclass on read; offsets in it are validated all the same;
- anything else (lists of strings, dicts, a nested dataclass such as a coming entity ``role``): one
  JSON column.

An annotation with ``start``/``end`` of its own is a span layer; one without them (a document-level
label such as a narrative, whose offsets are its evidence) is still a layer, located by its child
spans. Per-entity attributes are new fields of :class:`~spinscope.core.annotations.Entity`: the
store adds the column on open, the JSON and the API pick them up from the type hints.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spinscope.core.annotations import Claim, Entity, Evidence, Label, Narrative, Quote, Span, Technique
from spinscope.errors import ConfigError


@dataclass(frozen=True, slots=True)
class FieldKind:
    """How one field of an annotation type is stored: scalar, span, spans (child rows) or json."""

    name: str
    kind: str  # "scalar" | "span" | "spans" | "json"
    python: type  # the scalar type, the Span-like item type, or object for json
    optional: bool = False
    nested: type | None = None  # a dataclass stored as JSON and rebuilt on read
    many: bool = False  # a list of ``nested`` (an entity's labels), one JSON array


@dataclass(frozen=True)
class Layer:
    """One annotation layer of the document.

    Parameters
    ----------
    name : key in the document JSON, attribute of :class:`Document`, value of the CSV ``layer`` column.
    item : the annotation dataclass.
    title : heading on pages and in reports.
    table : SQL table (default: ``name``).
    label : the attribute written to the CSV ``label`` column (default: the layer's singular).
    csv : extra CSV columns as ``(column, attribute)``; list values are written as JSON.
    children : table names for the child tables of ``list[Span]``-like fields (default
        ``<table>_<field>``) and the column that points back at the parent (default ``parent_idx``).
    indexes : extra SQL indexes, index name -> column.
    highlight : the highlighter style ("technique", "quote", "entity", "claim", "evidence", "span") or None.
    rank : on equal extents, lower ranks are drawn outside higher ones.
    """

    name: str
    item: type
    title: str
    table: str = ""
    label: str | None = None
    csv: tuple[tuple[str, str], ...] = ()
    children: dict[str, tuple[str, str]] = field(default_factory=dict)
    indexes: dict[str, str] = field(default_factory=dict)
    highlight: str | None = None
    rank: int = 9

    def __post_init__(self) -> None:
        if not self.name.isidentifier() or self.name.startswith("_"):
            raise ConfigError(f"layer name {self.name!r} must be a Python identifier not starting with _")
        if not dataclasses.is_dataclass(self.item):
            raise ConfigError(f"layer {self.name!r}: item must be a dataclass, got {self.item!r}")
        if not self.table:
            object.__setattr__(self, "table", self.name)
        names = {f.name for f in self.fields}
        for _, attr in self.csv:
            if attr not in names:
                raise ConfigError(f"layer {self.name!r}: csv attribute {attr!r} is not a field of {self.item.__name__}")
        if self.label is not None and self.label not in names:
            raise ConfigError(f"layer {self.name!r}: label {self.label!r} is not a field of {self.item.__name__}")

    @property
    def singular(self) -> str:
        return self.name[:-1] if self.name.endswith("s") else self.name

    @property
    def fields(self) -> tuple[FieldKind, ...]:
        return field_kinds(self.item)

    @property
    def has_offsets(self) -> bool:
        """Whether each annotation has a ``start``/``end`` of its own."""
        return {"start", "end"} <= {f.name for f in self.fields}

    def child_table(self, field_name: str) -> tuple[str, str]:
        """(table, parent column) of a ``list[Span]``-like field."""
        return self.children.get(field_name, (f"{self.table}_{field_name}", "parent_idx"))


def _is_spanlike(tp: Any) -> bool:
    return dataclasses.is_dataclass(tp) and {"start", "end"} <= {f.name for f in dataclasses.fields(tp)}


@cache
def field_kinds(item: type) -> tuple[FieldKind, ...]:
    """How each field of an annotation dataclass is stored (see the module docstring)."""
    hints = typing.get_type_hints(item)
    out = []
    for f in dataclasses.fields(item):
        tp = hints[f.name]
        optional = False
        args = typing.get_args(tp)
        if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
            rest = [a for a in args if a is not type(None)]
            optional = True
            tp = rest[0] if len(rest) == 1 else object
        origin = typing.get_origin(tp)
        if tp in (int, float, str, bool):
            out.append(FieldKind(f.name, "scalar", tp, optional))
        elif tp is Span:
            out.append(FieldKind(f.name, "span", Span, optional))
        elif origin is list and typing.get_args(tp) and dataclasses.is_dataclass(typing.get_args(tp)[0]) and f.metadata.get("json"):
            out.append(FieldKind(f.name, "json", object, optional, nested=typing.get_args(tp)[0], many=True))
        elif origin is list and typing.get_args(tp) and _is_spanlike(typing.get_args(tp)[0]):
            out.append(FieldKind(f.name, "spans", typing.get_args(tp)[0], optional))
        elif dataclasses.is_dataclass(tp):
            out.append(FieldKind(f.name, "json", object, optional, nested=tp))
        else:
            out.append(FieldKind(f.name, "json", object, optional))
    return tuple(out)


_LAYERS: dict[str, Layer] = {}


def declare(layer: Layer) -> Layer:
    """Add a layer (a third-party package declares its own the same way). Names are unique."""
    existing = _LAYERS.get(layer.name)
    if existing is not None and existing != layer:
        raise ConfigError(f"a different layer named {layer.name!r} is already declared")
    _LAYERS[layer.name] = layer
    return layer


def withdraw(name: str) -> None:
    """Remove a declared layer (for tests that declare a toy layer)."""
    _LAYERS.pop(name, None)


def layers() -> tuple[Layer, ...]:
    """Every declared layer, in declaration order."""
    return tuple(_LAYERS.values())


def layer_names() -> tuple[str, ...]:
    """Every declared annotation layer's name, in declaration order."""
    return tuple(_LAYERS)


def get_layer(name: str) -> Layer:
    try:
        return _LAYERS[name]
    except KeyError:
        raise ConfigError(f"no layer named {name!r}; declared layers: {', '.join(_LAYERS)}") from None


# -- the bundled layers ------------------------------------------------------------------------------
declare(Layer("sentences", Span, "Sentences"))
# Cookie notices, share buttons, comment counters: marked by the parse, analysed by no layer (issue 22).
declare(Layer("boilerplate", Span, "Page boilerplate"))
declare(Layer(
    "entities", Entity, "Entities", label="name", csv=(("type", "type"), ("role", "role")),
    children={"mentions": ("mentions", "entity_idx"), "mention_roles": ("mention_roles", "entity_idx")},
    indexes={"entities_name": "name"},
    highlight="entity", rank=3,
))
# Framing labels whose target the text does not name ("the government's ill-wishers", "the so-called
# investigation"); those of named actors are entities[].labels (issue 22).
declare(Layer("framing", Label, "Framing labels of unnamed targets", label="label",
              csv=(("kind", "kind"), ("by", "by"), ("score", "score"))))
declare(Layer(
    "techniques", Technique, "Techniques", label="technique",
    csv=(("score", "score"), ("reason", "reason")), indexes={"techniques_technique": "technique"},
    highlight="technique", rank=2,
))
declare(Layer(
    "quotes", Quote, "Quotes by speaker", label="kind", csv=(("speaker", "speaker_name"), ("via", "via")),
    indexes={"quotes_speaker": "speaker_name"}, highlight="quote", rank=1,
))
declare(Layer(
    "claims", Claim, "Claims", csv=(("score", "score"), ("asserted_by", "asserted_by"), ("denied_by", "denied_by")),
    highlight="claim", rank=0,
))
declare(Layer("evidence", Evidence, "Evidence markers", label="kind", highlight="evidence", rank=5))
declare(Layer(
    "narratives", Narrative, "Narratives", label="label",
    csv=(("taxonomy", "taxonomy"), ("narrative_id", "id"), ("parent", "parent"), ("score", "score")),
    indexes={"narratives_label": "id"}, highlight="narrative", rank=4,
))
