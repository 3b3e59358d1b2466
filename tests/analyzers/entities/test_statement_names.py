"""Issue 22 (precision per document), entities on invented statement-genre texts: a nation's word typed as
a person or organisation, a scare-quoted name after "so-called", fragments taken for names (a mass noun
at a sentence's start, an acronym glued to a person's name, a full stop), towns typed as persons."""

from __future__ import annotations

from spinscope.core.document import Document, Entity

DEFENCE_STATEMENT = (
    "Statement of the Ministry of Defence of Veloria\n\n"
    "Over the past 24 hours, units of the Western Group of Forces repelled five attacks by Dunlandic assault "
    "groups near the villages of Kol and Tesk. The enemy lost up to 90 servicemen and three tanks.\n\n"
    "The information spread by the Dunlandic propaganda about the \"encirclement\" of Velorian units near Tesk "
    "does not correspond to reality.\n\n"
    "In the night, the Dunlandic occupiers struck the city of Brisk with cruise missiles. Two civilians were "
    "killed."
)


def run(pipeline, text: str) -> dict[str, Entity]:
    return {e.name: e for e in pipeline(Document(id="t", text=text)).entities}


def test_a_demonym_that_is_the_only_name_of_its_nation_is_a_nation(base_pipeline):
    # NER: "Dunlandic" ORG; every mention modifies a common noun and no "Dunland" is named
    ents = run(base_pipeline, DEFENCE_STATEMENT)
    assert ents["Dunlandic"].type == "NORP"
    assert [lab.label for lab in ents["Dunlandic"].labels] == ["occupiers"]


def test_a_demonym_stays_apart_from_its_country(base_pipeline):
    # the roles layer relates "Ostland" and "Ostlandic" itself (roles.mentions.same_nation): no merge
    # (and keeps NER's type there: typed NORP beside "Ostland", the roles layer reads "Ostlandic" as a
    # people of its own, statement set s21 and s23)
    text = ("According to Braun, Ostlandic troops have liberated 14 settlements in the region since the start of "
            "the month. Kessian officials have previously accused Ostland of deliberately targeting schools.")
    ents = run(base_pipeline, text)
    assert "Ostland" in ents and "Ostlandic" in ents
    assert ents["Ostland"].type == "GPE"


def test_a_name_before_a_common_noun_is_no_nation_without_a_nations_shape(base_pipeline):
    text = "The Morgan administration denied the report on Monday. The Brennan inquiry will resume in May."
    ents = run(base_pipeline, text)
    assert all(e.type != "NORP" for e in ents.values())


def test_a_scare_quoted_name_after_so_called_is_an_organisation(base_pipeline):
    text = ("We have noted the remarks of Kessia's Ambassador Piotr Lund. Ambassador Lund keeps silent about the "
            "fact that it was the so-called \"Free Kolm Legion\", armed and trained by Kessia's instructors, that "
            "shelled the town of Osk last week, killing nine people.")
    ents = run(base_pipeline, text)
    legion = ents["Free Kolm Legion"]
    assert legion.type == "ORG"
    assert [(lab.label, lab.kind) for lab in legion.labels] == [("so-called", "label")]


def test_a_scare_quoted_name_as_a_verbs_subject_is_an_organisation(base_pipeline):
    text = "Witnesses said the \"Sons of Kolm\" shelled the market on Sunday, killing four people."
    ents = run(base_pipeline, text)
    assert ents["Sons of Kolm"].type == "ORG"


def test_a_quoted_title_of_a_document_or_a_nickname_is_no_organisation(base_pipeline):
    text = ("The ministry has seen our \"Articles of Association\" which was registered in March. The report "
            "\"Lies About Kolm\" was published on Monday. Readers learnt from the so-called \"Harbour Files\" "
            "how the deal was made.\n\n\"Silver Fox\" for the mayor claims the deal was legal.")
    ents = run(base_pipeline, text)
    for name in ("Articles of Association", "Lies About Kolm", "Harbour Files", "Silver Fox"):
        assert name not in ents or ents[name].type != "ORG"


def test_a_mass_noun_at_a_sentences_start_is_no_name(base_pipeline):
    text = ("Over the past night, air defence units shot down five drones launched at the town of Marn. Debris "
            "from one drone hit a kindergarten in Marn; no children were hurt.")
    ents = run(base_pipeline, text)
    assert "Debris" not in ents
    assert ents["Marn"].type == "GPE"


def test_a_country_at_a_sentences_start_stays_a_name(base_pipeline):
    text = ("Norland's sanctions hurt its own farmers, the minister said. Ostland, she added, had supplied grain "
            "to 30 countries this year.")
    ents = run(base_pipeline, text)
    assert "Ostland" in ents


def test_an_acronym_after_ambassador_to_is_the_titles_place(base_pipeline):
    text = ("We have taken note of the remarks by Kessia's Ambassador to the UN Piotr Lund, who accused Veloria of "
            "arming the rebels. Ambassador Lund prefers to stay silent about the shelling of Osk.")
    ents = run(base_pipeline, text)
    assert "UN Piotr Lund" not in ents
    lund = ents["Piotr Lund"]
    assert lund.type == "PERSON" and len(lund.mentions) == 2
    assert "Ambassador to the UN" in [lab.label for lab in lund.labels if lab.kind == "title"]


def test_a_full_stop_is_no_part_of_a_name(base_pipeline):
    text = ("Statement of the Ministry of Defence of Valmora\n\nOver the past day, air defence units of the "
            "Valmoran Armed Forces shot down seven drones launched by the Tarvian army at the city of Lesk. "
            "Fragments of one drone damaged a clinic in Lesk; no patients were hurt.")
    ents = run(base_pipeline, text)
    assert "Lesk." not in ents
    assert len(ents["Lesk"].mentions) == 2


def test_a_town_near_which_units_fight_is_a_place(base_pipeline):
    # NER: "Tesk" PERSON twice; "the villages of Kol and Tesk" and "near Tesk" say it is a place
    ents = run(base_pipeline, DEFENCE_STATEMENT)
    assert ents["Tesk"].type == "GPE"


def test_the_town_of_a_press_conference_is_a_place(base_pipeline):
    # NER: "Kelberg" PERSON
    text = ("We have noted the remarks of Norland's Special Envoy for Marvania Daniel Price, who alleged at a press "
            "conference in Kelberg that Ostland was \"starving the population of Tarn into submission\". Such "
            "statements have nothing to do with reality.")
    ents = run(base_pipeline, text)
    assert ents["Kelberg"].type == "GPE"


def test_confidence_in_a_person_makes_no_place(base_pipeline):
    text = "The minister met Anna Holm on Monday. He said he had full confidence in Holm and her team."
    ents = run(base_pipeline, text)
    assert ents["Anna Holm"].type == "PERSON"


def test_a_country_in_ia_typed_as_a_people_is_a_place_with_its_adjective(base_pipeline):
    # NER: "Veloria" NORP; "the Velorian side" says Veloria is the country
    text = ("We have taken note of the remarks by Norland's Ambassador Piotr Lund, who accused Veloria of supplying "
            "drones to the rebels. These are unsubstantiated accusations. The Velorian side remains open to "
            "consultations.")
    ents = run(base_pipeline, text)
    assert ents["Veloria"].type == "GPE"
    assert ents["Velorian"].type == "NORP"


def test_a_units_number_is_part_of_its_name(base_pipeline):
    # NER: "Guards Brigade" ORG, "7th" ORDINAL
    text = ("Statement of the Ministry of Defence of Caldora\n\nUnits of the 7th Guards Brigade, displaying courage "
            "and heroism, repelled two attacks by Zerkian assault groups near Halden. Sergeant Ivo Marr carried "
            "three wounded comrades out under fire.")
    ents = run(base_pipeline, text)
    assert "Guards Brigade" not in ents
    assert ents["7th Guards Brigade"].type == "ORG"


def test_a_title_is_given_once(base_pipeline):
    # NER: "Spokeswoman Irina Volk" ORG; the cut title "Spokeswoman" and the labeller's "Foreign Ministry
    # Spokeswoman" were both given
    text = ("Comment by Foreign Ministry Spokeswoman Irina Volk on the remarks of Norland's Special Envoy for "
            "Marvania Daniel Price\n\nWe have noted the remarks of Norland's Special Envoy for Marvania Daniel "
            "Price, who alleged at a press conference that Ostland was starving the city. Such statements have "
            "nothing to do with reality.")
    ents = run(base_pipeline, text)
    assert [lab.label for lab in ents["Irina Volk"].labels if lab.kind == "title"] == ["Foreign Ministry Spokeswoman"]


def test_towns_after_villages_of_are_found(base_pipeline):
    # NER: "Kol" nothing, "Pelk" ORG (twice)
    text = ("Over the past 24 hours, units of the Eastern Group of Forces repelled four attacks by Ostlandic assault "
            "groups near the villages of Kol and Pelk. The enemy lost up to 120 servicemen. Our units continue to "
            "hold their positions near Pelk.")
    ents = run(base_pipeline, text)
    assert ents["Kol"].type == "GPE"
    assert ents["Pelk"].type == "GPE" and len(ents["Pelk"].mentions) == 2
    assert ents["Ostlandic"].type == "NORP"
