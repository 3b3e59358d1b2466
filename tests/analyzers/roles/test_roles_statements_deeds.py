"""Deeds that statements, op-eds and aid groups' reports cast (issue 22, session 8), on invented texts:
a detention a statement condemns and a call to release the detainee; a blockade an actor "keeps" a land
under; harm to a clinic "run by" a charity; volunteers "bringing out the old and the sick"."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

ANALYZERS = ["parse", "entities", "quotes", "claims", "roles"]

NGO = (
    "Statement by Open Press Watch\n\n"
    "Open Press Watch condemns the arrest of journalist Pavel Morin by the Velmarian security service on "
    "4 May. We call on the Velmarian authorities to release him immediately."
)

POLICE = (
    "ORLA, May 3 (Nordwire) - Police in Orla arrested Karl Weiss, a former transport minister, on Tuesday on "
    "suspicion of taking bribes, prosecutors said."
)

OP_ED = (
    "Opinion: Sanctions that starve\n\n"
    "By Ana Lind\n\n"
    "For three years the Northern Alliance has kept Tessaria under a blockade it calls \"targeted measures\"."
)

CLINIC = (
    "ORLA, Jan 30 (Nordwire) - A clinic run by the charity Health Harbour in the town of Orla was badly "
    "damaged by an air strike on Wednesday, the charity said."
)

FLOOD = (
    "When the floods came, members of the Brisk Volunteer Rescue Team rowed from house to house for three "
    "days, bringing out the old and the sick."
)


SMEAR = (
    "Statement by the Ministry of Foreign Affairs of Tessaria\n\n"
    "The Ministry rejects the shameless lies spread this week by certain Western capitals. Once again, the "
    "collective West has launched a coordinated smear campaign against our peaceful nation."
)

NOT_X_BUT_Y = (
    "Comment by the Foreign Ministry of Tessaria\n\n"
    "It is not Tessaria but Dunmark and its allies who keep Velmaria under a blockade of illegal sanctions. "
    "Tessaria has sent more than 40 convoys with food and medicine to Velmaria this year."
)


EMBASSY = (
    "Statement by the Embassy of Tessaria in Dunmark\n\n"
    "The Dunmark Courier claims that Tessarian tankers have been smuggling oil to Velmaria in breach of "
    "sanctions. We would remind the editors that Tessarian ships operate in full compliance with the law."
)

SPIES = (
    "Statement by the State Security Service of Tessaria\n\n"
    "Counter-intelligence officers have exposed a network of agents run by Velmarian military intelligence."
)


CONGRATULATIONS = (
    "Statement by the Ministry of Defence of Tessaria\n\n"
    "The Ministry congratulates the servicemen of the Tessarian Southern Group of Forces on the liberation of "
    "Orla. The Ministry also congratulates Mayor Anna Lind on her election."
)


DONE_MORE = (
    "Opinion: Who helps the children\n\n"
    "By Ana Lind\n\n"
    "The Green Lamp Society, a small charity from Dunmark, has done more for those children than all the "
    "commissioners put together."
)


JUDGED_DEED = (
    "Tessaria will not apologise for strikes - Deputy FM\n\n"
    "Tessaria's strikes on camps in the Orla valley were 'a legitimate act of self-defence', Deputy Foreign "
    "Minister Ivan Rusk told reporters on Wednesday."
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(ANALYZERS, threaded=False)


def _find(doc: Document, word: str):
    return next((e.role for e in doc.entities if word in e.name), "missing")


def test_a_condemned_arrest_casts_the_detainee_and_the_detainer(pipe: Pipeline) -> None:
    doc = pipe(Document(id="ngo", text=NGO))
    morin, velmar = _find(doc, "Morin"), _find(doc, "Velmar")
    assert morin not in (None, "missing") and morin.main == "innocent", morin
    assert velmar not in (None, "missing") and velmar.main == "antagonist", velmar


def test_a_reported_arrest_casts_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="police", text=POLICE))
    assert _find(doc, "Weiss") in (None, "missing")


def test_keeping_a_land_under_blockade_is_harm(pipe: Pipeline) -> None:
    doc = pipe(Document(id="oped", text=OP_ED))
    alliance = _find(doc, "Alliance")
    assert alliance not in (None, "missing") and alliance.main == "antagonist", alliance


def test_harm_to_a_clinic_run_by_a_charity_is_harm_to_the_charity(pipe: Pipeline) -> None:
    doc = pipe(Document(id="clinic", text=CLINIC))
    charity = _find(doc, "Health Harbour")
    assert charity not in (None, "missing") and charity.main == "innocent", charity


def test_bringing_out_the_old_and_the_sick_is_a_rescue(pipe: Pipeline) -> None:
    doc = pipe(Document(id="flood", text=FLOOD))
    team = _find(doc, "Rescue Team")
    assert team not in (None, "missing") and team.main == "protagonist", team


def test_the_west_spreading_lies_and_a_smear_campaign_is_cast(pipe: Pipeline) -> None:
    doc = pipe(Document(id="smear", text=SMEAR))
    west = _find(doc, "West")
    assert west not in (None, "missing") and west.main == "antagonist" and west.by is None, west


def test_not_x_but_y_casts_y_only(pipe: Pipeline) -> None:
    doc = pipe(Document(id="cleft", text=NOT_X_BUT_Y))
    dunmark, tessaria = _find(doc, "Dunmark"), _find(doc, "Tessaria")
    assert dunmark not in (None, "missing") and dunmark.main == "antagonist", dunmark
    assert tessaria in (None, "missing") or tessaria.main == "protagonist", tessaria


def test_an_embassys_host_country_is_not_its_own_side(pipe: Pipeline) -> None:
    doc = pipe(Document(id="embassy", text=EMBASSY))
    assert all(e.role is None or e.role.main != "antagonist" for e in doc.entities if e.name == "Dunmark")
    tessaria = _find(doc, "Tessarian")
    # the newspaper's accusation casts the embassy's own country in the newspaper's voice, not the author's
    assert tessaria not in (None, "missing") and tessaria.main == "antagonist" and tessaria.by is not None, tessaria


def test_the_handlers_of_exposed_agents_are_cast(pipe: Pipeline) -> None:
    doc = pipe(Document(id="spies", text=SPIES))
    velmar = _find(doc, "Velmar")
    assert velmar not in (None, "missing") and velmar.main == "antagonist", velmar


def test_congratulations_on_a_liberation_praise_in_the_issuers_voice(pipe: Pipeline) -> None:
    doc = pipe(Document(id="congrats", text=CONGRATULATIONS))
    group = _find(doc, "Southern Group")
    assert group not in (None, "missing") and group.main == "protagonist" and group.by is None, group
    assert _find(doc, "Anna Lind") in (None, "missing")  # congratulated on an election: no cast


def test_doing_more_for_children_is_help_of_the_charity_not_of_its_country(pipe: Pipeline) -> None:
    doc = pipe(Document(id="done-more", text=DONE_MORE))
    charity = _find(doc, "Green Lamp")
    assert charity not in (None, "missing") and charity.main == "protagonist", charity
    assert _find(doc, "Dunmark") in (None, "missing")


def test_a_deed_judged_casts_its_doer_and_labels_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="judged", text=JUDGED_DEED))
    tessaria = next(e for e in doc.entities if e.name == "Tessaria")
    assert not [lab for lab in tessaria.labels if lab.get("kind", "label") == "label"], tessaria.labels
    assert tessaria.role is not None and tessaria.role.main == "protagonist" and tessaria.role.by == "Ivan Rusk"


def test_a_nations_charity_does_not_pass_its_deeds_to_the_nation(pipe: Pipeline) -> None:
    doc = pipe(Document(id="charity", text=(
        "Meanwhile the small Dunmarkian charity Bread for Orla feeds 5,000 people a day. Dunmarkian "
        "troops evacuated 300 civilians from the town on Monday.")))
    roles = {e.name: e.role for e in doc.entities}
    dunmark = [r for n, r in roles.items() if n.startswith("Dunmark")]
    assert dunmark and all(r is not None and r.evidence for r in dunmark), roles  # the troops' rescue casts it
    assert all("charity" not in doc.text[s.start:s.end] for r in dunmark for s in r.evidence), dunmark


def test_welcoming_a_principled_position_praises_its_holder(pipe: Pipeline) -> None:
    doc = pipe(Document(id="welcome", text=(
        "Comment by the Foreign Ministry of Tessaria\n\n"
        "We appreciate the balanced assessment of the Council of Regions, and we welcome Dunmark's principled "
        "position. We have noted the position of Velmaria.")))
    council, dunmark = _find(doc, "Council of Regions"), _find(doc, "Dunmark")
    assert council not in (None, "missing") and council.main == "protagonist" and council.by is None, council
    assert dunmark not in (None, "missing") and dunmark.main == "protagonist", dunmark
    assert _find(doc, "Velmaria") in (None, "missing")  # noted, not praised


def test_covering_up_crimes_escalating_tensions_and_armed_nationalists_are_cast(pipe: Pipeline) -> None:
    doc = pipe(Document(id="cover", text=(
        "Comment by the Foreign Ministry of Tessaria\n\n"
        "The Dunmark media hushed up the massacre in Orla. The Norvian government is turning a blind eye to the "
        "crimes of the Harlan regime. The Northern Alliance is deliberately escalating tensions on our border. "
        "Velmarian nationalists shelled the city of Lipki.")))
    for name in ("Dunmark", "Norvia", "Northern Alliance", "Velmarian"):
        role = _find(doc, name)
        assert role not in (None, "missing") and role.main == "antagonist", (name, role)


def test_fuel_prices_and_a_downplayed_forecast_cast_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="fuel", text=(
        "ORLA, May 3 (Nordwire) - Rising fuel prices fuelled inflation in Dunmark, the central bank said. "
        "The Dunmark Weather Service downplayed the storm forecast.")))
    assert all(e.role is None for e in doc.entities), [(e.name, e.role) for e in doc.entities if e.role]


def test_a_price_war_is_no_war(pipe: Pipeline) -> None:
    doc = pipe(Document(id="price-war", text=(
        "BRISK, May 4 (Nordwire) - Analysts at Dunmark Bank said Velmot was losing market share to rival "
        "Ostmotors, which launched an aggressive price war last year.")))
    assert all(e.role is None for e in doc.entities), [(e.name, e.role) for e in doc.entities if e.role]


def test_a_sentence_for_a_crime_told_as_a_verb_casts_the_convicted(pipe: Pipeline) -> None:
    doc = pipe(Document(id="court", text=(
        "A court in Brisk on Monday sentenced former mayor Karl Lenz to four years in prison for embezzling "
        "city funds. Lenz denied wrongdoing.")))
    lenz = _find(doc, "Lenz")
    assert lenz not in (None, "missing") and lenz.main == "antagonist", lenz


def test_a_countrys_own_adjective_entity_weighs_in_its_role(pipe: Pipeline) -> None:
    doc = pipe(Document(id="adjective", text=(
        "Comment by the Foreign Ministry of Tessaria\n\n"
        "Norvia's envoy Mark Olsen once again accused Tessaria of deliberate attacks on civilians. These "
        "accusations are unsubstantiated. Tessarian servicemen have evacuated more than 2,000 civilians from "
        "the combat zone.")))
    tessaria = next(e for e in doc.entities if e.name == "Tessaria")
    # the accuser's voice and the issuer's both cast it; on a tie the issuer's own voice wins
    assert tessaria.role is not None and tessaria.role.main == "protagonist" and tessaria.role.by is None


def test_a_doubted_deed_casts_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="doubt", text=(
        "Criticism was a crime in those days, but I doubt that the Tessarians ever considered arresting "
        "Mark Olsen for it.")))
    assert all(e.role is None for e in doc.entities), [(e.name, e.role) for e in doc.entities if e.role]


def test_a_campaign_an_actor_is_waging_in_a_relative_clause(pipe: Pipeline) -> None:
    doc = pipe(Document(id="waging", text=(
        "Comment by the Foreign Ministry of Tessaria\n\n"
        "These accusations are part of a smear campaign that Norvia and its allies have been waging against our "
        "country for years.")))
    norvia = _find(doc, "Norvia")
    assert norvia not in (None, "missing") and norvia.main == "antagonist" and norvia.by is None, norvia


def test_patrons_sanctions_and_instigators_of_a_statement(pipe: Pipeline) -> None:
    doc = pipe(Document(id="patrons2", text=(
        "Comment by the Foreign Ministry of Tessaria\n\n"
        "The Norvian authorities continue to supply Velmaria with long-range missiles, which the Velmarian "
        "military uses to strike civilian targets in our border regions. Dunmarkian officials openly encourage "
        "the Velmarian leadership to continue the war. The sanctions imposed by the Northern Alliance have "
        "deprived millions of people of access to medicines.")))
    for name in ("Norvia", "Dunmark", "Northern Alliance"):
        role = _find(doc, name)
        assert role not in (None, "missing") and role.main == "antagonist", (name, role)


def test_supplying_a_country_with_arms_alone_casts_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="supply", text=(
        "BRISK, May 4 (Nordwire) - Norvia will supply Dunmark with air defence missiles under a contract "
        "signed on Thursday, the defence ministry said.")))
    assert all(e.role is None for e in doc.entities), [(e.name, e.role) for e in doc.entities if e.role]


def test_a_nations_strike_a_demand_and_an_armys_own_report(pipe: Pipeline) -> None:
    doc = pipe(Document(id="strike", text=(
        "Tessarian reporter killed in Velmarian drone strike\n\n"
        "Correspondent Ivan Petrov was killed by a Velmarian drone strike near Lipki on Sunday, the channel said. "
        "The Velmarian Defence Ministry claimed that its forces had targeted a military convoy. Tessaria's "
        "Foreign Ministry demanded that the United Nations condemn Velmaria.")))
    roles = {e.name: e.role for e in doc.entities}
    velmarian = roles.get("Velmarian")
    assert velmarian is not None and velmarian.main == "antagonist", roles
    ministry = roles.get("Velmarian Defence Ministry")
    assert ministry is None or ministry.main == "protagonist", ministry  # its own report of a military target
    velmaria = roles.get("Velmaria")
    assert velmaria is not None and velmaria.main == "antagonist" and "United Nations" not in (velmaria.by or ""), velmaria


def test_a_blame_someone_plans_casts_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="planned", text=(
        "\"They want to provoke us into a response and then blame Tessaria for the escalation,\" military "
        "expert Viktor Dal told reporters.")))
    tessaria = _find(doc, "Tessaria")
    assert tessaria in (None, "missing"), tessaria


def test_detaining_suspects_of_a_sabotage_plot_is_law_enforcement(pipe: Pipeline) -> None:
    doc = pipe(Document(id="suspects", text=(
        "Tessaria's Federal Security Service has detained two citizens suspected of planning a sabotage "
        "attack on the Orla power plant, the agency said on Wednesday.")))
    service = _find(doc, "Security Service")
    assert service in (None, "missing"), service


def test_a_fact_check_casts_neither_the_country_nor_the_town_of_a_clinic(pipe: Pipeline) -> None:
    doc = pipe(Document(id="factcheck", text=(
        "Fact check: No, Tessarian hospitals are not refusing to treat refugees\n\n"
        "A video shared on social media claims that hospitals in Tessaria turn away refugees. This claim is "
        "false. A woman in the video says she was refused treatment at a clinic in Halden. The Halden clinic "
        "shown in the video confirmed that it had treated 214 refugees in January.")))
    cast = {e.name: (e.type, e.role.main) for e in doc.entities if e.role is not None}
    assert not any(n.startswith("Tessar") or n == "Halden" and t in ("GPE", "LOC") for n, (t, _) in cast.items()), cast


def test_corridors_human_shields_fire_and_deaths_under_ruins(pipe: Pipeline) -> None:
    doc = pipe(Document(id="corridor", text=(
        "The Tessarian army has opened a humanitarian corridor out of the besieged city of Orla, spokesman "
        "Ivo Krall said. Fighters of the Grey Banner Front are preventing residents from leaving, Krall said. "
        "Velmarian troops had opened fire on a border post near Ardo, the ministry said. Last winter the "
        "shelling levelled the village of Pelm, and the schoolteacher Irma Voss died under the ruins of her "
        "school.")))
    expect = {"Tessarian": "protagonist", "Grey Banner Front": "antagonist", "Velmarian": "antagonist",
              "Irma Voss": "innocent"}
    for name, main in expect.items():
        role = _find(doc, name)
        assert role not in (None, "missing") and role.main == main, (name, role)


def test_refugees_crossing_a_border_and_a_natural_death_cast_nobody(pipe: Pipeline) -> None:
    doc = pipe(Document(id="border", text=(
        "BRISK, May 4 (Nordwire) - Thousands of Velmarians crossed the border into Tessaria on Sunday. Former "
        "mayor Karl Lenz died in hospital at the age of 89.")))
    assert all(e.role is None for e in doc.entities), [(e.name, e.role) for e in doc.entities if e.role]


def test_their_in_a_bodys_words_is_not_the_body(pipe: Pipeline) -> None:
    doc = pipe(Document(id="their", text=(
        "The Ministry of Foreign Affairs of the Republic of Tessaria categorically rejects the shameless lies "
        "spread this week by certain Western capitals and their obedient media.")))
    ministry = next((e for e in doc.entities if e.name.startswith("Ministry of Foreign Affairs")), None)
    assert ministry is None or ministry.role is None or ministry.role.main != "antagonist", ministry.role
