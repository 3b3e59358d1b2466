"""REST routes for campaigns, outlet profiles and contradictions, with CSV and GraphML downloads."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from spinscope.api.models import ErrorOut
from spinscope.api.models_campaigns import CampaignList, CampaignOut, ContradictionOut, OutletList, OutletOut
from spinscope.api.routes import NOT_FOUND
from spinscope.campaigns import DetectionOptions, to_graphml
from spinscope.service import campaigns as svc
from spinscope.service.http import app_state as state

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "An option that cannot be used (a window like 'soon')."},
    422: {"model": ErrorOut, "description": "A parameter of the wrong type."},
}

router = APIRouter(prefix="/api", tags=["campaigns"], responses=ERRORS)
Options = Annotated[DetectionOptions, Depends(svc.campaign_query)]


def _download(text: str, media: str, filename: str) -> Response:
    return Response(text, media_type=media, headers={"content-disposition": f'attachment; filename="{filename}"'})


@router.get("/campaigns", response_model=CampaignList, summary="Coordinated campaigns and the outlet network")
def api_campaigns(request: Request, opts: Options) -> dict[str, Any]:
    """Outlets that published the same text, claim or narrative within the window; undated and
    outlet-less documents are counted, not dropped."""
    return svc.detection_json(svc.cached_detection(state(request), opts))


@router.get("/campaigns.csv", response_class=Response, summary="Campaigns as CSV",
            responses={200: {"content": {"text/csv": {}}}})
def api_campaigns_csv(request: Request, opts: Options) -> Response:
    rows = svc.campaign_rows(svc.cached_detection(state(request), opts))
    return _download(svc.to_csv(rows, svc.CAMPAIGN_COLUMNS), "text/csv; charset=utf-8", "campaigns.csv")


@router.get("/campaigns/network.graphml", response_class=Response, summary="The outlet network as GraphML",
            responses={200: {"content": {"application/graphml+xml": {}}}})
def api_campaigns_graphml(request: Request, opts: Options) -> Response:
    """For Gephi or networkx: outlets, edges weighted by stories shared, a count per signal."""
    text = to_graphml(svc.cached_detection(state(request), opts))
    return _download(text, "application/graphml+xml; charset=utf-8", "outlets.graphml")


@router.get("/campaigns/{campaign_id}", response_model=CampaignOut, responses=NOT_FOUND, summary="One campaign")
def api_campaign(request: Request, campaign_id: str, opts: Options) -> dict[str, Any]:
    return svc.find_campaign(svc.cached_detection(state(request), opts), campaign_id)


@router.get("/outlets", response_model=OutletList, summary="Outlet profiles")
def api_outlets(request: Request, opts: Options) -> dict[str, Any]:
    """Per outlet: documents, dates, techniques, speakers and denials, issuers, republication rate,
    campaigns, and the same per month (undated documents in their own period)."""
    return svc.cached_profiles(state(request), opts)


@router.get("/outlets.csv", response_class=Response, summary="Outlet profiles as CSV",
            responses={200: {"content": {"text/csv": {}}}})
def api_outlets_csv(request: Request, opts: Options) -> Response:
    rows = svc.outlet_rows(svc.cached_profiles(state(request), opts)["outlets"])
    return _download(svc.to_csv(rows, svc.OUTLET_COLUMNS), "text/csv; charset=utf-8", "outlets.csv")


@router.get("/outlets/compare", response_model=list[OutletOut], responses=NOT_FOUND,
            summary="Two or more outlets side by side")
def api_outlets_compare(request: Request, opts: Options,
                        outlet: Annotated[list[str], Query(description="An outlet name; repeat it.")]) -> list[Any]:
    return svc.compare(svc.cached_profiles(state(request), opts)["outlets"], outlet)


@router.get("/outlets/{name:path}", response_model=OutletOut, responses=NOT_FOUND, summary="One outlet's profile")
def api_outlet(request: Request, name: str, opts: Options) -> dict[str, Any]:
    return svc.compare(svc.cached_profiles(state(request), opts)["outlets"], [name])[0]


Threshold = Annotated[float | None, Query(gt=0, le=1, description="Minimum cosine similarity (default 0.6).")]
ContraLimit = Annotated[int, Query(ge=1, le=500, description="Pairs at most.")]


@router.get("/contradictions", response_model=list[ContradictionOut], summary="Claims asserted and denied elsewhere")
def api_contradictions(request: Request, threshold: Threshold = None, limit: ContraLimit = 50) -> list[Any]:
    """A claim one party asserts in one document and another party denies in another, most similar first."""
    return svc.cached_contradictions(state(request), threshold, limit)


@router.get("/contradictions.csv", response_class=Response, summary="Contradictions as CSV",
            responses={200: {"content": {"text/csv": {}}}})
def api_contradictions_csv(request: Request, threshold: Threshold = None, limit: ContraLimit = 50) -> Response:
    rows = [{**r, "denied_by": "; ".join(r["denied_by"])} for r in svc.cached_contradictions(state(request), threshold, limit)]
    columns = tuple(ContradictionOut.model_fields)
    return _download(svc.to_csv(rows, columns), "text/csv; charset=utf-8", "contradictions.csv")
