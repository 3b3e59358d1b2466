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
    assert not same_nation("Lorn", "Lorna")  # a final vowel is no nation's ending
    assert not same_nation("Selin", "Selina")
    assert same_nation("Ukraine", "Ukrainians")


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


# (what the rule reads, the text, the roles it must give: None for no role)
CASES = [
    ("'it' in a body's own report is that body; a body that only confirms gets nothing",
     "Border service foils smuggling ring\n\nCorvia's Border Guard Service said on Friday that it had detained "
     "five smugglers who were carrying explosives across the river. The Corvian Customs Office confirmed the "
     "seizure.",
     {"Border Guard Service": "protagonist", "Corvian Customs Office": None}),
    ("a convoy fired upon makes its owner a victim; a blocked one does not",
     "Statement by the Ministry of Foreign Affairs of Corvia\n\nYesterday a convoy of the Relief Alliance was "
     "fired upon near Besk by gunmen of the Iron Hand group. Two drivers were wounded. The next day the Iron "
     "Hand group blocked a World Grain Office convoy at the Besk bridge.",
     {"Relief Alliance": "innocent", "World Grain Office": None}),
    ("trucks of an agency deliver its aid",
     "Trucks of the Northern Grain Fund delivered flour and drinking water to four villages on Monday, the fund "
     "said. The regional governor, Ada Kern, said more rain was expected.",
     {"Northern Grain Fund": "protagonist", "Ada Kern": None}),
    ("a cleft casts its focus, through the verbs sharing the clause's subject",
     "Comment by the Foreign Ministry\n\nNorvia's envoy has again accused our government of persecuting "
     "reporters. Such groundless claims are nothing new. It is Norvia that has closed the offices of the Besk "
     "Herald and expelled its correspondents.",
     {"Norvia": "antagonist"}),
    ("holding a group and its leader responsible casts both",
     "Statement by the Ministry of Internal Affairs\n\nOn Sunday a police patrol was fired upon by members of "
     "the Iron Hand near Besk. We hold the Iron Hand and its leader Marko Vell responsible for this crime.",
     {"Marko Vell": "antagonist"}),
    ("bearing responsibility for crimes, with 'for' hung on the verb",
     "'The Norvian government bears full responsibility for these crimes,' envoy Oleg Tamm told the Corvia "
     "Today channel on Wednesday.",
     {"Norvian": "antagonist", "Oleg Tamm": None}),
    ("the people of a town are thanked, not the town",
     "Statement by the Ministry of Foreign Affairs\n\nA convoy of the Relief Alliance was shelled near Besk. We "
     "thank the people of Besk, who gave the drivers shelter.",
     {"Besk": None}),
    ("names after a detained object are its apposition; security services are their country's",
     "On 2 March, Norvian security services detained two correspondents of the Tessa channel, Anna Lint and "
     "Maria Sorn, in the city of Ferra. We demand their immediate release.",
     {"Maria Sorn": "innocent", "Norvian": "antagonist"}),
    ("an act of intimidation by an actor is harm it does",
     "Comment by the Foreign Ministry\n\nThe so-called investigation is yet another act of intimidation by the "
     "Norvian authorities.",
     {"Norvian": "antagonist"}),
    ("saboteurs working for a service cast the service",
     "Corvia's Border Guard Service said on Monday that it had detained four saboteurs working for Norvian "
     "military intelligence who had planned to blow up the Besk bridge.",
     {"Norvian": "antagonist"}),
    ("'the brigade' and 'the minister' are the actors so named or titled before",
     "Statement by the Ministry of Defence of Corvia\n\nThe Sarn Liberation Brigade announced a ceasefire on "
     "Monday. Hours later the brigade shelled the village of Tell, killing four civilians. Norvian Defence "
     "Minister Anton Becker visited the brigade's positions on Sunday. We hold the minister responsible for "
     "this crime.",
     {"Sarn Liberation Brigade": "antagonist", "Anton Becker": "antagonist"}),
    ("a denied deed casts nobody; a report the issuer calls false does not cast whom it accuses",
     "Statement by the Ministry of Defence of Corvia\n\nReports by Norvian officials that Corvian units shelled "
     "a school in Besk are false. Corvian forces do not strike civilian targets. Corvian military medics "
     "have treated 12 residents of Besk.",
     {"Corvian": "protagonist"}),
    ("police arresting suspects is law enforcement, not harm",
     "FERRA, Oct 8 (Nordwire) - Police in Ferra arrested two men suspected of robbing a branch of the "
     "Besk Savings Bank, a police spokesman said on Thursday.",
     {"Ferra": None, "Besk Savings Bank": None}),
    ("training the other side's militants makes a sponsor",
     "Comment by the Foreign Ministry\n\nIt is Norvia that continues to pour weapons into the region and to "
     "train the militants of the Besk Front, who have terrorised the local population for years.",
     {"Norvia": "antagonist"}),
    ("an actor's own blockade is its deed",
     "Opinion: Nine months of hunger\n\nBy Ada Kern\n\nThe Northern Trade Union's blockade of the port of "
     "Besk has now lasted nine months, and the pharmacies are empty, the Besk Herald reports.",
     {"Northern Trade Union": "antagonist", "Besk Herald": None}),
    ("a speaker the parse took for an object is no victim",
     "Norvian troops shelled a bakery in the town of Besk on Sunday, killing five people who were queuing for "
     "bread, the town's mayor, Olga Ren, told the Corvia Today channel.",
     {"Olga Ren": None}),
    ("troops loyal to a regime are its troops; waging war on its own people is harm",
     "Troops loyal to the Besk regime shelled a market in the town of Ferra on Sunday, the Corvia Today channel "
     "reported. 'Besk is waging a war against its own people,' said Olga Ren, a local doctor.",
     {"Besk": "antagonist", "Olga Ren": None}),
    ("stopping an attack protects; men detained while planting a bomb did harm, they are no victims",
     "Statement by the Ministry of Internal Affairs of Corvia\n\nOfficers of the Corvian Border Police have "
     "prevented a terrorist attack on the Besk bridge. Two members of the banned Grey Wolves movement were "
     "detained while planting an explosive device.",
     {"Corvian Border Police": "protagonist", "Grey Wolves": "antagonist"}),
    ("provoking a country casts the provoker, not the country",
     "The Northern Alliance is deliberately provoking Corvia by holding exercises near its border, analyst "
     "Sergei Kaur told the Corvia Today channel.",
     {"Northern Alliance": "antagonist", "Corvia": None, "Sergei Kaur": None}),
    ("condemned sanctions cast who adopts them, and the people they hit",
     "Comment by the Foreign Ministry\n\nThe Northern Trade Union has adopted yet another package of illegal "
     "sanctions against Besk. These measures hit ordinary Corvians first of all.",
     {"Northern Trade Union": "antagonist", "Corvians": "innocent"}),
    ("a sentence for a crime casts the convicted",
     "A court in Ferra on Tuesday sentenced former port director Karl Weiss to six years in prison for taking "
     "bribes, the court said. His lawyer, Eva Sten, said they would appeal.",
     {"Karl Weiss": "antagonist", "Eva Sten": None}),
    ("a game's result is no fight; a truck's crash and a storm's damage cast nobody",
     "Besk United destroyed FC Ferra 4-0 in the derby on Saturday, the league said. A truck of the Baltic Lines haulage "
     "company hit a bus on the Ferra ring road, killing three passengers, the police said.",
     {"Besk United": None, "Ferra": None, "Baltic Lines": None}),
    ("clearing mines and keeping a hospital open help; being called the real peacemakers is praise",
     "Opinion: Who keeps Besk alive\n\nBy Ada Kern\n\nCorvian sappers have cleared mines from 30 schools in "
     "Besk. The real peacemakers are the doctors of the Besk Health Trust, who have kept the children's "
     "hospital open through the winter. They deserve our admiration.",
     {"Corvian": "protagonist", "Besk Health Trust": "protagonist"}),
    ("a relative clause on the name or its apposition: looting fighters, a reporter who was killed",
     "Statement by the Union of Journalists of Corvia\n\nWe mourn our colleague Anna Lint, a reporter of "
     "the Tessa channel, who was killed on Friday by a Norvian drone. Ferra has been cut off for weeks by "
     "fighters of the Grey Legion, who have looted its pharmacies.",
     {"Anna Lint": "innocent", "Grey Legion": "antagonist", "Tessa": None}),
    ("financing a so-called platform that organised riots makes a sponsor",
     "Comment by the State Security Committee\n\nIt is the Norvian embassy that financed the so-called "
     "civic platforms which organised the riots in Ferra.",
     {"Norvian": "antagonist", "Ferra": None}),
    ("being behind attacks, forcing families to flee, the deaths one is responsible for; hosting refugees helps",
     "Comment by the Foreign Ministry\n\nIt is Norvia that is behind the attacks on our border posts. Its "
     "proxies of the Grey Legion forced the Marek family to flee their home. The Grey Legion's commander, "
     "Ivo Dunn, is responsible for the deaths of six civilians. The Besk Red Cross has hosted 400 refugees "
     "since May.",
     {"Norvia": "antagonist", "Ivo Dunn": "antagonist", "Besk Red Cross": "protagonist"}),
    ("credit and thanks: 'thanks to the mediation of X', 'appreciation to X and to Y'; hostages are victims",
     "Statement by the Ministry of Foreign Affairs of Corvia\n\nThanks to the mediation of the Emirate of "
     "Qadir, nine Corvian sailors held hostage by pirates for five months have been released. We express our "
     "deep appreciation to the government of Qadir and to the crew's employer, Baltic Lines, for their efforts.",
     {"Emirate of Qadir": "protagonist", "Corvian": "innocent", "Baltic Lines": "protagonist"}),
    ("a so-called mission of an actor, a strike carried out by its aircraft, false information it spreads",
     "Comment by the Foreign Ministry\n\nThe so-called humanitarian mission of the Northern Trade Union has "
     "not delivered any aid. The strike on the Besk power plant was carried out by Norvian aircraft. The Free "
     "Word Fund used the money to spread false information about our army.",
     {"Northern Trade Union": "antagonist", "Norvian": "antagonist", "Free Word Fund": "antagonist"}),
    ("violating a ceasefire, meddling, sabotaging talks, sheltering militants, airing staged footage",
     "Comment by the Foreign Ministry of Corvia\n\nThe Free Harim Brigade violated the ceasefire 12 times. The "
     "Norvian embassy continues to interfere in the internal affairs of our country. Besk is sheltering the "
     "militants who attacked our border post. The Ferra Channel has again aired staged footage.",
     {"Free Harim Brigade": "antagonist", "Norvian": "antagonist", "Besk": "antagonist", "Ferra Channel": "antagonist"}),
    ("repelling an attack by militants is a fight, not help to them",
     "Statement by the Ministry of Defence\n\nCorvian government troops repelled an attack by militants of the "
     "Grey Legion near Besk.",
     {"Corvian": "protagonist", "Grey Legion": "antagonist"}),
    ("condemning an actor for shelling, calling on it to end its aggression; pledged aid; a brokered truce",
     "Statement by the Ministry of Foreign Affairs of Corvia\n\nCorvia strongly condemns Norvia for the "
     "shelling of Besk. We call on the Norvian leadership to end its aggression immediately. Corvia has "
     "pledged 5 million in emergency aid to the families affected. The Emirate of Qadir has brokered a "
     "three-day truce.",
     {"Norvian": "antagonist", "Corvia": "protagonist", "Emirate of Qadir": "protagonist"}),
    ("keeping aid out and obstructing monitors cast the actor; a person named among the victims is one",
     "Comment by the Foreign Ministry\n\nThe Besk Defence Council has refused to let a food convoy enter the "
     "district. The Norvian authorities continue to obstruct the work of the monitors. Local teacher Maria "
     "Petrova and her two sons were among the victims of the shelling.",
     {"Besk Defence Council": "antagonist", "Norvian": "antagonist", "Maria Petrova": "innocent"}),
    ("coming under fire from an actor's positions, a terrorist act carried out by its agents, the target",
     "Statement by the State Security Committee of Corvia\n\nA convoy of the Relief Alliance came under fire "
     "from positions of the Grey Legion group near Besk. A terrorist act carried out by agents of the Norvian "
     "special services has been prevented. Journalist Anna Lint, who was to be the target of the attack, "
     "has been placed under protection.",
     {"Relief Alliance": "innocent", "Norvian": "antagonist", "Anna Lint": "innocent"}),
    ("handing over aid helps; those who fell victim to an actor's shelling cast the actor",
     "Servicemen of the Corvian Reconciliation Centre handed over 12 tonnes of food to residents of Besk on "
     "Sunday, its head said. Many residents fell victim to the Grey Legion group's shelling, he added.",
     {"Corvian Reconciliation Centre": "protagonist"}),
    ("who pays a deceiver sponsors it",
     "Statement by the Ministry of Justice of Corvia\n\nThe Free Word Fund received more than 3 million from "
     "the Norvian State Department and used the money to spread false information about our army.",
     {"Norvian State Department": "antagonist"}),
    ("a deed done under fire is no victimhood; coming under fire is",
     "Sergeant Anna Lint, a medic of the Corvian 2nd Brigade, evacuated nine civilians from Besk while under "
     "Norvian mortar fire, the brigade said. Later a convoy of the Relief Alliance came under fire near Besk.",
     {"Anna Lint": "protagonist", "Relief Alliance": "innocent"}),
]


@pytest.mark.parametrize(("reads", "text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_rule_casts_as_expected(pipe: Pipeline, reads: str, text: str, expected: dict) -> None:
    doc = pipe(Document(id="t", text=text))
    assert {name: _role(doc, name) for name in expected} == expected, reads


def test_on_a_tie_the_texts_own_voice_wins() -> None:
    accused = Cue("antagonist", None, "Varesian Council", "accused", 1.0, (10, 17), (0, 40))
    helped = Cue("protagonist", "Guardian", None, "help", 1.0, (60, 69), (50, 90))
    decision = decide([accused, helped])
    assert decision is not None and decision.main == "protagonist" and decision.by is None


def test_on_a_tie_the_body_wins_over_the_headline() -> None:
    headline = Cue("antagonist", None, "local officials", "harm", 1.0, (0, 5), (0, 40), in_title=True)
    body = Cue("antagonist", None, "Olga Ren", "harm", 1.0, (60, 65), (50, 120))
    decision = decide([headline, body])
    assert decision is not None and decision.by == "Olga Ren"


def test_a_label_on_a_name_ner_missed_is_not_an_unnamed_target(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Arvel regime shelled Tessa bakery, local officials say\n\n"
        "Terrorist gangs have looted the pharmacies of the town, the mayor said.")))
    unnamed = [lab.label.lower() for lab in doc.layer("framing")]
    assert "regime" not in unnamed  # "Arvel regime": a named target NER missed
    assert any("gangs" in lab for lab in unnamed)  # "Terrorist gangs": an evaluative word, no name


def test_the_militants_of_a_named_group_are_its_label_not_an_unnamed_one(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Besk is sheltering the militants of the Grey Wolves group who attacked our border post, the Corvian "
        "Border Service said.")))
    wolves = next(e for e in doc.entities if e.name == "Grey Wolves")
    assert any("militants" in lab.label for lab in wolves.labels)
    assert not any("militants" in lab.label for lab in doc.layer("framing"))


def test_the_body_that_speaks_is_the_voice_not_its_owner(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Corvia's Border Guard Service said on Friday that it had detained five smugglers who were carrying "
        "explosives across the river.")))
    service = next(e for e in doc.entities if e.name == "Border Guard Service")
    assert service.role is not None and service.role.main == "protagonist"
    assert service.role.by in (None, "Border Guard Service")  # not "Corvia", the owner named first


def test_a_word_someone_poses_as_is_no_label(pipe: Pipeline) -> None:
    doc = pipe(Document(id="t", text=(
        "Opinion: Words and drones\n\nBy Ada Kern\n\nNow the Norvian government wants to pose as a peacemaker. "
        "The real peacemakers are the doctors of the Besk Health Trust.")))
    unnamed = [lab.label.lower() for lab in doc.layer("framing")]
    assert "peacemaker" not in unnamed  # mocked, not given
    assert any("peacemakers" in lab for lab in unnamed)
