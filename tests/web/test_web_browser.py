"""Browser tests: real headless Debian Chromium driven by Playwright, against a real server process.

Chromium comes from Debian (``apt-get install -y chromium``); ``playwright install`` is never run.
Screenshots are saved under ``test-artifacts/`` for a person to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from spinscope.analyzers.techniques.taxonomy import technique_style

pytest_plugins = ["conftest_web"]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium (apt-get install -y chromium)"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):  # noqa: ANN001, ANN201 - playwright types
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.console_errors = []  # CSP violations and script errors show up here
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    pg.on("pageerror", lambda e: pg.console_errors.append(str(e)))
    yield pg
    context.close()


def shot(page, name: str) -> None:  # noqa: ANN001
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_corpus_filter_article_layers_and_tooltip(page, server: str) -> None:  # noqa: ANN001
    page.goto(server + "/")
    assert page.locator("table.docs tbody tr").count() == 9
    shot(page, "corpus")
    # Choosing an outlet submits the filter form (a little plain JavaScript).
    with page.expect_navigation():
        page.select_option("select[name=outlet]", "Metro Wire")
    assert "outlet=Metro+Wire" in page.url
    titles = page.locator("table.docs tbody td:first-child a").all_inner_texts()
    assert sorted(titles) == ["Ferry on time", "Harbour plan row (harbour-3)", "Harbour plan row (harbour-4)"]
    # A technique chip in a row narrows the list to that technique, keeping the outlet.
    with page.expect_navigation():
        page.click('.chips a[aria-label^="Flag-Waving"] >> nth=0')
    assert "technique=Flag-Waving" in page.url and "outlet=Metro+Wire" in page.url
    assert page.locator("table.docs tbody tr").count() == 2
    page.fill("input[name=q]", "gambler")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"q=gambler"))
    assert page.locator("table.docs tbody tr").count() == 2

    page.click("text=Harbour plan row (harbour-3)")
    page.wait_for_url(re.compile(r"/documents/harbour-3$"))
    label = page.locator('mark.ss-tech[data-technique="Name_Calling,Labeling"]').first
    assert label.inner_text() == "reckless gambler"
    lit = label.evaluate("e => getComputedStyle(e).backgroundColor")
    tint = technique_style("Name_Calling,Labeling")[0]  # the palette's Name_Calling colour
    assert lit == "rgb({}, {}, {})".format(*(int(tint[i : i + 2], 16) for i in (1, 3, 5)))
    label.hover()
    tip = page.locator("#tooltip")
    tip.wait_for(state="visible")
    assert "Name Calling / Labeling" in tip.inner_text()
    assert "0.87" in tip.inner_text() and "insulting label for a person" in tip.inner_text()
    shot(page, "article-tooltip")

    # Toggle the techniques layer off: the mark stays but loses its colour and its tooltip.
    page.mouse.move(5, 5)
    page.uncheck('.layer-toggle[data-layer="techniques"]')
    assert label.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    label.hover()
    assert tip.is_hidden()
    # Entities are off by default; turning them on draws their marks.
    mention = page.locator(".ss-ent").first
    assert mention.evaluate("e => getComputedStyle(e).borderBottomStyle") == "none"
    page.check('.layer-toggle[data-layer="entities"]')
    assert mention.evaluate("e => getComputedStyle(e).borderBottomStyle") == "dotted"
    page.check('.layer-toggle[data-layer="techniques"]')
    # One technique can be switched off on its own from the legend.
    page.uncheck('.technique-toggle[data-technique="Name_Calling,Labeling"]')
    assert label.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    other = page.locator('mark.ss-tech[data-technique="Flag-Waving"]').first
    assert other.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    # The side panel lists who said what and jumps to the quote.
    panel = page.locator("#panel")
    assert "Tom Becker" in panel.inner_text() and "Mayor Lina Ortiz" in panel.inner_text()
    page.click(".jump >> nth=0")
    tip.wait_for(state="visible")
    assert "quote" in tip.inner_text()
    assert page.locator("#json-link").get_attribute("href") == "/api/documents/harbour-3"
    shot(page, "article-layers")
    assert page.console_errors == []


def test_script_in_article_is_text_and_never_runs(page, server: str) -> None:  # noqa: ANN001
    page.goto(server + "/documents/hostile-1")
    assert page.evaluate("window.__pwned") is None
    assert page.title() != "pwned"
    body = page.locator("#article-text").inner_text()
    assert '<script>window.__pwned = 1; document.title = "pwned"</script>' in body
    assert '<img src=x onerror="window.__pwned=2">' in body
    assert page.locator("#article-text script, #article-text img, h1 script").count() == 0
    assert page.locator("h1").inner_text().startswith('<script>alert("title")</script>')
    # The tooltip shows a hostile reason as text too.
    page.locator("mark.ss-tech").first.hover()
    tip = page.locator("#tooltip")
    tip.wait_for(state="visible")
    assert '<img src=x onerror="window.__pwned=3">' in tip.inner_text()
    assert tip.locator("img").count() == 0
    page.locator(".ss-quote").first.hover()
    assert "<script>window.__pwned=4</script>" in tip.inner_text()
    assert page.evaluate("window.__pwned") is None
    shot(page, "hostile-article")
    assert page.console_errors == []


def test_speakers_actors_stats_and_analyse(page, server: str) -> None:  # noqa: ANN001
    page.goto(server + "/speakers")
    page.click("text=Tom Becker")
    page.wait_for_url(re.compile(r"/speakers/Tom%20Becker$"))
    assert page.locator("ol.quote-list li").count() == 7
    page.goto(server + "/actors/Lina%20Ortiz")
    assert "reckless gambler" in page.locator("main").inner_text()
    shot(page, "actor")
    page.goto(server + "/stats")
    assert page.locator("svg.chart").count() == 4
    bar = page.locator("#top_techniques svg.chart g").first
    assert "Exaggeration / Minimisation: 7" in bar.locator("title").text_content()
    with page.expect_download() as dl:
        page.click("#top_techniques a.csv")
    assert dl.value.suggested_filename == "top_techniques.csv"
    shot(page, "stats")
    page.goto(server + "/analyse")
    page.fill("textarea[name=text]", "The harbour will close. Fishermen said \"this is <b>theft</b>\".")
    page.click("button[type=submit]")
    page.wait_for_selector("#article-text")
    assert "not saved" in page.locator(".notice").inner_text()
    assert "this is <b>theft</b>" in page.locator("#article-text").inner_text()
    shot(page, "analyse-result")
    assert page.console_errors == []


STATEMENT = (
    "Comment by the Ministry of Foreign Affairs of Ostland. The ministry has taken note of remarks by "
    "Special Envoy Tom Harlan, who called the government a regime. He offered no evidence for this claim. "
    "We reaffirm that the legitimate government of Ostland remains open to talks, as the published "
    "minutes show."
)


def statement_corpus(path: Path) -> None:
    """A ministry comment (issuer, no outlet) with evidence markers, labelled actors, a recorded
    near-duplicate in each direction, an exact duplicate that was not stored, and a recorded error."""
    from dataclasses import astuple

    from spinscope.core.document import Document, Entity, Evidence, Span
    from spinscope.store import Store

    def at(needle: str) -> Span:
        s = STATEMENT.index(needle)
        return Span(s, s + len(needle))

    def label(word: str, by: str | None, kind: str = "label") -> dict:
        s = at(word)
        return {"label": word, "start": s.start, "end": s.end, "kind": kind, **({"by": by} if by else {})}

    doc = Document(id="mfa-comment", text=STATEMENT, title="Comment on the envoy's remarks",
                   issuer="Ministry of Foreign Affairs of Ostland", published="2026-03-02")
    doc.evidence = [Evidence(*astuple(at("offered no evidence")), "absent"),
                    Evidence(*astuple(at("as the published minutes show")), "present")]
    doc.entities = [
        Entity("Ostland", "GPE", mentions=[at("Ostland")],
               labels=[label("regime", "Tom Harlan"), label("legitimate government", "Ministry of Foreign Affairs of Ostland")]),
        Entity("Tom Harlan", "PERSON", mentions=[at("Tom Harlan")], labels=[label("Special Envoy", None, "title")]),
    ]
    repost = Document(id="mfa-repost", text=STATEMENT + " (Reposted.)", title="Reposted comment", source="Ostland Daily")
    earlier = Document(id="mfa-draft", text="Draft. " + STATEMENT, title="Draft comment", source="Ostland Daily")
    with Store(path) as store:
        for d in (doc, repost, earlier):
            store.save(d)
        store.record_duplicate("mfa-repost", "mfa-comment", "near", 0.88)
        store.record_duplicate("mfa-comment", "mfa-draft", "near", 0.91)
        store.record_duplicate("mfa-copy", "mfa-comment", "exact", 1.0, "inbox/copy.txt")
        store.record_error("mfa-comment", "analyzer claims failed: text too long for the claim model")


def test_article_header_evidence_duplicates_errors_legend_and_labellers(page, tmp_path, start_server) -> None:  # noqa: ANN001
    import httpx

    db = tmp_path / "statement.db"
    statement_corpus(db)
    with start_server(db) as base:
        page.goto(base + "/documents/mfa-comment")
        meta = page.locator(".docmeta").inner_text()
        assert "issued by Ministry of Foreign Affairs of Ostland" in meta
        assert "unknown outlet" not in meta
        # Evidence markers are drawn, and the two kinds look different.
        absent = page.locator('.ss-evidence[data-kind="absent"]')
        present = page.locator('.ss-evidence[data-kind="present"]')
        assert absent.inner_text() == "offered no evidence"
        assert present.inner_text() == "as the published minutes show"
        style = absent.evaluate("e => getComputedStyle(e).outlineStyle")
        assert style == "dashed"
        assert present.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
        # Near-duplicates in both directions, most similar first, with links; the exact copy is not stored.
        dups = page.locator("#duplicates li").all_inner_texts()
        assert dups == [
            "mfa-copy (not stored) is an exact duplicate of this document (100%)",
            "Near-duplicate of Draft comment (91%)",
            "Reposted comment is a near-duplicate of this document (88%)",
        ]
        assert page.locator("#duplicates a").count() == 2
        assert "text too long for the claim model" in page.locator("#recorded-errors").inner_text()
        # The legend explains every underline style on the page.
        legend = page.locator("#legend").inner_text()
        for words in ("quoted words", "claim", "denied claim", "entity mention", "evidence offered",
                      "evidence said to be missing"):
            assert words in legend
        labels = page.locator(".actor-label").all_inner_texts()
        assert "“regime” by Tom Harlan" in labels
        assert "“legitimate government” by Ministry of Foreign Affairs of Ostland" in labels
        # An office is a title, shown apart from the framing labels (issue 22).
        assert "“Special Envoy”" not in labels
        assert [t.split()[:2] for t in page.locator(".actor-title").all_inner_texts()] == [["Special", "Envoy"]]
        absent.hover()
        tip = page.locator("#tooltip")
        tip.wait_for(state="visible")
        assert "evidence marker" in tip.inner_text() and "evidence is missing" in tip.inner_text()
        assert page.locator("#links-json-link").get_attribute("href") == "/api/document-links/mfa-comment"
        # Turning the evidence layer off removes its outline.
        page.uncheck('.layer-toggle[data-layer="evidence"]')
        assert absent.evaluate("e => getComputedStyle(e).outlineStyle") == "none"
        page.check('.layer-toggle[data-layer="evidence"]')
        shot(page, "article-statement")
        page.click("#duplicates a >> nth=1")  # the reposted comment
        page.wait_for_url(re.compile(r"/documents/mfa-repost$"))
        assert page.locator("#duplicates li").inner_text() == "Near-duplicate of Comment on the envoy's remarks (88%)"
        assert "published by" not in page.locator(".docmeta").inner_text()
        assert "Ostland Daily" in page.locator(".docmeta").inner_text()
        assert page.console_errors == []
        # The JSON twin lists the same rows.
        links = httpx.get(base + "/api/document-links/mfa-comment").json()
        assert [(d["other"], d["direction"], d["percent"], d["stored"]) for d in links["duplicates"]] == [
            ("mfa-copy", "by", 100, False), ("mfa-draft", "of", 91, True), ("mfa-repost", "by", 88, True)]
        assert [e["reason"] for e in links["errors"]] == ["analyzer claims failed: text too long for the claim model"]
        assert httpx.get(base + "/api/document-links/nope").status_code == 404
