"""REST routes for attention over time: a filter's publications per day, week or month (JSON, CSV, SVG)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from spinscope.api.models import ErrorOut
from spinscope.service import series as svc
from spinscope.service.http import app_state as state
from spinscope.service.http import document_filter
from spinscope.service.series_svg import series_svg
from spinscope.store.filters import DocumentFilter

router = APIRouter(prefix="/api", tags=["series"],
                   responses={400: {"model": ErrorOut, "description": "A bad filter or unit."},
                              422: {"model": ErrorOut, "description": "A parameter of the wrong type."}})
Filter = Annotated[DocumentFilter, Depends(document_filter)]
Unit = Annotated[str, Query(pattern="^(day|week|month)$", description="day, week (ISO, e.g. 2026-W11) or month.")]


class PeriodOut(BaseModel):
    period: str = Field(description="2026-03-09 (day), 2026-W11 (ISO week with its year) or 2026-03 (month).")
    start: str = Field(description="First day of the period.")
    end: str = Field(description="Last day of the period.")
    count: int = Field(description="Publications the filter keeps in the period.")
    total: int = Field(description="All dated publications of the period.")
    share: float = Field(description="count / total (0 when the period has none).")
    documents: str = Field(description="The corpus page listing these publications.")


class UndatedOut(BaseModel):
    count: int = Field(description="Publications the filter keeps that have no date (beside the axis).")
    total: int = Field(description="All undated publications.")
    documents: str


class SeriesOut(BaseModel):
    """Publications per period under a filter, every period from the first to the last kept."""

    unit: str
    filters: dict[str, str]
    counts: str = Field(description="What is counted: publications (one text printed by three outlets counts three).")
    periods: list[PeriodOut]
    count: int
    total: int
    undated: UndatedOut


def _series(request: Request, flt: DocumentFilter, unit: str) -> dict[str, Any]:
    st = state(request)
    store = st.reader()
    return st.cached("series", (store.change_token(), unit, tuple(sorted(flt.active().items())), flt.undated_only),
                     lambda: svc.series(store, flt, unit))


def _download(text: str, media: str, filename: str) -> Response:
    return Response(text, media_type=media, headers={"content-disposition": f'attachment; filename="{filename}"'})


@router.get("/series", response_model=SeriesOut, summary="Attention over time under any corpus filter")
def api_series(request: Request, flt: Filter, unit: Unit = "week") -> dict[str, Any]:
    """Publications per day, ISO week or month, raw and as a share of all dated publications of the
    period; empty periods kept; undated counted beside. Filters: those of `/api/documents`, plus
    `narrative` with `stance` (asserts by default), `actor`, `collection`."""
    return _series(request, flt, unit)


@router.get("/series.csv", response_class=Response, summary="Attention over time as CSV",
            responses={200: {"content": {"text/csv": {}}}})
def api_series_csv(request: Request, flt: Filter, unit: Unit = "week") -> Response:
    """One row per period: period, start, end, count, total, share; the undated last."""
    return _download(svc.to_csv(_series(request, flt, unit)), "text/csv; charset=utf-8", f"series-{unit}.csv")


@router.get("/series.svg", response_class=Response, summary="Attention over time as SVG",
            responses={200: {"content": {"image/svg+xml": {}}}})
def api_series_svg(request: Request, flt: Filter, unit: Unit = "week",
                   mode: Annotated[str, Query(pattern="^(raw|share)$", description="raw counts or share of the period.")] = "raw",
                   ) -> Response:
    data = _series(request, flt, unit)
    text = str(series_svg(data, mode, _title(data, mode), standalone=True))
    return _download(text, "image/svg+xml; charset=utf-8", f"series-{unit}-{mode}.svg")


def _title(data: dict[str, Any], mode: str) -> str:
    what = ", ".join(f"{k}={v}" for k, v in data["filters"].items()) or "all publications"
    return f"{what}: per {data['unit']}, {'publications' if mode == 'raw' else 'share of the period'}"
