"""Time charts: empty periods keep their place, undated publications stand beside the axis."""

from __future__ import annotations

import re

from spinscope.service.series_svg import series_svg
from spinscope.web.charts import stacked_columns


def test_months_without_spans_are_kept_and_undated_stands_apart() -> None:
    rows = [{"month": "2025-02", "technique": "Loaded_Language", "spans": 3},
            {"month": "2025-05", "technique": "Doubt", "spans": 2},
            {"month": "(undated)", "technique": "Doubt", "spans": 40}]
    svg = str(stacked_columns(rows, "month", "technique", "spans", "per month"))
    assert re.findall(r">(\d{4}-\d\d|\(undated\))<", svg) == ["2025-02", "2025-03", "2025-04", "2025-05", "(undated)"]
    heights = [float(h) for h in re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="\d+" height="([\d.]+)" fill', svg)]
    assert max(heights) <= 240.0  # the undated column is cut to the months' scale, its total written on it
    assert ">40<" in svg


def test_series_svg_marks_each_period_and_the_undated() -> None:
    data = {"unit": "week", "filters": {}, "periods": [
        {"period": "2026-W11", "start": "2026-03-09", "end": "2026-03-15", "count": 2, "total": 4, "share": 0.5,
         "documents": "/?date_from=2026-03-09&date_to=2026-03-15"},
        {"period": "2026-W12", "start": "2026-03-16", "end": "2026-03-22", "count": 0, "total": 0, "share": 0.0,
         "documents": "/?date_from=2026-03-16&date_to=2026-03-22"}],
        "count": 2, "total": 4, "undated": {"count": 1, "total": 3, "documents": "/?undated=1"}}
    raw, share = str(series_svg(data, "raw")), str(series_svg(data, "share"))
    assert raw.count('class="bar raw"') == 2 and 'data-period="undated"' in raw
    assert 'data-share="0.5"' in share and "50.0%" in share
    assert "&amp;date_to=2026-03-15" in raw  # each column links to its publications, escaped
