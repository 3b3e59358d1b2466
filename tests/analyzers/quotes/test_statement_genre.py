"""Attribution on official statements and wire reports (issue 11): one test per error class, on short
texts of our own (invented names and countries), through the real parse, entities and quotes."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline


@pytest.fixture(scope="module")
def analyze():
    pipe = Pipeline(["parse", "entities", "quotes"])

    def run(text: str, title: str | None = None, source: str | None = "Test Wire") -> Document:
        return pipe(Document(id="t", text=text, title=title, source=source))

    return run


def quote(doc: Document, fragment: str):
    hits = [q for q in doc.quotes if fragment in doc.text[q.content.start : q.content.end]]
    assert hits, f"no quote holds {fragment!r}: {[doc.text[q.content.start:q.content.end] for q in doc.quotes]}"
    return hits[0]


def speakers(doc: Document) -> set[str | None]:
    return {q.speaker_name for q in doc.quotes}


def test_noun_cue_to_the_effect_that_goes_to_the_person_named(analyze):
    doc = analyze("The ministry took note of a statement made by UN Envoy Carla Mendt to the effect that "
                  "the blockade of Selvia must end. She has accused Karsh, without evidence, of arming the rebels.")
    assert quote(doc, "the blockade of Selvia must end").speaker_name == "Carla Mendt"
    assert quote(doc, "arming the rebels").speaker_name == "Carla Mendt"


@pytest.mark.parametrize("cue", ["allegations by", "accusations made by", "claims by"])
def test_noun_cues_with_by(analyze, cue):
    doc = analyze(f"Karsh rejected {cue} Selvian Defence Minister Omar Lutz that its jets had bombed a bridge in Amrel.")
    assert quote(doc, "its jets had bombed a bridge in Amrel").speaker_name == "Omar Lutz"


def test_a_possessive_owner_is_not_the_speaker(analyze):
    doc = analyze("Selvia's Health Minister Nora Quist said on Friday that the clinics would stay open.")
    assert quote(doc, "the clinics would stay open").speaker_name == "Nora Quist"


def test_went_on_to_say(analyze):
    doc = analyze("Mayor Ines Falk said the bridge would reopen in June. She went on to say that the tolls would be dropped.")
    # NER misses this name, so the speaker stays the phrase; "She" still finds it.
    first = quote(doc, "the bridge would reopen in June").speaker_name
    assert "Ines Falk" in first and quote(doc, "the tolls would be dropped").speaker_name == first


def test_claimed_responsibility_goes_to_the_group_of_the_previous_sentence(analyze):
    doc = analyze("A blast hit the rail depot in Amrel on Friday. The Red Dawn Brigade said it had planted the bomb. "
                  "It has also claimed responsibility for a fire at the port.")
    q = quote(doc, "responsibility for a fire at the port")
    assert q.speaker_name == "Red Dawn Brigade"


def test_reporter_citing_a_source_speaks_via_that_source(analyze):
    doc = analyze("The Amrel Press Agency, citing hospital staff, reported that nine people were injured.")
    q = quote(doc, "nine people were injured")
    assert "Amrel Press Agency" in q.speaker_name
    assert q.via == "hospital staff"


def test_citing_after_the_content(analyze):
    doc = analyze("Nine people were injured in the blast, the Amrel Press Agency reported, citing hospital staff.")
    q = quote(doc, "Nine people were injured")
    assert "Amrel Press Agency" in q.speaker_name and q.via == "hospital staff"


def test_relative_clause_aside_goes_to_the_main_subject(analyze):
    doc = analyze("The Selvian navy published photographs which, it said, showed a foreign submarine off the coast.")
    q = quote(doc, "a foreign submarine off the coast")
    assert q.speaker_name == "Selvian navy"


def test_first_person_plural_in_a_statement_is_the_issuer(analyze):
    doc = analyze("We are convinced that the talks can succeed. We stress that the ceasefire must hold.",
                  title="Statement by the Selvian Ministry of Foreign Affairs on the talks")
    assert doc.issuer == "Selvian Ministry of Foreign Affairs"
    assert quote(doc, "the ceasefire must hold").speaker_name == "Selvian Ministry of Foreign Affairs"


def test_via_is_no_quote_and_has_no_preposition(analyze):
    doc = analyze("Interior Minister Paul Wend said in an interview with the state broadcaster KTV that the curfew would end.")
    (q,) = doc.quotes
    assert q.speaker_name == "Paul Wend"
    assert q.via == "an interview with the state broadcaster KTV"
    assert "KTV" not in doc.text[q.content.start : q.content.end]


def test_the_ministry_and_its_name_are_one_speaker(analyze):
    doc = analyze("The Karsh Ministry of Foreign Affairs said the envoy had been recalled. "
                  "The ministry added that the embassy would stay open.")
    assert speakers(doc) == {"Karsh Ministry of Foreign Affairs"}


def test_word_order_variants_of_a_ministry_are_one_speaker(analyze):
    doc = analyze("The Selvia Ministry of Defense said a drone had been downed. "
                  "Later the Selvia Defense Ministry said that a second drone had crashed.")
    assert speakers(doc) == {"Selvia Ministry of Defense"}


def test_function_words_demonyms_and_acts_are_not_speakers(analyze):
    doc = analyze("On the visit of the Selvian delegation\nThe Selvian General Staff reported that the front was calm. "
                  "The assembly approved two new bus lines for Amrel.")
    assert speakers(doc) == {"Selvian General Staff"}
    assert len(doc.quotes) == 1


def test_pronoun_prefers_the_subject_of_the_previous_sentence(analyze):
    doc = analyze("Selvia's envoy to Karsh, Mira Tallo, met Prime Minister Jon Hald on Monday. "
                  "She said that the talks had been useful.")
    assert quote(doc, "the talks had been useful").speaker_name == "Mira Tallo"


def test_inner_report_keeps_its_speaker_and_the_outer_reporter_is_the_channel(analyze):
    doc = analyze("Selvian President Ada Rune said that the vote would be held in March, the state broadcaster KTV reported.")
    q = quote(doc, "the vote would be held in March")
    assert q.speaker_name == "Ada Rune" and q.via == "the state broadcaster KTV"


def test_a_photo_credit_and_a_byline_are_neither_entities_nor_speakers(analyze):
    doc = analyze("By Tomas Reh, Amrel Herald\n\nRescuers at the depot. © Ines Ott/Amrel Herald\n\n"
                  "The Selvian fire service said that the fire was under control.")
    names = {n for e in doc.entities for n in (e.name, *e.aliases)}
    assert not {"Tomas Reh", "Ines Ott"} & names
    assert speakers(doc) == {"Selvian fire service"}


def test_each_label_names_its_labeller(analyze):
    doc = analyze("Envoy Carla Mendt said that the criminal Karsh regime had lied. The legitimate Karsh government "
                  "rejected the claim.", source="Amrel Herald")
    karsh = next(e for e in doc.entities if e.name == "Karsh")
    by = {lab["label"]: lab["by"] for lab in karsh.labels}
    assert by["criminal regime"] == "Carla Mendt"
    assert by["legitimate government"] == "Amrel Herald"
    assert all(lab.label and lab.start < lab.end and lab.by for lab in karsh.labels)
