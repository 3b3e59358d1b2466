"""The Narratives page: layer narratives per outlet and week, discovered clusters, promote and discover
actions. It reads the same service functions as ``/api/narratives`` (its JSON twin)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from spinscope.api.routes_narratives import Stance, overview
from spinscope.service import codebooks
from spinscope.service import narratives as svc
from spinscope.service.http import app_state as state
from spinscope.web.pages import render

router = APIRouter(tags=["pages"], default_response_class=HTMLResponse)


@router.get("/narratives", summary="Narratives page: codebook and taxonomy narratives, discovered clusters")
def narratives_page(request: Request, promoted: str | None = None, discovered: str | None = None,
                    stance: Stance = "asserts") -> Response:
    data = overview(request, stance)
    return render(request, "narratives.html", {"data": data, "promoted": promoted,
                                               "discovered": discovered, "stance": stance})


@router.post("/narratives/discover", summary="Run discovery from the Narratives page")
def narratives_discover(request: Request, min_size: Annotated[int, Form(ge=2)] = 3,
                        rebuild: Annotated[str, Form()] = "") -> Response:
    summary = svc.discover_narratives(state(request).check_writable(), min_size=min_size, rebuild=bool(rebuild))
    return RedirectResponse(f"/narratives?discovered={summary['clusters']}", status_code=303)


@router.post("/narratives/clusters/{cluster_id}/promote", summary="Promote a cluster from the Narratives page",
             responses={409: {"description": "The codebook has a narrative with that id already."}})
def narratives_promote(request: Request, cluster_id: int, narrative_id: Annotated[str, Form()] = "",
                       label: Annotated[str, Form()] = "") -> Response:
    st = state(request)
    st.check_writable()
    entry = codebooks.promote(st.reader(), cluster_id, codebooks.promotion_target(st.db_path),
                              narrative_id=narrative_id or None, label=label or None)
    return RedirectResponse(f"/narratives?promoted={entry['id']}", status_code=303)
