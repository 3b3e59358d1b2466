"""The campaign pages in real headless Chromium: no CSP violation, the SVG drawn, the forms work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["conftest_web"]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def base(planted_db: Path, start_server) -> Iterator[str]:
    with start_server(planted_db, "--read-only") as url:
        yield url


@pytest.mark.slow
def test_campaign_pages_in_chromium(base: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base + "/campaigns", timeout=120_000)
        assert page.locator("svg.chart circle").count() >= 6  # outlets on the network
        # Narrow to one signal with the form, then open the campaign.
        page.uncheck("input[name=signal][value=narrative]")
        page.uncheck("input[name=signal][value=republication]")
        page.click("form.options button")
        page.wait_for_url("**signal=claim**", timeout=120_000)
        page.click("tr:has-text('Velm Herald') a[href^='/campaigns/c-']")  # the paraphrase campaign
        page.wait_for_selector("mark.diff")
        assert page.locator("svg.chart").count() == 2
        assert page.locator(".variant").count() == 4
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "campaign.png"), full_page=True)
        page.goto(base + "/outlets")
        page.check("input[name=outlet][value='Ostra Daily']")
        page.check("input[name=outlet][value='Tarn Courier']")
        page.click("text=Compare selected outlets")
        page.wait_for_selector("table.compare")
        assert page.locator("table.compare thead th").count() == 3
        page.screenshot(path=str(ARTIFACTS / "outlets-compare.png"), full_page=True)
        page.goto(base + "/contradictions")
        assert page.locator("table.docs tbody tr").count() >= 1
        browser.close()
    assert errors == []
