"""The response cache (web/response_cache.py) on real servers and real SQLite files.

A replayed answer must be the answer the app would give now: the same bytes while the store is
unchanged, a fresh one as soon as any process writes to it, never an error page, and always with
the security headers.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from conftest_web import article, build_corpus, run_server
from spinscope.store import Store
from spinscope.web import create_app
from spinscope.web.response_cache import ResponseCache

SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options")


@pytest.fixture()
def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "cache.db"
    build_corpus(path)
    return path


@pytest.mark.slow
def test_second_get_is_replayed_with_fresh_security_headers(corpus_file: Path) -> None:
    with run_server(corpus_file, "--read-only") as base, httpx.Client(base_url=base) as client:
        for url in ("/", "/?q=harbour", "/api/documents?outlet=Metro+Wire", "/documents/harbour-1", "/stats"):
            first, second = client.get(url), client.get(url)
            assert (first.status_code, second.status_code) == (200, 200), url
            assert first.headers["x-spinscope-cache"] == "miss", url
            assert second.headers["x-spinscope-cache"] == "hit", url
            assert second.content == first.content, url
            assert second.headers["content-type"] == first.headers["content-type"], url
            for name in SECURITY_HEADERS:
                assert second.headers[name] == first.headers[name], (url, name)
            assert "dur=" in second.headers["server-timing"]
        # The query string is part of the key: a search is not answered with the unfiltered page.
        assert client.get("/?q=ferry").headers["x-spinscope-cache"] == "miss"
        assert "Ferry on time" in client.get("/?q=ferry").text


@pytest.mark.slow
def test_errors_are_never_replayed(corpus_file: Path) -> None:
    with run_server(corpus_file, "--read-only") as base, httpx.Client(base_url=base) as client:
        for url in ("/documents/no-such-doc", "/api/documents?after=garbage", "/api/speakers/Nobody"):
            for _ in range(2):
                resp = client.get(url)
                assert resp.status_code in (400, 404), url
                assert resp.headers.get("x-spinscope-cache") != "hit", url


@pytest.mark.slow
def test_a_write_by_another_process_is_seen_at_once(corpus_file: Path) -> None:
    with run_server(corpus_file) as base, httpx.Client(base_url=base) as client:
        before = client.get("/api/documents").json()
        assert client.get("/api/documents").headers["x-spinscope-cache"] == "hit"
        assert "late-1" not in {d["id"] for d in before["documents"]}
        # As `spinscope analyze` would, into the file the server is serving.
        with Store(corpus_file) as store:
            store.save(article("late-1", "Coast Daily", "2024-06-30"))
        after = client.get("/api/documents")
        assert after.headers["x-spinscope-cache"] == "miss"
        assert after.json()["count"] == before["count"] + 1
        assert after.json()["documents"][0]["id"] == "late-1"
        page = client.get("/")
        assert "late-1" in page.text


@pytest.mark.slow
def test_turned_off_with_zero_megabytes(corpus_file: Path) -> None:
    with run_server(corpus_file, "--read-only", "--response-cache-mb", "0") as base, httpx.Client(base_url=base) as c:
        for _ in range(2):
            resp = c.get("/")
            assert resp.status_code == 200
            assert "x-spinscope-cache" not in resp.headers


def _cache_of(app: object) -> ResponseCache:
    layer = getattr(app, "middleware_stack", None)
    while layer is not None and not isinstance(layer, ResponseCache):
        layer = getattr(layer, "app", None)
    assert isinstance(layer, ResponseCache), "the app has no ResponseCache in its middleware"
    return layer


def test_memory_stays_within_its_budget(corpus_file: Path) -> None:
    budget_mb = 0.02  # about 25 facet answers of this corpus (under 1 kB each)
    app = create_app(corpus_file, read_only=True, response_cache_mb=budget_mb)
    # Unknown query parameters are ignored by the route but make distinct keys: 60 answers to keep.
    urls = [f"/api/facets?n={i}" for i in range(60)]

    async def fetch(batch: list[str]) -> list[str]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            seen = []
            for url in batch:
                resp = await client.get(url)
                assert resp.status_code == 200
                seen.append(resp.headers["x-spinscope-cache"])
            return seen

    assert set(asyncio.run(fetch(urls))) == {"miss"}
    stats = _cache_of(app).stats()
    assert 0 < stats["bytes"] <= budget_mb * 1_000_000
    assert 10 < stats["entries"] < len(urls)
    # Least recently used out first: the newest answers are replayed, the oldest were dropped.
    assert set(asyncio.run(fetch(urls[-5:]))) == {"hit"}
    assert set(asyncio.run(fetch(urls[:5]))) == {"miss"}


def test_an_answer_too_large_for_its_share_is_served_but_not_kept(corpus_file: Path) -> None:
    app = create_app(corpus_file, read_only=True, response_cache_mb=0.004)  # keeps answers up to 250 bytes

    async def twice() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            return [await client.get("/api/documents"), await client.get("/api/documents")]

    first, second = asyncio.run(twice())
    assert len(first.content) > 250 and second.content == first.content
    assert [first.headers["x-spinscope-cache"], second.headers["x-spinscope-cache"]] == ["miss", "miss"]
    assert _cache_of(app).stats()["entries"] == 0
