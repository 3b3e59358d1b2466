"""The outlet network parses as GraphML with networkx; outlet profiles count what they should."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from spinscope.campaigns import detect_campaigns, outlet_profiles, to_graphml
from spinscope.campaigns.network import communities
from spinscope.store import Store


def test_graphml_parses_with_networkx(planted_db: Path, tmp_path: Path) -> None:
    with Store(planted_db, read_only=True) as store:
        result = detect_campaigns(store)
    path = tmp_path / "net.graphml"
    path.write_text(to_graphml(result), encoding="utf-8")
    graph = nx.read_graphml(path)
    assert set(graph.nodes) == set(result.nodes)
    assert graph.edges["Kestrel News", "Ostra Daily"]["weight"] == 2
    assert graph.nodes["Tarn Courier"]["documents"] == 2
    assert graph.edges["Ostra Daily", "Tarn Courier"]["signal_republication"] == 1


def test_communities_split_two_cliques_joined_by_a_weak_edge() -> None:
    edges = {("a", "b"): 3, ("a", "c"): 3, ("b", "c"): 3, ("x", "y"): 2, ("x", "z"): 2, ("y", "z"): 2, ("c", "x"): 1}
    comm = communities(["a", "b", "c", "x", "y", "z", "lone"], edges, min_weight=2)
    assert comm["a"] == comm["b"] == comm["c"] != comm["x"] == comm["y"] == comm["z"]
    assert comm["lone"] not in {comm["a"], comm["x"]}


def test_outlet_profiles(planted_db: Path) -> None:
    with Store(planted_db, read_only=True) as store:
        result = detect_campaigns(store)
        profiles = {p["outlet"]: p for p in outlet_profiles(store, result)}
    ostra = profiles["Ostra Daily"]
    assert ostra["documents"] == 3 and ostra["first_published"] == "2026-03-02T08:00:00+00:00"
    assert ostra["top_techniques"] == [{"technique": "Name_Calling,Labeling", "spans": 1}]
    assert 0 < ostra["technique_share"] < 0.05 and ostra["techniques_per_1000_words"] > 0
    assert ostra["speakers"][0]["speaker"] == "Ministry of Foreign Affairs of Velmor"
    assert ostra["issuers"] == [{"issuer": "Ministry of Foreign Affairs of Velmor", "documents": 1}]
    assert ostra["narratives"] == [{"narrative": "dunmark-aggressor", "documents": 1, "refutes": 0, "reports": 0}]
    assert len(ostra["campaigns"]) == 2
    # Kestrel News and Tarn Courier republished Ostra Daily's earlier statement; Ostra did not.
    assert ostra["republication_rate"] == 0.0
    assert profiles["Kestrel News"]["republication_rate"] == 0.5
    # Undated and outlet-less documents are shown as such, not dropped.
    tarn = profiles["Tarn Courier"]
    assert tarn["undated"] == 1 and tarn["over_time"][-1]["period"] == "(undated)"
    assert profiles["(unknown outlet)"]["documents"] == 1
    assert list(profiles)[-1] == "(unknown outlet)"
    assert [p["period"] for p in ostra["over_time"]] == ["2026-03"]


def test_an_outlets_months_keep_the_empty_ones_and_the_undated_last() -> None:
    from spinscope.campaigns.profiles import UNDATED, _Acc, _over_time

    feb, may, undated = _Acc(), _Acc(), _Acc()
    feb.documents, may.documents, undated.documents = 2, 1, 4
    rows = _over_time({"2025-05": may, UNDATED: undated, "2025-02": feb})
    assert [(r["period"], r["documents"]) for r in rows] == [
        ("2025-02", 2), ("2025-03", 0), ("2025-04", 0), ("2025-05", 1), (UNDATED, 4)]
