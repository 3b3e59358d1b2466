"""The analyst's word in a real SQLite file: reviews survive re-analysis, merges hold, the log keeps all (issue 25)."""

from __future__ import annotations

import pytest

from spinscope.core.annotations import Claim, Entity, Quote, Span, Technique
from spinscope.core.document import Document
from spinscope.core.review import ReviewError, item_key
from spinscope.service import review as rv
from spinscope.store import Store

TEXT = "The criminal regime lies, Anna Berg said. Berg added that the regime bombed Varna."


def analysed(score: float = 0.4) -> Document:
    """What a model gives this text: a technique, a quote, a claim and two actors."""
    return Document(
        id="a1", text=TEXT, source="wire.example",
        techniques=[Technique(4, 12, "Loaded_Language", score), Technique(13, 19, "Doubt", 0.2)],
        quotes=[Quote("direct", Span(0, 24), Span(35, 39), Span(26, 35), "Anna Berg")],
        claims=[Claim(58, 82, 0.7, "Berg")],
        entities=[Entity("Anna Berg", "PERSON", mentions=[Span(26, 35)]), Entity("Berg", "PERSON", mentions=[Span(42, 46)])],
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "r.db") as s:
        s.save(analysed())
        yield s


def test_reviews_survive_reanalysis(store):
    rv.review(store, "a1", "techniques", "reject", "ann", key="4:12:Loaded_Language")
    rv.review(store, "a1", "techniques", "edit", "ann", key="13:19:Doubt", item={"technique": "Smears", "end": 24})
    rv.review(store, "a1", "quotes", "edit", "bob", key="0:24", item={"speaker_name": "Anna Berg (minister)"})
    rv.review(store, "a1", "claims", "add", "ann", item={"start": 0, "end": 24, "score": 1.0})
    rv.review(store, "a1", "claims", "accept", "ann", key="58:82")
    # A new model version: the same items again, and the accepted claim no longer found.
    again = analysed(score=0.9)
    again.claims = []
    store.save(again)
    doc = store.get("a1")
    assert [(t.start, t.end, t.technique) for t in doc.techniques] == [(13, 24, "Smears")]
    assert doc.quotes[0].speaker_name == "Anna Berg (minister)"
    assert doc.quotes[0].cue == Span(35, 39)  # the field the analyst left alone follows the model
    assert sorted((c.start, c.end) for c in doc.claims) == [(0, 24), (58, 82)]
    log = store.review_log("a1")
    assert [e["action"] for e in reversed(log)] == ["reject", "edit", "edit", "add", "accept"]
    assert log[-1]["before"]["technique"] == "Loaded_Language" and log[-1]["reviewer"] == "ann"


def test_edit_that_does_not_fit_is_refused(store):
    with pytest.raises(ReviewError):
        rv.review(store, "a1", "techniques", "edit", "ann", key="13:19:Doubt", item={"end": 10_000})
    with pytest.raises(ReviewError):
        rv.review(store, "a1", "techniques", "reject", "", key="13:19:Doubt")
    assert len(store.get("a1").techniques) == 2


def test_merge_holds_across_the_corpus_and_reanalysis(store):
    other = Document(id="b1", text="Anna Berg spoke.", entities=[Entity("Anna Berg", "PERSON", mentions=[Span(0, 9)])])
    store.save(other)
    out = rv.merge_actors(store, ["Berg", "Anna Berg"], "Anna Berg", "ann")
    assert out["documents"] == ["a1", "b1"]
    doc = store.get("a1")
    assert [e.name for e in doc.entities] == ["Anna Berg"]
    assert [(m.start, m.end) for m in doc.entities[0].mentions] == [(26, 35), (42, 46)]
    assert doc.claims[0].asserted_by == "Anna Berg"
    store.save(analysed())  # re-analysis brings "Berg" back as its own actor: the merge applies again
    assert [e.name for e in store.get("a1").entities] == ["Anna Berg"]
    assert {(a["alias"], a["canonical"]) for a in store.aliases()} == {("Berg", "Anna Berg")}


def test_quality_matches_a_hand_count(store):
    rv.review(store, "a1", "techniques", "reject", "ann", key="4:12:Loaded_Language")
    rv.review(store, "a1", "techniques", "accept", "ann", key="13:19:Doubt")
    rv.review(store, "a1", "claims", "accept", "ann", key="58:82")
    rv.review(store, "a1", "quotes", "edit", "ann", key="0:24", item={"kind": "indirect"})
    q = rv.quality(store)["layers"]
    assert q["techniques"]["precision"] == 0.5 and q["techniques"]["judged"] == 2
    assert {r["label"]: r["precision"] for r in q["techniques"]["labels"]} == {"Doubt": 1.0, "Loaded_Language": 0.0}
    assert q["claims"]["precision"] == 1.0
    assert q["quotes"]["precision"] == 0.0 and q["quotes"]["edited"] == 1


def test_calibrate_needs_enough_reviews(tmp_path):
    with Store(tmp_path / "c.db") as s:
        for i in range(40):
            s.save(Document(id=f"d{i}", text="A loaded word here.",
                            techniques=[Technique(2, 8, "Loaded_Language", round(i / 40, 3))]))
        few = [f"d{i}" for i in range(10)]
        for d in few:
            rv.review(s, d, "techniques", "reject", "ann", key="2:8:Loaded_Language")
        out = rv.calibrate(s, "ann", current={"techniques": 0.1})
        assert out["version"] is None and out["report"]["techniques"]["changed"] is False
        # Low scores wrong, high scores right: the fitted minimum lands where precision reaches 0.75.
        for i in range(10, 40):
            action = "accept" if i >= 20 else "reject"
            rv.review(s, f"d{i}", "techniques", action, "ann", key="2:8:Loaded_Language")
        out = rv.calibrate(s, "ann", current={"techniques": 0.1})
        assert out["version"] == 1 and out["thresholds"]["techniques"] == pytest.approx(0.35)  # 20 right of 26 kept from 14/40 on
        rep = out["report"]["techniques"]
        assert rep["before"]["precision"] < 0.75 <= rep["after"]["precision"]
        s.save(Document(id="new", text="Another text."))
        assert s.get("new").meta["calibration"] == 1


def test_queue_least_confident_first_and_unreviewed_only(store):
    first = store.review_queue()
    assert [(r["layer"], r["key"]) for r in first[:2]] == [("techniques", "13:19:Doubt"), ("techniques", "4:12:Loaded_Language")]
    rv.review(store, "a1", "techniques", "accept", "ann", key="13:19:Doubt")
    assert "13:19:Doubt" not in [r["key"] for r in store.review_queue(layer="techniques")]
    assert [r["reviewed"] for r in store.review_queue(layer="techniques", unreviewed=False)].count("accept") == 1


def test_collections(store):
    store.save(Document(id="b1", text="Other text."))
    out = rv.collect(store, "syria", ["a1", "b1"], "Syria statements")
    assert out == {"collection": "syria", "added": 2, "documents": 2}
    assert store.collections()[0]["documents"] == 2
    assert item_key("entities", {"name": "Anna  BERG"}) == "actor:anna berg"
