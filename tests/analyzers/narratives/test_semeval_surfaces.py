"""Roles and narratives where users read them: the article header (narratives with their evidence),
its JSON twin, per-mention roles in the store and the exports, over a real SQLite file and a real
server on 127.0.0.1. Every text here was written for these tests."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx
import pytest

from spinscope.core.annotations import Entity, MentionRole, Narrative, Role, Span
from spinscope.core.document import Document
from spinscope.export import write_csv, write_jsonl
from spinscope.highlight import highlight_article
from spinscope.store import Store

pytest_plugins = ["conftest_web"]

TEXT = (
    "Marvania's army shelled the villages of Oskel again, and General Oren Kask called the victims actors.\n"
    "Aid workers said Kask had once saved hundreds of children from the flooded valley.\n"
    "Dunmark's envoy said the sanctions were failing and Europe would pay for them this winter."
)
COARSE = "URW: Blaming the war on others rather than the invader"
FINE = COARSE + ": Ukraine is the aggressor"


def at(needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span(start, start + len(needle))


def line(n: int) -> Span:
    starts = [0] + [i + 1 for i, c in enumerate(TEXT) if c == "\n"]
    end = TEXT.find("\n", starts[n])
    return Span(starts[n], len(TEXT) if end < 0 else end)


def analysed_doc(doc_id: str = "n1") -> Document:
    first, second = at("Oren Kask"), at("Kask", 1)
    kask = Entity(
        "Oren Kask", "PERSON", mentions=[first, second], role=Role("antagonist", ["Tyrant"], 0.71),
        mention_roles=[MentionRole(first.start, first.end, "antagonist", ["Tyrant"], 0.8),
                       MentionRole(second.start, second.end, "protagonist", ["Guardian"], 0.6)],
    )
    narratives = [
        Narrative("semeval2025", "urw.blaming", COARSE, None, 0.64, [line(0)]),
        Narrative("semeval2025", "urw.blaming.aggressor", FINE, "urw.blaming", 0.41, [line(0)]),
        Narrative("semeval2025", "urw.sanctions", "URW: Discrediting the West, Diplomacy", None, 0.38, [line(2)]),
    ]
    return Document(id=doc_id, text=TEXT, title="Oskel shelled", source="Marvania Today", published="2024-05-02",
                    entities=[kask], narratives=narratives)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("narr-surfaces") / "n.db"
    with Store(path) as store:
        store.save(analysed_doc())
    return path


def test_mention_roles_round_trip_through_the_store(db: Path) -> None:
    with Store(db) as store:
        kask = store.get("n1").entities[0]
    assert kask.mention_roles == analysed_doc().entities[0].mention_roles
    assert [r.main for r in kask.mention_roles] == ["antagonist", "protagonist"]


def test_jsonl_and_csv_carry_roles_and_narratives() -> None:
    buf = io.StringIO()
    write_jsonl([analysed_doc()], buf)
    data = json.loads(buf.getvalue())
    assert data["entities"][0]["role"]["main"] == "antagonist"
    assert [r["main"] for r in data["entities"][0]["mention_roles"]] == ["antagonist", "protagonist"]
    assert {n["label"] for n in data["narratives"]} == {COARSE, FINE, "URW: Discrediting the West, Diplomacy"}
    out = io.StringIO(newline="")
    write_csv([analysed_doc()], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    ents = [r for r in rows if r["layer"] == "entities"]
    assert {r["part"] for r in ents} == {"mention", "mention_role"}
    assert all(json.loads(r["role"])["main"] == "antagonist" for r in ents)
    narr = [r for r in rows if r["layer"] == "narratives"]
    assert {(r["label"], r["parent"], r["text"]) for r in narr} >= {(FINE, "urw.blaming", TEXT[line(0).start:line(0).end])}
    assert all(r["taxonomy"] == "semeval2025" and r["score"] for r in narr)


def test_a_mention_cast_otherwise_says_so_on_hover() -> None:
    html = str(highlight_article(analysed_doc()))
    assert html.count('data-role="antagonist"') == 2  # the document's role, on both mentions
    assert html.count('data-mention-role="protagonist"') == 1  # only the mention that differs
    assert "here as protagonist (Guardian)" in html


@pytest.mark.slow
def test_article_header_lists_narratives_and_links_their_evidence(db: Path, start_server) -> None:  # noqa: ANN001
    everything = {"min_score": "narratives:0"}  # the scores here are under the default minimum (docs/quality.md)
    with start_server(db) as base:
        page = httpx.get(f"{base}/documents/n1", params=everything, timeout=30).text
        twin = httpx.get(f"{base}/api/documents/n1", params=everything, timeout=30).json()
    header = page[page.index('id="doc-narratives"'):page.index('id="article-text"')]
    # Coarse narratives at the top, the subnarrative under its parent, each linking its evidence marks.
    assert header.index(COARSE) < header.index(FINE) < header.index("Discrediting the West")
    assert 'class="subnarratives"' in header and 'data-parent="urw.blaming"' in header
    for i in range(3):
        assert f'data-ann="n{i}"' in header
        assert page.count(f'data-ann="n{i}"') >= 2  # the link and at least one mark in the text
    assert "0.64" in header and "0.41" in header
    assert 'data-layer="narratives"' in page  # the layer toggle
    assert [n["label"] for n in twin["narratives"]] == [COARSE, FINE, "URW: Discrediting the West, Diplomacy"]
    assert twin["narratives"][1]["parent"] == "urw.blaming"
    assert twin["narratives"][0]["evidence"] == [{"start": line(0).start, "end": line(0).end}]
    assert [r["main"] for r in twin["entities"][0]["mention_roles"]] == ["antagonist", "protagonist"]


@pytest.mark.slow
def test_a_document_without_narratives_has_no_header_block(tmp_path: Path, start_server) -> None:  # noqa: ANN001
    path = tmp_path / "plain.db"
    with Store(path) as store:
        store.save(Document(id="p1", text="Nothing of note happened in Veloria today.", title="Quiet"))
    with start_server(path) as base:
        page = httpx.get(f"{base}/documents/p1", timeout=30).text
    assert 'id="doc-narratives"' not in page


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium (apt-get install -y chromium)")
@pytest.mark.slow
def test_a_header_narrative_lights_up_its_evidence_in_a_real_browser(db: Path, start_server) -> None:  # noqa: ANN001
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    with start_server(db) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=args)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.goto(f"{base}/documents/n1?min_score=narratives:0")
        toggle = page.locator('.layer-toggle[data-layer="narratives"]')
        assert not toggle.is_checked()
        assert "hide-narratives" in page.locator("#article-text").get_attribute("class")
        page.locator('#doc-narratives a.jump[data-ann="n2"]').click()
        assert toggle.is_checked()  # following a narrative turns its evidence layer on
        assert "hide-narratives" not in (page.locator("#article-text").get_attribute("class") or "")
        mark = page.locator('#article-text [data-ann="n2"]').first
        assert mark.inner_text().startswith("Dunmark's envoy said")
        page.wait_for_selector("#tooltip:not([hidden])")
        assert "Discrediting the West" in page.locator("#tooltip").inner_text()
        page.keyboard.press("Escape")
        page.locator('.layer-toggle[data-layer="entities"]').check()
        page.locator('#article-text [data-mention-role="protagonist"]').hover()
        tip = page.locator("#tooltip").inner_text()
        assert "cast as antagonist" in tip and "here as protagonist" in tip  # the actor's role and this mention's
        browser.close()
    assert errors == []
