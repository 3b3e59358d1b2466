"""Pydantic models of the annotation layers, generated from their declarations.

Each annotation dataclass becomes ``<Name>Out`` with the same fields and the descriptions from its
``metadata["help"]``; :func:`document_model` has one list per declared layer. The OpenAPI document
therefore describes a newly declared layer with no code here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any

from pydantic import BaseModel, Field, create_model
from pydantic.json_schema import models_json_schema

from spinscope.core.annotations import Span
from spinscope.core.layers import layers


def _translate(tp: Any) -> Any:
    """A dataclass type hint with every dataclass replaced by its generated model."""
    if dataclasses.is_dataclass(tp):
        return item_model(tp)
    args = typing.get_args(tp)
    if not args:
        return tp
    origin = typing.get_origin(tp)
    translated = tuple(_translate(a) for a in args)
    if origin in (typing.Union, types.UnionType):
        return typing.Union[translated]  # noqa: UP007 - built from a tuple of types
    return origin[translated] if len(translated) > 1 else origin[translated[0]]


@cache
def item_model(kind: type) -> type[BaseModel]:
    """The response model of one annotation dataclass (cached: one class per type)."""
    hints = typing.get_type_hints(kind)
    spec: dict[str, Any] = {}
    for f in dataclasses.fields(kind):
        help_text = f.metadata.get("help")
        if f.default is not dataclasses.MISSING:
            default = Field(f.default, description=help_text)
        elif f.default_factory is not dataclasses.MISSING:
            default = Field(default_factory=f.default_factory, description=help_text)
        else:
            default = Field(description=help_text)
        spec[f.name] = (_translate(hints[f.name]), default)
    name = "SpanOut" if kind is Span else f"{kind.__name__}Out"
    return create_model(name, __doc__=(kind.__doc__ or "").strip() or None, **spec)


def document_fields() -> dict[str, Any]:
    """``{layer name: (list[ItemOut], [])}`` for every declared layer, for ``DocumentOut``."""
    return {
        layer.name: (list[item_model(layer.item)], Field(default_factory=list, description=layer.title))
        for layer in layers()
    }


def with_current_layers(schema: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """An OpenAPI document whose ``model`` component lists the layers declared now.

    Route models are fixed when the routes module is imported; a layer declared later (a plugin)
    is still served (the document model allows extra keys) and this puts it in the description.
    """
    _, defs = models_json_schema([(model, "serialization")], ref_template="#/components/schemas/{model}")
    schema.setdefault("components", {}).setdefault("schemas", {}).update(defs.get("$defs", {}))
    return schema
