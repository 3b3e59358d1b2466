"""Discovery on texts written for these tests, in a real SQLite store: clusters, assignment, promotion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spinscope.analyzers.narratives.codebook import load_codebook
from spinscope.cli.main import app
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.errors import ConfigError
from spinscope.service.codebooks import promote
from spinscope.service.narratives import discover_narratives, get_cluster, list_clusters
from spinscope.store import Store

pytest.importorskip("sklearn")

# One story (a dam on the Lorr river to be blown up by Karvia) told in different words by three
# outlets over three weeks, among unrelated news.
STORY = [
    ("dam-1", "Orsa Post", "2026-09-07",
     "Karvia is preparing to blow up the Lorr dam and flood the valley, officials warned. "
     "The city library extended its opening hours for the exam season."),
    ("dam-2", "Velgrad Herald", "2026-09-15",
     "Engineers say Karvia has mined the Lorr dam in order to flood the villages downstream. "
     "A new cycle lane opened along the harbour on Sunday."),
    ("dam-3", "Orsa Post", "2026-09-16",
     "Officials warn that Karvian saboteurs plan to destroy the Lorr dam and drown the valley. "
     "The orchestra announced its programme for the winter season."),
    ("dam-4", "Lindt Daily", "2026-09-24",
     "According to the army, Karvia intends to blow up the dam on the Lorr river and flood the farms below it. "
     "Bakers in the old town raised the price of rye bread by ten cents."),
]
BACKGROUND = [
    ("bg-1", "Lindt Daily", "2026-09-08", "The football club signed a young goalkeeper from the second division. "
     "Tickets for the derby sold out within an hour."),
    ("bg-2", "Velgrad Herald", "2026-09-09", "Heavy snow closed the mountain pass for two days. "
     "Farmers brought their sheep down from the high pastures early."),
]
NEW = ("dam-5", "Velgrad Herald", "2026-10-01",
       "Residents fear that Karvia will blow up the Lorr dam and flood their valley. "
       "The zoo welcomed two penguin chicks this week.")


def save(store: Store, rows) -> None:
    parse = Pipeline(["parse"])
    for doc_id, source, published, text in rows:
        store.save(parse(Document(id=doc_id, text=text, source=source, published=published)))


@pytest.fixture()
def store(tmp_path: Path):
    with Store(tmp_path / "corpus.db") as s:
        save(s, STORY + BACKGROUND)
        yield s


def story_cluster(store: Store) -> dict:
    clusters = list_clusters(store)
    with_dam = [c for c in clusters if any("Lorr" in m["text"] for m in c["members"])]
    assert len(with_dam) == 1, [c["members"] for c in clusters]
    return with_dam[0]


def test_a_recurring_story_is_one_cluster_with_keywords_outlets_dates_and_growth(store):
    summary = discover_narratives(store, min_size=3)
    assert summary["mode"] == "discovered" and summary["documents"] == 6
    c = story_cluster(store)
    assert sorted({m["document"] for m in c["members"]}) == ["dam-1", "dam-2", "dam-3", "dam-4"]
    assert all("Lorr" in m["text"] for m in c["members"]), "background sentences joined the story"
    assert {"lorr", "dam"} <= set(c["keywords"]) and "dam" in c["label"]
    assert c["outlets"] == {"Orsa Post": 2, "Lindt Daily": 1, "Velgrad Herald": 1}
    assert (c["first_seen"], c["last_seen"]) == ("2026-09-07", "2026-09-24")
    assert c["weekly"] == [{"week": "2026-W37", "documents": 1}, {"week": "2026-W38", "documents": 2},
                           {"week": "2026-W39", "documents": 1}]
    assert "Lorr" in c["representative"]["text"]
    doc = store.get(c["members"][0]["document"])
    m = c["members"][0]
    assert doc.text[m["start"]:m["end"]] == m["text"]


def test_stories_below_min_size_are_not_clusters(store):
    discover_narratives(store, min_size=5)
    assert list_clusters(store) == []
    with pytest.raises(ConfigError, match="at least 2"):
        discover_narratives(store, min_size=1)


def test_new_documents_join_the_existing_cluster_and_rebuild_starts_over(store):
    discover_narratives(store, min_size=3)
    before = story_cluster(store)
    save(store, [NEW])
    summary = discover_narratives(store, min_size=3)
    assert summary["mode"] == "assigned" and summary["documents"] == 1 and summary["clustered_units"] == 1
    after = story_cluster(store)
    assert after["id"] == before["id"] and after["n_documents"] == 5
    assert after["last_seen"] == "2026-10-01" and after["weekly"][-1] == {"week": "2026-W40", "documents": 1}
    assert discover_narratives(store, min_size=3)["documents"] == 0  # nothing new the second time
    rebuilt = discover_narratives(store, min_size=3, rebuild=True)
    assert rebuilt["mode"] == "discovered" and rebuilt["documents"] == 7
    assert story_cluster(store)["n_documents"] == 5


def test_promote_round_trip_a_cluster_becomes_a_codebook_narrative_that_matches(store, tmp_path):
    discover_narratives(store, min_size=3)
    c = story_cluster(store)
    book_path = tmp_path / "dams.toml"
    entry = promote(store, c["id"], book_path, narrative_id="dam-plot")
    book = load_codebook(book_path)
    assert book.name == "dams" and [n.id for n in book.narratives] == ["dam-plot"]
    examples = book.get("dam-plot").examples
    assert examples == tuple(entry["examples"]) and all("Lorr" in e for e in examples)
    assert set(examples) <= {" ".join(m["text"].split()) for m in c["members"]}
    # A second promotion appends; the same id is refused and the file is left as it was.
    promote(store, c["id"], book_path, narrative_id="dam-plot-2")
    assert [n.id for n in load_codebook(book_path).narratives] == ["dam-plot", "dam-plot-2"]
    text_before = book_path.read_text()
    with pytest.raises(ConfigError, match="dam-plot"):
        promote(store, c["id"], book_path, narrative_id="dam-plot")
    assert book_path.read_text() == text_before
    # The loop closes: the promoted narrative is found in a new text.
    pipeline = Pipeline(["parse", "codebook"], config={"codebook": {"file": str(book_path)}})
    doc = pipeline(Document(id="n", text="Karvian troops have planted explosives on the Lorr dam to flood the valley."))
    assert "dam-plot" in [n.id for n in doc.narratives]


def test_cli_discover_list_json_and_promote(store, tmp_path):
    runner = CliRunner()
    db = store.path
    result = runner.invoke(app, ["narratives", "discover", "--db", db, "--min-size", "3"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["narratives", "list", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    clusters = json.loads(result.stdout)
    assert clusters and {"id", "keywords", "label", "size", "outlets", "first_seen", "last_seen",
                         "members"} <= set(clusters[0])
    assert {"document", "start", "end"} <= set(clusters[0]["members"][0])
    dam = next(c for c in clusters if any("Lorr" in m["text"] for m in c["members"]))
    result = runner.invoke(app, ["narratives", "promote", str(dam["id"]), "--to", str(tmp_path / "b.toml"), "--db", db])
    assert result.exit_code == 0 and "added narrative" in result.stdout, result.output
    result = runner.invoke(app, ["narratives", "promote", "999", "--to", str(tmp_path / "b.toml"), "--db", db])
    assert result.exit_code == 1 and "no discovered narrative cluster 999" in result.output
    assert get_cluster(store, dam["id"])["id"] == dam["id"]


def test_cli_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(app, ["narratives", "list", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such database file" in result.output
