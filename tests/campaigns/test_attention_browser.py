"""Narratives and attention over time in real headless Chromium: a narrative leads to its documents,
the chart switches between raw counts and shares, and the CSV and SVG downloads arrive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from attention_corpus import build_attention_store

pytest_plugins = ["conftest_web"]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, start_server) -> Iterator[str]:
    db = build_attention_store(tmp_path_factory.mktemp("attention-browser") / "attention.db")
    with start_server(db, "--read-only") as url:
        yield url


@pytest.mark.slow
def test_narrative_to_documents_and_attention_chart(base: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda e: errors.append(str(e)))
        # Narrative -> its documents (the pushers, not the fact-check or the wire).
        page.goto(base + "/narratives", timeout=120_000)
        page.click("a.narrative-link")
        page.wait_for_url("**narrative=western-smear**", timeout=60_000)
        listed = page.locator("table.docs tbody tr").all_inner_texts()
        assert len(listed) == 5 and not any("FactLens" in row or "Nordhaven" in row for row in listed)
        # The filter form carries the narrative on, so another filter narrows within it.
        assert page.locator("#filters input[name=narrative]").get_attribute("value") == "western-smear"
        assert page.locator("#filters input[name=stance]").get_attribute("value") == "asserts"
        page.goto(base + "/?narrative=western-smear&stance=asserts&outlet=Veloria+Today")
        assert page.locator("table.docs tbody tr").count() == 2  # push-1 and the undated pusher
        # The attention chart: raw by default, share after the switch, no script needed.
        page.goto(base + "/attention?narrative=western-smear&unit=week")
        raw, share = page.locator("#chart-raw"), page.locator("#chart-share")
        assert raw.is_visible() and not share.is_visible()
        assert raw.locator("rect[data-period]").count() == 4  # three weeks (one empty) and the undated
        page.click("label[for=mode-share]")
        assert share.is_visible() and not raw.is_visible()
        assert share.locator("rect[data-period='2026-W11']").get_attribute("data-share") == "0.5"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "attention.png"), full_page=True)
        # A column drills down to its publications.
        page.click("#chart-share a.bar >> nth=0")
        page.wait_for_url("**date_from=2026-03-09**", timeout=60_000)
        assert page.locator("table.docs tbody tr").count() == 3
        # Downloads: CSV one row per period, SVG the chart.
        page.goto(base + "/attention?narrative=western-smear&unit=week")
        with page.expect_download() as got:
            page.click("#dl-csv")
        csv_text = Path(got.value.path()).read_text(encoding="utf-8")
        assert csv_text.splitlines()[0] == "period,start,end,count,total,share"
        assert csv_text.splitlines()[1].startswith("2026-W11,2026-03-09,2026-03-15,3,6,")
        with page.expect_download() as got:
            page.click("#dl-svg-share")
        svg_text = Path(got.value.path()).read_text(encoding="utf-8")
        assert "<svg" in svg_text and 'class="bar share"' in svg_text
        browser.close()
    assert errors == []
