"""Pydantic shapes of the campaigns, outlets and contradictions routes (for the OpenAPI document)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from spinscope.analyzers.claims.contradictions import Contradiction
from spinscope.api.layer_models import item_model


class Publication(BaseModel):
    outlet: str
    document: str = Field(description="Document id.")
    published: str = Field(description="As stored (ISO 8601).")
    lag_hours: float | None = Field(None, description="Hours after the campaign's first publication.")
    title: str | None = None
    by: str | None = Field(None, description="Refuters: what it refutes, `claim` or `narrative`.")


class Variant(BaseModel):
    outlet: str
    document: str
    published: str
    text: str = Field(description="The sentence that carries the claim, whole, as this outlet worded it.")
    claim: str | None = Field(None, description="The claim's span as the claims layer kept it.")
    start: int = Field(description="Offset of the claim in the document's text.")
    end: int


class Passage(BaseModel):
    a: str = Field(description="The passage in the earlier document.")
    b: str = Field(description="The matching passage in the later document.")


class LinkedPair(BaseModel):
    """Two linked documents of different outlets: the evidence behind a campaign or a network edge."""

    a: str = Field(description="The earlier document's id.")
    b: str
    outlets: list[str]
    published: list[str]
    signal: str
    similarity: float
    passages: list[Passage] = Field(description="Claim sentences the two share.")
    narratives: list[str] = Field(description="Narratives both documents assert.")


class SharedClaim(BaseModel):
    claim: str = Field(description="The first publisher's wording.")
    outlets: int
    variants: list[Variant]


class CampaignOut(BaseModel):
    """One coordinated push: outlets and documents within the window, who was first, shared claims."""

    id: str = Field(description="Stable while the same documents form it.")
    outlets: list[str] = Field(description="Outlet names, first publisher first.")
    documents: list[str] = Field(description="Document ids in time order.")
    start: str
    end: str
    signal: str = Field(description="republication | paraphrased claim | shared narrative: the strongest signal among its links.")
    signals: dict[str, int] = Field(description="Links between member documents per signal.")
    first: Publication
    followers: list[Publication] = Field(description="Each other outlet's first document and its lag.")
    shared_claims: list[SharedClaim]
    refuted_by: list[Publication] = Field(
        description="Documents that refute its claim or a narrative its outlets assert, at any date (never members).")
    score: float = Field(description="0-1: similarity x spread over outlets x speed.")
    community: int | None = Field(None, description="Community of the first publisher in the outlet network.")
    pairs: list[LinkedPair] = Field(default_factory=list, description="Every linked document pair inside it.")


class NodeOut(BaseModel):
    outlet: str
    documents: int
    community: int | None
    campaigns: list[str]


class EdgeOut(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Stories both outlets published within the window.")
    signals: dict[str, int]
    pairs: list[LinkedPair] = Field(default_factory=list, description="Document pairs behind it (at most 20).")


class Network(BaseModel):
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class CampaignList(BaseModel):
    campaigns: list[CampaignOut]
    documents_considered: int
    undated_documents: int = Field(description="Documents without a date: they cannot be placed in a window.")
    documents_without_outlet: int
    outlets: int
    edges: int
    options: dict
    network: Network


class TechniqueCount(BaseModel):
    technique: str
    spans: int


class SpeakerCount(BaseModel):
    speaker: str
    quotes: int
    claims: int = Field(description="Claims asserted by this speaker across the corpus.")
    denied: int = Field(description="Of those, how many someone denied.")


class Period(BaseModel):
    period: str = Field(description="YYYY-MM, or (undated).")
    documents: int
    undated: int
    words: int
    technique_spans: int
    techniques_per_1000_words: float
    technique_share: float
    top_techniques: list[TechniqueCount]
    republication_rate: float


class OutletOut(Period):
    """An outlet's profile (the fields of a period plus the lists below)."""

    period: str | None = None
    outlet: str
    first_published: str | None
    last_published: str | None
    narratives: list[dict]
    speakers: list[SpeakerCount]
    issuers: list[dict]
    campaigns: list[str]
    over_time: list[Period]


class OutletList(BaseModel):
    outlets: list[OutletOut]
    undated_documents: int
    documents_without_outlet: int


# The same fields as the finder's record, generated so the two cannot drift.
ContradictionOut = item_model(Contradiction)
