"""Issue 22 item 4: each quote and speaker error an analyst met on two statements becomes a test on a
text of our own of the same shape (invented names, agencies and countries), through the real parse,
entities and quotes."""

from __future__ import annotations

import pytest

from spinscope.analyzers.quotes.sanity import clean_name
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline


@pytest.fixture(scope="module")
def analyze():
    pipe = Pipeline(["parse", "entities", "quotes"])

    def run(text: str) -> Document:
        doc = pipe(Document(id="t", text=text, source="Test Wire"))
        doc.validate()
        return doc

    return run


def quotes(doc: Document) -> list[tuple[str, str | None]]:
    return [(doc.text[q.content.start : q.content.end], q.speaker_name) for q in doc.quotes]


def test_it_that_claims_an_attack_is_the_group_not_the_country_before(analyze):
    # Shape: "Iraq said … Daesh … It has also claimed responsibility for …" gave the speaker Iraq.
    doc = analyze("Iraq said on Sunday that the Free Dorna Front had attacked a checkpoint near Dorna. "
                  "It has also claimed responsibility for two bombings in the capital last month.")
    got = dict(quotes(doc))
    assert got["responsibility for two bombings in the capital last month"] == "Free Dorna Front"


def test_it_claiming_with_no_organisation_named_gets_no_country(analyze):
    doc = analyze("Iraq closed its border on Monday. It has also claimed responsibility for the blast at the dam.")
    assert all(name != "Iraq" for _, name in quotes(doc))


def test_a_headline_cue_is_no_quote_of_headline_and_dateline(analyze):
    # Shape: "US Secretary of State's" as a speaker whose quote is the headline plus "Moscow".
    doc = analyze("Ostland Denies US Secretary of State's Claims About Dorna Strikes\n\n"
                  "Moscow, 14 March - Ostland has rejected the accusations, saying its jets struck only depots.")
    for content, name in quotes(doc):
        assert "\n" not in content and "Moscow, 14" not in content, content
        assert name is None or "Denies" not in name


def test_a_people_before_a_body_is_the_body(analyze):
    # Shape: "the Russian General Staff" became "Russian".
    doc = analyze("The Russian General Staff said that the convoy had been hit by artillery fire from the south.")
    assert quotes(doc) == [("the convoy had been hit by artillery fire from the south", "Russian General Staff")]


def test_a_channel_phrase_is_not_what_was_said(analyze):
    # Shape: a quote whose content is "with RIA Novosti".
    doc = analyze("The strikes will continue until the corridor is safe, Dorin said in a conversation with "
                  "Nordwire. He spoke with Nordwire on Tuesday, the agency reported.")
    contents = [c for c, _ in quotes(doc)]
    assert "The strikes will continue until the corridor is safe" in contents
    assert not any(c.lower().startswith("with ") or c in ("agency reported", "Nordwire") for c in contents), contents


def test_you_is_no_speaker(analyze):
    doc = analyze("You said that the army would withdraw from the valley by the end of the month.")
    assert all(name is None or name.lower() != "you" for _, name in quotes(doc))


def test_a_cut_clause_is_no_quote(analyze):
    # Shape: ", security sources" and "It has" from a wire sentence run into the next one.
    doc = analyze("A car bomb killed 12 people in Dorna on Monday, security sources said. It has also claimed "
                  "responsibility for the attack, the Free Dorna Front said in a statement.")
    for content, name in quotes(doc):
        assert content not in ("It has", "Free Dorna"), content
        assert name is None or name[0].isalnum(), name
    assert ("A car bomb killed 12 people in Dorna on Monday", "security sources") in quotes(doc)


@pytest.mark.parametrize(("raw", "clean"), [
    (", security sources", "security sources"),
    ("you", None),
    ("It", None),
    ("Denies", None),
    ("Ostland Denies US", "Ostland"),
    ("Reports", "Reports"),  # "Reports said …": a noun that speaks
    ("Claims Conference", "Claims Conference"),
    ("Elena Varga", "Elena Varga"),
    (None, None),
])
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


def test_the_audience_of_remarks_is_not_what_was_said(analyze):
    doc = analyze("In remarks to reporters, Karsenian President Lev Odin said the ceasefire was holding.")
    assert quotes(doc) == [("the ceasefire was holding", "Lev Odin")]


def test_a_content_that_starts_with_its_own_cue_is_no_quote(analyze):
    doc = Pipeline(["parse", "entities", "quotes"])(Document(
        id="s", text="We reaffirm our readiness to work with the new government of Karsenia. We believe that "
                     "the agreement signed in Velgrad remains the basis for peace.",
        title="Statement by the Marvania Ministry of Foreign Affairs on the elections in Karsenia"))
    for q in doc.quotes:
        if q.cue is not None and q.kind == "indirect":
            assert not (q.content.start <= q.cue.start < q.content.end), doc.text[q.content.start : q.content.end]
    assert any(doc.text[q.content.start : q.content.end].startswith("the agreement signed") for q in doc.quotes)


def test_a_headline_says_what_follows_its_cue_not_what_precedes_it(analyze):
    # Shape: "A, Moscow says B": spaCy hangs both clauses on "says"; Moscow says B, the outlet says A.
    doc = analyze("Ostlandic jets hit militant depots near Dorna, Velgrad says reports of civilian deaths are fake\n\n"
                  "The Ostlandic Defence Ministry said on Tuesday that the strikes destroyed two depots.")
    got = quotes(doc)
    assert ("reports of civilian deaths are fake", "Velgrad") in got, got
    assert not any(content.startswith("Ostlandic jets hit") and name == "Velgrad" for content, name in got), got


def test_an_inverted_attribution_keeps_its_clause_before_a_misparsed_relative_one(analyze):
    # Our example statement: spaCy makes "whose only job is ..." a clause of "said" as well; the
    # minister said what precedes it.
    from pathlib import Path

    text = (Path(__file__).resolve().parents[3] / "examples" / "ministry-statement-smear.txt").read_text()
    got = quotes(analyze(text))
    assert any(content.startswith("The so-called experts quoted") and name == "Dmitar Valenko"
               for content, name in got), got


def test_a_report_inside_a_quotation_ends_at_its_closing_mark(analyze):
    # Shape: '"I have said from the first day that these accusations were false," she told reporters'
    # had given a mixed quote 'these accusations were false," she told reporters outside the courthouse'
    # by "I", shown above the direct quote it sits in.
    doc = analyze("A court in Velgrad on Tuesday acquitted the former mayor, Anna Brisk, of fraud charges. Brisk "
                  "had denied any wrongdoing. \"I have said from the first day that these accusations were "
                  "false,\" she told reporters outside the courthouse.")
    got = quotes(doc)
    assert not any("told reporters" in content for content, _ in got), got
    assert any(content == "I have said from the first day that these accusations were false" for content, _ in got), got
    assert not any(content == "these accusations were false" for content, _ in got), got


def test_a_report_of_someone_else_inside_a_quotation_stays_inside_it(analyze):
    doc = analyze("\"The minister told us that the bridge would open in May, and it is still closed,\" "
                  "Mayor Ivo Tarn said on Monday.")
    for q in doc.quotes:
        if q.kind != "direct":
            assert q.content.end <= doc.text.index("closed") + len("closed"), quotes(doc)


def test_a_body_in_a_place_speaks_not_the_place(analyze):
    # Shape: "A district court in Harn on Tuesday acquitted …, saying P" gave the speaker "Harn".
    doc = analyze("A district court in Velgrad on Tuesday acquitted the former mayor, Anna Brisk, of fraud "
                  "charges, saying prosecutors had failed to prove she had steered a road contract to her brother.")
    got = dict(quotes(doc))
    content = "prosecutors had failed to prove she had steered a road contract to her brother"
    assert got.get(content) == "district court", got


def test_who_once_again_accused_is_the_envoy(analyze):
    # Shape: "… Special Envoy James Rayburn, who once again accused Russia …": the tagger's speaker "who
    # once" was given as the name.
    doc = analyze("Comment by Foreign Ministry Spokeswoman Vera Ostrova on the remarks of Tarvian Special Envoy "
                  "Daniel Price\n\n"
                  "We have taken note of the statements made by Tarvian Special Envoy Daniel Price, who once again "
                  "accused Ostland and the Dornan government of attacks on civilians in Vessa. We are not going "
                  "to let such statements go unanswered.")
    names = [name for _, name in quotes(doc)]
    assert "who once" not in names, quotes(doc)
    assert any(name == "Daniel Price" for name in names), quotes(doc)


def test_where_it_was_said_is_not_what_was_said(analyze):
    # Shape: "who alleged at a press conference in Lemberg that Ostland was 'starving …'. Such statements
    # …" gave the content 'press conference in Lemberg that Ostland was "starving …". Such statements'.
    doc = analyze("Comment by Foreign Ministry Spokeswoman Vera Ostrova on the remarks of Tarvian Special Envoy "
                  "Daniel Price\n\n"
                  "We have noted the remarks of Tarvian Special Envoy Daniel Price, who alleged at a press "
                  "conference in Selva that Ostland was \"starving the population of Vessa into submission\". Such "
                  "statements have nothing to do with reality.")
    contents = [content for content, _ in quotes(doc)]
    assert not any("press conference" in c or "Such statements" in c for c in contents), contents
    assert any(c.startswith("Ostland was") for c in contents), contents


def test_the_name_after_a_spokeswomans_title_speaks_not_her_ministry(analyze):
    # Shape: '"…," Foreign Ministry spokeswoman Vera Ostrova said' gave the speaker "Foreign Ministry"
    # when NER took the name for an organisation.
    doc = analyze("'Hypocrisy at its finest': Ostland slams Tarvian envoy over sanctions remarks\n\n"
                  "Ostland's Foreign Ministry has hit back at Tarvia's ambassador to the Council of Regions, who "
                  "accused Selva of \"weaponising grain\".\n\n"
                  "\"The people who imposed the harshest sanctions in history against our farmers are now lecturing "
                  "us about food security,\" Foreign Ministry spokeswoman Lidia Marsk said at a weekly briefing on "
                  "Thursday.")
    got = [(content, name) for content, name in quotes(doc) if content.startswith("The people who imposed")]
    assert got and got[0][1] == "Lidia Marsk", quotes(doc)



def test_a_speaker_cut_after_the_commander_is_the_named_commander():
    # Shape: "P, the commander of the Ostlandic Southern Group, Colonel General Anatoly Braun, has claimed."
    # In the full article the tagger's speaker starts at "of", and the group had been the speaker.
    from spinscope.analyzers.quotes.speakers import SpeakerResolver
    from spinscope.core.document import Entity, Span

    text = ("Kessian troops are deploying artillery in schools, the commander of the Ostlandic Southern Group, "
            "Colonel General Anatoly Braun, has claimed.")
    doc = Document(id="s", text=text)
    for name in ("Ostlandic Southern Group", "Colonel General Anatoly Braun"):  # NER's types in that article
        start = text.index(name)
        doc.entities.append(Entity(name=name, type="ORG", mentions=[Span(start, start + len(name))]))
    start = text.index("of the Ostlandic")
    span = (start, text.index("has claimed") - 1)
    assert SpeakerResolver(doc).resolve(span) == ("Colonel General Anatoly Braun", "PERSON")


def test_the_agency_is_the_security_service_named_in_the_same_sentence(analyze):
    # Shape: "Ostland's Federal Security Service (FSS) has detained two men ..., the agency said" gave
    # the speaker "the agency" although the service is named in the same sentence.
    doc = analyze("Saboteurs planned attack on Tarvian dam, security service says\n\n"
                  "Tarvia's State Security Service (SSS) has detained three Dornan citizens suspected of planning "
                  "an attack on the Kellen dam, the agency said on Friday.\n\n"
                  "Dorna's Foreign Ministry did not comment.")
    got = [name for content, name in quotes(doc) if content.startswith("Tarvia's State Security Service")]
    assert got == ["State Security Service"], quotes(doc)


def test_the_agency_after_a_news_agency_is_not_guessed(analyze):
    # Precision first: where a news agency is named, "the agency" may be that one; no guess.
    doc = analyze("Tarvia's State Security Service has detained three Dornan citizens, the Nordpress news agency "
                  "reported. The men had planned an attack on the Kellen dam, the agency said on Friday.")
    got = [name for content, name in quotes(doc) if content.startswith("The men had planned")]
    assert got and got[0] != "State Security Service", quotes(doc)


def test_the_embassy_in_its_own_statement_is_the_issuer(analyze):
    # Shape: "Statement of the Embassy of X in Y ... The Embassy expects ..." gave the speaker "Embassy".
    doc = analyze("Statement of the Embassy of Tarvia in Ostland\n\n"
                  "The Embassy of Tarvia has taken note of an article published by the newspaper Evening Star. "
                  "The Embassy expects the editors of Evening Star to publish a correction.")
    assert doc.issuer == "Embassy of Tarvia in Ostland"
    got = [name for content, name in quotes(doc) if content.startswith("the editors of Evening Star")]
    assert got == ["Embassy of Tarvia in Ostland"], quotes(doc)


def test_it_is_telling_that_is_the_writers_comment_not_a_quote(analyze):
    # Shape: a ministry's comment on an envoy: "It is telling that the ambassador chose to repeat the
    # tired clichés ..." was a quote of "It", resolved to the envoy's country, and gave its labels
    # ("so-called", "legitimate government") to the envoy's voice.
    doc = analyze("Ambassador Ruth Calder of Ostland claimed on Monday that Veloria was jailing reporters. "
                  "It is telling that the envoy chose to repeat the tired clichés of the so-called free press "
                  "rather than talk to the legitimate government of Veloria.")
    got = quotes(doc)
    assert ("Veloria was jailing reporters", "Ruth Calder") in got, got
    assert not any("chose to repeat" in content for content, _ in got), got


def test_reports_that_p_are_false_report_p_not_the_verdict(analyze):
    # Shape: a defence ministry statement, "Reports circulated by X ... that P are false.": the content ran
    # on over "are false", the statement's own verdict, which then read as X's denial of an older claim.
    doc = analyze("Statement of the Ministry of Defence of Kessia\n\n"
                  "On 2 June, Kessian units repelled an attack near the village of Varn. Reports circulated by "
                  "Ostlandic officials and a number of foreign media outlets that Kessian artillery shelled a "
                  "school in Varn are false. The Kessian army does not strike civilian targets.")
    got = [content for content, _ in quotes(doc) if "shelled a school" in content]
    assert got and all(content.endswith("school in Varn") for content in got), quotes(doc)



DEPOT_STATEMENT = (
    "According to reliable information, the fire at the depot was caused by an Ostlandic air defence missile "
    "that fell on the village after a failed launch. The Ostlandic command is attempting to conceal this fact "
    "and to blame Kessia for its own crimes."
)


def test_according_to_reliable_information_is_nobodys_quote(analyze):
    # Shape: a defence ministry statement, "According to reliable information, P": the speaker shown was
    # "reliable information" and P its claim; P is the writer's own.
    doc = analyze(DEPOT_STATEMENT)
    assert not any(name and "information" in name for _, name in quotes(doc)), quotes(doc)


def test_attempting_to_blame_is_no_accusation_made(analyze):
    # "The command is attempting to conceal this fact and to blame Veloria for its own crimes" gave the
    # command a quote whose content was the blamed: "Veloria for its own crimes".
    doc = analyze(DEPOT_STATEMENT)
    assert not any("for its own crimes" in content for content, _ in quotes(doc)), quotes(doc)


def test_the_central_bank_of_a_country_speaks_not_the_country(analyze):
    doc = analyze("The central bank of Dorna kept its main interest rate at 3 percent on Thursday and said it "
                  "would watch wage growth closely in the coming months.")
    got = dict(quotes(doc))
    assert got.get("it would watch wage growth closely in the coming months") == "central bank of Dorna", got


@pytest.mark.parametrize("text", [
    # "the court" was resolved to the town the court sits in, whose left context holds "court" ...
    "A district court in Brenholt on Monday sentenced the city's former mayor, Karl Osterberg, to four years "
    "in prison for accepting bribes from construction companies.\n\nThe court found that Osterberg had "
    "received payments worth 1.2 million crowns between 2019 and 2022 in exchange for awarding municipal "
    "contracts. Two businessmen were given suspended sentences.",
    # ... or to the sentenced man, whose "apposition" ran on into the next sentence ("The court").
    "A district court in Harnby on Monday sentenced the former mayor, Ivo Tamm, to three years in prison. The "
    "court found that Tamm had taken payments from two builders in exchange for municipal contracts.",
])
def test_the_court_is_neither_its_town_nor_the_man_it_sentenced(analyze, text):
    doc = analyze(text)
    got = [name for content, name in quotes(doc) if "payments" in content]
    assert got and all(name not in ("Brenholt", "Harnby", "Karl Osterberg", "Ivo Tamm") for name in got), quotes(doc)


def test_according_to_x_sources_its_own_sentence_only(analyze):
    # "…, according to the council. Construction began in 2024 …": pieces of the next sentence were the
    # council's too.
    doc = analyze("The city of Marsk will open its new tram line between the central station and the "
                  "university campus in April next year, the city council announced on Thursday.\n\n"
                  "The 7-kilometre line has 12 stops and will carry up to 40,000 passengers a day, according "
                  "to the council. Construction began in 2024 and is about two months behind the original "
                  "schedule because of flooding last autumn.\n\n"
                  "\"This line will change how people move around the city,\" Deputy Mayor Sofia Brandt said "
                  "at the presentation.")
    got = quotes(doc)
    assert any(content.startswith("The 7-kilometre line") for content, _ in got), got
    assert not any("Construction" in content or "flooding" in content for content, _ in got), got


def test_citing_a_reason_is_no_channel(analyze):
    # "kept its main interest rate unchanged ..., citing persistent inflation in services, and said P":
    # the via shown was "persistent inflation in services".
    doc = analyze("The central bank of Dorna kept its main interest rate unchanged at 3 percent on Wednesday, "
                  "citing persistent inflation in services, and said it would watch wage growth closely in the "
                  "coming months.")
    got = [q.via for q in doc.quotes if "wage growth" in doc.text[q.content.start : q.content.end]]
    assert got == [None], [(doc.text[q.content.start : q.content.end], q.via) for q in doc.quotes]


def test_a_headlines_accusation_is_no_quote_of_the_accused(analyze):
    # An RT-style headline "Sarkand accuses Lusovia of staging border 'provocation'" gave a quote of Sarkand
    # whose content was "Lusovia of staging border 'provocation'"; the body reports the accusation.
    doc = analyze("Dorna accuses Kessia of staging border 'provocation'\n\n"
                  "VARNA, May 2 - Dorna has accused Kessia of deliberately staging a border incident, Deputy "
                  "Foreign Minister Ivo Kern said on Friday.")
    assert not any(content.startswith("Kessia of staging border") for content, _ in quotes(doc)), quotes(doc)


@pytest.mark.parametrize("text", [
    "Statement of the Ministry of Defence of the Republic of Kessia\n\n"
    "On 3 May, units of the Kessian Armed Forces repelled an attack near the village of Varn.\n\n"
    "The Ministry of Defence warns that the Ostlandic side is preparing further staged provocations involving "
    "civilian casualties in order to accuse the Kessian Armed Forces.",
    "Statement by the Embassy of Kessia in Ostland\n\n"
    "The Embassy of Kessia in Ostland categorically rejects the article published on 12 June by the newspaper "
    "Ostland Herald.\n\n"
    "The Embassy regrets that a respected newspaper has allowed itself to be used for spreading "
    "disinformation aimed at damaging the friendly relations between our two countries.",
])
def test_the_body_named_in_its_own_statement_is_its_issuer(analyze, text):
    # "The Ministry of Defence warns ..." in the statement of the "Ministry of Defence of the Republic of
    # Veloria" was a second voice, "Ministry of Defence"; "The Embassy regrets ..." was "Embassy" (NER: PERSON).
    doc = analyze(text)
    got = [name for content, name in quotes(doc) if "provocations" in content or "respected newspaper" in content]
    assert got and all(name == doc.issuer for name in got), (doc.issuer, quotes(doc))


def test_a_questions_mark_is_not_in_the_statement_it_asks_about(analyze):
    # A briefing's question, "How would you comment on the statement by X that P?": the content kept the
    # asker's "?".
    doc = analyze("Question: How would you comment on the statement by Norvian Foreign Minister Paul Hendry that "
                  "Brevia is \"preparing an invasion\" of neighbouring Tamar?\n\n"
                  "Irina Valtseva: We have seen these remarks.")
    got = [content for content, _ in quotes(doc) if "preparing an invasion" in content]
    assert got and all(not content.endswith("?") for content in got), quotes(doc)


CHEMICAL = (
    "The Ostlandic Defence Ministry has warned that Kessian special services are preparing a staged chemical "
    "incident in the village of Marl, RIA Novosti reported on Tuesday, citing the ministry's press service.\n\n"
    "According to the ministry, a group of foreign journalists has already arrived in the area to film the "
    "\"aftermath\".\n\n"
    "READ MORE: Ostland says Kessian drones hit hospital\n\n"
    "Follow us on Telegram\n"
)


def test_the_ministry_is_not_a_name_after_the_ministrys_verb(analyze):
    # "The Ostlandic Defence Ministry has warned that Kessian special services ...": "Kessian" was taken as
    # titled "ministry" (five words to its left), so "According to the ministry, P" was Kessian's.
    got = [name for content, name in quotes(analyze(CHEMICAL)) if "foreign journalists" in content]
    assert got == ["Ostlandic Defence Ministry"], got


def test_a_read_more_link_is_no_report(analyze):
    # "READ MORE: Ostland says Kessian drones hit hospital" was a quote of Ostland (0.64, shown).
    assert not any("drones hit hospital" in content for content, _ in quotes(analyze(CHEMICAL)))


def test_so_called_is_no_cue_and_no_part_of_a_speaker(analyze):
    # "the so-called Human Rights Council of Veloria published yet another report accusing Ostland of
    # \"mass arrests ...\"": "called" was the cue of a direct quote, and the speaker span began "called ...".
    doc = analyze("On 4 March, the so-called Human Rights Council of Veloria published yet another report accusing "
                  "Ostland of \"mass arrests of peaceful protesters\" in the city of Dern.")
    t = doc.text
    assert not any(q.cue is not None and t[q.cue.start : q.cue.end] == "called" for q in doc.quotes), quotes(doc)
    assert not any(q.speaker is not None and t[q.speaker.start :].startswith("called") for q in doc.quotes), quotes(doc)
