"""Contradictions that hold: sides, lead-ins, headlines, captions, polarity; pairs stored as
documents arrive, in a real SQLite file, with the bundled encoder (texts written for these tests)."""

from __future__ import annotations

import pytest

from spinscope.campaigns.contradictions import contradictions, update
from spinscope.campaigns.sides import negated, not_a_claim, opposed, same_side, stands_apart, states_of
from spinscope.core.annotations import Claim
from spinscope.core.document import Document
from spinscope.store import Store


@pytest.mark.parametrize(("name", "state"), [
    ("Moscow", "russia"), ("the Kremlin", "russia"), ("Ministry of Foreign Affairs of Russia", "russia"),
    ("Velorian defence ministry", "veloria"), ("Dunmark's navy", "dunmark"),
    ("Ministry of Foreign Affairs of Dunmark", "dunmark"),
])
def test_government_names_speak_for_their_state(name: str, state: str) -> None:
    assert state in states_of(name)


@pytest.mark.parametrize("name", ["Lena Korvik", "Coastal Signal", "Russian opposition leader", "Admiral Jens Holm"])
def test_people_outlets_and_opposition_are_no_government(name: str) -> None:
    assert states_of(name) == set()


def test_same_side() -> None:
    assert same_side(["Maria Petrova", "Ministry of Foreign Affairs of Russia", "State Wire"], ["Moscow"])
    assert same_side([None, None, "Veloria Today"], ["Veloria Today"])  # the asserter's own outlet
    assert same_side(["the ministry"], ["Ministry of Defence of Veloria"])  # one name, shorter
    assert same_side(["Velorian officials"], ["Veloria"])  # a bare country is its government
    assert not same_side(["Dunmark's navy", None, "Coastal Signal"], ["Veloria's defence ministry"])


def test_lead_ins_headlines_and_captions_are_no_claims() -> None:
    text = ("Ministry says troops held positions\n\nThe ministry issued the following statement on Saturday:\n"
            "Our troops held their positions near Dorna.\nPhoto: soldiers near Dorna on Friday.")
    head = text.index("Ministry says")
    lead = text.index("The ministry issued")
    body = text.index("Our troops")
    caption = text.index("soldiers near")
    assert not_a_claim(text, head, head + 20)
    assert not_a_claim(text, lead, text.index(":\n") + 1)
    assert not not_a_claim(text, body, text.index("Dorna.\n"))
    assert not_a_claim(text, caption, caption + 12)


def test_polarity() -> None:
    assert negated("the ship never switched off its transponder")
    assert not negated("the ship switched off its transponder")
    assert not opposed("the ship switched off its transponder", "the ship never switched off its transponder")
    assert opposed("troops shelled Dorna", "the army shelled Dorna")
    # A contrast negates the alternative, not the claim.
    assert not negated("the pipeline failed because of corrosion, not sabotage")
    assert opposed("the pipeline failed because of corrosion, not sabotage", "the pipeline failed because of corrosion")


def test_a_document_that_only_relays_a_claim_is_no_claim_side() -> None:
    assert stands_apart("Fact check: was the pipeline corroded?", " as false.")
    assert stands_apart("Both sides trade blame", ", while Veloria said a mine destroyed it. Neither account could be verified.")
    assert stands_apart("Drone claim", ", the ministry said. Nordhaven Wire could not independently verify the claim.")
    assert not stands_apart("Convoy hit near Skarr", ", Dunmark's defence ministry said. Four trucks burned.")
    # Two sentences on, the disclaimer is about something else.
    assert not stands_apart("Convoy hit", ". Four trucks burned. The weather could not be confirmed either.")


def _doc(doc_id: str, source: str, text: str, claim: str, asserted_by: str | None, denied_by: list[str],
         issuer: str | None = None) -> Document:
    start = text.index(claim)
    doc = Document(id=doc_id, text=text, source=source, issuer=issuer, published="2026-11-02")
    doc.claims.append(Claim(start, start + len(claim), 0.9, asserted_by, denied_by))
    return doc


CLAIM = _doc("claim", "State Wire", "Army shelling\n\nThe army shelled the village of Dorna on Monday, the ministry said.",
             "The army shelled the village of Dorna on Monday", "Ministry of Foreign Affairs of Russia", [],
             issuer="Ministry of Foreign Affairs of Russia")
OWN_SIDE = _doc("own-side", "Wire B", "Moscow denies\n\nMoscow denied that the army shelled the village of Dorna.",
                "the army shelled the village of Dorna", None, ["Moscow"])
OTHER_SIDE = _doc("other-side", "Wire C", "Mayor denies\n\nMayor Elena Varga denied that the army shelled the village of Dorna.",
                  "the army shelled the village of Dorna", None, ["Elena Varga"])


@pytest.mark.slow
def test_pairs_are_stored_incrementally_and_hold(tmp_path) -> None:
    with Store(tmp_path / "c.db") as store:
        store.save(CLAIM)
        store.save(OWN_SIDE)
        assert contradictions(store, limit=None, writer=store) == []  # own government: no pair
        assert update(store) == {"documents": 0, "removed": 0, "pairs": 0}  # nothing new
        store.save(OTHER_SIDE)
        assert update(store)["documents"] == 1  # only the new document is computed
        found = contradictions(store, limit=None, writer=store)
        assert [(f["claim_doc"], f["denial_doc"]) for f in found] == [("claim", "other-side")]
        # The read-only path reads the same stored pairs.
    with Store(tmp_path / "c.db", read_only=True) as reader:
        assert [f["denial_doc"] for f in contradictions(reader, limit=None)] == ["other-side"]
    with Store(tmp_path / "c.db") as store:
        # The outlet changes sides: the denial now comes from the asserter's own outlet.
        store.save(_doc("other-side", "State Wire", OTHER_SIDE.text, "the army shelled the village of Dorna",
                        None, ["State Wire"]))
        assert contradictions(store, limit=None, writer=store) == []
        store.save(OTHER_SIDE)
        assert len(contradictions(store, limit=None, writer=store)) == 1
        store.delete("other-side")  # a removed document takes its pairs with it
        assert contradictions(store, limit=None, writer=store) == []


@pytest.mark.slow
def test_ingest_stores_the_pairs_as_documents_arrive(tmp_path) -> None:
    """Batch (the one way in) brings the pairs up to date after each run: a read-only reader, which
    never computes them, finds the pair right after the second document is ingested."""
    from spinscope.core.pipeline import Pipeline
    from spinscope.engine.batch import Batch

    pipeline = Pipeline(["parse", "entities", "quotes", "claims"], threaded=False)
    claim = Document(id="claim", source="Coastal Signal", published="2026-11-02",
                     text="Pipeline damaged\n\nThe Norvel pipeline was damaged by an explosive charge on Tuesday, "
                          "Dunmark's energy ministry said.")
    denial = Document(id="denial", source="VTR News", published="2026-11-03",
                      text="Velgrad denies sabotage\n\nVeloria's foreign ministry denied that the Norvel pipeline "
                           "was damaged by an explosive charge. It called the accusation a provocation.")
    with Store(tmp_path / "c.db") as store:
        first = Batch(store, pipeline).run([claim])
        assert first.contradictions == {"documents": 1, "removed": 0, "pairs": 0}
        second = Batch(store, pipeline).run([denial])
        assert second.contradictions is not None and second.contradictions["pairs"] == 1
        assert Batch(store, pipeline).run([denial]).contradictions is None  # unchanged: nothing to do
    with Store(tmp_path / "c.db", read_only=True) as reader:
        assert reader.contradiction_changes() == ({}, [])
        (pair,) = contradictions(reader, limit=None)
        assert (pair["claim_doc"], pair["denial_doc"]) == ("claim", "denial")
