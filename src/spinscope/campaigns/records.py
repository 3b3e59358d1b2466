"""What detection returns: campaigns (JSON-ready records) and the outlet network they come from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class DocInfo:
    """One dated document with an outlet, as detection sees it."""

    id: str
    outlet: str
    published: datetime  # UTC
    published_text: str  # as stored (ISO 8601, offset as the outlet wrote it)
    title: str | None = None
    text: str | None = None  # the text's id when this is a republication (``id`` is the publication's)


@dataclass(frozen=True)
class Link:
    """Two documents of different outlets, within the window, joined by one signal."""

    a: str
    b: str
    signal: str
    similarity: float
    claims: tuple[int, int] | None = None  # indices into the corpus's claim list (claim signal)


@dataclass
class Campaign:
    """One coordinated push: the outlets and documents, who was first, the shared claims, a score."""

    id: str
    outlets: list[str]
    documents: list[str]
    start: str
    end: str
    signal: str
    signals: dict[str, int]
    first: dict[str, Any]
    followers: list[dict[str, Any]]
    shared_claims: list[dict[str, Any]]
    refuted_by: list[dict[str, Any]]
    score: float
    community: int | None = None
    # The evidence behind it: each linked document pair, its signal and the passages they share.
    pairs: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Detection:
    """Campaigns, the outlet network and what could not be considered (never silently dropped)."""

    campaigns: list[Campaign]
    nodes: dict[str, dict[str, Any]]  # outlet -> documents, community, campaigns
    edges: dict[tuple[str, str], dict[str, Any]]  # (outlet, outlet) sorted -> weight, signals
    considered: int
    undated: int
    no_outlet: int
    options: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        return {"campaigns": len(self.campaigns), "documents_considered": self.considered,
                "undated_documents": self.undated, "documents_without_outlet": self.no_outlet,
                "outlets": len(self.nodes), "edges": len(self.edges), "options": self.options}
