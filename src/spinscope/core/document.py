"""The document model: text exactly as read, plus standoff annotation layers.

Every annotation holds character offsets into ``Document.text`` (Python ``str`` indices, end
exclusive). The text is never normalised or rewritten; analyzers only add annotations. The layers a
document has are the declared ones (:mod:`spinscope.core.layers`): ``doc.techniques`` is the list of
the ``techniques`` layer, and a newly declared layer is ``doc.<name>`` the same way. The JSON form
produced by :meth:`Document.to_dict` is the contract described in ``docs/schema/document.v2.json``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from spinscope.core.annotations import Claim, Entity, Evidence, Label, Narrative, Quote, Role, Span, Technique
from spinscope.core.layers import Layer, field_kinds, get_layer, layers
from spinscope.errors import SpanError

SCHEMA_VERSION = "2"  # 2: narratives, entities[].role as an object (v1 documents still read)
META_FIELDS = ("id", "title", "source", "url", "published", "lang", "issuer")

__all__ = [
    "META_FIELDS", "SCHEMA_VERSION", "Claim", "Document", "Entity", "Evidence", "Label", "Narrative", "Quote", "Role",
    "Span", "Technique",
    "check_offsets", "item_from_dict", "item_spans",
]


def check_offsets(start: int, end: int, text_len: int, what: str = "span") -> None:
    """Raise SpanError unless ``0 <= start <= end <= text_len``."""
    if not (isinstance(start, int) and isinstance(end, int)):
        raise SpanError(f"{what} offsets must be ints, got start={start!r}, end={end!r}")
    if not 0 <= start <= end <= text_len:
        raise SpanError(
            f"{what} [{start}, {end}) does not fit a text of {text_len} characters; "
            "offsets are str indices with an exclusive end"
        )


class Document:
    """One article: metadata, its exact text, and one list per declared annotation layer.

    >>> doc = Document(id="a1", text="Hello world")
    >>> doc.sentences.append(Span(0, 11))
    >>> doc.to_dict()["sentences"]
    [{'start': 0, 'end': 11}]
    """

    if TYPE_CHECKING:  # the bundled layers, for type checkers; any declared layer works at run time
        sentences: list[Span]
        entities: list[Entity]
        techniques: list[Technique]
        quotes: list[Quote]
        claims: list[Claim]
        evidence: list[Evidence]
        narratives: list[Narrative]

    def __init__(
        self,
        id: str,
        text: str,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: str | None = None,
        lang: str = "en",
        issuer: str | None = None,
        meta: dict[str, Any] | None = None,
        **layer_items: list[Any],
    ) -> None:
        self.id = id
        self.text = text
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.lang = lang
        self.issuer = issuer
        # Ingestion facts that travel with the document but are not annotations.
        self.meta: dict[str, Any] = dict(meta or {})
        # Transient per-process state (the spaCy parse, token offsets); never serialised or compared.
        self.cache: dict[str, Any] = {}
        self.layers: dict[str, list[Any]] = {}
        for layer in layers():
            self.layers[layer.name] = list(layer_items.pop(layer.name, None) or [])
        if layer_items:
            get_layer(next(iter(layer_items)))  # raises, naming the declared layers

    def __getattr__(self, name: str) -> list[Any]:
        # Only reached when normal lookup fails: a layer declared after this document was made.
        store = self.__dict__.get("layers")
        if store is not None and not name.startswith("_"):
            if name in store:
                return store[name]
            if any(layer.name == name for layer in layers()):
                return store.setdefault(name, [])
        raise AttributeError(f"{type(self).__name__!s} has no attribute or layer {name!r}")

    def __setattr__(self, name: str, value: Any) -> None:
        store = self.__dict__.get("layers")
        if store is not None and (name in store or any(layer.name == name for layer in layers())):
            store[name] = value
        else:
            object.__setattr__(self, name, value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Document) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={len(v)}" for k, v in self.layers.items() if v)
        return f"Document(id={self.id!r}, {len(self.text)} chars{', ' + counts if counts else ''})"

    def layer(self, name: str) -> list[Any]:
        """The list of one layer by name (``doc.layer("techniques") is doc.techniques``)."""
        return getattr(self, name)

    def snippet(self, span: Any) -> str:
        """The text a span (anything with ``start`` and ``end``) covers."""
        return self.text[span.start : span.end]

    def spans(self) -> list[tuple[str, Any]]:
        """Every offset-bearing annotation as (path, span), for validation and exports."""
        out: list[tuple[str, Any]] = []
        for layer in layers():
            for i, item in enumerate(self.layer(layer.name)):
                out.extend((f"{layer.name}[{i}]{path}", s) for path, s in item_spans(layer, item))
        return out

    def validate(self) -> None:
        """Raise SpanError if any annotation falls outside the text."""
        n = len(self.text)
        for path, span in self.spans():
            check_offsets(span.start, span.end, n, f"{self.id}: {path}")

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON form (plain dicts and lists)."""
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for name in META_FIELDS:
            out[name] = getattr(self, name)
        out["text"] = self.text
        for layer in layers():
            out[layer.name] = [dataclasses.asdict(item) for item in self.layer(layer.name)]
        out["meta"] = dict(self.meta)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output; offsets are checked."""
        kwargs: dict[str, Any] = {k: data.get(k) for k in META_FIELDS}
        kwargs["lang"] = kwargs.get("lang") or "en"
        doc = cls(text=data["text"], meta=data.get("meta"), **kwargs)
        for layer in layers():
            doc.layers[layer.name] = [item_from_dict(layer.item, item) for item in data.get(layer.name) or []]
        doc.validate()
        return doc


def item_spans(layer: Layer, item: Any) -> Iterator[tuple[str, Any]]:
    """(path suffix, span) of every offset range in one annotation: its own, then its span fields."""
    if layer.has_offsets:
        yield "", item
    for f in field_kinds(layer.item):
        value = getattr(item, f.name)
        if f.kind == "span" and value is not None:
            yield f".{f.name}", value
        elif f.kind == "spans" or (f.many and f.nested is not None and _has_offsets(f.nested)):
            for j, s in enumerate(value or []):
                yield f".{f.name}[{j}]", s


def _has_offsets(kind: type) -> bool:
    return {"start", "end"} <= {f.name for f in dataclasses.fields(kind)}


def item_from_dict(kind: type, data: dict[str, Any]) -> Any:
    """An annotation dataclass from its JSON form; unknown keys are ignored, offsets made ints."""
    kwargs: dict[str, Any] = {}
    for f in field_kinds(kind):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.kind == "scalar" and value is not None and f.python is int:
            value = int(value)
        elif f.kind == "span":
            value = None if value is None else item_from_dict(Span, value)
        elif f.kind == "spans":
            value = [item_from_dict(f.python, v) for v in value or []]
        elif f.many and f.nested is not None:
            value = [v if isinstance(v, f.nested) else item_from_dict(f.nested, v) for v in value or []]
        elif f.nested is not None:
            # v1 documents carried a never-filled string here; only the object form is read.
            value = item_from_dict(f.nested, value) if isinstance(value, dict) else None
        elif isinstance(value, list):
            value = list(value)
        kwargs[f.name] = value
    return kind(**kwargs)


# The bundled item types by layer, kept for readers of the v1 contract.
LIST_LAYERS: dict[str, type] = {layer.name: layer.item for layer in layers()}
