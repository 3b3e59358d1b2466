"""Campaigns, Outlets and Contradictions pages; each calls the same service function as its API route."""

from __future__ import annotations

import difflib
import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup, escape

from spinscope.campaigns import SIGNALS, DetectionOptions
from spinscope.errors import SpinscopeError
from spinscope.service import campaigns as svc
from spinscope.service.http import app_state as state
from spinscope.web import charts, charts_campaigns
from spinscope.web.pages import render

router = APIRouter(tags=["pages"], default_response_class=HTMLResponse)
Options = Annotated[DetectionOptions, Depends(svc.campaign_query)]
_TOKENS = re.compile(r"\w+|\W+")


def _query(request: Request) -> str:
    """The page's option parameters, to carry into its links (JSON, CSV, one campaign)."""
    keep = [(k, v) for k, v in request.query_params.multi_items() if k in ("window", "min_outlets", "signal", "min_weight")]
    return ("?" + urlencode(keep)) if keep else ""


def _form(opts: DetectionOptions, request: Request) -> dict[str, Any]:
    return {"window": request.query_params.get("window", "24h"), "min_outlets": opts.min_outlets,
            "min_weight": opts.min_weight, "signals": set(opts.signals), "all_signals": SIGNALS}


def highlight_wording(text: str, reference: str) -> Markup:
    """``text`` escaped, with the words the first publisher did not use marked (``<mark class="diff">``)."""
    mine, theirs = _TOKENS.findall(text), _TOKENS.findall(reference)
    matcher = difflib.SequenceMatcher(a=[t.lower() for t in theirs], b=[t.lower() for t in mine], autojunk=False)
    out = []
    for op, _, _, j1, j2 in matcher.get_opcodes():
        piece = escape("".join(mine[j1:j2]))
        out.append(piece if op == "equal" or not piece.strip() else Markup('<mark class="diff">') + piece + Markup("</mark>"))
    return Markup("").join(out)


@router.get("/campaigns", summary="Campaigns page: coordinated campaigns and the outlet network")
def campaigns_page(request: Request, opts: Options) -> Response:
    data = svc.detection_json(svc.cached_detection(state(request), opts))
    figure = charts_campaigns.network(data["network"]["nodes"], data["network"]["edges"], "Outlet network")
    return render(request, "campaigns.html", {"data": data, "figure": figure, "form": _form(opts, request),
                                              "query": _query(request)})


@router.get("/campaigns/{campaign_id}", summary="One campaign: timeline, shared claims, network")
def campaign_page(request: Request, campaign_id: str, opts: Options) -> Response:
    result = svc.cached_detection(state(request), opts)
    campaign = svc.find_campaign(result, campaign_id)
    data = svc.detection_json(result)
    for claim in campaign["shared_claims"]:
        first = claim["variants"][0]["text"]
        for v in claim["variants"]:
            v["marked"] = highlight_wording(v["text"], first)
    figures = {
        "timeline": charts_campaigns.timeline(campaign, opts.window.total_seconds() / 3600, "Who published when"),
        "network": charts_campaigns.network(data["network"]["nodes"], data["network"]["edges"],
                                            "The campaign's outlets in the network", set(campaign["outlets"])),
    }
    return render(request, "campaign.html", {"c": campaign, "figures": figures, "query": _query(request)})


@router.get("/outlets", summary="Outlets page: profiles and a comparison form")
def outlets_page(request: Request, opts: Options) -> Response:
    data = svc.cached_profiles(state(request), opts)
    return render(request, "outlets.html", {"data": data, "query": _query(request)})


def _outlet_view(request: Request, opts: DetectionOptions, names: list[str]) -> Response:
    profiles = svc.compare(svc.cached_profiles(state(request), opts)["outlets"], names)
    figures = {p["outlet"]: charts.hbar(p["over_time"], "period", "documents", f"{p['outlet']}: documents per month")
               for p in profiles}
    spans = {p["outlet"]: charts.hbar(p["over_time"], "period", "techniques_per_1000_words",
                                      f"{p['outlet']}: technique spans per 1,000 words, per month")
             for p in profiles}
    return render(request, "outlet_compare.html", {"profiles": profiles, "figures": figures, "spans": spans,
                                                   "query": _query(request)})


@router.get("/outlets/compare", summary="Two or more outlets side by side",
            responses={404: {"description": "No outlet of that name."}})
def outlets_compare_page(request: Request, opts: Options,
                         outlet: Annotated[list[str], Query(description="An outlet name; repeat it.")]) -> Response:
    if not outlet:
        raise SpinscopeError("choose at least one outlet to compare (?outlet=A&outlet=B)")
    return _outlet_view(request, opts, outlet)


@router.get("/outlets/{name:path}", summary="One outlet's profile over time")
def outlet_page(request: Request, name: str, opts: Options) -> Response:
    return _outlet_view(request, opts, [name])


@router.get("/contradictions", summary="Contradictions page: claims asserted in one document, denied in another")
def contradictions_page(request: Request,
                        threshold: Annotated[float | None, Query(gt=0, le=1)] = None,
                        limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
    rows = svc.cached_contradictions(state(request), threshold, limit)
    return render(request, "contradictions.html", {"rows": rows, "threshold": threshold, "limit": limit})
