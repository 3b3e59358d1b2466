"""Off loopback the server demands its token (issue 25): a real `spinscope serve` bound to 0.0.0.0,
reached on 127.0.0.1 (no traffic leaves the machine)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from conftest_web import build_corpus, free_port

TOKEN = "correct-horse-battery-staple"


def _serve(db, *extra: str, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-m", "spinscope.cli", "serve", "--db", str(db), "--port", str(port),
           "--analyzers", "parse", *extra]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, **(env or {})})
    return proc, f"http://127.0.0.1:{port}"


def _wait(proc: subprocess.Popen, base: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stdout.read()
        try:
            httpx.get(base + "/api/openapi.json", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError("server did not start")


@pytest.mark.slow
def test_token_required_off_loopback(tmp_path):
    db = tmp_path / "t.db"
    build_corpus(db)
    # No token, bound to every interface: refused at start with the reason.
    proc, _ = _serve(db, "--host", "0.0.0.0", env={"SPINSCOPE_TOKEN": ""})
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode != 0 and "needs a token" in out
    proc, base = _serve(db, "--host", "0.0.0.0", "--token", TOKEN)
    try:
        _wait(proc, base)
        assert httpx.get(base + "/api/documents").status_code == 401
        assert httpx.get(base + "/api/documents", headers={"Authorization": "Bearer wrong-token-of-length"}).status_code == 401
        ok = httpx.get(base + "/api/documents", headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and ok.json()["documents"]
        # A browser opens one page with ?token= and keeps a strict, HttpOnly cookie.
        first = httpx.get(base + "/", params={"token": TOKEN})
        assert first.status_code == 200
        cookie = first.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert httpx.get(base + "/api/stats", cookies={"spinscope_token": TOKEN}).status_code == 200
        # A write still names its reviewer and passes the same-origin rules.
        r = httpx.post(base + "/api/collections", headers={"Authorization": f"Bearer {TOKEN}"},
                       json={"name": "c", "ids": [], "reviewer": "ann"})
        assert r.status_code == 200, r.text
    finally:
        proc.terminate()
        proc.wait(timeout=10)
