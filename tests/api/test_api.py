"""REST API tests against a real server process on 127.0.0.1 over a real SQLite file."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from spinscope.core.document import Document
from spinscope.store import Store

# The shared fixtures (corpus_db, server, ro_server) live in tests/conftest_web.py.
pytest_plugins = ["conftest_web"]


def get(base: str, path: str, **params: object) -> httpx.Response:
    return httpx.get(base + path, params=params, timeout=30)


def ids(resp: httpx.Response) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [d["id"] for d in resp.json()["documents"]]


def assert_error(resp: httpx.Response, status: int) -> str:
    """Every /api/ error has the one JSON shape, with the status repeated in the body."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and len(body["error"]) > 10
    return body["error"]


@pytest.mark.slow
def test_api_lists_documents_newest_first_with_counts(server: str) -> None:
    body = get(server, "/api/documents").json()
    assert body["ok"] is True
    assert body["count"] == 9
    docs = body["documents"]
    dated = [d["published"] for d in docs if d["published"]]
    assert dated == sorted(dated, reverse=True)
    assert [d["published"] for d in docs[-2:]] == [None, None]  # undated come last
    h1 = next(d for d in docs if d["id"] == "harbour-1")
    assert (h1["n_techniques"], h1["n_quotes"], h1["n_claims"], h1["source"]) == (3, 2, 1, "Coast Daily")
    assert h1["techniques"] == {"Exaggeration,Minimisation": 1, "Flag-Waving": 1, "Name_Calling,Labeling": 1}


def test_api_keyset_pagination_visits_every_document_once(server: str, corpus_db) -> None:
    seen, after, pages = [], None, 0
    while True:
        params = {"limit": 2} | ({"after": after} if after else {})
        body = get(server, "/api/documents", **params).json()
        seen += [d["id"] for d in body["documents"]]
        pages += 1
        after = body["next"]
        if after is None:
            break
    assert pages == 5
    assert seen == ids(get(server, "/api/documents", limit=50))
    assert sorted(seen) == sorted(d.id for d in corpus_db[1])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"outlet": "Metro Wire"}, {"harbour-3", "harbour-4", "plain-1"}),
        ({"technique": "Flag-Waving", "outlet": "Metro Wire"}, {"harbour-3", "harbour-4"}),
        ({"technique": "Loaded_Language"}, {"hostile-1"}),
        ({"speaker": "Tom Becker", "date_from": "2024-02-01", "date_to": "2024-03-05"}, {"harbour-2", "harbour-3", "harbour-4"}),
        ({"q": "ferry"}, {"plain-1"}),
        ({"q": "harb*", "outlet": "Island Post"}, {"harbour-5", "harbour-6"}),
        ({"q": "gambler fisherman", "date_to": "2024-01-31"}, {"harbour-1"}),
        ({"q": "'; DROP TABLE documents; --"}, set()),
        ({"outlet": "", "technique": ""}, None),  # empty form fields mean "no filter"
    ],
)
def test_api_filters_combine(server: str, params: dict[str, str], expected: set[str] | None) -> None:
    found = set(ids(get(server, "/api/documents", **params)))
    assert found == (expected if expected is not None else set(ids(get(server, "/api/documents"))))


def test_api_search_treats_fts_syntax_as_words(server: str) -> None:
    # NEAR, AND and column filters are FTS5 syntax; typed by an analyst they are plain words.
    assert ids(get(server, "/api/documents", q="harbour AND NEAR")) == []
    assert ids(get(server, "/api/documents", q="text:ferry")) == []
    # Only quotes and stars: nothing to look for, which the schema says (422 naming the rule); a
    # blank search is no search, as an empty form field.
    assert "words to look for" in assert_error(get(server, "/api/documents", q='" *'), 422)
    assert get(server, "/api/documents", q="\n ").json()["count"] == 9
    assert get(server, "/api/documents").json()["count"] == 9  # the table is still there


def test_api_document_is_the_contract_json(server: str, corpus_db) -> None:
    original = next(d for d in corpus_db[1] if d.id == "harbour-2")
    resp = get(server, "/api/documents/harbour-2")
    assert resp.status_code == 200
    assert Document.from_dict(resp.json()) == original


def test_api_errors_share_one_shape(server: str) -> None:
    assert "nope" in assert_error(get(server, "/api/documents/nope"), 404)
    assert "after" in assert_error(get(server, "/api/documents", after="garbage!"), 400)
    # The schema gives dates a pattern (issue 21): a value it refuses is a validation error.
    assert "date_from" in assert_error(get(server, "/api/documents", date_from="yesterday"), 422)
    assert "limit" in assert_error(get(server, "/api/documents", limit=0), 422)
    assert "openapi" in assert_error(get(server, "/api/no-such-route"), 404)
    assert "Nobody" in assert_error(get(server, "/api/speakers/Nobody"), 404)
    assert_error(get(server, "/api/actors/Nobody"), 404)
    assert "top_techniques" in assert_error(get(server, "/api/stats/nope.csv"), 404)
    assert_error(httpx.post(server + "/api/analyze", json={"title": "no text"}), 422)
    assert_error(httpx.delete(server + "/api/documents"), 405)


def test_api_speakers_and_actors(server: str) -> None:
    speakers = get(server, "/api/speakers").json()["speakers"]
    assert speakers[0] == {"speaker": "Mayor Lina Ortiz", "quotes": 7, "documents": 7}
    assert [s["speaker"] for s in get(server, "/api/speakers", q="beck").json()["speakers"]] == ["Tom Becker"]
    tom = get(server, "/api/speakers/Tom Becker", limit=5).json()
    assert tom["count"] == 7 and len(tom["quotes"]) == 5 and tom["next"] is not None and tom["is_actor"] is True
    assert get(server, "/api/speakers/Mayor Lina Ortiz").json()["is_actor"] is False
    assert {q["text"] for q in tom["quotes"]} == {"We will never surrender our coast,"}
    rest = get(server, "/api/speakers/Tom Becker", limit=5, after=tom["next"]).json()
    assert len(rest["quotes"]) == 2 and rest["next"] is None
    ortiz = get(server, "/api/actors/Lina Ortiz").json()
    assert ortiz["mentioned_in"] == 7
    assert {"form": "her", "n": 7} in ortiz["forms"]
    assert [(f["label"], f["n"]) for f in ortiz["framing"]] == [("reckless gambler", 7)]
    assert [(lab["label"], lab["technique"]) for lab in ortiz["labels"]] == [("reckless gambler", "Name_Calling,Labeling")]


def test_api_stats_and_csv_agree(server: str) -> None:
    stats = get(server, "/api/stats").json()
    assert stats["totals"]["documents"] == 9
    top = stats["tables"]["top_techniques"]
    assert top[0]["spans"] >= top[-1]["spans"]
    resp = get(server, "/api/stats/top_techniques.csv")
    assert resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in resp.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert [(r["technique"], int(r["spans"])) for r in rows] == [(t["technique"], t["spans"]) for t in top]
    share = {r["outlet"]: r["share"] for r in stats["tables"]["technique_share_per_outlet"]}
    assert 0 < share["Coast Daily"] < 1 and share["Metro Wire"] < share["Coast Daily"]


def test_api_security_headers_everywhere(server: str) -> None:
    for path in ("/", "/api/documents", "/api/documents/nope", "/static/app.js", "/documents/harbour-1"):
        headers = get(server, path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_openapi_describes_every_api_route(server: str) -> None:
    spec = get(server, "/api/openapi.json").json()
    expected = {
        ("get", "/api/documents"), ("get", "/api/documents/{doc_id}"), ("get", "/api/facets"),
        ("get", "/api/speakers"), ("get", "/api/speakers/{name}"), ("get", "/api/actors"),
        ("get", "/api/actors/{name}"), ("get", "/api/stats"), ("get", "/api/stats/{table}.csv"),
        ("post", "/api/analyze"),
    }
    described = {(m, p) for p, ops in spec["paths"].items() for m in ops}
    assert expected <= described
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert op.get("summary"), f"{method} {path} has no summary"
            if path.startswith("/api/"):
                assert "400" in op["responses"] and "422" in op["responses"], f"{method} {path}"
    assert {"DocumentOut", "ErrorOut", "DocumentPage", "AnalyzeIn"} <= set(spec["components"]["schemas"])


@pytest.fixture()
def writable(tmp_path: Path, corpus_builder, start_server) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "rw.db"
    corpus_builder(db)
    with start_server(db, "--max-upload", "4000") as base:
        yield base, db


@pytest.mark.slow
def test_api_analyze_and_save(writable: tuple[str, Path]) -> None:
    base, db = writable
    text = "The port authority said the dredging starts in May. Residents were not consulted."
    resp = httpx.post(base + "/api/analyze", json={"text": text, "source": "Test Desk"}, timeout=120)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    doc = Document.from_dict(body["document"])
    assert body["saved"] is False and doc.text == text
    assert [doc.snippet(s) for s in doc.sentences] == [
        "The port authority said the dredging starts in May.", "Residents were not consulted."
    ]
    assert get(base, "/api/documents").json()["count"] == 9
    assert get(base, "/api/stats").json()["totals"]["documents"] == 9  # now cached
    saved = httpx.post(base + "/api/analyze", json={"text": text, "id": "new-1", "save": True}, timeout=120)
    assert saved.json()["saved"] is True
    assert get(base, "/api/documents/new-1").json()["text"] == text
    # The cached aggregates notice the write.
    assert get(base, "/api/stats").json()["totals"]["documents"] == 10
    assert get(base, "/api/facets").json()["documents"] == 10
    with Store(db, read_only=True) as store:
        assert store.count() == 10


@pytest.mark.slow
def test_api_upload_limit_is_413(writable: tuple[str, Path]) -> None:
    base, _ = writable
    big = {"text": "word " * 2000}
    assert "4,000 bytes" in assert_error(httpx.post(base + "/api/analyze", json=big), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count as it reads
        yield b'{"text": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'"}'

    resp = httpx.post(base + "/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert_error(resp, 413)


@pytest.mark.slow
def test_api_refuses_cross_site_posts(writable: tuple[str, Path]) -> None:
    base, _ = writable
    resp = httpx.post(base + "/api/analyze", json={"text": "Hi.", "save": True}, headers={"origin": "http://evil.example"})
    assert "Cross-site" in assert_error(resp, 403)


@pytest.mark.slow
def test_api_read_only_refuses_every_write(ro_server: str, corpus_db) -> None:
    resp = httpx.post(ro_server + "/api/analyze", json={"text": "A new text.", "save": True}, timeout=120)
    assert "read-only" in assert_error(resp, 403)
    form = httpx.post(ro_server + "/analyse", data={"text": "A new text.", "save": "1"}, timeout=120)
    assert form.status_code == 403 and "read-only" in form.text
    with Store(corpus_db[0], read_only=True) as store:
        assert store.count() == 9
    # Reading and analysing without saving still work.
    assert get(ro_server, "/api/documents").json()["count"] == 9
    assert httpx.post(ro_server + "/api/analyze", json={"text": "Fine."}, timeout=120).status_code == 200


@pytest.mark.slow
def test_analyse_page_upload_save_and_bad_files(writable: tuple[str, Path]) -> None:
    base, _ = writable
    text = "Ferry fares rose again. The operator said costs had doubled."
    files = {"upload": ("fares.txt", text.encode("utf-8"), "text/plain")}
    resp = httpx.post(base + "/analyse", files=files, data={"save": "1", "source": "Desk"}, timeout=120)
    assert resp.status_code == 303
    doc = httpx.get(base + "/api" + resp.headers["location"]).json()
    assert (doc["text"], doc["title"], doc["source"]) == (text, "fares", "Desk")
    bad = httpx.post(base + "/analyse", files={"upload": ("x.txt", b"\xff\xfe\x00bad", "text/plain")})
    assert bad.status_code == 400 and "not UTF-8" in bad.text and bad.headers["content-type"].startswith("text/html")
    huge = httpx.post(base + "/analyse", data={"text": "y" * 5000})
    assert huge.status_code == 413 and "at most 4,000 bytes" in huge.text
