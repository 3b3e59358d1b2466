"""Stance toward a narrative: the rules on short invented texts, and the codebook analyzer end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.analyzers.narratives import stance
from spinscope.core.annotations import Quote, Span
from spinscope.core.document import Document

ROOT = Path(__file__).resolve().parents[3]
CODEBOOK = ROOT / "examples" / "narratives" / "codebook.toml"


def sentences(text: str) -> list[Span]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".?!\n" and (i + 1 == len(text) or text[i + 1] in " \n"):
            if text[start:i + 1].strip():
                lead = len(text[start:i + 1]) - len(text[start:i + 1].lstrip())
                out.append(Span(start + lead, i + 1))
            start = i + 1
    return out


def decide(text: str, evidence_words: str, vocab: frozenset[str] = frozenset(), quotes=()) -> str:
    sents = sentences(text)
    evidence = [s for s in sents if evidence_words in text[s.start:s.end]]
    assert evidence, "the test's evidence words must be in a sentence"
    return stance.decide(text, evidence, sents, list(quotes), vocab)


def test_own_voice_asserts() -> None:
    text = "Dunmark provokes\n\nDunmark is massing troops on our border. Veloria only defends itself."
    assert decide(text, "massing troops") == "asserts"


def test_fact_check_refutes() -> None:
    text = ("Fact check: Is Dunmark massing troops?\n\nClaim: Velorian media say Dunmark is massing troops "
            "on the border. Verdict: False. Satellite images show no new units.")
    assert decide(text, "massing troops on") == "refutes"


def test_claim_that_is_misleading_refutes() -> None:
    text = "Photos\n\nThe claim that the protest was bought is misleading. The clip is from 2023."
    assert decide(text, "protest was bought") == "refutes"


def test_attributed_without_answer_reports() -> None:
    text = ("Veloria accuses Dunmark\n\nVeloria's ministry said on Tuesday that Dunmark is massing troops on the "
            "border. Dunmark's government declined to comment.")
    assert decide(text, "massing troops") == "reports"


def test_attributed_then_answered_in_own_voice_refutes() -> None:
    text = ("Velgrad's victim story\n\nVelgrad says Dunmark blocks every talk. Yet it was Veloria that cancelled "
            "the last two rounds.")
    assert decide(text, "blocks every talk") == "refutes"


def test_quote_of_the_quotes_layer_is_someone_elses_voice() -> None:
    text = "Talks\n\nDunmark blocks every talk, the minister added in the interview."
    sents = sentences(text)
    ev = [s for s in sents if "blocks" in text[s.start:s.end]]
    # Without the quote (and no reporting verb in the list) the sentence is the outlet's own.
    assert stance.decide(text, ev, sents, []) == "asserts"
    q = Quote("indirect", Span(ev[0].start, ev[0].start + 25), cue=None, speaker=Span(ev[0].start + 30, ev[0].start + 43))
    assert stance.decide(text, ev, sents, [q]) == "reports"


def test_a_quote_the_quotes_layer_is_unsure_of_gives_no_sentence_away() -> None:
    # "proposed" read as a speech cue at 0.36: the quotes layer hides it, and so does stance.
    text = "Our hand stays open\n\nVeloria proposed a ceasefire again. It is Dunmark that walks away from every talk."
    sents = sentences(text)
    ev = [s for s in sents if "walks away" in text[s.start:s.end]]
    guess = Quote("indirect", Span(ev[0].start, ev[0].end - 1), cue=Span(text.index("proposed"), text.index("proposed") + 8),
                  speaker=None, score=0.36)
    assert stance.decide(text, ev, sents, [guess]) == "asserts"
    sure = Quote("indirect", guess.content, cue=guess.cue, speaker=Span(22, 29), score=0.8)
    assert stance.decide(text, ev, sents, [sure]) == "reports"


@pytest.mark.parametrize(("sentence", "attributed"), [
    ("The so-called investigation rests on anonymous officials.", False),  # naming, not reporting
    ("Veloria proposed a ceasefire, and Dunmark rejected it at once.", False),  # an act, not speech
    ("Dunmark's navy denied that its frigates entered our waters.", True),
    ("Protest organisers rejected the accusation.", True),
    ("She dismissed the foreign agent story as a lie.", True),
])
def test_what_gives_a_sentence_to_someone_else(sentence: str, attributed: bool) -> None:
    assert stance.attributed(sentence, Span(0, len(sentence)), []) is attributed


def test_an_answer_right_after_another_voice_refutes() -> None:
    text = ("Opinion: The sanctions are working\n\nVeloria's ministers repeat that the embargo hurts Dunmark more. "
            "It does not. Velorian banks cannot borrow abroad and the economy is shrinking.")
    assert decide(text, "banks cannot borrow") == "refutes"
    text = ("Opinion: the report stands\n\nVelgrad calls the hacking report a Western invention. But the report "
            "names the servers and publishes the logs.")
    assert decide(text, "names the servers") == "refutes"
    # A contrast that is not about the narrative (not one of its evidence sentences) answers nothing.
    text = ("Dunmark provokes\n\nDunmark's navy said its frigates stayed home. But the weather was calm. "
            "Dunmark is massing warships on our border.")
    assert decide(text, "massing warships") == "asserts"


def test_an_unsure_single_sentence_push_is_dropped() -> None:
    from spinscope.core.annotations import Narrative

    text = "Parliament elects new speaker\n\nDunmark's parliament elected a new speaker. The vote was secret."
    head, body = Span(0, 29), Span(31, text.index(" The vote"))
    second = Span(text.index("The vote"), len(text))

    def pushed(score: float, evidence: list[Span], stance_: str = "asserts") -> Narrative:
        return Narrative(taxonomy="t", id="n", label="n", score=score, stance=stance_, evidence=evidence)
    assert stance.unsure_push(pushed(0.63, [body]), text)
    assert stance.unsure_push(pushed(0.63, [head, body]), text)  # the headline does not count
    assert not stance.unsure_push(pushed(0.85, [head, body]), text)
    assert not stance.unsure_push(pushed(0.63, [body, second]), text)
    assert not stance.unsure_push(pushed(0.63, [body], "reports"), text)


def test_narratives_own_denial_words_are_not_refutations() -> None:
    vocab = stance.vocabulary(["Accusations against Veloria are a Western smear; the evidence is fabricated."])
    text = "Cable story\n\nThe cable story is a fabrication cooked up by Western media to blacken Veloria."
    assert decide(text, "fabrication", vocab) == "asserts"
    assert decide(text, "fabrication") == "refutes"  # for a narrative that is not itself a denial


def test_a_denial_narratives_own_no_evidence_is_no_refutation() -> None:
    vocab = stance.vocabulary(["Accusations against Veloria are a Western smear; the evidence is fabricated."])
    text = "Hackers\n\nWestern newspapers invented a story about Velorian hackers, with no evidence at all."
    assert decide(text, "no evidence", vocab) == "asserts"
    assert decide(text, "no evidence") == "refutes"


def test_insults_refute_only_a_named_claim() -> None:
    # "state propaganda" is a jab, not a refutation of the narrative the sentence carries.
    text = "Headlines\n\nWe reach for the same loaded words we mock in state propaganda."
    assert decide(text, "loaded words") == "asserts"
    text = "Backfire\n\nVelgrad says the sanctions backfired. The backfire story is propaganda."
    assert decide(text, "sanctions backfired") == "refutes"
    # A negated sentence of the narrative's own is not a refutation ("Veloria is not the aggressor").
    text = "Gulf\n\nVeloria is not the aggressor in the gulf; Dunmark provokes every week."
    assert decide(text, "not the aggressor") == "asserts"


def test_question_and_headline_alone_do_not_assert() -> None:
    text = "Are Dunmark missiles massing on the border?\n\nOfficials said they are."
    assert decide(text, "missiles massing") == "reports"


def test_a_headline_answered_in_the_documents_own_voice_refutes() -> None:
    text = ("Dunmark's coalition holds\n\nVelorian television claims the coalition has collapsed. "
            "It has not: parliament passed the budget on Friday.")
    sents = sentences(text)
    assert stance.decide(text, sents[:1], sents, []) == "refutes"


def test_boilerplate_never_expresses_a_narrative() -> None:
    text = "Ship reaches cable. No injuries have been reported. Dunmark's government declined to comment."
    sents = sentences(text)
    assert [stance.expresses(text, s) for s in sents] == [True, False, False]


@pytest.mark.slow
def test_codebook_analyzer_sets_stance_end_to_end() -> None:
    from spinscope.core.pipeline import Pipeline

    pipe = Pipeline(["parse", "entities", "quotes", "claims", "codebook"], config={"codebook": {"file": str(CODEBOOK)}},
                    threaded=False)
    pusher = pipe(Document(id="p", source="Veloria Today", text=(
        "Dunmark's warships at our door\n\nDunmark has sent two more frigates into the Gulf of Tarn to provoke our "
        "navy. Veloria is only defending its own coast against this reckless build-up.")))
    check = pipe(Document(id="f", source="FactLens", text=(
        "Fact check: Did a Dunmark patrol provoke Veloria's navy?\n\nClaim: VTR says Dunmark's warships keep "
        "provoking the Velorian navy in the Gulf of Tarn. Verdict: False. Tracking data show no approach.")))
    assert {n.id: n.stance for n in pusher.narratives}.get("dunmark-aggressor") == "asserts"
    assert all(n.stance == "refutes" for n in check.narratives)
    for n in pusher.narratives:
        assert all(pusher.text[e.start:e.end].strip() for e in n.evidence)
