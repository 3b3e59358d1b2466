"""The analyst's word in real headless Chromium (issue 25): reject a technique by keyboard, fix a speaker, add
a missed claim from a text selection, merge two speakers; then `spinscope analyze ... --force`; all four stay
and the audit list shows them. HTML typed into an editable field is shown as text, never run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from conftest_web import run_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
ANALYZERS = "parse,entities,techniques,quotes,claims"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]

TEXTS = {
    "veloria-1.txt": (
        "Veloria condemns Ostland's lies\n"
        "The criminal regime in Ostland continues its shameful, disgusting lies about our country, Foreign Minister "
        "Ivo Tarn said on Monday. \"These vile slanders will fail,\" Tarn told reporters in Varna. Anna Berg, a "
        "spokeswoman for the ministry, said that the talks would resume in May. Ostland has offered no proof of "
        "its claims, Berg added."),
    "veloria-2.txt": (
        "Talks resume in Varna\n"
        "Veloria's foreign minister Ivo Tarn said on Tuesday that the talks had resumed. \"We want peace,\" said "
        "Ivo Tarn. The ministry said the delegation would stay for three days."),
}


def _analyze(folder: Path, db: Path, *extra: str) -> None:
    cmd = [sys.executable, "-m", "spinscope.cli", "analyze", str(folder), "--db", str(db), "-a", ANALYZERS, "-q", *extra]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)


def test_review_in_chromium_survives_forced_reanalysis(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "review.db"
    _analyze(folder, db)
    errors: list[str] = []
    with run_server(db) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("response", lambda r: r.status >= 400 and errors.append(f"{r.status} {r.url}"))
        article = f"{base}/documents/veloria-1?min_score=techniques:0"
        page.goto(article)
        page.fill("#reviewer-name", "ann")

        # 1. Reject a technique in review mode: focus it, press r.
        tech = page.locator(".review-item[data-layer=techniques]").first
        rejected_key = tech.get_attribute("data-key")
        tech.focus()
        with page.expect_navigation():
            page.keyboard.press("r")
        assert page.locator(f".review-item[data-key='{rejected_key}']").count() == 0

        # 2. Fix a speaker (with HTML in it: it must show as text).
        quote = page.locator(".review-item[data-layer=quotes]").first
        quote_key = quote.get_attribute("data-key")
        quote.locator("details.edit summary").click()
        quote.locator("input[name=speaker_name]").fill("<b>Maria</b> Stone")
        with page.expect_navigation():
            quote.locator("button.save-edit").click()

        # 3. Add a missed claim: select its words in the text, the form takes their offsets.
        words = "the talks would resume in May"
        page.evaluate("""(words) => {
            const root = document.getElementById('article-text');
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const at = n.data.indexOf(words);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(n, at); range.setEnd(n, at + words.length);
                    const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
                    root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    return;
                }
            }
            throw new Error('words not found in one text node');
        }""", words)
        assert page.input_value("#add-words") == words
        page.select_option("#add-layer", "claims")
        with page.expect_navigation():
            page.click("#add-submit")

        # 4. Merge two speakers on the Speakers page.
        page.goto(f"{base}/speakers")
        options = page.locator("#merge-form select[name=names] option").all_text_contents()
        merged = [o for o in options if "Maria" not in o][:2]
        assert len(merged) == 2, options
        page.select_option("#merge-form select[name=names]", merged)
        page.fill("#merge-form input[name=into]", "Veloria MFA")
        page.fill("#merge-form input[name=reviewer]", "ann")
        with page.expect_navigation():
            page.click("#merge-form button[type=submit]")

        # A new analysis of everything, forced: the analyst's word stays.
        _analyze(folder, db, "--force")
        page.goto(article)
        assert page.locator(f".review-item[data-key='{rejected_key}']").count() == 0
        fixed = page.locator(f".review-item[data-key='{quote_key}']")
        assert "<b>Maria</b> Stone" in fixed.inner_text()  # shown as text
        # No element was made from the field: no <b> holds "Maria" anywhere on the page.
        assert page.evaluate("Array.from(document.querySelectorAll('b')).filter(b => b.textContent === 'Maria').length") == 0
        assert page.locator(".review-item[data-layer=claims]", has_text=words).count() == 1
        speakers = httpx.get(f"{base}/api/speakers").json()["speakers"]  # JSON outside the browser (no favicon)
        names = {s["speaker"] for s in speakers}
        assert "Veloria MFA" in names and not (set(merged) & names)
        page.goto(f"{base}/review/log")
        log = page.locator("table.review-log-table tbody tr").all_inner_texts()
        actions = [row.split("\t")[2] for row in log]
        assert {"reject", "edit", "add", "merge"} <= set(actions), log
        assert all("ann" in row for row in log)
        browser.close()
    assert errors == []
