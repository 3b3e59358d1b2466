"""Pydantic shapes of the review, collection and calibration routes (issue 25)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, Field, StringConstraints

from spinscope.api.models import DocumentOut, Flag, json_integer
from spinscope.service.http import BLANK, NOT_BLANK

# What service/review.py accepts as a reviewer, stated in the schema (issue 21, API conformance
# rules): printable characters that are not all blank (blank as str.strip has it). Compiled, so
# Python's re checks it.
REVIEWER_PATTERN = re.compile(rf"^[{BLANK}]*[^{BLANK}\x00-\x1f](?:[^\x00-\x1f]*[^{BLANK}\x00-\x1f])?[{BLANK}]*$")
Reviewer = Field(min_length=1, max_length=200, pattern=REVIEWER_PATTERN,
                 description="Who makes this change; recorded with it.")
# A name that is not blank.
Name = Annotated[str, StringConstraints(min_length=1, max_length=500, pattern=NOT_BLANK)]


class ReviewIn(BaseModel):
    """The analyst's word on one annotation of a document."""

    layer: Literal["techniques", "quotes", "claims", "evidence", "entities", "narratives"]
    action: Literal["accept", "reject", "edit", "add"]
    key: str | None = Field(None, max_length=500, description="The item's key (`key` of each item in "
                            "`GET /api/reviews/queue`, or as the article page shows it); not for `add`.")
    item: dict[str, Any] | None = Field(None, description="`edit`: the fields to change (a technique's "
                                        "`technique`, `start`, `end`; a quote's `speaker_name`, `kind`; a claim's "
                                        "`denied_by`; an actor's `role`, `labels`; a narrative's `stance`). `add`: "
                                        "the whole item in the layer's JSON form.")
    reviewer: str = Reviewer


class ReviewRecord(BaseModel):
    doc_id: str
    layer: str
    key: str
    action: str
    after: dict[str, Any] | None = None
    before: dict[str, Any] | None = None
    reviewer: str
    at: str


class ReviewOut(BaseModel):
    ok: bool = True
    review: ReviewRecord
    document: DocumentOut


class ReviewList(BaseModel):
    reviews: list[dict[str, Any]] = Field(description="Current word per item, or every change (the audit list).")


class QueueItem(BaseModel):
    layer: str
    doc_id: str
    key: str
    score: float | None = None
    label: str | None = None
    title: str | None = None
    source: str | None = None
    reviewed: str | None = None


class QueueOut(BaseModel):
    items: list[QueueItem]


class MergeIn(BaseModel):
    names: list[Name] = Field(min_length=1, max_length=100, description="Actor or speaker names as shown.")
    into: Name = Field(description="The one name they become.")
    reviewer: str = Reviewer


class MergeOut(BaseModel):
    ok: bool = True
    merged: list[str]
    into: str
    documents: list[str]


class AliasesOut(BaseModel):
    aliases: list[dict[str, Any]]


class CollectIn(BaseModel):
    name: Annotated[str, StringConstraints(max_length=200, pattern=NOT_BLANK)]
    ids: list[str] = Field(default_factory=list, max_length=10_000, description="Document ids to add.")
    description: str | None = Field(None, max_length=2000)
    reviewer: str = Reviewer


class CollectOut(BaseModel):
    ok: bool = True
    collection: str
    added: int
    documents: int


class CollectionsOut(BaseModel):
    collections: list[dict[str, Any]]


class QualityOut(BaseModel):
    layers: dict[str, Any]
    definition: str


class CalibrateIn(BaseModel):
    reviewer: str = Reviewer
    # Bounds before the validator, so that the schema states them as minimum and maximum.
    min_reviews: Annotated[int, Field(ge=1, le=1_000_000), BeforeValidator(json_integer)] | None = None
    dry_run: Flag = False


class CalibrateOut(BaseModel):
    version: int | None
    thresholds: dict[str, float]
    report: dict[str, Any]
