"""Response models of the actor-role routes (OpenAPI)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class RoleCounts(BaseModel):
    protagonist: int = Field(description="Documents that cast the actor as a protagonist (hero).")
    antagonist: int = Field(description="Documents that cast the actor as an antagonist (villain).")
    innocent: int = Field(description="Documents that cast the actor as an innocent (victim).")


class FineRoleCount(BaseModel):
    fine: str = Field(description="A fine role of the SemEval-2025 Task 10 taxonomy (Instigator, Victim, ...).")
    n: int


class OutletRoles(RoleCounts):
    source: str = Field(description="The outlet (document source); '(no outlet)' when unknown.")
    total: int


class DocumentRole(BaseModel):
    doc_id: str
    title: str | None = None
    source: str | None = None
    main: str = Field(description="protagonist | antagonist | innocent")
    fine: list[str]
    score: float | None = Field(None, description="Confidence in the main role, 0-1.")
    by: str | None = Field(None, description="The voice that casts it: a quoted speaker; null for the text's own.")
    evidence: str | None = Field(None, description="The first sentence that casts it.")


class ActorRolesOut(BaseModel):
    ok: bool = True
    actor: str
    documents: int = Field(description="Documents that give the actor a role.")
    counts: RoleCounts
    friendly: dict[str, str] = Field(description="Plain words for the main roles (hero, villain, victim).")
    fine: list[FineRoleCount]
    outlets: list[OutletRoles]
    by_document: list[DocumentRole]


class RoleLeader(BaseModel):
    name: str
    type: str
    documents: int


class RoleSummaryOut(BaseModel):
    ok: bool = True
    friendly: dict[str, str]
    roles: dict[str, list[RoleLeader]] = Field(description="Per main role, the actors most often cast in it.")
