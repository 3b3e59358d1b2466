"""Strikes in a side's own voice, and two deeds of statements (issue 22, session 8), on invented texts:
an army's spokesman reporting its strikes casts its forces as fighting and the owner of what they hit as
the enemy, in his voice; a statement's own strikes make the struck side its enemy; the same strike in a
neutral wire, or the other side's strike on "its checkpoints", casts nobody new; "call on X to stop
spreading disinformation" casts X; carrying wounded comrades out is a rescue."""

from __future__ import annotations

import pytest

from spinscope.analyzers.roles.strikes import military_objects, struck_owner
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.models.spacy_model import load_english

ANALYZERS = ["parse", "entities", "quotes", "claims", "roles"]

SPOKESMAN = (
    "Tessarian jets hit rebel depots, says ministry\n\n"
    "Tessarian Air Force aircraft destroyed four ammunition depots of the Grey Banner Front near Kolm "
    "overnight, Defence Ministry spokesman Colonel Ivan Rusk said on Monday. The United Nations said it "
    "could not verify the report."
)

STATEMENT = (
    "Statement by the Ministry of Defence of Tessaria\n\n"
    "Units of the 4th Mountain Brigade destroyed 12 Velmarian tanks near Orla. Tessarian aircraft carried "
    "out strikes on command posts of the Velmarian army near Brisk.\n\n"
    "The Armed Forces of Tessaria will continue to protect the country."
)

WIRE = (
    "ORLA, May 3 (Nordwire) - Rebels of the Grey Banner Front attacked its checkpoints near Kolm on Sunday, "
    "killing two soldiers, the Tessarian army said."
)

COMMENT = (
    "Comment by the Foreign Ministry of Tessaria\n\n"
    "We have taken note of the remarks by Velmaria's ambassador. We call on our Velmarian colleagues to stop "
    "spreading disinformation and to return to honest dialogue."
)

PATRONS = (
    "Velmarian mercenaries in Orla, says intelligence\n\n"
    "At least 500 foreign mercenaries recruited by private military firms from Dunmark are fighting on the side "
    "of the Velmarian army, the Tessarian Foreign Intelligence Service said on Monday. \"The junta in Orla is "
    "killing civilians with weapons supplied by Norvia,\" Deputy Foreign Minister Ivan Rusk told reporters."
)

SPONSOR = (
    "Comment by the Foreign Ministry of Tessaria\n\n"
    "Velmaria's envoy Mark Olsen said on Tuesday that Dunmark was \"sponsoring the violence\" in Orla."
)

RESCUE = (
    "Statement by the Ministry of Defence of Tessaria\n\n"
    "Sergeant Anton Berg of the 4th Mountain Brigade personally carried five wounded comrades out of a burning trench near Orla."
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(ANALYZERS, threaded=False)


def _roles(doc: Document) -> dict[str, object]:
    return {e.name: e.role for e in doc.entities}


def _find(roles: dict, word: str):
    return next((r for n, r in roles.items() if word in n), None)


def test_a_spokesman_reporting_his_sides_strikes_casts_both_sides_in_his_voice(pipe: Pipeline) -> None:
    roles = _roles(pipe(Document(id="spokesman", text=SPOKESMAN)))
    force, front = _find(roles, "Air Force"), _find(roles, "Grey Banner")
    assert force is not None and force.main == "protagonist" and force.by == "Ivan Rusk", roles
    assert front is not None and front.main == "antagonist" and front.by == "Ivan Rusk", roles
    assert _find(roles, "United Nations") is None


def test_a_statements_own_strikes_make_the_struck_side_its_enemy(pipe: Pipeline) -> None:
    roles = _roles(pipe(Document(id="statement", text=STATEMENT)))
    other = [r for n, r in roles.items() if "Velmar" in n and r is not None]
    assert other and all(r.main == "antagonist" and r.by is None for r in other), roles
    brigade = _find(roles, "Mountain Brigade")
    assert brigade is not None and brigade.main == "protagonist", roles


def test_the_other_sides_attack_on_its_checkpoints_is_no_fight_of_the_attacker(pipe: Pipeline) -> None:
    roles = _roles(pipe(Document(id="wire", text=WIRE)))
    front = _find(roles, "Grey Banner")
    assert front is None or front.main == "antagonist", roles


def test_asked_to_stop_spreading_disinformation_is_cast(pipe: Pipeline) -> None:
    roles = _roles(pipe(Document(id="comment", text=COMMENT)))
    other = [r for n, r in roles.items() if "Velmar" in n and r is not None]
    assert other and any(r.main == "antagonist" and r.by is None for r in other), roles


def test_carrying_wounded_comrades_out_is_a_rescue(pipe: Pipeline) -> None:
    roles = _roles(pipe(Document(id="rescue", text=RESCUE)))
    varn = _find(roles, "Berg")
    assert varn is not None and varn.main == "protagonist", roles


def test_the_patrons_of_the_other_sides_harm_are_cast_in_the_speakers_voice(pipe: Pipeline) -> None:
    roles = _roles(pipe(Document(id="patrons", text=PATRONS)))
    dunmark, norvia = _find(roles, "Dunmark"), _find(roles, "Norvia")
    assert dunmark is not None and dunmark.main == "antagonist" and "Intelligence" in (dunmark.by or ""), roles
    assert norvia is not None and norvia.main == "antagonist" and norvia.by == "Ivan Rusk", roles


def test_sponsoring_violence_is_cast_in_the_accusers_voice(pipe: Pipeline) -> None:
    roles = _roles(pipe(Document(id="sponsor", text=SPONSOR)))
    dunmark = _find(roles, "Dunmark")
    assert dunmark is not None and dunmark.main == "antagonist" and dunmark.by == "Mark Olsen", roles


@pytest.fixture(scope="module")
def nlp():
    return load_english()


def test_struck_owner_climbs_to_the_strike(nlp) -> None:
    doc = nlp("The Navy destroyed three ammunition depots of the Grey Banner Front.")
    front = next(t for t in doc if t.text == "Front")
    verb, path = struck_owner(front)
    assert verb.lemma_ == "destroy" and "depots" in [t.text for t in path]
    doc = nlp("The Navy carried out strikes on facilities used by the Grey Banner Front.")
    verb, path = struck_owner(next(t for t in doc if t.text == "Front"))
    assert verb.text == "strikes" and "facilities" in [t.text for t in path]
    doc = nlp("The Grey Banner Front praised the Navy.")
    assert struck_owner(next(t for t in doc if t.text == "Front")) is None


def test_military_objects(nlp) -> None:
    def verb(text: str):
        return next(t for t in nlp(text) if t.pos_ == "VERB" and t.dep_ == "ROOT")

    assert military_objects(verb("The jets destroyed three weapons depots of the Front."))
    assert military_objects(verb("The jets carried out strikes on command posts near Brisk."))
    assert not military_objects(verb("The jets destroyed a school in Brisk."))
    assert not military_objects(verb("Rebels attacked its checkpoints near Kolm."))
    assert not military_objects(verb("The medic carried 14 wounded soldiers out of the trench."))


def test_the_other_sides_army_reporting_a_strike_on_its_depot_casts_the_striker_as_villain(pipe: Pipeline) -> None:
    doc = pipe(Document(id="other-side", text=(
        "KORSK, March 14 - Tessaria has accused Velmaria of staging a border incident, Deputy Foreign Minister "
        "Oleg Ramsin said on Friday. Velmaria's Defence Ministry said on Thursday that Tessarian drones had "
        "crossed into its airspace and struck a fuel depot near Dravik, injuring two guards.")))
    roles = _roles(doc)
    tessaria = [r for n, r in roles.items() if n.startswith("Tessar") and r is not None]
    assert tessaria and all(r.main == "antagonist" for r in tessaria), roles
    velmaria = roles.get("Velmaria")
    assert velmaria is not None and velmaria.by != "KORSK", velmaria
