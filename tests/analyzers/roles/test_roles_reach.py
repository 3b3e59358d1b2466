"""Roles that need more than the mention's own verb (session 6): an actor's name NER missed, a
nation's adjective, "it" in a body's own report, what an actor owns, clefts, responsibility, the
people of a place, and the text's own voice on a tie. Invented texts."""

from __future__ import annotations

import pytest

from spinscope.analyzers.roles.cues import Cue
from spinscope.analyzers.roles.decide import decide
from spinscope.analyzers.roles.mentions import more_mentions, same_nation
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

ANALYZERS = ["parse", "entities", "quotes", "claims", "roles"]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(ANALYZERS, threaded=False)


def _role(doc: Document, name: str) -> str | None:
    ents = [e for e in doc.entities if e.name == name or name in e.aliases]
    assert ents, (name, [e.name for e in doc.entities])
    roles = [e.role.main for e in ents if e.role is not None]
    return roles[0] if roles else None


def _read(text: str) -> Document:
    """The document with its parse kept (the pipeline's run drops it at the end)."""
    doc = Document(id="t", text=text)
    for analyzer in Pipeline(["parse", "entities", "quotes", "claims"], threaded=False).analyzers:
        analyzer.ensure_initialized()
        doc = analyzer(doc)
    return doc


def test_a_nation_and_its_adjective_are_one_actor() -> None:
    assert same_nation("Kessia", "Kessian")
    assert same_nation("Ostland", "Ostlandic")
    assert same_nation("Valmora", "Valmoran")
    assert same_nation("Marvanians", "Marvania")
    assert not same_nation("Tarsk", "Tarskian Army")  # a longer name is its own actor
    assert not same_nation("Lorn", "Lorna")  # short stems meet by chance


def test_a_name_ner_missed_is_read_again_but_not_inside_a_longer_name() -> None:
    doc = _read("The Dune Legion said on Monday it had no part in the attack. Fighters of the Dune Legion "
                "were seen near Ferra. The Dune Legion Herald did not comment.")
    legion = next(e for e in doc.entities if e.name == "Dune Legion")
    first = legion.mentions[0]
    legion.mentions = [first]  # as if NER had found only the first one
    spans = more_mentions(doc, doc.cache["parse"]).get("Dune Legion", [])
    found = {doc.text[s:e] for s, e in spans}
    second = doc.text.index("Dune Legion", first.end)
    assert (second, second + len("Dune Legion")) in spans and found <= {"Dune Legion", "it"}
    herald = doc.text.index("Dune Legion Herald")
    assert (herald, herald + len("Dune Legion")) not in spans


def test_it_in_a_bodys_own_report_is_that_body(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Border service foils smuggling ring\n\n"
        "Corvia's Border Guard Service said on Friday that it had detained five smugglers who were "
        "carrying explosives across the river. The Corvian Customs Office confirmed the seizure.")))
    assert _role(doc, "Border Guard Service") == "protagonist"
    assert _role(doc, "Corvian Customs Office") is None  # only confirms


def test_a_convoy_fired_upon_makes_its_owner_a_victim_and_a_blocked_one_does_not(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Statement by the Ministry of Foreign Affairs of Corvia\n\n"
        "Yesterday a convoy of the Relief Alliance was fired upon near Besk by gunmen of the Iron Hand group. "
        "Two drivers were wounded. The next day the Iron Hand group blocked a World Grain Office convoy at the "
        "Besk bridge.")))
    assert _role(doc, "Relief Alliance") == "innocent"
    assert _role(doc, "World Grain Office") is None


def test_trucks_of_an_agency_deliver_its_aid(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Trucks of the Northern Grain Fund delivered flour and drinking water to four villages on Monday, "
        "the fund said. The regional governor, Ada Kern, said more rain was expected.")))
    assert _role(doc, "Northern Grain Fund") == "protagonist"
    assert _role(doc, "Ada Kern") is None


def test_a_cleft_casts_its_focus_whatever_the_parse_hangs_the_clause_on(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Comment by the Foreign Ministry\n\n"
        "Norvia's envoy has again accused our government of persecuting reporters. Such groundless claims are "
        "nothing new. It is Norvia that has closed the offices of the Besk Herald and expelled its "
        "correspondents.")))
    assert _role(doc, "Norvia") == "antagonist"


def test_holding_a_group_and_its_leader_responsible_casts_both(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Statement by the Ministry of Internal Affairs\n\n"
        "On Sunday a police patrol was fired upon by members of the Iron Hand near Besk. We hold the Iron Hand "
        "and its leader Marko Vell responsible for this crime.")))
    assert _role(doc, "Marko Vell") == "antagonist"


def test_bearing_responsibility_for_crimes_is_a_villains_part(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "'The Norvian government bears full responsibility for these crimes,' envoy Oleg Tamm told the "
        "Corvia Today channel on Wednesday.")))
    assert _role(doc, "Norvian") == "antagonist"
    assert _role(doc, "Oleg Tamm") is None


def test_the_people_of_a_town_are_thanked_not_the_town(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Statement by the Ministry of Foreign Affairs\n\n"
        "A convoy of the Relief Alliance was shelled near Besk. We thank the people of Besk, who gave the "
        "drivers shelter.")))
    assert _role(doc, "Besk") is None


def test_names_after_a_detained_object_are_its_apposition(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "On 2 March, Norvian security services detained two correspondents of the Tessa channel, Anna Lint and "
        "Maria Sorn, in the city of Ferra. We demand their immediate release.")))
    assert _role(doc, "Maria Sorn") == "innocent"
    assert _role(doc, "Norvian") == "antagonist"  # its security services detained them


def test_an_act_of_intimidation_by_an_actor_is_harm_it_does(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Comment by the Foreign Ministry\n\n"
        "The so-called investigation is yet another act of intimidation by the Norvian authorities.")))
    assert _role(doc, "Norvian") == "antagonist"


def test_on_a_tie_the_texts_own_voice_wins() -> None:
    accused = Cue("antagonist", None, "Varesian Council", "accused", 1.0, (10, 17), (0, 40))
    helped = Cue("protagonist", "Guardian", None, "help", 1.0, (60, 69), (50, 90))
    decision = decide([accused, helped])
    assert decision is not None and decision.main == "protagonist" and decision.by is None


def test_saboteurs_working_for_a_service_cast_the_service(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Corvia's Border Guard Service said on Monday that it had detained four saboteurs working for "
        "Norvian military intelligence who had planned to blow up the Besk bridge.")))
    assert _role(doc, "Norvian") == "antagonist"


def test_the_brigade_and_the_minister_are_the_actors_named_before(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Statement by the Ministry of Defence of Corvia\n\n"
        "The Sarn Liberation Brigade announced a ceasefire on Monday. Hours later the brigade shelled the "
        "village of Tell, killing four civilians. Norvian Defence Minister Anton Becker visited the brigade's "
        "positions on Sunday. We hold the minister responsible for this crime.")))
    assert _role(doc, "Sarn Liberation Brigade") == "antagonist"
    assert _role(doc, "Anton Becker") == "antagonist"
