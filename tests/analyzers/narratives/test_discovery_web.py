"""Narratives over a real HTTP server: the page and its JSON twin, clusters, promotion, --codebook in the API."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from spinscope.analyzers.narratives.codebook import load_codebook
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.service.narratives import discover_narratives
from spinscope.store import Store

pytest.importorskip("sklearn")
pytest_plugins = ["conftest_web"]

REPO = Path(__file__).resolve().parents[3]
EXAMPLE = REPO / "examples/narratives/codebook.toml"
DAMS = [
    ("dam-1", "Orsa Post", "2026-09-07", "Karvia is preparing to blow up the Lorr dam and flood the valley, officials warned."),
    ("dam-2", "Velgrad Herald", "2026-09-15", "Engineers say Karvia has mined the Lorr dam in order to flood the villages downstream."),
    ("dam-3", "Orsa Post", "2026-09-16", "Officials warn that Karvian saboteurs plan to destroy the Lorr dam and drown the valley."),
]
FRIGATES = [
    ("frig-1", "Veloria Today", "2026-09-08", "Dunmark's frigates keep sailing into our waters to provoke a clash. "
     "Veloria only defends its coast."),
    ("frig-2", "VTR News", "2026-09-17", "Dunmark has moved missile batteries to our border in a reckless threat. "
     "Our army will answer this provocation."),
]
BOOK = '''name = "tarn-test"

[[narrative]]
id = "dam-plot"
label = "Karvia plans to blow up the Lorr dam"
examples = ["Saboteurs from Karvia have mined the dam on the Lorr river."]
'''


@pytest.fixture(scope="module")
def narratives_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("narratives") / "narratives.db"
    parse = Pipeline(["parse"])
    with_codebook = Pipeline(["parse", "codebook"], config={"codebook": {"file": str(EXAMPLE)}})
    with Store(path) as store:
        for pipeline, rows in ((parse, DAMS), (with_codebook, FRIGATES)):
            for doc_id, source, published, text in rows:
                store.save(pipeline(Document(id=doc_id, text=text, source=source, published=published)))
        discover_narratives(store, min_size=3)
    return path


@pytest.fixture(scope="module")
def servers(narratives_db, start_server):
    with start_server(narratives_db) as rw, start_server(narratives_db, "--read-only") as ro:
        yield rw, ro


@pytest.mark.slow
def test_the_json_twin_counts_layer_narratives_per_outlet_and_week_and_lists_clusters(servers):
    rw, _ = servers
    data = httpx.get(rw + "/api/narratives").json()
    aggressor = next(n for n in data["narratives"] if n["id"] == "dunmark-aggressor")
    assert aggressor["taxonomy"] == "veloria-state-media" and aggressor["documents"] == 2
    assert aggressor["outlets"] == {"VTR News": 1, "Veloria Today": 1}
    assert aggressor["weekly"] == [{"week": "2026-W37", "documents": 1}, {"week": "2026-W38", "documents": 1}]
    (dam,) = [c for c in data["clusters"] if "lorr" in c["keywords"]]
    assert {m["document"] for m in dam["members"]} == {"dam-1", "dam-2", "dam-3"}
    assert data["promote_to"].endswith("narratives.codebook.toml")
    assert httpx.get(rw + f"/api/narratives/clusters/{dam['id']}").json()["id"] == dam["id"]
    missing = httpx.get(rw + "/api/narratives/clusters/999")
    assert missing.status_code == 404 and "no discovered narrative cluster 999" in missing.json()["error"]


def test_the_page_shows_narratives_and_clusters_and_offers_promote_only_when_writable(servers):
    rw, ro = servers
    page = httpx.get(rw + "/narratives").text
    assert "Dunmark is the real aggressor" in page and "veloria-state-media" in page
    assert "Lorr dam" in page and "Promote to codebook" in page and 'action="/narratives/discover"' in page
    assert 'href="/narratives"' in page  # the nav link
    ro_page = httpx.get(ro + "/narratives").text
    assert "Lorr dam" in ro_page and "Promote to codebook" not in ro_page


def test_promote_from_the_api_writes_the_codebook_beside_the_database_and_read_only_refuses(servers, narratives_db):
    rw, ro = servers
    dam = next(c for c in httpx.get(rw + "/api/narratives/clusters").json() if "lorr" in c["keywords"])
    refused = httpx.post(ro + f"/api/narratives/clusters/{dam['id']}/promote", json={})
    assert refused.status_code == 403
    done = httpx.post(rw + f"/api/narratives/clusters/{dam['id']}/promote", json={"id": "lorr-dam"})
    assert done.status_code == 200, done.text
    book = load_codebook(done.json()["codebook"])
    assert Path(done.json()["codebook"]).parent == narratives_db.parent
    assert "lorr-dam" in [n.id for n in book.narratives]
    # The page's form does the same and lands back on the page.
    form = httpx.post(rw + f"/narratives/clusters/{dam['id']}/promote", data={"narrative_id": "lorr-dam-2"},
                      follow_redirects=True)
    assert form.status_code == 200 and "lorr-dam-2" in form.text


@pytest.mark.slow
def test_the_analyze_route_takes_a_codebook_and_names_the_field_of_a_bad_one(servers):
    rw, _ = servers
    text = "Karvian saboteurs have planted explosives on the Lorr dam to flood the farms below."
    out = httpx.post(rw + "/api/analyze", json={"text": text, "codebook": BOOK}, timeout=60).json()
    assert [n["id"] for n in out["document"]["narratives"]] == ["dam-plot"]
    bad = httpx.post(rw + "/api/analyze", json={"text": text, "codebook": BOOK.replace('id = "dam-plot"\n', "")})
    # A posted codebook that is not a codebook is unprocessable content (issue 21): 422, naming the field.
    assert bad.status_code == 422 and "[[narrative]] #1" in bad.json()["error"] and "'id'" in bad.json()["error"]
    plain = httpx.post(rw + "/api/analyze", json={"text": text}, timeout=60).json()
    assert plain["document"]["narratives"] == []


def test_the_analyse_page_takes_a_codebook_file(servers):
    rw, _ = servers
    text = "Karvian saboteurs have planted explosives on the Lorr dam to flood the farms below."
    page = httpx.post(rw + "/analyse", data={"text": text}, files={"codebook": ("book.toml", BOOK.encode())}, timeout=60)
    assert page.status_code == 200 and "Karvia plans to blow up the Lorr dam" in page.text


def test_the_openapi_document_has_the_narrative_routes(servers):
    rw, _ = servers
    paths = httpx.get(rw + "/api/openapi.json").json()["paths"]
    for p in ("/api/narratives", "/api/narratives/clusters", "/api/narratives/clusters/{cluster_id}",
              "/api/narratives/clusters/{cluster_id}/promote", "/api/narratives/discover"):
        assert p in paths, p


def test_every_narrative_route_documents_400_and_422(servers):
    rw, _ = servers
    paths = httpx.get(rw + "/api/openapi.json").json()["paths"]
    for path, ops in paths.items():
        if path.startswith("/api/narratives"):
            for method, op in ops.items():
                assert "400" in op["responses"] and "422" in op["responses"], f"{method} {path}"
    assert httpx.get(rw + "/api/narratives/clusters/abc").status_code == 422
