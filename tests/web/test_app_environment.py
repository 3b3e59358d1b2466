"""Each app builds its own Jinja environment: create_app changes no module-level state (issue 20 item 8)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from conftest_web import build_corpus
from spinscope.web import create_app, pages


async def _get(app, url: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        return await client.get(url)


def test_two_apps_have_their_own_template_environments(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    build_corpus(db)
    first, second = create_app(db, read_only=True), create_app(db, read_only=True)
    assert first.state.templates.env is not second.state.templates.env
    assert not hasattr(pages, "templates")  # nothing module-level for an app to change
    # A change to one app's environment is not seen by the other.
    first.state.templates.env.globals["technique_label"] = lambda name: "CHANGED"
    page = asyncio.run(_get(second, "/documents/harbour-1"))
    assert page.status_code == 200 and "CHANGED" not in page.text
    assert second.state.templates.env.auto_reload is False
