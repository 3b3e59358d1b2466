"""Attention over time: how many publications a filter keeps per day, ISO week or month, raw and as
a share of all dated publications of that period (what Media Cloud users read), with every empty
period kept and undated publications counted beside the axis, never on it.

Used by ``/api/series`` (JSON, CSV, SVG) and the Attention page; each period carries the corpus
filter that lists its publications (drill-down).
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from spinscope.store import StoreProtocol
from spinscope.store.filters import DocumentFilter, QueryError

UNITS = ("day", "week", "month")
MAX_PERIODS = 4000  # about eleven years of days; more is unreadable as bars: ask for weeks or months
CSV_COLUMNS = ("period", "start", "end", "count", "total", "share")


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None  # not a date we can place: counted as undated


def period_of(day: date, unit: str) -> tuple[str, date, date]:
    """(label, first day, last day) of the period holding ``day``: ``2026-03-09``, ``2026-W11``, ``2026-03``."""
    if unit == "day":
        return day.isoformat(), day, day
    if unit == "week":
        year, week, weekday = day.isocalendar()
        start = day - timedelta(days=weekday - 1)
        return f"{year}-W{week:02d}", start, start + timedelta(days=6)
    start = day.replace(day=1)
    nxt = (start + timedelta(days=32)).replace(day=1)
    return f"{day.year}-{day.month:02d}", start, nxt - timedelta(days=1)


def _periods(first: date, last: date, unit: str) -> list[tuple[str, date, date]]:
    out = []
    label, start, end = period_of(first, unit)
    while start <= last:
        out.append((label, start, end))
        if len(out) > MAX_PERIODS:
            raise QueryError(f"{len(out)}+ periods of one {unit}: choose unit=week or unit=month, or a date range.")
        label, start, end = period_of(end + timedelta(days=1), unit)
    return out


def _counts(rows: list[tuple[str | None, int]]) -> tuple[dict[date, int], int]:
    days: dict[date, int] = {}
    undated = 0
    for text, n in rows:
        d = _day(text)
        if d is None:
            undated += n
        else:
            days[d] = days.get(d, 0) + n
    return days, undated


def drill_down(flt: DocumentFilter, start: date | None = None, end: date | None = None,
               undated: bool = False) -> str:
    """The corpus page's query listing these publications: the filter, narrowed to one period."""
    params = {k: v for k, v in flt.active().items() if k not in ("date_from", "date_to")}
    if start is not None and end is not None:
        params.update(date_from=start.isoformat(), date_to=end.isoformat())
    if undated:
        params["undated"] = "1"
    return "/?" + urlencode(params)


def series(store: StoreProtocol, flt: DocumentFilter, unit: str = "week") -> dict[str, Any]:
    """The filter's publications per period, each with the period's dated total and the share."""
    if unit not in UNITS:
        raise QueryError(f"The 'unit' parameter must be one of {', '.join(UNITS)}. Got {unit!r}.")
    mine, undated = _counts(store.publication_days(flt))
    # The share's denominator: every dated publication of the period, under the date range only.
    everything = replace(DocumentFilter(), date_from=flt.date_from, date_to=flt.date_to)
    totals, undated_total = _counts(store.publication_days(everything))
    if flt.date_from or flt.date_to:  # the undated are outside any date range, but still reported
        _, undated_total = _counts(store.publication_days(DocumentFilter()))
        _, undated = _counts(store.publication_days(replace(flt, date_from=None, date_to=None)))
    periods: list[dict[str, Any]] = []
    if totals:
        first = min(totals) if not flt.date_from else max(min(totals), date.fromisoformat(flt.date_from[:10]))
        last = max(totals) if not flt.date_to else min(max(totals), date.fromisoformat(flt.date_to[:10]))
        by_period: dict[str, list[int]] = {}
        for day, n in totals.items():
            by_period.setdefault(period_of(day, unit)[0], [0, 0])[1] += n
        for day, n in mine.items():
            by_period.setdefault(period_of(day, unit)[0], [0, 0])[0] += n
        for label, start, end in _periods(first, last, unit):
            count, total = by_period.get(label, (0, 0))
            periods.append({"period": label, "start": start.isoformat(), "end": end.isoformat(), "count": count,
                            "total": total, "share": round(count / total, 4) if total else 0.0,
                            "documents": drill_down(flt, start, end)})
    return {
        "unit": unit,
        "filters": flt.active(),
        "counts": "publications",
        "periods": periods,
        "count": sum(p["count"] for p in periods),
        "total": sum(p["total"] for p in periods),
        "undated": {"count": undated, "total": undated_total, "documents": drill_down(flt, undated=True)},
    }


def to_csv(data: dict[str, Any]) -> str:
    """One row per period (count, total, share); the undated last, as a row of their own."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for p in data["periods"]:
        writer.writerow([p["period"], p["start"], p["end"], p["count"], p["total"], f"{p['share']:.4f}"])
    u = data["undated"]
    writer.writerow(["undated", "", "", u["count"], u["total"], f"{u['count'] / u['total']:.4f}" if u["total"] else "0.0000"])
    return out.getvalue()
