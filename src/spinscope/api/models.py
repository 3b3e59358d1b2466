"""Pydantic shapes of the REST API, so the OpenAPI document describes every field.

The document models mirror the contract's JSON form (``Document.to_dict()``); a test checks that a
stored document's JSON validates against them, so they cannot drift from the dataclasses silently.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, create_model

from spinscope.api.layer_models import document_fields


class ErrorOut(BaseModel):
    """The one error shape of every /api/ route."""

    ok: bool = Field(False, description="Always false on errors.")
    error: str = Field(description="What went wrong and what to do about it.")
    status: int = Field(description="The HTTP status code, repeated for clients that lose it.")
    errors: list[dict[str, Any]] | None = Field(None, description="Per-field problems (validation errors).")


def json_integer(value: Any) -> Any:
    # JSON Schema's integer is a number without a fraction (3 or 3.0), never a string or a boolean.
    if isinstance(value, str | bool):
        raise ValueError("must be a JSON integer")
    return value


# Types for JSON request bodies, so that the server refuses what the schema refuses: lax Pydantic
# took `"save": 0` for false and `"min_size": "3"` for 3, where the OpenAPI document says boolean and
# integer (and strict mode would refuse 3.0, an integer to JSON Schema). See docs/web.md.
Flag = StrictBool
# Give an integer's bounds before the validator (Annotated[int, Field(ge=1), BeforeValidator(json_integer)])
# or as the field's own Field(ge=...): inside JsonInt | None they would be written as "ge", not "minimum".
JsonInt = Annotated[int, BeforeValidator(json_integer)]


class _DocumentBase(BaseModel):
    """A document in the contract's JSON form: metadata, exact text, standoff annotation layers."""

    # A layer declared after this model was built still reaches clients, undocumented.
    model_config = ConfigDict(extra="allow")

    schema_version: str
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str | None = "en"
    issuer: str | None = None
    text: str
    meta: dict[str, Any] = {}


def document_model() -> type[BaseModel]:
    """``DocumentOut`` with one list per layer declared now (spinscope.core.layers)."""
    model = create_model("DocumentOut", __base__=_DocumentBase, **document_fields())
    model.__doc__ = _DocumentBase.__doc__
    return model


DocumentOut = document_model()


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    source: str | None = Field(description="The outlet.")
    url: str | None
    published: str | None
    word_count: int | None
    n_techniques: int | None
    n_quotes: int | None
    n_claims: int | None
    techniques: dict[str, int] = Field(description="Technique spans in this document by technique, most first.")


class DocumentPage(BaseModel):
    ok: bool = True
    filters: dict[str, str] = Field(description="The filters that were applied.")
    documents: list[DocumentSummary]
    count: int = Field(description="Matching documents, counted up to the cap (then count_capped is true).")
    count_capped: bool
    undated_excluded: int | None = Field(
        None, description="With a date filter: matching documents left out because they have no date (null without one)."
    )
    limit: int
    after: str | None = Field(description="The cursor this page started after.")
    next: str | None = Field(description="Pass as `after` to get the next page; null on the last page.")


class Facets(BaseModel):
    documents: int = Field(description="Documents in the store.")
    outlets: list[dict[str, Any]]
    techniques: list[dict[str, Any]]
    speakers: list[dict[str, Any]]
    first_published: str | None
    last_published: str | None


class SpeakerList(BaseModel):
    ok: bool = True
    q: str | None
    speakers: list[dict[str, Any]] = Field(description="speaker, quotes, documents per row.")


class SpeakerQuotes(BaseModel):
    ok: bool = True
    speaker: str
    count: int
    is_actor: bool = Field(description="Whether an actor of the same name exists (see /api/actors/{name}).")
    quotes: list[dict[str, Any]] = Field(description="Each quote with its text, document id, title, outlet, date.")
    next: int | None = Field(description="Pass as `after` for the next page; null on the last.")
    limit: int


class ActorList(BaseModel):
    ok: bool = True
    q: str | None
    actors: list[dict[str, Any]]


class ActorProfile(BaseModel):
    ok: bool = True
    actor: str
    types: list[str]
    mentioned_in: int
    aliases: list[dict[str, Any]]
    roles: list[dict[str, Any]] = Field(description="Always empty: entities carry no role today.")
    forms: list[dict[str, Any]] = Field(description="How the actor is named in the texts, with counts.")
    framing: list[dict[str, Any]] = Field(description="Framing labels the texts give it (label, n, example_doc).")
    labels: list[dict[str, Any]] = Field(description="Name-calling and loaded language in sentences that mention it.")
    documents: list[dict[str, Any]]
    quotes: int


class StatsTotals(BaseModel):
    documents: int = Field(description="Publications: a text three outlets printed counts three times.")
    texts: int = Field(0, description="Distinct texts (one per content hash), each analysed once.")
    words: int = Field(description="Words of the distinct texts.")
    techniques: int = Field(description="Technique spans.")
    quotes: int
    claims: int
    entities: int
    speakers: int = Field(description="Distinct speaker names.")
    outlets: int = Field(description="Distinct outlets (documents without one are not counted).")
    duplicates: int = Field(description="Documents recorded as an exact or near duplicate of another.")
    errors: int = Field(description="Inputs that failed, over every run.")
    runs: int


class Stats(BaseModel):
    """Corpus counts: the same JSON as `spinscope stats --json`."""

    ok: bool = True
    totals: StatsTotals
    tables: dict[str, list[dict[str, Any]]] = Field(
        description="Flat rows per table: top_techniques (technique, spans, documents), top_speakers (speaker, "
        "quotes, documents; the 20 most quoted), duplicates_by_kind (kind, documents), techniques_per_outlet "
        "(outlet, technique, spans), techniques_per_month (month, technique, spans), technique_share_per_outlet "
        "(outlet, documents, chars, technique_chars, share). Each is also a CSV at /api/stats/{table}.csv."
    )


class AnalyzeIn(BaseModel):
    """A text to analyse now (synchronously); metadata is optional."""

    text: str = Field(min_length=1, description="The article text, exactly as it should be annotated.")
    id: str | None = Field(None, description="Document id; default: 'pasted-' + a hash of the text.")
    title: str | None = None
    source: str | None = Field(None, description="The outlet.")
    url: str | None = None
    published: str | None = Field(None, description="The date, in any form `spinscope analyze` reads "
                                  "(2026-05-05, May 5, 2026, 5 May 2026, 05.05.2026 ...); stored as ISO 8601.")
    save: Flag = Field(False, description="Also store the result (refused with 403 on a --read-only server).")
    codebook: str | None = Field(None, description="A narratives codebook (TOML text) to match as well, as `spinscope analyze --codebook`.")


class AnalyzeOut(BaseModel):
    ok: bool = True
    saved: bool
    outcome: str | None = Field(None, description="With save: analyzed, unchanged, republished (a new publication "
                                "of a stored text), duplicate (stored already) or failed.")
    errors: list[str] = Field(default_factory=list, description="Why it failed (with save).")
    document: DocumentOut


class MetadataIn(BaseModel):
    """Fields to set on one publication; a field left out is kept, an empty one or null clears it."""

    title: str | None = None
    source: str | None = Field(None, description="The outlet; left out with a new url, it is the url's domain.")
    url: str | None = None
    published: str | None = Field(None, description="A date in any form `spinscope analyze` reads; stored as ISO 8601.")


class PublicationOut(BaseModel):
    """One publication of a text: where and when it appeared."""

    id: str
    doc_id: str = Field(description="The text's id (layers are the text's).")
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    path: str | None = None
    run_id: int | None = None
    added_at: str | None = None
    edited: str | None = Field(None, description="Fields set by hand (comma-separated); re-analysis keeps them.")
