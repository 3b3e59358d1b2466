"""Issue 21 against a real server on 127.0.0.1: DNS rebinding (Host), Origin, duplicate headers, lone
surrogates in every JSON string field, promotions that fail, posted codebooks that touch no file and
stay inside their limits, and 405 answers that say what is allowed."""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
import pytest

from conftest_web import add_cluster, build_corpus, run_server
from spinscope.settings import default

pytest_plugins = ["conftest_web"]

BOOK = '''name = "harbour-watch"

[[narrative]]
id = "coast-sold"
label = "The coast is being sold off to investors"
examples = ["They are selling our coast to foreign investors."]
'''


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A writable server over its own corpus with one discovered cluster: (base URL, database)."""
    db = tmp_path_factory.mktemp("security") / "corpus.db"
    build_corpus(db)
    add_cluster(db)
    with run_server(db) as base:
        yield base, db


def port_of(base: str) -> int:
    return int(urlsplit(base).port or 0)


def count(base: str) -> int:
    return len(httpx.get(base + "/api/documents", params={"limit": 200}, timeout=10).json()["documents"])


def raw_request(base: str, lines: list[str], body: bytes = b"") -> tuple[int, str]:
    """Send a request exactly as written (repeated headers included); (status, whole answer)."""
    head = "\r\n".join([*lines, f"Content-Length: {len(body)}", "Connection: close", "", ""]).encode("latin-1")
    with socket.create_connection(("127.0.0.1", port_of(base)), timeout=10) as s:
        s.sendall(head + body)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    text = answer.decode("utf-8", "replace")
    return int(text.split(" ", 2)[1]), text


# -- 3. Host and Origin ----------------------------------------------------------------------------
@pytest.mark.slow
def test_dns_rebinding_a_foreign_host_reads_and_writes_nothing(writable: tuple[str, Path]) -> None:
    base, _db = writable
    before = count(base)
    evil = f"evil.example:{port_of(base)}"
    r = httpx.post(base + "/api/analyze", json={"text": "Rebinding wrote this.", "save": True},
                   headers={"Host": evil, "Origin": f"http://{evil}"}, timeout=30)
    assert r.status_code == 400 and "--allow-host evil.example" in r.json()["error"]
    r = httpx.get(base + "/api/documents", headers={"Host": evil}, timeout=10)
    assert r.status_code == 400 and "documents" not in r.json()
    assert r.headers["x-frame-options"] == "DENY"  # refusals carry the security headers too
    page = httpx.get(base + "/", headers={"Host": evil}, timeout=10)
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert count(base) == before


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}", "127.0.0.1"])
def test_the_servers_own_address_and_localhost_are_answered(writable: tuple[str, Path], host: str) -> None:
    base, _db = writable
    r = httpx.get(base + "/api/stats", headers={"Host": host.format(port=port_of(base))}, timeout=10)
    assert r.status_code == 200


@pytest.mark.parametrize("host", ["127.0.0.1.evil.example", "[::1", "127.0.0.1:99999", "a@127.0.0.1", ""])
def test_a_malformed_or_lookalike_host_is_refused(writable: tuple[str, Path], host: str) -> None:
    base, _db = writable
    status, answer = raw_request(base, ["GET /api/stats HTTP/1.1", f"Host: {host}"])
    assert status == 400, answer[:300]


@pytest.mark.slow
@pytest.mark.slow  # analyses a text or starts a server of its own
def test_allow_host_names_another_host_to_answer(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    build_corpus(db)
    with run_server(db, "--allow-host", "spinscope.lan", "--read-only") as base:
        ok = httpx.get(base + "/api/stats", headers={"Host": f"spinscope.lan:{port_of(base)}"}, timeout=10)
        refused = httpx.get(base + "/api/stats", headers={"Host": f"other.lan:{port_of(base)}"}, timeout=10)
    assert ok.status_code == 200 and refused.status_code == 400


@pytest.mark.slow  # analyses a text or starts a server of its own
def test_serve_takes_allow_host() -> None:
    from typer.testing import CliRunner

    from spinscope.cli.main import app

    result = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "--allow-host" in result.output


@pytest.mark.parametrize("origin", ["https://127.0.0.1:{port}", "http://127.0.0.1:{other}", "http://evil.example:{port}",
                                    "null", "http://127.0.0.1:{port}/path", "http://127.0.0.1:notaport"])
def test_a_write_from_another_origin_is_refused(writable: tuple[str, Path], origin: str) -> None:
    base, _db = writable
    port = port_of(base)
    before = count(base)
    r = httpx.post(base + "/api/analyze", json={"text": "Cross-site wrote this.", "save": True},
                   headers={"Origin": origin.format(port=port, other=port + 1)}, timeout=30)
    assert r.status_code == 403 and "Origin" in r.json()["error"]
    assert count(base) == before


def test_every_unsafe_method_checks_the_origin(writable: tuple[str, Path]) -> None:
    base, _db = writable
    r = httpx.delete(base + "/api/documents/harbour-1", headers={"Origin": "http://evil.example"}, timeout=10)
    assert r.status_code == 403


@pytest.mark.slow
@pytest.mark.slow  # analyses a text or starts a server of its own
def test_a_write_from_this_origin_or_from_no_browser_is_accepted(writable: tuple[str, Path]) -> None:
    base, _db = writable
    for headers in ({"Origin": base}, {"Origin": base.replace("127.0.0.1", "localhost"),
                                       "Host": f"localhost:{port_of(base)}"}, {}):
        r = httpx.post(base + "/api/analyze", json={"text": "A plain text to analyse."}, headers=headers, timeout=60)
        assert r.status_code == 200, r.text[:300]


@pytest.mark.parametrize("lines", [
    ["POST /api/analyze HTTP/1.1", "Host: 127.0.0.1:{port}", "Origin: http://evil.example", "Origin: http://127.0.0.1:{port}"],
    ["POST /api/analyze HTTP/1.1", "Host: 127.0.0.1:{port}", "Origin: http://127.0.0.1:{port}", "Origin: http://evil.example"],
    ["POST /api/analyze HTTP/1.1", "Host: evil.example:{port}", "Host: 127.0.0.1:{port}"],
    ["GET /api/documents HTTP/1.1", "Host: 127.0.0.1:{port}", "Host: evil.example:{port}"],
])
def test_duplicate_host_or_origin_headers_are_refused(writable: tuple[str, Path], lines: list[str]) -> None:
    base, _db = writable
    before = count(base)
    body = json.dumps({"text": "Duplicate headers wrote this.", "save": True}).encode()
    status, answer = raw_request(base, [*(ln.format(port=port_of(base)) for ln in lines),
                                        "Content-Type: application/json"], body)
    assert status == 400, answer[:400]
    assert count(base) == before


# -- 4. lone surrogates ----------------------------------------------------------------------------
@pytest.mark.parametrize("field", ["title", "id", "source", "url", "published", "codebook", "text"])
def test_a_lone_surrogate_in_any_string_field_is_a_422(writable: tuple[str, Path], field: str) -> None:
    base, _db = writable
    fields = {"text": "A short text.", field: "sur\\ud800rogate"}
    body = "{" + ", ".join(f'"{k}": "{v}"' for k, v in fields.items()) + "}"
    r = httpx.post(base + "/api/analyze", content=body.encode(), headers={"Content-Type": "application/json"},
                   timeout=30)
    assert r.status_code == 422, r.text[:300]
    assert f"body.{field}" in r.json()["error"] and r.json()["status"] == 422


@pytest.mark.slow  # analyses a text or starts a server of its own
def test_a_surrogate_pair_is_text_and_accepted(writable: tuple[str, Path]) -> None:
    base, _db = writable
    body = b'{"text": "Waves \\ud83c\\udf0a on the coast.", "title": "T \\ud83c\\udf0a"}'
    r = httpx.post(base + "/api/analyze", content=body, headers={"Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 200 and r.json()["document"]["title"] == "T \U0001f30a"


@pytest.mark.slow  # analyses a text or starts a server of its own
def test_a_form_field_that_is_not_utf8_is_no_server_error(writable: tuple[str, Path]) -> None:
    base, _db = writable
    r = httpx.post(base + "/analyse", content=b"text=Plain+words+here.&title=%ED%A0%80%FF",
                   headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=60)
    assert r.status_code < 500, r.text[:300]


# -- 1. promotion over the API ---------------------------------------------------------------------
def test_a_failed_promotion_over_the_api_leaves_the_codebook(writable: tuple[str, Path]) -> None:
    base, db = writable
    book = db.with_name(db.stem + ".codebook.toml")
    first = httpx.post(base + "/api/narratives/clusters/1/promote", json={"id": "first"}, timeout=30)
    assert first.status_code == 200, first.text[:300]
    before = book.read_bytes()
    for field in ("label", "id"):
        r = httpx.post(base + "/api/narratives/clusters/1/promote", content=f'{{"{field}": "bad \\ud800 x"}}'.encode(),
                       headers={"Content-Type": "application/json"}, timeout=30)
        assert r.status_code == 422 and f"body.{field}" in r.json()["error"]
        assert book.read_bytes() == before
    again = httpx.post(base + "/api/narratives/clusters/1/promote", json={"id": "second", "label": "Café \U0001f30a"},
                       timeout=30)
    assert again.status_code == 200, again.text[:300]
    assert book.read_bytes().startswith(before.rstrip(b"\n")) and "Café \U0001f30a" in book.read_text("utf-8")
    dup = httpx.post(base + "/api/narratives/clusters/1/promote", json={"id": "second"}, timeout=30)
    assert dup.status_code == 409 and "second" in dup.json()["error"]


# -- 2 and 5. posted codebooks ---------------------------------------------------------------------
@pytest.mark.slow
def test_a_posted_codebook_writes_no_file_and_ignores_planted_ones(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    # What the old code read and wrote: a planted codebook at the digest of the posted one, and a
    # symlink at the digest of another, pointing at a file the attacker wants written.
    planted = tmp / "spinscope-codebooks" / hashlib.sha256(BOOK.encode()).hexdigest()[:16]
    planted.mkdir(parents=True)
    (planted / "codebook.toml").write_text(BOOK.replace("coast-sold", "planted").replace(
        "The coast is being sold off to investors", "Ferries run on time"), encoding="utf-8")
    other = BOOK.replace("harbour-watch", "other")
    linked = tmp / "spinscope-codebooks" / hashlib.sha256(other.encode()).hexdigest()[:16]
    linked.mkdir()
    victim = tmp_path / "victim.txt"
    (linked / "codebook.toml").symlink_to(victim)
    listing = sorted(str(p) for p in tmp.rglob("*"))
    db = tmp_path / "c.db"
    build_corpus(db)
    with run_server(db, "--read-only") as base:
        text = "They are selling our coast to foreign investors, the fishermen said. The ferry ran on time."
        r = httpx.post(base + "/api/analyze", json={"text": text, "codebook": BOOK}, timeout=120)
        assert r.status_code == 200, r.text[:300]
        ids = {n["id"] for n in r.json()["document"]["narratives"] if n["taxonomy"] == "harbour-watch"}
        assert ids == {"coast-sold"}
        assert httpx.post(base + "/api/analyze", json={"text": text, "codebook": other}, timeout=120).status_code == 200
        bad = httpx.post(base + "/api/analyze", json={"text": text, "codebook": "not = [toml"}, timeout=30)
        assert bad.status_code == 422 and "not valid TOML" in bad.json()["error"]
        upload = httpx.post(base + "/analyse", data={"text": text},
                            files={"codebook": ("book.toml", b"\xff\xfe not utf-8", "application/toml")}, timeout=30)
        assert upload.status_code == 422 and "not UTF-8" in upload.text
    assert not victim.exists()
    # Nothing written under $TMPDIR but ONNX Runtime's own ".ses" file, which importing onnxruntime
    # (1.32) writes in any process, at its first model load here.
    assert sorted(str(p) for p in tmp.rglob("*") if p.name != ".ses") == listing


def test_posted_codebooks_over_the_limits_are_refused_before_any_work(writable: tuple[str, Path]) -> None:
    base, _db = writable
    big = "# " + "x" * default("codebook_max_bytes")
    r = httpx.post(base + "/api/analyze", json={"text": "A text.", "codebook": big}, timeout=30)
    assert r.status_code == 413 and "codebook_max_bytes" in r.json()["error"]
    many = "".join(f'[[narrative]]\nid = "n{i}"\nlabel = "Narrative {i}"\n'
                   for i in range(default("codebook_max_narratives") + 1))
    r = httpx.post(base + "/api/analyze", json={"text": "A text.", "codebook": many}, timeout=30)
    assert r.status_code == 422 and "codebook_max_narratives" in r.json()["error"]
    upload = httpx.post(base + "/analyse", data={"text": "A text."},
                        files={"codebook": ("big.toml", big.encode(), "application/toml")}, timeout=30)
    assert upload.status_code == 413


# -- 6. 405 says what is allowed -------------------------------------------------------------------
@pytest.mark.parametrize(("method", "path", "allowed"), [
    ("DELETE", "/api/stats", "GET"), ("PUT", "/api/analyze", "POST"), ("POST", "/", "GET"),
])
def test_a_405_carries_allow(writable: tuple[str, Path], method: str, path: str, allowed: str) -> None:
    base, _db = writable
    r = httpx.request(method, base + path, timeout=10)
    assert r.status_code == 405 and allowed in r.headers["allow"]


# -- the reviewer cookie and the page to go back to (issue 25's forms, found by schemathesis) ---------
def test_a_reviewer_named_in_any_script_is_remembered_not_a_500(writable: tuple[str, Path]) -> None:
    base, _db = writable
    name = "Łukasz Иван \U0002402c"
    with httpx.Client(base_url=base, timeout=30) as client:
        r = client.post("/review/reviewer", data={"reviewer": name, "back": "/review"})
        assert r.status_code == 303, r.text[:300]
        assert unquote(client.cookies["spinscope_reviewer"]) == name
        assert client.get("/review").status_code == 200


@pytest.mark.parametrize("back", ["//evil.example/", "/\\evil.example", "/\t/evil.example", "https://evil.example/",
                                  "/\r\n/evil.example"])
def test_going_back_never_leaves_the_server(writable: tuple[str, Path], back: str) -> None:
    base, _db = writable
    r = httpx.post(base + "/review/reviewer", data={"reviewer": "ana", "back": back}, timeout=30)
    assert r.status_code == 303 and r.headers["location"] == "/review"
