"""Several server processes on one port (``--workers N``), which only a read-only server may run."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

# Rewritten like a conftest (other test modules load it as a plugin), then imported for its helpers.
pytest.register_assert_rewrite("conftest_web")
from conftest_web import build_corpus, free_port, run_server  # noqa: E402


@pytest.fixture()
def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "workers.db"
    build_corpus(path)
    return path


@pytest.mark.slow
def test_writable_server_refuses_more_than_one_worker(corpus_file: Path) -> None:
    cmd = [sys.executable, "-m", "spinscope.web", "--db", str(corpus_file), "--port", str(free_port()),
           "--workers", "2"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert done.returncode != 0
    assert "--workers 2 needs --read-only" in done.stderr


@pytest.mark.slow
def test_read_only_server_with_two_workers_answers_every_request(corpus_file: Path) -> None:
    with run_server(corpus_file, "--read-only", "--workers", "2") as base:

        async def many() -> list[httpx.Response]:
            async with httpx.AsyncClient(base_url=base, timeout=30) as client:
                urls = ["/", "/api/documents?q=harbour", "/documents/harbour-1", "/api/facets", "/stats"] * 8
                return await asyncio.gather(*(client.get(u) for u in urls))

        answers = asyncio.run(many())
        assert [r.status_code for r in answers] == [200] * len(answers)
        # Every process serves the same store with the same options (read-only badge, cache on).
        assert all("x-spinscope-cache" in r.headers for r in answers)
        pages = [r.text for r in answers if r.request.url.path == "/"]
        assert all("read-only" in p for p in pages)
        assert httpx.post(base + "/api/analyze", json={"text": "A short text.", "save": True}).status_code == 403
