"""Issue 22 item 3: claims are propositions. Captions, credits, datelines, a statement's headline and
its lead-in line are no claims; a rejection of accusations reported earlier links to them as a denial.
Statement-genre texts written for these tests (invented names and countries), the real pipeline."""

from __future__ import annotations

import pytest

from spinscope.analyzers.claims.not_claims import NotClaims, excluded
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

COMMENT = (
    "Comment by Foreign Ministry Spokeswoman Maria Kovalenko on statements by US Special Envoy Joel Brandt\n\n"
    "The Ministry of Foreign Affairs of Ostland issued the following statement:\n\n"
    "On 12 March, US Special Envoy Joel Brandt accused Ostland of shielding the Velorian regime from "
    "accountability for chemical attacks in Dorna. He also claimed that Ostland had blocked humanitarian "
    "convoys to the city.\n\n"
    "We are not going to let such statements go unanswered. These are unsubstantiated accusations that have "
    "nothing to do with reality. Ostland has consistently supported the delivery of humanitarian aid to all "
    "regions of Veloria.\n"
)
STATEMENT = (
    "Statement by the Ministry of Defence of Ostland on the events in Dorna\n\n"
    "The Ministry of Defence of Ostland has taken note of reports by several Western outlets that a field "
    "hospital in Dorna was destroyed on 3 May. These reports are baseless. Ostland's aircraft carried out "
    "no flights over Dorna that day.\n"
)
WIRE = (
    "Ostland Says Its Jets Hit Only Militant Depots Near Dorna\n\n"
    "PORT SELVA, 14 March (Nordwire) - Ostland's Deputy Foreign Minister Pavel Dorin said on Tuesday that the "
    "strikes targeted only ammunition depots held by the militants.\n\n"
    "© Ahmed Karim/Reuters Velorian Special Forces patrol the outskirts of Dorna after heavy fighting, March 10.\n\n"
    "Photo: Velorian soldiers guard the ruins of the market hall destroyed in the bombing last week.\n\n"
    "The militants have shelled the eastern districts of Dorna for three weeks, killing at least 40 civilians.\n"
)


@pytest.fixture(scope="module")
def analyse():
    pipeline = Pipeline(["parse", "entities", "quotes", "claims"])

    def run(text: str) -> Document:
        doc = pipeline(Document(id="t", text=text, source="Test Wire"))
        doc.validate()
        return doc

    return run


def claim_texts(doc: Document) -> list[str]:
    return [doc.text[c.start : c.end] for c in doc.claims]


@pytest.mark.parametrize("text", [COMMENT, STATEMENT, WIRE])
def test_no_headline_caption_credit_or_lead_in_is_a_claim(analyse, text):
    doc = analyse(text)
    for claim in claim_texts(doc):
        assert not claim.startswith(("Comment by", "Statement by", "Ostland Says")), claim
        assert "©" not in claim and "Reuters" not in claim and "Photo" not in claim, claim
        assert "following statement" not in claim and "Special Forces patrol" not in claim, claim
        assert "ruins of the market hall" not in claim, claim
        assert "PORT SELVA" not in claim and "(Nordwire)" not in claim, claim


def test_the_body_still_holds_claims(analyse):
    doc = analyse(WIRE)
    got = claim_texts(doc)
    assert "the strikes targeted only ammunition depots held by the militants" in got
    assert any(c.startswith("The militants have shelled the eastern districts") for c in got)


def test_a_rejection_of_such_statements_is_a_denial_of_the_accusations(analyse):
    doc = analyse(COMMENT)
    by_text = {doc.text[c.start : c.end]: c for c in doc.claims}
    blocked = by_text["Ostland had blocked humanitarian convoys to the city"]
    assert blocked.asserted_by == "Joel Brandt"
    assert blocked.denied_by == [doc.issuer]
    shielding = [c for t, c in by_text.items() if "shielding the Velorian regime" in t]
    assert shielding and shielding[0].denied_by == [doc.issuer]
    # The ministry's own counter-claim is its own, denied by no one.
    own = [c for t, c in by_text.items() if t.startswith("Ostland has consistently supported")]
    assert all(c.denied_by == [] for c in own)


def test_unsubstantiated_accusations_alone_still_deny(analyse):
    text = ("Senator Ada Brink said on Friday that Ostland had supplied drones to the rebels in Dorna. "
            "The Ostland embassy answered on Saturday. These are unsubstantiated accusations, it said.")
    doc = analyse(text)
    target = [c for c in doc.claims if "supplied drones" in doc.text[c.start : c.end]]
    assert target and target[0].denied_by, [(doc.text[c.start:c.end], c.denied_by) for c in doc.claims]


def test_excluded_lines_and_datelines():
    text = ("Statement by the Ministry of Foreign Affairs of Veloria\n\n"
            "VELGRAD, May 4 (Wire) - The talks ended without agreement.\n"
            "By Anna Holm\n"
            "File photo: delegates at the talks in Velgrad.\n")
    ranges = excluded(text)
    lines = [text[s:e] for s, e in ranges]
    assert lines == ["Statement by the Ministry of Foreign Affairs of Veloria", "By Anna Holm",
                     "File photo: delegates at the talks in Velgrad."]
    nc = NotClaims(text)
    start = text.index("VELGRAD")
    s, e = nc.trim(start, text.index("agreement.") + len("agreement"))
    assert text[s:e] == "The talks ended without agreement"
    # A quote's content may start mid-dateline ("…, the agency said" after "VELGRAD, May 4 (Wire) - ").
    s, e = nc.trim(text.index("May 4"), text.index("agreement.") + len("agreement"))
    assert text[s:e] == "The talks ended without agreement"


def test_a_one_line_text_without_full_stop_is_no_headline():
    assert excluded("Unemployment rose to 9 percent last year") == []


ANSWER = (
    "Comment by Foreign Ministry Spokesman Oleg Ramm on the statement of Tarvian Envoy Nina Hale\n\n"
    "We have noted yet another statement by Tarvian Envoy Nina Hale, who accused Ostland of hiding "
    "prisoners of war and called the Damar government \"a gang of thieves\". We reject these "
    "unsubstantiated accusations.\n\n"
    "Ostland has handed 300 prisoners to the Red Crescent since January.\n"
)
WIRE_REJECTS = (
    "Tarvian envoy accuses Ostland over prisoners\n\n"
    "Tarvia's envoy Nina Hale accused Ostland on Monday of hiding prisoners of war in mining camps. "
    "Hale said her government would ask the UN Council for an inquiry.\n\n"
    "Ostland's Foreign Ministry rejected the accusations as baseless.\n"
)


def test_we_reject_after_a_reported_accusation_denies_it(analyse):
    doc = analyse(ANSWER)
    accused = [c for c in doc.claims if "hiding prisoners of war" in doc.text[c.start : c.end]]
    assert accused and "Nina Hale" in accused[0].asserted_by and accused[0].denied_by == [doc.issuer]
    # The statement's own "We reject …" is the issuer's, never the envoy's report run on.
    assert all("We reject" not in doc.text[q.content.start : q.content.end] for q in doc.quotes)
    # The title line reports nothing.
    first = doc.text.index("\n")
    assert all(q.content.start > first for q in doc.quotes)
    # "We have noted yet another statement by …": a content cut before what was said is no quote.
    assert not any(doc.text[q.content.start : q.content.end].endswith(" by") for q in doc.quotes)


def test_rejected_the_accusations_links_to_the_accusation_not_the_last_claim(analyse):
    doc = analyse(WIRE_REJECTS)
    got = {doc.text[c.start : c.end]: c.denied_by for c in doc.claims}
    accused = [d for t, d in got.items() if "hiding prisoners of war" in t]
    assert accused and accused[0], got
    assert not any(d for t, d in got.items() if "inquiry" in t), got


ANSWERED_IN_THE_SAME_PARAGRAPH = (
    "Comment by Foreign Ministry Spokeswoman Maria Kovalenko on remarks by US Special Envoy Joel Brandt\n\n"
    "US Special Envoy Joel Brandt once again claimed that Ostland had attacked civilians in Dorna. "
    "We are not going to let such statements go unanswered.\n"
)


def test_the_unanswered_formula_alone_denies_what_was_said_before(analyse):
    # The formula had been compiled with backspace characters where word boundaries were meant, so it
    # matched nothing and only a predicative "these are unsubstantiated accusations" after it denied.
    doc = analyse(ANSWERED_IN_THE_SAME_PARAGRAPH)
    said = [c for c in doc.claims if "attacked civilians" in doc.text[c.start : c.end]]
    assert said and said[0].asserted_by == "Joel Brandt" and said[0].denied_by == [doc.issuer]


WIRE_DISMISSED = (
    "Ostland rejects hospital strike report\n\n"
    "The Tarvian Foreign Office said on Sunday that at least 17 patients and two doctors were killed when a "
    "missile hit the district hospital in Vessa. Ostland has dismissed the allegation as a provocation.\n"
)
STATEMENT_GROUNDLESS = (
    "Statement of the Foreign Ministry of Dorna\n\n"
    "The Foreign Ministry of Dorna resolutely rejects the accusations made yesterday by the Kessian Minister "
    "of Foreign Affairs, Otto Lind, that Dorna is behind the attack on the Kessian railway network. These "
    "accusations are groundless and are not supported by any evidence.\n\n"
    "Dorna has never carried out sabotage against other states.\n"
)


def test_a_narrated_denial_is_no_claim_of_its_own(analyse):
    # "Ostland has dismissed the allegation as a provocation" was shown as a claim of the outlet's, next
    # to the claim it denies; "These accusations are groundless …" as one of the ministry's.
    doc = analyse(WIRE_DISMISSED)
    got = {doc.text[c.start : c.end]: c.denied_by for c in doc.claims}
    assert not any("dismissed" in t for t in got), got
    killed = [d for t, d in got.items() if "17 patients" in t]
    assert killed and killed[0] == ["Ostland"], got
    doc = analyse(STATEMENT_GROUNDLESS)
    got = [doc.text[c.start : c.end] for c in doc.claims]
    assert not any("groundless" in t for t in got), got
    assert any(t.startswith("Dorna has never carried out sabotage") for t in got), got


ONE_SIDE_THEN_THE_OTHER = (
    "Defence Ministry spokesman Ivo Brandt said no civilian buildings were located within two kilometres "
    "of the depots hit near Vessa.\n\n"
    "Deputy Foreign Minister Karl Selm told the Nordia agency that Tarvian media were once again "
    "circulating fabricated stories about a strike on a school in Vessa. \"This is pure fiction,\" Selm "
    "said.\n"
)


def test_this_after_the_deniers_own_account_is_what_he_described(analyse):
    # "This is pure fiction" right after Selm's own "… circulating fabricated stories about a strike" had
    # been linked to the claim before it, his own side's spokesman's.
    doc = analyse(ONE_SIDE_THEN_THE_OTHER)
    got = {doc.text[c.start : c.end]: (c.asserted_by, c.denied_by) for c in doc.claims}
    spokesman = [v for t, v in got.items() if "no civilian buildings" in t]
    assert spokesman and spokesman[0] == ("Ivo Brandt", []), got


def test_the_accusation_made_by_a_minister_that_p_is_his_claim_denied(analyse):
    # Shape: "rejects the accusations made yesterday by the Minister of Foreign Affairs, Thomas Reiner, that
    # Tarsk is behind the cyber attack …": spaCy hangs the that-clause on the name, so the accusation
    # itself was no claim and nothing was denied.
    doc = analyse(STATEMENT_GROUNDLESS)
    got = {doc.text[c.start : c.end]: c for c in doc.claims}
    behind = got.get("Dorna is behind the attack on the Kessian railway network")
    assert behind is not None, list(got)
    assert behind.asserted_by == "Otto Lind" and behind.denied_by == [doc.issuer], (behind.asserted_by, behind.denied_by)


NOTHING_TO_DO_WITH_REALITY = (
    "Comment by Foreign Ministry Spokeswoman Vera Ostrova on the remarks of Tarvian Special Envoy Daniel Price\n\n"
    "We have noted the remarks of Tarvian Special Envoy Daniel Price, who alleged at a press conference in Selva "
    "that Ostland was starving the population of Vessa into submission. Such statements have nothing to do "
    "with reality.\n\n"
    "Ostland has sent more than 40 convoys with food and medicine to Vessa this year.\n"
)


def test_nothing_to_do_with_reality_denies_what_was_said(analyse):
    doc = analyse(NOTHING_TO_DO_WITH_REALITY)
    got = {doc.text[c.start : c.end]: c for c in doc.claims}
    starving = [c for t, c in got.items() if t.startswith("Ostland was starving")]
    assert starving and starving[0].denied_by == [doc.issuer], [(t, c.asserted_by, c.denied_by) for t, c in got.items()]
    assert not any("nothing to do with" in t for t in got), list(got)
    assert all(c.denied_by == [] for t, c in got.items() if t.startswith("Ostland has sent"))


def test_reality_formulas_need_a_claim_as_their_subject(analyse):
    doc = analyse("Mayor Ada Brink said the new tram line would open in May. The plans of the council have "
                  "nothing to do with the reality of the harbour district, residents said.")
    assert all(c.denied_by == [] for c in doc.claims), [(doc.text[c.start:c.end], c.denied_by) for c in doc.claims]


def test_a_claim_keeps_both_marks_of_a_quotation_it_holds():
    from spinscope.analyzers.claims.denials import strip_clause

    text = 'Price alleged that Ostland was "starving the population of Vessa into submission".'
    s, e = strip_clause(text, text.index("that"), len(text))
    assert text[s:e] == 'Ostland was "starving the population of Vessa into submission"'
    text = 'The information about the "encirclement" of our units near Mirsk is false.'
    s, e = strip_clause(text, text.index("encirclement"), text.index(" is false"))
    assert text[s:e] == '"encirclement" of our units near Mirsk'
    text = 'He said "we will win" yesterday.'
    s, e = strip_clause(text, text.index('"'), text.index(" yesterday"))
    assert text[s:e] == "we will win"


def test_an_accusation_reads_with_its_verb(analyse):
    # Shape: "... Special Envoy James Rayburn, who once again accused Russia and the Syrian government of
    # attacks on civilians in Idlib" gave the claim 'Russia and the Syrian government of attacks ...',
    # which names the accused and is no proposition.
    doc = analyse("Comment by Foreign Ministry Spokeswoman Vera Ostrova on the remarks of Tarvian Special Envoy "
                  "Daniel Price\n\n"
                  "We have taken note of the statements made by Tarvian Special Envoy Daniel Price, who once again "
                  "accused Ostland and the Dornan government of attacks on civilians in Vessa. We are not going "
                  "to let such statements go unanswered.\n")
    got = [doc.text[c.start : c.end] for c in doc.claims]
    assert not any(t.startswith("Ostland and the Dornan government of") for t in got), got
    accused = [c for c in doc.claims if doc.text[c.start : c.end].startswith("accused Ostland")]
    assert accused and accused[0].denied_by == [doc.issuer], got


def test_considers_a_publication_a_provocation_denies_it(analyse):
    # Shape (an embassy's statement): "We consider this publication a crude provocation ..." had denied
    # nothing: "publication" was no claim noun, "consider" no labelling verb, and the parser makes the
    # complement a second object.
    doc = analyse("Statement of the Embassy of Tarvia in Dorna\n\n"
                  "The Embassy of Tarvia has taken note of an article published on 12 May by the Dornan newspaper "
                  "Evening Herald, which alleges that Tarvian diplomats financed opposition rallies in the capital. "
                  "We consider this publication a crude provocation aimed at undermining the friendly relations "
                  "between our peoples.\n")
    rallies = [c for c in doc.claims if "financed opposition rallies" in doc.text[c.start : c.end]]
    assert rallies and rallies[0].denied_by == [doc.issuer], [(doc.text[c.start:c.end], c.denied_by) for c in doc.claims]


def test_called_the_accusations_a_fairy_tale_denies_them(analyse):
    doc = analyse("Ostland's security service said on Wednesday that the men had received explosives and "
                  "instructions from Kessian military intelligence.\n\n"
                  "Kessia's Foreign Ministry called the accusations \"another fairy tale from the Ostlandic special "
                  "services\".\n")
    got = {doc.text[c.start : c.end]: c.denied_by for c in doc.claims}
    explosives = [d for t, d in got.items() if "received explosives" in t]
    assert explosives and explosives[0], got


BRIEFING = (
    "Answer of the Foreign Ministry Spokesman Pavel Grek to a media question about the statements of the Tarvian "
    "Defence Secretary\n\n"
    "Question: How would you comment on the remarks of Tarvian Defence Secretary Helen Marsh, who said on Monday "
    "that Ostlandic troops were massing on the border with Kessia?\n\n"
    "Answer: We have seen these remarks. Contrary to the claims of Ms Marsh, no Ostlandic units have been moved "
    "towards the Kessian border. The exercises in the Varna region were announced in advance and end on Friday.\n"
)


def test_contrary_to_the_claims_of_x_denies_xs_claim(analyse):
    # Shape (a ministry's answer to a media question): "Contrary to the claims of Ms Marsh, P" had denied nothing.
    doc = analyse(BRIEFING)
    got = {doc.text[c.start : c.end]: (c.asserted_by, c.denied_by) for c in doc.claims}
    massing = [v for t, v in got.items() if "massing on the border" in t]
    assert massing and massing[0][0] == "Helen Marsh" and massing[0][1] == [doc.issuer], got
    # The question's words are no claim, and no low-scored fragment of the voice is promoted by the denial.
    assert not any(t.startswith("How would you comment") for t in got), got


def test_these_accusations_were_false_does_not_answer_the_court_that_cleared_her(analyse):
    # Shape (a court report): the court's own "prosecutors had failed to prove she had steered a contract"
    # was shown denied by the acquitted mayor, whose '"these accusations were false"' linked to the latest
    # claim. The accusations were never reported as a claim: the denial links to nothing.
    doc = analyse("Court acquits former governor of Selm in bribery case\n\n"
                  "A regional court in Selm on Monday acquitted the region's former governor, Marta Kell, of bribery "
                  "charges, saying prosecutors had failed to prove she had accepted payments from a building firm "
                  "owned by her cousin.\n\n"
                  "Kell, who governed the region from 2015 to 2022, had denied any wrongdoing. \"I have always said "
                  "that these accusations were false,\" she told reporters outside the court.\n")
    got = {doc.text[c.start : c.end]: (c.asserted_by, c.denied_by) for c in doc.claims}
    ruling = [v for t, v in got.items() if "failed to prove" in t]
    assert ruling and ruling[0][1] == [], got


def test_these_accusations_are_false_still_answers_a_reported_accusation(analyse):
    # The same denial after an accusation is reported ("said troops shelled ...") still links to it.
    doc = analyse("Officials in Varn said on Monday that Dornan troops had shelled a school in the town.\n\n"
                  "The Dornan defence ministry said these accusations were false.\n")
    got = {doc.text[c.start : c.end]: c.denied_by for c in doc.claims}
    shelled = [d for t, d in got.items() if "shelled a school" in t]
    assert shelled and shelled[0], got


GENERAL = (
    "Colonel General Mikhail Orlov, the commander of the Ostlandic Eastern Group, said on Saturday that Tarvian "
    "troops were deliberately deploying artillery in school buildings and hospitals in Selm.\n\n"
    "Speaking to a state broadcaster, Orlov said drones had filmed howitzers parked \"next to at least four "
    "schools\" in the town of Medt.\n\n"
    "According to Orlov, Ostlandic troops have captured nine villages in the Selm region since the start of the "
    "month.\n\n"
)


def test_called_the_generals_words_a_lie_denies_his_claim_on_that_subject(analyse):
    # Shape (an RT-style interview article): "X's General Staff called the general's words 'a lie meant to
    # justify ...'" denied nothing ("words" is no claim noun). Now it denies the general's claim the denial
    # is about, and not his other claims ("captured nine villages").
    doc = analyse(GENERAL + "Tarvia's General Staff called the general's words \"a lie meant to justify the shelling "
                  "of civilian infrastructure\".\n")
    got = {doc.text[c.start : c.end]: (c.asserted_by, c.denied_by) for c in doc.claims}
    lead = [v for t, v in got.items() if t.startswith("Tarvian troops were deliberately deploying")]
    villages = [v for t, v in got.items() if "captured nine villages" in t]
    assert lead and lead[0] == ("Mikhail Orlov", ["Tarvia"]), got
    assert villages and villages[0][1] == [], got


@pytest.mark.parametrize("denial", [
    "Tarvia's General Staff called the general's words a lie.",  # nothing says which of his claims
    "Tarvia's General Staff called his words \"a lie meant to justify the shelling of civilian infrastructure\".",
    "Tarvia's General Staff called the minister's words \"a lie meant to justify the shelling of civilian "
    "infrastructure\".",  # no minister speaks
    "Tarvia rejected Orlov's remarks as baseless.",  # which of his claims?
])
def test_words_without_a_clear_owner_or_subject_deny_nothing(analyse, denial):
    doc = analyse(GENERAL + denial + "\n")
    got = {doc.text[c.start : c.end]: c.denied_by for c in doc.claims}
    assert not any(got.values()), got


def test_the_generals_words_are_no_general_staffs_claims(analyse):
    # "the general" is a person: a General Staff's claims are not his words.
    doc = analyse("Ostland's General Staff said on Saturday that Tarvian troops were deliberately deploying artillery in "
                  "school buildings and hospitals in Selm.\n\n"
                  "Tarvia's defence ministry called the general's words \"a lie meant to justify the shelling of "
                  "civilian infrastructure\".\n")
    got = {doc.text[c.start : c.end]: (c.asserted_by, c.denied_by) for c in doc.claims}
    assert not any(v[1] for v in got.values()), got


def test_rejected_xs_claims_answers_x_not_the_latest_voice(analyse):
    # "rejected Marsh's claims": Marsh's, not those of whoever spoke last.
    doc = analyse("Tarvian Defence Secretary Helen Marsh said on Monday that Ostlandic troops were massing on the border "
                  "with Kessia. Kessian border officials said separately that two bridges near Varna had been closed "
                  "to civilian traffic.\n\n"
                  "Ostland's foreign ministry rejected Marsh's claims as baseless.\n")
    got = {doc.text[c.start : c.end]: (c.asserted_by, c.denied_by) for c in doc.claims}
    massing = [v for t, v in got.items() if "massing on the border" in t]
    bridges = [v for t, v in got.items() if "bridges near Varna" in t]
    assert massing and massing[0][1], got
    assert not bridges or not bridges[0][1], got


@pytest.mark.parametrize(("answer", "denied"), [
    ("The Kessian prime minister said he rejects Sorel's latest comments about Tarvians.", False),  # disagreement
    ("The Kessian prime minister dismissed Sorel's comments as false.", True),
])
def test_rejecting_someones_comments_denies_only_as_false(analyse, answer, denied):
    # Shape: 'he "rejects Donald Trump's latest comments about Muslims"' is disagreement with a proposal,
    # not a denial that what was said is true.
    doc = analyse("Ostlandic candidate Ivo Sorel said on Monday that Tarvians were flooding the labour market of the "
                  "northern provinces.\n\n" + answer + "\n")
    got = {doc.text[c.start : c.end]: c.denied_by for c in doc.claims}
    flooding = [d for t, d in got.items() if "flooding the labour market" in t]
    assert flooding and bool(flooding[0]) == denied, got


REPORTS_ARE_FALSE = (
    "Statement of the Ministry of Defence of Kessia\n\n"
    "On 2 June, Kessian units repelled an attack near the village of Varn. Reports circulated by Ostlandic "
    "officials and a number of foreign media outlets that Kessian artillery shelled a school in Varn are "
    "false. The Kessian army does not strike civilian targets."
)


def test_reports_that_p_are_false_deny_p_in_the_statements_voice(analyse):
    # "Reports circulated by X that P are false": P is X's claim, denied by the ministry; the ministry's
    # own account before it is denied by nobody (it was "denied by" X, whose quote ran over "are false").
    doc = analyse(REPORTS_ARE_FALSE)
    got = {doc.text[c.start : c.end]: c.denied_by for c in doc.claims}
    assert got.get("Kessian artillery shelled a school in Varn") == ["Ministry of Defence of Kessia"], got
    assert not any("are false" in t for t in got), got
    assert all(d == [] for t, d in got.items() if t.startswith("On 2 June")), got


def test_a_datelines_city_is_not_who_accuses(analyse):
    # Shape: an RT-style lead, "KORSK, March 14 - Sarkand has accused Lusovia of ..., Deputy Foreign
    # Minister X said": with no speaker on the report, its cue's subject asserts, and the parser gives
    # the verb two subjects, the dateline's city and the country.
    doc = analyse("VARNA, June 3 - Ostland has accused Kessia of deliberately shelling a border post in order "
                  "to justify new deployments, Deputy Foreign Minister Ivo Kern said on Friday.")
    by = {doc.text[c.start : c.end]: c.asserted_by for c in doc.claims}
    accused = [who for t, who in by.items() if "shelling a border post" in t]
    assert accused and all(who in ("Ostland", "Ivo Kern") for who in accused), by


def test_this_claim_is_false_is_no_claim_where_no_outlet_is_known():
    # A fact-check analysed with no outlet: "This claim is false." was shown as a claim by "?"; it is the
    # verdict on the claim before it, with or without a known outlet to deny in its name.
    doc = Pipeline(["parse", "entities", "quotes", "claims"])(Document(id="t", text=(
        "A post shared widely online claims that pharmacies in Dorna have been told to stop selling insulin "
        "to migrants.\n\nThis claim is false.\n\nThe Dornan Health Ministry said no such instruction had "
        "been given.")))
    assert not any(doc.text[c.start : c.end].startswith("This claim") for c in doc.claims), claim_texts(doc)


def test_according_to_reliable_information_is_the_statements_own_claim(analyse):
    # "According to reliable information, P" in a defence ministry statement: P was asserted by
    # "reliable information"; it is the ministry's.
    doc = analyse("Statement of the Ministry of Defence of Kessia\n\n"
                  "According to reliable information, the fire at the depot was caused by an Ostlandic air "
                  "defence missile that fell on the village after a failed launch.")
    by = [c.asserted_by for c in doc.claims if "air defence missile" in doc.text[c.start : c.end]]
    assert by == ["Ministry of Defence of Kessia"], [(doc.text[c.start : c.end], c.asserted_by) for c in doc.claims]


def test_let_me_remind_is_no_asserter_called_me(analyse):
    # A spokeswoman's briefing answer, "Let me remind our Norvian colleagues that it was Norvia that sent
    # military instructors ...": the claim was shown "by me".
    doc = analyse("Irina Valtseva: We have seen these remarks.\n\n"
                  "Let me remind our Norvian colleagues that it was Norvia that sent military instructors to "
                  "Tamar last year, in violation of its own commitments.")
    by = [c.asserted_by for c in doc.claims if "military instructors" in doc.text[c.start : c.end]]
    assert by and all(who is None or who.lower() not in ("me", "i", "we", "us") for who in by), by


FRAMED_SHELLING = (
    "Tamarian forces shelled the town of Selk on Wednesday and then blamed the attack on Brevia, the Brevian "
    "Defence Ministry has claimed.\n\n"
    "Tamar's military insisted that Brevian artillery was responsible. Kessian and Norvian officials repeated "
    "the accusation, without presenting any evidence, according to the ministry.\n\n"
    "Earlier, Brevian Foreign Minister Anna Stolt described Western reports on the incident as \"another "
    "example of blatant disinformation\".\n"
)


def test_a_minister_does_not_deny_her_own_governments_ministry(analyse):
    # RT-style: the Brevian foreign minister's "blatant disinformation" was linked to the claim of the
    # Brevian Defence Ministry just before it (her own government's); it answers the other side's accusation.
    doc = analyse(FRAMED_SHELLING)
    got = {doc.text[c.start : c.end]: (c.asserted_by, c.denied_by) for c in doc.claims}
    assert all("Anna Stolt" not in d for who, d in got.values() if who and who.startswith("Brevian")), got


def test_we_reject_these_fabrications_after_our_own_account_answers_the_report(analyse):
    # An MFA comment on a report: "We categorically reject these fabrications." came right after the
    # ministry's own account of the report ("The report relies entirely on social media posts ...") and
    # so was read as "this" of the denier's own account: the report's accusation stayed undenied.
    doc = analyse("Comment by the Information and Press Department of the Ministry of Foreign Affairs of Ostland on "
                  "the report of the Velorian Human Rights Council\n\n"
                  "On 4 March, the so-called Human Rights Council of Veloria published yet another report accusing "
                  "Ostland of \"mass arrests of peaceful protesters\" in the city of Dern.\n\n"
                  "The authors of this opus did not bother to visit Dern or to speak to a single resident. The "
                  "report relies entirely on social media posts and on the testimony of people who left Ostland "
                  "many years ago.\n\n"
                  "We categorically reject these fabrications. Ostlandic law enforcement agencies acted strictly "
                  "within the law, and all detainees have been released.")
    denied = [c.denied_by for c in doc.claims if "mass arrests" in doc.text[c.start : c.end]]
    assert denied and denied[0] == [doc.issuer], [(doc.text[c.start : c.end], c.denied_by) for c in doc.claims]


def test_a_read_more_link_is_no_claim(analyse):
    # RT-style "READ MORE: Ostland says Kessian drones hit hospital" links to another story; once it was no
    # quote of Ostland any more it became a claim of nobody (0.52).
    doc = analyse("The Ostlandic Defence Ministry has warned that Kessian special services are preparing a staged "
                  "chemical incident in the village of Marl.\n\n"
                  "READ MORE: Ostland says Kessian drones hit hospital\n\n"
                  "Kessia has repeatedly denied such claims.")
    assert not any("drones hit hospital" in t for t in claim_texts(doc)), claim_texts(doc)
