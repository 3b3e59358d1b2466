"""Indirect speech (``analyzers/quotes/indirect.py``) over the spaCy parse of texts written for these tests."""

from __future__ import annotations

import pytest

from spinscope.analyzers.quotes.indirect import MIN_CONTENT, indirect_quotes


@pytest.fixture(scope="session")
def indirect(parse):
    """text -> indirect candidates, parsed by the session's parse analyzer (spaCy loads once)."""
    return lambda text: indirect_quotes(text, parse(text))


def at(text: str, fragment: str) -> tuple[int, int]:
    i = text.index(fragment)
    return i, i + len(fragment)


def one(text: str, cands) -> tuple:
    """The single candidate as (rule, content, cue, speaker) texts; fails listing what was found."""

    def s(r):
        return None if r is None else text[r[0] : r[1]]

    found = [(c.rule, s(c.content), s(c.cue), s(c.speaker)) for c in cands]
    assert len(found) == 1, found
    assert all(c.kind == "indirect" for c in cands)
    return found[0]


def test_said_that_clause_without_its_that(indirect):
    text = "Lena Vos said that the Ostland army had crossed the river at dawn."
    (c,) = indirect(text)
    assert c.rule == "ccomp"
    assert c.content == (19, 65)  # from "the" (after "that") to before the full stop
    assert c.cue == (9, 13)
    assert c.speaker == (0, 8)


def test_told_reporters_that(indirect):
    text = "Lena Vos told reporters that the Ostland army had crossed the river."
    assert one(text, indirect(text)) == ("ccomp", "the Ostland army had crossed the river", "told", "Lena Vos")


def test_denial_and_thought_verbs_are_cues(indirect):
    text = "The ministry denied that its troops had entered Veloria."
    assert one(text, indirect(text)) == ("ccomp", "its troops had entered Veloria", "denied", "The ministry")
    text = "Lena Vos believes that the sanctions will fail by spring."
    assert one(text, indirect(text)) == ("ccomp", "the sanctions will fail by spring", "believes", "Lena Vos")


def test_reported_clause_before_the_cue(indirect):
    text = "The plan will fail within a month, she said."
    (c,) = indirect(text)
    assert (c.rule, c.content, c.cue, c.speaker) == ("ccomp", (0, 33), (39, 43), (35, 38))
    text = "The talks will collapse before winter, the envoy warned."
    assert one(text, indirect(text)) == ("ccomp", "The talks will collapse before winter", "warned", "the envoy")


def test_report_runs_to_the_end_of_the_sentence(indirect):
    text = "Lena Vos said the talks would resume in May, should the weather allow it."
    (c,) = indirect(text)
    assert c.content == at(text, "the talks would resume in May, should the weather allow it")


def test_conjoined_cue_takes_the_subject_of_the_first_verb(indirect):
    text = "Lena Vos arrived in Karsby and said that the border was closed."
    (c,) = indirect(text)
    assert (c.content, c.cue, c.speaker) == (at(text, "the border was closed"), at(text, "said"), (0, 8))


def test_accused_of(indirect):
    text = "Lena Vos accused Ostland of shelling the border villages."
    (c,) = indirect(text)
    assert (c.rule, c.content, c.cue, c.speaker) == ("object-of", (17, 56), (9, 16), (0, 8))
    assert text[17:56] == "Ostland of shelling the border villages"


def test_blamed_for(indirect):
    text = "Lena Vos blamed Ostland for the collapse of the grain deal."
    assert one(text, indirect(text)) == ("object-of", "Ostland for the collapse of the grain deal", "blamed", "Lena Vos")


def test_urged_to(indirect):
    text = "Lena Vos urged Ostland to withdraw its troops from the border."
    (c,) = indirect(text)
    assert (c.rule, c.content, c.cue, c.speaker) == ("to-clause", (15, 61), (9, 14), (0, 8))


def test_according_to_before_the_clause(indirect):
    text = "According to the Velorian ministry, the ceasefire collapsed on Sunday night."
    (c,) = indirect(text)
    assert c.rule == "according-to"
    assert c.content == (36, 75) and text[36:75] == "the ceasefire collapsed on Sunday night"
    assert c.cue == (0, 12) and text[0:12] == "According to"
    assert c.speaker == (13, 34) and text[13:34] == "the Velorian ministry"


def test_according_to_after_the_clause(indirect):
    text = "The ceasefire collapsed on Sunday night, according to the Velorian ministry."
    (c,) = indirect(text)
    assert (c.rule, c.content, c.cue, c.speaker) == ("according-to", (0, 39), (41, 53), (54, 75))


@pytest.mark.parametrize(
    "text",
    [
        "She said that it failed.",  # "it failed": shorter than MIN_CONTENT
        "According to Vos, it failed.",
        "Trains left Karsby on time this morning.",  # no cue
        "Lena Vos spoke for an hour.",
        "",
    ],
)
def test_short_content_and_cueless_sentences_give_nothing(indirect, text):
    assert len("it failed") < MIN_CONTENT
    assert indirect(text) == []


def test_each_sentence_gives_its_own_report(indirect):
    text = (
        "Lena Vos said that the Ostland army had crossed the river. "
        "According to the Velorian ministry, the ceasefire collapsed on Sunday night."
    )
    first, second = indirect(text)
    assert first.content == at(text, "the Ostland army had crossed the river")
    assert second.content == at(text, "the ceasefire collapsed on Sunday night")
    assert second.speaker == at(text, "the Velorian ministry")


def test_cue_in_a_relative_clause_keeps_its_report_inside_the_clause(indirect):
    text = "The Velorian minister, who said the border would reopen, left early."
    (c,) = indirect(text)
    assert c.content == at(text, "the border would reopen")
