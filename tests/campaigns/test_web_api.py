"""Campaigns, outlets and contradictions over a real HTTP server: JSON, CSV, GraphML and pages."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import networkx as nx
import pytest

pytest_plugins = ["conftest_web"]


@pytest.fixture(scope="module")
def base(planted_db: Path, start_server) -> Iterator[str]:
    with start_server(planted_db, "--read-only") as url:
        yield url


def get(base: str, path: str, **params) -> httpx.Response:
    return httpx.get(base + path, params=params, timeout=120)


@pytest.mark.slow
def test_campaigns_json_matches_the_planted_corpus(base: str) -> None:
    data = get(base, "/api/campaigns").json()
    assert sorted(c["signal"] for c in data["campaigns"]) == ["paraphrased claim", "republication"]
    assert data["undated_documents"] == 1 and data["documents_without_outlet"] == 1
    one = data["campaigns"][0]
    assert get(base, f"/api/campaigns/{one['id']}").json() == one
    narrow = get(base, "/api/campaigns", signal="narrative").json()
    assert [c["signal"] for c in narrow["campaigns"]] == ["shared narrative"]


def test_bad_options_and_ids_are_clear_json_errors(base: str) -> None:
    r = get(base, "/api/campaigns", window="soon")  # the schema's pattern refuses it (issue 21)
    assert r.status_code == 422 and "must be a duration" in r.json()["error"]
    r = get(base, "/api/campaigns", min_outlets=1)
    assert r.status_code == 422
    r = get(base, "/api/campaigns/c-nope")
    assert r.status_code == 404 and "no campaign" in r.json()["error"]
    r = get(base, "/api/outlets/Nowhere Gazette")
    assert r.status_code == 404 and "Ostra Daily" in r.json()["error"]


def test_csv_and_graphml_downloads(base: str, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(get(base, "/api/campaigns.csv").text)))
    assert {r["signal"] for r in rows} == {"republication", "paraphrased claim"}
    assert rows[0]["outlets"].split("; ")[0] == rows[0]["first_outlet"]
    graph_file = tmp_path / "n.graphml"
    graph_file.write_bytes(get(base, "/api/campaigns/network.graphml").content)
    assert nx.read_graphml(graph_file).edges["Kestrel News", "Ostra Daily"]["weight"] == 2
    outlets = list(csv.DictReader(io.StringIO(get(base, "/api/outlets.csv").text)))
    assert outlets[-1]["outlet"] == "(unknown outlet)"
    contra = get(base, "/api/contradictions.csv")
    assert contra.status_code == 200 and contra.text.startswith("claim,asserted_by")


def test_outlets_and_comparison(base: str) -> None:
    data = get(base, "/api/outlets").json()
    assert data["undated_documents"] == 1
    names = [p["outlet"] for p in data["outlets"]]
    assert "Ostra Daily" in names and names[-1] == "(unknown outlet)"
    pair = httpx.get(base + "/api/outlets/compare?outlet=Ostra Daily&outlet=Selva Post", timeout=60).json()
    assert [p["outlet"] for p in pair] == ["Ostra Daily", "Selva Post"]


def test_contradictions_pair_a_claim_with_its_fact_check(base: str) -> None:
    rows = get(base, "/api/contradictions").json()
    assert any(r["denial_doc"] == "factcheck-early" and r["claim_doc"].startswith("para-") for r in rows)


def test_the_routes_are_in_the_openapi_document(base: str) -> None:
    paths = get(base, "/api/openapi.json").json()["paths"]
    for path in ("/api/campaigns", "/api/campaigns.csv", "/api/campaigns/network.graphml",
                 "/api/campaigns/{campaign_id}", "/api/outlets", "/api/outlets.csv", "/api/outlets/compare",
                 "/api/contradictions", "/api/contradictions.csv"):
        assert path in paths, path


def _no_inline_code(html: str) -> None:
    # The CSP forbids inline script and style; a page that needed them would break in the browser.
    assert not re.search(r"<script(?![^>]*\bsrc=)", html) and ' style="' not in html and "<style" not in html


def test_pages_render_under_the_csp(base: str) -> None:
    listing = get(base, "/campaigns")
    assert "default-src" in listing.headers["content-security-policy"]
    html = listing.text
    _no_inline_code(html)
    assert "<svg" in html and "1</b> undated" in html and 'href="/api/campaigns.csv"' in html
    data = get(base, "/api/campaigns").json()
    para = next(c for c in data["campaigns"] if c["signal"] == "paraphrased claim")
    page = get(base, f"/campaigns/{para['id']}").text
    _no_inline_code(page)
    # Each outlet's wording, with the words the first publisher did not use marked.
    assert '<mark class="diff">covertly deployed</mark>' in page and "Nordhaven Wire" in page
    assert page.count("<svg") == 2
    outlets = get(base, "/outlets").text
    _no_inline_code(outlets)
    assert "(unknown outlet)" in outlets and 'name="outlet" value="Ostra Daily"' in outlets
    compare = httpx.get(base + "/outlets/compare?outlet=Ostra Daily&outlet=Tarn Courier", timeout=60).text
    assert "(undated)" in compare and compare.count("<svg") == 4
    contradictions = get(base, "/contradictions").text
    _no_inline_code(contradictions)
    assert "factcheck-early" in contradictions
    assert 'href="/campaigns"' in get(base, "/").text
