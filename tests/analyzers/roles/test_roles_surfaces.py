"""Roles across the corpus: the store queries, the REST routes, the actor page and the article hover,
over a real SQLite file and a real server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from spinscope.core.annotations import Entity, Label, Role, Span
from spinscope.core.document import Document
from spinscope.highlight import highlight_article
from spinscope.store import Store

pytest_plugins = ["conftest_web"]

TEXT = "Governor Ilse Brandt closed the Marvania border. Brandt said the farmers of Oskel were betrayed."


def doc(doc_id: str, source: str | None, main: str | None, fine: list[str]) -> Document:
    start = TEXT.index("Ilse Brandt")
    role = Role(main=main, fine=fine, score=0.8) if main else None
    if role is not None and doc_id == "d3":  # cast in a quoted voice, with its evidence sentence
        role.by, role.evidence = "the farmers' union", [Span(TEXT.index("Brandt said"), len(TEXT))]
    governor = Label(0, 8, "Governor", kind="title", score=0.95)  # an office, kept apart from framing
    brandt = Entity("Ilse Brandt", "PERSON", mentions=[Span(start, start + 11)], role=role, labels=[governor])
    oskel = Entity("Oskel", "GPE", mentions=[Span(TEXT.index("Oskel"), TEXT.index("Oskel") + 5)],
                   role=Role("innocent", ["Victim"], 0.7))
    return Document(id=doc_id, text=TEXT, title=f"Border {doc_id}", source=source, published="2024-03-0" + doc_id[-1],
                    entities=[brandt, oskel])


@pytest.fixture(scope="module")
def roles_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roles") / "roles.db"
    with Store(path) as store:
        store.save(doc("d1", "Marvania Today", "antagonist", ["Tyrant"]))
        store.save(doc("d2", "Marvania Today", "antagonist", ["Tyrant", "Corrupt"]))
        store.save(doc("d3", "Oskel Voice", "protagonist", ["Guardian"]))
        store.save(doc("d4", None, None, []))  # not analysed for roles
    return path


def test_store_round_trips_roles_and_counts_them(roles_db: Path) -> None:
    with Store(roles_db) as store:
        assert store.get("d2").entities[0].role == Role("antagonist", ["Tyrant", "Corrupt"], 0.8)
        assert store.get("d4").entities[0].role is None
        rows = store.actor_roles("Ilse Brandt")
        assert sorted(r["doc_id"] for r in rows) == ["d1", "d2", "d3"]
        leaders = store.role_leaders("innocent")
        assert leaders == [{"name": "Oskel", "type": "GPE", "documents": 4}]


@pytest.mark.slow
def test_api_and_actor_page(roles_db: Path, start_server) -> None:  # noqa: ANN001 - fixture
    with start_server(roles_db) as base:
        data = httpx.get(f"{base}/api/roles/Ilse Brandt", timeout=30).json()
        assert data["counts"] == {"protagonist": 1, "antagonist": 2, "innocent": 0}
        assert data["fine"][0] == {"fine": "Tyrant", "n": 2}
        assert data["outlets"][0] == {"source": "Marvania Today", "protagonist": 0, "antagonist": 2, "innocent": 0,
                                      "total": 2}
        summary = httpx.get(f"{base}/api/roles", params={"limit": 5}, timeout=30).json()
        assert summary["roles"]["antagonist"][0]["name"] == "Ilse Brandt"
        missing = httpx.get(f"{base}/api/roles/Nobody Atall", timeout=30)
        assert missing.status_code == 404 and "Nobody Atall" in missing.text
        spec = httpx.get(f"{base}/api/openapi.json", timeout=30).json()
        assert "/api/roles/{name}" in spec["paths"] and "ActorRolesOut" in spec["components"]["schemas"]
        page = httpx.get(f"{base}/actors/Ilse Brandt", timeout=30).text
        assert "How the documents cast it" in page
        assert "villain (antagonist) <span class=\"n\">2</span>" in page
        assert "<td>Marvania Today</td>" in page
        assert "In whose voice, and where" in page
        assert "Titles (offices, not framing)" in page and ">Governor</a>" in page  # a title is no framing label
        profile = httpx.get(f"{base}/api/actors/Ilse Brandt", timeout=30).json()
        assert [(f["label"], f["kind"]) for f in profile["framing"]] == [("Governor", "title")]
        assert "the farmers&#39; union" in page and "“Brandt said the farmers of Oskel were betrayed.”" in page
        assert "the text&#39;s own" in page  # d1, d2: the author's voice
        d3 = next(r for r in data["by_document"] if r["doc_id"] == "d3")
        assert d3["by"] == "the farmers' union" and d3["evidence"] == "Brandt said the farmers of Oskel were betrayed."


def test_article_marks_carry_the_role() -> None:
    html = str(highlight_article(doc("d1", "Marvania Today", "antagonist", ["Tyrant"])))
    assert 'data-role="antagonist"' in html
    assert "cast as antagonist (Tyrant)" in html
    quoted = str(highlight_article(doc("d3", "Oskel Voice", "protagonist", ["Guardian"])))
    assert "cast as protagonist (Guardian) by the farmers&#39; union" in quoted  # the voice that casts it
