"""Hostile query parameters against a live server on 127.0.0.1: a clear 400, never a 5xx.

Each input named in issue 14 once answered 500; the property test below throws generated values at
every page and route and asserts no 5xx at all. A real 500 (a read-only server over a file whose
``quotes`` table is gone) must still carry the security headers and keep the connection open.
"""

from __future__ import annotations

import base64
import http.client
import json
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest_plugins = ["conftest_web"]

SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options")


def cursor(published: object, position: object) -> str:
    return base64.urlsafe_b64encode(json.dumps([published, position]).encode()).decode().rstrip("=")


# (path and query, what the 400 message must mention) for each input that answered 500 before.
KNOWN_500S = [
    (f"/api/documents?after={cursor(None, 10**30)}", "after"),
    (f"/?after={cursor('2024-01-01', 2**63)}", "after"),
    (f"/api/documents?after={cursor('2024-01-01', -1)}", "after"),
]
# What the schema now refuses (issue 21): q holds no NUL, a speaker's `after` is a position 0 .. 2**63-1.
KNOWN_500S_NOW_422 = [
    ("/api/documents?q=%00", "NUL"),  # q's schema pattern has no NUL
    ("/?q=%00", "NUL"),
    ("/api/documents?q=harbour%00plan", "NUL"),
    ("/api/speakers/Tom%20Becker?after=99999999999999999999", "after"),
    ("/speakers/Tom%20Becker?after=99999999999999999999", "after"),
    ("/api/speakers/Tom%20Becker?after=-5", "after"),
]


@pytest.mark.parametrize(("url", "mentions", "status"), [*((u, m, 400) for u, m in KNOWN_500S),
                                                        *((u, m, 422) for u, m in KNOWN_500S_NOW_422)])
def test_inputs_that_answered_500_are_clear_400s(server: str, url: str, mentions: str, status: int) -> None:
    r = httpx.get(server + url, timeout=10)
    assert r.status_code == status, r.text[:300]
    if url.startswith("/api/"):
        body = r.json()
        assert body["ok"] is False and body["status"] == status and mentions in body["error"]
    else:
        assert r.headers["content-type"].startswith("text/html") and mentions in r.text
    assert all(h in r.headers for h in SECURITY_HEADERS)


def test_the_last_day_of_the_calendar_is_a_usable_upper_bound(server: str) -> None:
    # 9999-12-31 has no next day (the inclusive bound overflowed); it is a real date, so it filters.
    everything = httpx.get(server + "/api/documents", params={"limit": 200}, timeout=10).json()
    dated = {d["id"] for d in everything["documents"] if d["published"]}
    r = httpx.get(server + "/api/documents", params={"date_to": "9999-12-31", "limit": 200}, timeout=10)
    assert r.status_code == 200, r.text[:300]
    assert {d["id"] for d in r.json()["documents"]} == dated
    assert httpx.get(server + "/", params={"date_to": "9999-12-31"}, timeout=10).status_code == 200


PATHS = [
    "/", "/api/documents", "/speakers", "/api/speakers", "/speakers/Tom Becker", "/api/speakers/Tom Becker",
    "/actors", "/api/actors", "/actors/Lina Ortiz", "/api/actors/Lina Ortiz", "/stats", "/api/stats",
    "/api/facets", "/documents/harbour-1", "/api/documents/harbour-1", "/analyse",
]
NAMES = ["q", "outlet", "technique", "speaker", "date_from", "date_to", "after", "limit", "name", "x"]
# Text as a URL can carry it: any code point but lone surrogates (not encodable as UTF-8).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
values = st.one_of(
    any_text,
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["9999-12-31", "0001-01-01", "2024-02-30", "%00", "\x00", "*", '"', "NEAR(", "a OR b"]),
    st.tuples(st.one_of(st.none(), any_text, st.integers()), st.one_of(st.integers(), st.floats(), any_text))
    .map(lambda t: cursor(*t)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.one_of(st.sampled_from(PATHS), any_text.map(lambda t: "/documents/" + quote(t, safe=""))),
       params=st.dictionaries(st.sampled_from(NAMES), values, max_size=4))
@pytest.mark.slow
def test_no_query_parameter_ever_gets_a_5xx(server: str, path: str, params: dict[str, str]) -> None:
    r = httpx.get(server + path, params=params, timeout=30)
    assert r.status_code < 500, f"{r.status_code} for {r.url}: {r.text[:300]}"


@pytest.fixture()
def broken_server(tmp_path: Path, corpus_db, start_server):  # noqa: ANN001, ANN201
    """A read-only server over a copy of the corpus whose quotes table was dropped: speakers fail."""
    db = tmp_path / "broken.db"
    shutil.copy(corpus_db[0], db)
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE quotes")
    with start_server(db, "--read-only") as base:
        yield base


@pytest.mark.parametrize("path", ["/api/speakers", "/speakers"])
@pytest.mark.slow
def test_a_real_500_has_security_headers_and_keeps_the_connection(broken_server: str, path: str) -> None:
    host = urlsplit(broken_server)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    try:
        conn.request("GET", path)
        r = conn.getresponse()
        body = r.read().decode()
        assert r.status == 500, body[:300]
        assert "OperationalError" in body
        assert all(r.getheader(h) for h in SECURITY_HEADERS), r.getheaders()
        sock = conn.sock
        assert sock is not None and not r.will_close, "the server closed the keep-alive connection"
        conn.request("GET", "/api/documents")  # same socket: http.client reconnects only if it was closed
        again = conn.getresponse()
        again.read()
        assert conn.sock is sock and again.status == 200
    finally:
        conn.close()
