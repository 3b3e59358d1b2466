"""REST routes for narratives: the narratives layer's counts, discovered clusters, discovery, promotion."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from spinscope.api.models import ErrorOut, Flag, JsonInt
from spinscope.service import codebooks
from spinscope.service import narratives as svc
from spinscope.service.http import app_state as state

router = APIRouter(prefix="/api", tags=["narratives"],
                   responses={400: {"model": ErrorOut, "description": "A bad option or codebook."},
                              422: {"model": ErrorOut, "description": "A parameter of the wrong type."}})
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "No such cluster."}}
WRITES: dict[int | str, dict[str, Any]] = {403: {"model": ErrorOut, "description": "A --read-only server."}}
Stance = Annotated[str, Query(pattern="^(asserts|refutes|reports|any)$",
                              description="Count publications that assert (push, the default), refute or report it, or any.")]


class WeekCount(BaseModel):
    week: str = Field(description="ISO week, e.g. 2026-W45.")
    documents: int


class NarrativeCount(BaseModel):
    """A codebook or taxonomy narrative of the narratives layer, counted over the corpus."""

    taxonomy: str = Field(description="`semeval2025`, or a codebook's name.")
    id: str
    label: str
    parent: str | None = None
    stance: str = Field(description="The stance counted: asserts (default), refutes, reports or any.")
    documents: int = Field(description="Publications that take `stance` toward it.")
    stances: dict[str, int] = Field(description="Publications per stance (asserts, refutes, reports), all shown beside.")
    outlets: dict[str, int] = Field(description="Publications per outlet (of `stance`).")
    weekly: list[WeekCount] = Field(description="Publications per ISO week (of `stance`), oldest first.")


class Member(BaseModel):
    document: str
    start: int = Field(description="Character offset into the document's text.")
    end: int = Field(description="Exclusive end offset.")
    kind: str | None = Field(None, description="claim | sentence")
    text: str
    source: str | None = None
    published: str | None = None


class Representative(BaseModel):
    document: str | None
    start: int | None
    end: int | None
    text: str | None


class ClusterOut(BaseModel):
    """A recurring narrative discovered across the corpus."""

    id: int
    label: str = Field(description="Its top keywords.")
    keywords: list[str] = Field(description="c-TF-IDF keywords, best first.")
    size: int = Field(description="Claims and sentences in it.")
    n_documents: int
    outlets: dict[str, int] = Field(description="Documents per outlet.")
    first_seen: str | None
    last_seen: str | None
    weekly: list[WeekCount] = Field(description="Documents per ISO week: how it grows.")
    representative: Representative = Field(description="The member closest to the centroid.")
    members: list[Member]


class NarrativesOut(BaseModel):
    narratives: list[NarrativeCount]
    clusters: list[ClusterOut]
    promote_to: str | None = Field(description="The codebook promotions are appended to; null when read-only.")


class DiscoverIn(BaseModel):
    min_size: JsonInt = Field(3, ge=2, description="Fewest documents a recurring narrative must span.")
    rebuild: Flag = Field(False, description="Forget the stored clusters and cluster everything again.")


class DiscoverOut(BaseModel):
    ok: bool = True
    mode: str = Field(description="discovered (clustered anew) | assigned (new documents joined clusters)")
    documents: int
    units: int
    clustered_units: int
    clusters: int


class PromoteIn(BaseModel):
    id: str | None = Field(None, description="The new narrative's id (default: discovered-N-keywords).")
    label: str | None = Field(None, description="Its label (default: the representative sentence).")


class PromoteOut(BaseModel):
    ok: bool = True
    codebook: str = Field(description="The codebook file appended to.")
    narrative: dict[str, Any]


def overview(request: Request, stance: str = "asserts") -> dict[str, Any]:
    st = state(request)
    store = st.reader()
    return {"narratives": svc.narrative_overview(store, stance), "clusters": svc.list_clusters(store),
            "promote_to": None if st.read_only else str(codebooks.promotion_target(st.db_path))}


@router.get("/narratives", response_model=NarrativesOut, summary="Narratives: layer counts and discovered clusters")
def api_narratives(request: Request, stance: Stance = "asserts") -> dict[str, Any]:
    """Codebook and taxonomy narratives with the publications that take `stance` toward each (asserts,
    pushing it, by default) per outlet and week, every stance's count beside, and the discovered clusters."""
    return overview(request, stance)


@router.get("/narratives/clusters", response_model=list[ClusterOut], summary="Discovered narrative clusters")
def api_clusters(request: Request) -> list[dict[str, Any]]:
    """The same array as `spinscope narratives list --format json`."""
    return svc.list_clusters(state(request).reader())


@router.get("/narratives/clusters/{cluster_id}", response_model=ClusterOut, responses=NOT_FOUND,
            summary="One discovered narrative cluster")
def api_cluster(request: Request, cluster_id: int) -> dict[str, Any]:
    return svc.get_cluster(state(request).reader(), cluster_id)


@router.post("/narratives/discover", response_model=DiscoverOut, responses=WRITES,
             summary="Run narrative discovery over the store")
def api_discover(request: Request, body: DiscoverIn) -> dict[str, Any]:
    """As `spinscope narratives discover`: new documents join existing clusters; `rebuild` starts over."""
    st = state(request)
    writer = st.check_writable()
    return {"ok": True, **svc.discover_narratives(writer, min_size=body.min_size, rebuild=body.rebuild)}


@router.post("/narratives/clusters/{cluster_id}/promote", response_model=PromoteOut,
             responses={**WRITES, **NOT_FOUND, 409: {"model": ErrorOut, "description": "The codebook has a narrative "
                        "with that id already."}}, summary="Promote a cluster to the server's codebook")
def api_promote(request: Request, cluster_id: int, body: PromoteIn) -> dict[str, Any]:
    """Appends the cluster as a `[[narrative]]` to `<database>.codebook.toml` beside the database."""
    st = state(request)
    st.check_writable()
    target = codebooks.promotion_target(st.db_path)
    entry = codebooks.promote(st.reader(), cluster_id, target, narrative_id=body.id, label=body.label)
    return {"ok": True, "codebook": str(target), "narrative": entry}
