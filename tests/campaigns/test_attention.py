"""Attention over time and narrative drill-down: the series, its CSV and SVG, and the corpus filters
`narrative` and `stance`, on a real SQLite file through a real server on 127.0.0.1."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from attention_corpus import build_attention_store

from spinscope.service.series import period_of, series
from spinscope.store import Store
from spinscope.store.filters import DocumentFilter, QueryError

pytest_plugins = ["conftest_web"]


@pytest.fixture(scope="module")
def attention_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_attention_store(tmp_path_factory.mktemp("attention") / "attention.db")


@pytest.fixture(scope="module")
def base(attention_db: Path, start_server) -> Iterator[str]:
    with start_server(attention_db, "--read-only") as url:
        yield url


def test_periods_carry_their_year() -> None:
    assert period_of(date(2026, 3, 11), "week")[0] == "2026-W11"
    assert period_of(date(2027, 1, 1), "week")[0] == "2026-W53"  # ISO year of that Friday
    assert period_of(date(2026, 3, 11), "month") == ("2026-03", date(2026, 3, 1), date(2026, 3, 31))
    assert period_of(date(2026, 3, 11), "day")[0] == "2026-03-11"


def test_series_keeps_empty_periods_counts_publications_and_puts_undated_beside(attention_db: Path) -> None:
    with Store(attention_db, read_only=True) as store:
        data = series(store, DocumentFilter(narrative="western-smear", stance="asserts"), "week")
        days = series(store, DocumentFilter(narrative="western-smear", stance="refutes"), "day")
        with pytest.raises(QueryError, match="unit"):
            series(store, DocumentFilter(), "fortnight")
    weeks = [(p["period"], p["count"], p["total"]) for p in data["periods"]]
    # push-1 twice (its own publication and a republication), push-2; week 12 is empty but kept.
    assert weeks == [("2026-W11", 3, 6), ("2026-W12", 0, 0), ("2026-W13", 1, 2)]
    assert data["periods"][0]["share"] == 0.5 and data["periods"][1]["share"] == 0.0
    assert data["undated"] == {"count": 1, "total": 1, "documents": "/?narrative=western-smear&stance=asserts&undated=1"}
    assert len(days["periods"]) == 17 and sum(p["count"] for p in days["periods"]) == 1  # 9 to 25 March


@pytest.mark.slow
@pytest.mark.slow  # a real server on 127.0.0.1
def test_api_series_csv_and_svg(base: str) -> None:
    data = httpx.get(base + "/api/series", params={"narrative": "western-smear", "unit": "week"}).json()
    assert data["filters"] == {"narrative": "western-smear", "stance": "asserts"}  # asserts by default
    assert [p["count"] for p in data["periods"]] == [3, 0, 1]
    r = httpx.get(base + "/api/series.csv", params={"narrative": "western-smear", "unit": "week"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["period"] for row in rows] == ["2026-W11", "2026-W12", "2026-W13", "undated"]
    assert rows[0] == {"period": "2026-W11", "start": "2026-03-09", "end": "2026-03-15", "count": "3", "total": "6",
                       "share": "0.5000"}
    svg = httpx.get(base + "/api/series.svg", params={"narrative": "western-smear", "mode": "share"})
    assert svg.headers["content-type"].startswith("image/svg+xml") and svg.text.startswith("<?xml")
    assert svg.text.count('class="bar share"') == 3 and "undated" in svg.text
    assert httpx.get(base + "/api/series", params={"stance": "maybe"}).status_code in (400, 422)


@pytest.mark.slow  # a real server on 127.0.0.1
def test_documents_filter_by_narrative_and_stance(base: str) -> None:
    def ids(**params: str) -> set[str]:
        return {d["id"] for d in httpx.get(base + "/api/documents", params=params).json()["documents"]}

    assert ids(narrative="western-smear") == {"push-1", "push-1-copy", "push-2", "push-3", "push-undated"}
    assert ids(narrative="western-smear", stance="refutes") == {"check-1"}
    assert ids(narrative="western-smear", stance="reports") == {"wire-1"}
    assert len(ids(narrative="western-smear", stance="any")) == 7


@pytest.mark.slow  # a real server on 127.0.0.1
def test_narratives_count_asserts_and_show_the_other_stances(base: str) -> None:
    (n,) = httpx.get(base + "/api/narratives").json()["narratives"]
    assert n["documents"] == 5 and n["stances"] == {"asserts": 5, "refutes": 1, "reports": 1}
    assert "FactLens" not in n["outlets"] and "Nordhaven Wire" not in n["outlets"]
    (r,) = httpx.get(base + "/api/narratives", params={"stance": "refutes"}).json()["narratives"]
    assert r["documents"] == 1 and list(r["outlets"]) == ["FactLens"]
