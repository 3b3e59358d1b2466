"""Issue 22 (precision per document), on invented texts: a title's place cut off a name, types the text
itself gives away (demonyms, what only a state has, newspapers, offices), and words that judge nobody
("sanctions regime", "defender Tim Oster")."""

from __future__ import annotations

from spinscope.analyzers.entities.recover import strip_office_place
from spinscope.core.document import Document, Entity


def run(pipeline, text: str) -> dict[str, Entity]:
    return {e.name: e for e in pipeline(Document(id="t", text=text)).entities}


def test_a_title_for_a_place_keeps_the_place_out_of_the_name(base_pipeline):
    text = ("We have noted the remarks of Norland's Special Envoy for Marvania Daniel Price, who alleged that "
            "the blockade was illegal. Ostland has sent 40 convoys to Marvania this year.")
    ents = run(base_pipeline, text)
    assert "Marvania Daniel Price" not in ents
    price = ents["Daniel Price"]
    assert price.type == "PERSON"
    assert "Special Envoy for Marvania" in [lab.label for lab in price.labels if lab.kind == "title"]


def test_office_place_cut_only_before_a_full_name():
    text = "The Minister of Defence Ivan Petrov said the drills would end."
    s = text.index("Defence Ivan Petrov")
    s2, e2, etype, title = strip_office_place(text, s, s + len("Defence Ivan Petrov"), "ORG")
    assert (text[s2:e2], etype, text[title[0]:title[1]]) == ("Ivan Petrov", "PERSON", "Minister of Defence")
    text = "The Minister of Defence Ivan said."  # one name word left: no person
    s = text.index("Defence Ivan")
    assert strip_office_place(text, s, s + len("Defence Ivan"), "ORG")[3] is None
    text = "She met Anna Berg Lind in Varna."  # no office before: nothing to cut
    s = text.index("Anna")
    assert strip_office_place(text, s, s + len("Anna Berg Lind"), "PERSON")[3] is None


def test_a_country_with_its_demonym_is_a_place(base_pipeline):
    text = ("Ostland has moved two brigades to the border. Ostlandic troops were seen near the river, and "
            "Tarvia said it was watching. It is Tarvia that has deployed two battalions, Tarvian officials said.")
    ents = run(base_pipeline, text)
    assert ents["Ostland"].type == "GPE"
    assert ents["Tarvia"].type == "GPE"


def test_a_continent_with_its_adjective_stays_a_continent(base_pipeline):
    text = "European allies are concerned, officials said. Europe has no desire to start a trade war."
    ents = run(base_pipeline, text)
    assert ents["Europe"].type != "GPE"


def test_a_first_name_is_no_country_because_of_another_word():
    # "Julia" with "Julian" as a person's name (not a modifier of a common noun): no demonym
    from spinscope.core.pipeline import Pipeline

    text = "Julia Mann met Julian Berg in Varna. Julia said the talks went well."
    ents = run(Pipeline(["parse", "entities"], on_error="record"), text)
    assert all(e.type != "GPE" for n, e in ents.items() if n.startswith("Julia"))


def test_what_only_a_state_has_makes_a_place(base_pipeline):
    text = ("Tarsk's parliament voted on Monday to reopen the border. Tarsk will also send observers.")
    ents = run(base_pipeline, text)
    assert ents["Tarsk"].type == "GPE"


def test_the_country_of_a_ministry_with_its_field_is_a_place(base_pipeline):
    text = "The Foreign Ministry of Tarsk rejected the accusations. Tarsk has never carried out cyber attacks."
    ents = run(base_pipeline, text)
    assert ents["Tarsk"].type == "GPE"


def test_a_group_with_a_government_stays_what_ner_says():
    from spinscope.analyzers.entities.variants import STATE_AFTER

    assert not STATE_AFTER.match("'s government in the enclave")
    assert STATE_AFTER.match("'s Foreign Ministry said")


def test_the_country_of_an_embassy_is_a_place(base_pipeline):
    text = ("The Embassy of Veloria has taken note of an article in the press. Veloria has always respected "
            "the sovereignty of its neighbours.")
    ents = run(base_pipeline, text)
    assert ents["Veloria"].type == "GPE"


def test_a_newspaper_is_an_organisation(base_pipeline):
    text = ("An article published by the Dornan newspaper Morning Courier alleges that diplomats financed "
            "rallies. The Embassy expects the editors of Morning Courier to publish a retraction.")
    ents = run(base_pipeline, text)
    assert ents["Morning Courier"].type == "ORG"


def test_towns_after_port_of_and_mayor_of_are_places(base_pipeline):
    text = ("The port of Selin handled a record 2.1 million containers last year, port director Helga "
            "Mann said. A district court in Harn acquitted the former mayor of Harn on Tuesday.")
    ents = run(base_pipeline, text)
    assert ents["Selin"].type == "GPE"
    assert ents["Harn"].type == "GPE"


def test_an_office_typed_as_an_organisation_is_the_title_of_the_name_after_it(base_pipeline):
    text = ("Answer of the Foreign Ministry Spokesman Pavel Grek to a media question about the exercises. "
            "Foreign Ministry spokeswoman Vera Ostrova said the drills were announced in advance.")
    ents = run(base_pipeline, text)
    assert "Foreign Ministry Spokesman" not in ents
    assert ents["Pavel Grek"].type == "PERSON"
    assert "Foreign Ministry Spokesman" in [lab.label for lab in ents["Pavel Grek"].labels if lab.kind == "title"]
    assert ents["Vera Ostrova"].type == "PERSON"


def test_the_field_of_an_office_is_no_actor(base_pipeline):
    text = "Last month, Deputy Agriculture Minister Igor Salnik said the country had exported a record harvest."
    ents = run(base_pipeline, text)
    assert "Agriculture" not in ents
    assert ents["Igor Salnik"].type == "PERSON"


def test_a_headline_word_the_text_writes_in_lower_case_is_no_name(base_pipeline):
    text = ("'Hypocrisy at its finest': Ostland slams Norland envoy\n\n"
            "The ministry called the envoy's remarks \"hypocrisy at its finest\".")
    ents = run(base_pipeline, text)
    assert "Hypocrisy" not in ents


def test_a_sanctions_regime_is_no_label(base_pipeline):
    text = ("\"The people who imposed the harshest sanctions regime in history are now lecturing us,\" "
            "Foreign Ministry spokeswoman Vera Ostrova said. The criminal regime in Damar shelled the town.")
    doc = base_pipeline(Document(id="t", text=text))
    labels = [lab.label for lab in doc.framing] + [lab.label for e in doc.entities for lab in e.labels
                                                  if lab.kind == "label"]
    assert not any(lab in ("regime", "sanctions regime", "harshest sanctions regime") for lab in labels)
    assert "criminal regime" in labels  # an evaluative modifier still labels


def test_a_sports_position_is_no_label(base_pipeline):
    text = ("Valmora United beat Dorna City 2-0 on Sunday. Dorna defender Erik Lind was sent off after an hour "
            "for a foul, and the visitors' coach Ari Holm said the referee was right.")
    doc = base_pipeline(Document(id="t", text=text))
    assert not [lab for e in doc.entities for lab in e.labels if lab.kind == "label"]
    assert not [lab for lab in doc.framing if "defender" in lab.label]


def test_defenders_of_a_town_still_label(base_pipeline):
    text = "The heroic defenders of Vesk held out for three weeks against the Ostlandic assault."
    doc = base_pipeline(Document(id="t", text=text))
    labels = [lab.label for lab in doc.framing] + [lab.label for e in doc.entities for lab in e.labels]
    assert any("defenders" in lab for lab in labels)
