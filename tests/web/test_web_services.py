"""The data functions behind pages and API routes, on real SQLite files; plus in-process page checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from spinscope.core.document import Document, Entity, Technique
from spinscope.service import queries as services
from spinscope.store import Store
from spinscope.store.sqlite_documents import fts_query, layer_condition
from spinscope.web import create_app
from spinscope.web.charts import stat_charts

pytest_plugins = ["conftest_web"]


@pytest.fixture()
def ties(tmp_path: Path) -> Store:
    """40 documents: 30 share three dates (ties broken by rowid), 10 have no date."""
    store = Store(tmp_path / "ties.db")
    for i in range(40):
        published = None if i >= 30 else f"2024-05-0{1 + i % 3}"
        store.save(Document(id=f"d{i:02d}", text=f"Story number {i}.", source="A" if i % 2 else "B",
                            published=published))
    return store


def walk(store: Store, flt: services.DocumentFilter, limit: int) -> list[str]:
    seen, after = [], None
    while True:
        page = services.list_documents(store, flt, after=after, limit=limit)
        seen += [d["id"] for d in page["documents"]]
        after = page["next"]
        if after is None:
            return seen


@pytest.mark.parametrize("limit", [1, 7, 10, 30, 39, 40, 200])
def test_keyset_pages_cover_every_document_once_in_order(ties: Store, limit: int) -> None:
    seen = walk(ties, services.DocumentFilter(), limit)
    assert len(seen) == len(set(seen)) == 40
    rows = ties.conn.execute("SELECT id, published, rowid FROM documents").fetchall()
    dated = sorted((r for r in rows if r["published"]), key=lambda r: (r["published"], r["rowid"]), reverse=True)
    undated = sorted((r for r in rows if not r["published"]), key=lambda r: r["rowid"], reverse=True)
    assert seen == [r["id"] for r in dated + undated]
    assert len(walk(ties, services.DocumentFilter(outlet="A"), limit)) == 20


def test_keyset_queries_seek_an_index_not_a_scan(ties: Store) -> None:
    # The dated query must walk documents_published in order (no temp B-tree sort, no OFFSET).
    plan = ties.conn.execute(
        "EXPLAIN QUERY PLAN SELECT rowid FROM documents d WHERE d.published IS NOT NULL "
        "AND (d.published, d.rowid) < (?, ?) ORDER BY d.published DESC, d.rowid DESC LIMIT 5",
        ["2024-05-02", 10],
    ).fetchall()
    text = " ".join(r["detail"] for r in plan)
    assert "documents_published" in text and "TEMP B-TREE" not in text


def test_count_is_capped(ties: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services, "COUNT_CAP", 25)
    page = services.list_documents(ties, services.DocumentFilter(), limit=5)
    assert page["count"] == 26 and page["count_capped"] is True


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('putin "regime" NEAR war*') == '"putin" "regime" "NEAR" "war"*'
    with pytest.raises(services.QueryError, match="no words"):
        fts_query(' " ')


@pytest.mark.parametrize("bad", ["", "abc", "W10=", "WyJ4IiwgIjEiXQ"])
def test_foreign_cursors_are_refused(bad: str) -> None:
    with pytest.raises(services.QueryError, match="cursor"):
        services.decode_cursor(bad)


def test_cursor_round_trip() -> None:
    assert services.decode_cursor(services.encode_cursor("2024-05-01", 17)) == ("2024-05-01", 17)
    assert services.decode_cursor(services.encode_cursor(None, 3)) == (None, 3)


def test_share_of_text_counts_overlapping_spans_once(tmp_path: Path) -> None:
    with Store(tmp_path / "share.db") as store:
        doc = Document(id="x", text="a" * 100, source="Desk")
        # [0,10) and [5,20) overlap: 20 characters covered; [50,60) adds 10; [52,55) is inside it.
        doc.techniques = [Technique(0, 10, "Doubt", 0.5), Technique(5, 20, "Slogans", 0.5),
                          Technique(50, 60, "Doubt", 0.5), Technique(52, 55, "Repetition", 0.5)]
        store.save(doc)
        store.save(Document(id="y", text="b" * 100, source="Desk"))
        store.save(Document(id="z", text="c" * 50, source=None))
        share = {r["outlet"]: r for r in services.corpus_stats(store)["tables"]["technique_share_per_outlet"]}
    assert (share["Desk"]["technique_chars"], share["Desk"]["chars"], share["Desk"]["share"]) == (30, 200, 0.15)
    assert share["(unknown)"]["share"] == 0.0


def test_new_document_defaults_and_checks() -> None:
    doc = services.new_document("  First line here\nSecond line.", published="2024-02-29")
    assert doc.title == "First line here" and doc.published == "2024-02-29"
    assert doc.id == services.new_document("  First line here\nSecond line.").id  # stable id per text
    with pytest.raises(services.QueryError, match="empty"):
        services.new_document("   \n ")
    with pytest.raises(services.QueryError, match="published"):
        services.new_document("Text.", published="31/02/2024")


def test_charts_escape_labels_and_handle_no_data() -> None:
    tables = {
        "top_techniques": [{"technique": "<script>x</script>", "spans": 3, "documents": 1}],
        "techniques_per_outlet": [{"outlet": "<b>O</b>", "technique": "Doubt", "spans": 2}],
        "techniques_per_month": [],
        "technique_share_per_outlet": [{"outlet": "<i>", "documents": 1, "chars": 10, "technique_chars": 5, "share": 0.5}],
    }
    svg = stat_charts(tables)
    joined = "".join(str(v) for v in svg.values())
    assert "<script>" not in joined and "&lt;script&gt;" in joined and "&lt;b&gt;O&lt;/b&gt;" in joined
    assert "No dated documents yet" in str(svg["techniques_per_month"])
    assert "50.0%" in str(svg["technique_share_per_outlet"])


def test_pages_escape_hostile_text_and_link_json(tmp_path: Path, corpus_builder) -> None:  # noqa: ANN001
    db = tmp_path / "pages.db"
    corpus_builder(db)
    client = TestClient(create_app(db, read_only=True))
    html = client.get("/documents/hostile-1").text
    assert "<script>window" not in html and "&lt;script&gt;window.__pwned" in html
    assert 'href="/api/documents/hostile-1"' in html
    # Pages render the same data their API twin returns.
    api = client.get("/api/speakers/Tom Becker").json()
    page = client.get("/speakers/Tom Becker").text
    assert page.count("<li><blockquote") == len(api["quotes"]) == 7
    corpus = client.get("/", params={"technique": "Loaded_Language"}).text
    assert "&lt;script&gt;alert" in corpus and "Harbour plan row" not in corpus
    missing = client.get("/documents/nope")
    assert missing.status_code == 404 and "No document with id" in missing.text
    assert "Content-Security-Policy" in missing.headers or "content-security-policy" in missing.headers


def test_layer_filters_agree_for_frequent_and_rare_values(ties: Store) -> None:
    # "Common" is on 20 documents and "Rare" on 2: with limit=1 the first is walked along the date
    # index and the second read as an id set; both must give the same documents as plain Python.
    for i in range(40):
        doc = ties.get(f"d{i:02d}")
        doc.techniques = [Technique(0, 5, "Common", 0.5)] if i % 2 else []
        if i in (3, 35):
            doc.techniques.append(Technique(0, 5, "Rare", 0.5))
        ties.save(doc)
    assert layer_condition(ties.conn, "techniques", "technique", "Common", 1).startswith("EXISTS")
    assert layer_condition(ties.conn, "techniques", "technique", "Rare", 1).startswith("d.id IN")
    everything = walk(ties, services.DocumentFilter(), 40)
    for name, wanted in (("Common", {f"d{i:02d}" for i in range(1, 40, 2)}), ("Rare", {"d03", "d35"})):
        for limit in (1, 3, 50):
            got = walk(ties, services.DocumentFilter(technique=name), limit)
            assert got == [d for d in everything if d in wanted]


def test_name_search_matches_percent_and_underscore_literally(ties: Store) -> None:
    doc = ties.get("d01")
    doc.entities = [Entity("100% Union_Front", "ORG"), Entity("Union Front", "ORG")]
    ties.save(doc)
    assert [a["name"] for a in services.list_actors(ties, q="%")["actors"]] == ["100% Union_Front"]
    assert [a["name"] for a in services.list_actors(ties, q="n_F")["actors"]] == ["100% Union_Front"]
    assert len(services.list_actors(ties, q="union")["actors"]) == 2


def test_serve_refuses_a_missing_file_in_read_only_mode(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from spinscope.cli.serve import serve

    app = typer.Typer()
    app.command()(serve)
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "missing.db"), "--read-only"])
    assert result.exit_code == 2, result.output
    # Typer draws errors in a box wrapped to the terminal width; a long tmp path can split the words.
    message = " ".join(result.output.replace("│", " ").split())
    assert "does not exist" in message and not (tmp_path / "missing.db").exists()
