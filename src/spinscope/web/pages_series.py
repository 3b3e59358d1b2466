"""The Attention page: a filter's publications over time, raw or as a share, with a switch and downloads.

Its JSON twin is ``/api/series``; the chart is the same SVG as ``/api/series.svg``, once per mode;
the raw/share switch is two radio buttons that CSS alone toggles (no script needed).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from spinscope.api.routes_series import Unit, _series, _title
from spinscope.service.http import document_filter
from spinscope.service.series_svg import series_svg
from spinscope.store.filters import DocumentFilter
from spinscope.web.pages import render

router = APIRouter(tags=["pages"], default_response_class=HTMLResponse)


@router.get("/attention", summary="Attention page: a filter's publications per day, week or month")
def attention_page(request: Request, flt: Annotated[DocumentFilter, Depends(document_filter)],
                   unit: Unit = "week") -> Response:
    data = _series(request, flt, unit)
    query = urlencode({**flt.active(), "unit": unit})
    charts = {mode: series_svg(data, mode, _title(data, mode)) for mode in ("raw", "share")}
    return render(request, "attention.html", {"data": data, "flt": flt, "unit": unit, "query": query,
                                              "charts": charts})
