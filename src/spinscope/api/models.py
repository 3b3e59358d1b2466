"""Pydantic shapes of the REST API, so the OpenAPI document describes every field.

The document models mirror the contract's JSON form (``Document.to_dict()``); a test checks that a
stored document's JSON validates against them, so they cannot drift from the dataclasses silently.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorOut(BaseModel):
    """The one error shape of every /api/ route."""

    ok: bool = Field(False, description="Always false on errors.")
    error: str = Field(description="What went wrong and what to do about it.")
    status: int = Field(description="The HTTP status code, repeated for clients that lose it.")
    errors: list[dict[str, Any]] | None = Field(None, description="Per-field problems (validation errors).")


class SpanOut(BaseModel):
    start: int = Field(description="Character offset into `text` (Python str index).")
    end: int = Field(description="Exclusive end offset.")


class EntityOut(BaseModel):
    name: str
    type: str
    aliases: list[str] = []
    mentions: list[SpanOut] = []
    labels: list[dict[str, Any]] = []
    role: str | None = None


class TechniqueOut(SpanOut):
    technique: str = Field(description="SemEval-2020 PTC technique name.")
    score: float
    reason: str = ""


class QuoteOut(BaseModel):
    kind: str = Field(description="direct | indirect | mixed")
    content: SpanOut
    cue: SpanOut | None = None
    speaker: SpanOut | None = None
    speaker_name: str | None = None
    via: str | None = None


class ClaimOut(SpanOut):
    score: float
    asserted_by: str | None = None
    denied_by: list[str] = []


class EvidenceOut(SpanOut):
    kind: str = Field(description="present | absent")


class DocumentOut(BaseModel):
    """A document in the contract's JSON form: metadata, exact text, standoff annotation layers."""

    schema_version: str
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str | None = "en"
    issuer: str | None = None
    text: str
    sentences: list[SpanOut] = []
    entities: list[EntityOut] = []
    techniques: list[TechniqueOut] = []
    quotes: list[QuoteOut] = []
    claims: list[ClaimOut] = []
    evidence: list[EvidenceOut] = []
    meta: dict[str, Any] = {}


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
    roles: list[dict[str, Any]]
    forms: list[dict[str, Any]] = Field(description="How the actor is named in the texts, with counts.")
    framing: list[dict[str, Any]] = Field(description="Framing labels the texts give it (label, n, example_doc).")
    labels: list[dict[str, Any]] = Field(description="Name-calling and loaded language in sentences that mention it.")
    documents: list[dict[str, Any]]
    quotes: int


class Stats(BaseModel):
    ok: bool = True
    totals: dict[str, int]
    tables: dict[str, list[dict[str, Any]]] = Field(
        description="top_techniques, techniques_per_outlet, techniques_per_month, technique_share_per_outlet."
    )


class AnalyzeIn(BaseModel):
    """A text to analyse now (synchronously); metadata is optional."""

    text: str = Field(min_length=1, description="The article text, exactly as it should be annotated.")
    id: str | None = Field(None, description="Document id; default: 'pasted-' + a hash of the text.")
    title: str | None = None
    source: str | None = Field(None, description="The outlet.")
    url: str | None = None
    published: str | None = Field(None, description="ISO date, e.g. 2024-05-31.")
    save: bool = Field(False, description="Also store the result (refused with 403 on a --read-only server).")


class AnalyzeOut(BaseModel):
    ok: bool = True
    saved: bool
    document: DocumentOut
