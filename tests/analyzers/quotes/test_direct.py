"""Direct quotes (``analyzers/quotes/direct.py``) on parsed texts written for these tests.

Each case calls :func:`direct_quotes` the way the quotes analyzer does: the spaCy parse the parse
analyzer leaves in ``doc.cache["parse"]`` and the quoted stretches from ``marks.scan``.
"""

from __future__ import annotations

import pytest

from spinscope.analyzers.quotes.direct import MIN_WORDS, direct_quotes
from spinscope.analyzers.quotes.marks import scan


@pytest.fixture(scope="session")
def direct(parse):
    def run(text: str):
        return direct_quotes(text, parse(text), scan(text))

    return run


def at(text: str, fragment: str, start: int = 0) -> tuple[int, int]:
    """The range of ``fragment`` (its first occurrence from ``start``)."""
    i = text.index(fragment, start)
    return i, i + len(fragment)


def rows(text: str, cands) -> list[tuple]:
    """(rule, content text, cue text, speaker text) for a readable failure."""

    def s(r):
        return None if r is None else text[r[0] : r[1]]

    return [(c.rule, s(c.content), s(c.cue), s(c.speaker)) for c in cands]


def test_straight_quote_then_pronoun_and_cue(direct):
    text = '"We will not raise taxes this year," she said.'
    (c,) = direct(text)
    assert c.kind == "direct" and c.rule == "direct-cue"
    assert c.content == (1, 34)  # inside the marks, without the comma before the closing mark
    assert text[1:34] == "We will not raise taxes this year"
    assert c.cue == (41, 45) and text[41:45] == "said"
    assert c.speaker == (37, 40) and text[37:40] == "she"
    assert c.via is None


def test_curly_quote_with_inverted_role_speaker(direct):
    text = "“The deficit will fall below three percent,” said the minister."
    (c,) = direct(text)
    assert c.content == (1, 42)
    assert c.cue == at(text, "said")
    assert c.speaker == at(text, "the minister")
    assert c.rule == "direct-cue"


def test_inverted_proper_name_after_the_verb(direct):
    text = '"We will hold the line at the river," said Lena Vos.'
    (c,) = direct(text)
    assert rows(text, [c]) == [("direct-cue", "We will hold the line at the river", "said", "Lena Vos")]
    assert c.speaker == (43, 51)


def test_lead_in_cue_with_colon(direct):
    text = 'Minister Lena Vos said: "Our borders will stay open to every traveller."'
    (c,) = direct(text)
    # The sentence's full stop inside the marks stays part of the content.
    assert c.content == (25, 71)
    assert text[25:71] == "Our borders will stay open to every traveller."
    assert c.cue == (18, 22)
    assert c.speaker == (0, 17) and text[0:17] == "Minister Lena Vos"


def test_split_quote_gives_both_halves_the_same_cue_and_speaker(direct):
    text = '"The talks have failed," Lena Vos said, "and we will leave the table tomorrow."'
    first, second = direct(text)
    assert first.content == (1, 22) and text[1:22] == "The talks have failed"
    assert second.content == (41, 78) and text[41:78] == "and we will leave the table tomorrow."
    assert first.cue == second.cue == (34, 38)
    assert first.speaker == second.speaker == (25, 33)
    assert first.rule == second.rule == "direct-cue"


def test_long_speaker_phrase_keeps_its_prepositional_part(direct):
    text = "“Our borders will stay open,” the spokeswoman for the Velorian ministry insisted on Tuesday."
    (c,) = direct(text)
    assert rows(text, [c]) == [
        ("direct-cue", "Our borders will stay open", "insisted", "the spokeswoman for the Velorian ministry")
    ]


def test_short_whole_utterance_with_cue_is_speech(direct):
    text = '"Never," she said.'
    (c,) = direct(text)
    assert len(text[c.content[0] : c.content[1]].split()) < MIN_WORDS
    assert c.content == (1, 6) and c.cue == (13, 17) and c.speaker == (9, 12)


@pytest.mark.parametrize(
    "text",
    [
        'He called it a "smear" campaign.',  # a scare quote: one word, no cue of its own
        'She called the report "fake news" on Monday.',  # a cue, but the fragment does not close on , . ! ?
        '"Not now" is the answer.',  # short, no cue
        "No quotation marks here, she said.",
        "",
    ],
)
def test_scare_quotes_and_fragments_are_not_speech(direct, text):
    assert direct(text) == []


def test_long_quote_without_cue_stands_alone(direct):
    text = '"The border stays closed until further notice."'
    (c,) = direct(text)
    assert c.rule == "direct-continued"
    assert c.content == (1, 46)
    assert c.cue is None and c.speaker is None


def test_full_sentence_quote_does_not_take_the_cue_of_the_next_sentence(direct):
    # The quote ends its sentence inside the marks and a capital follows: "said" belongs to a new sentence.
    text = 'Lena Vos spoke. "We are ready for talks now." The minister said nothing else.'
    (c,) = direct(text)
    assert c.content == at(text, "We are ready for talks now.")
    assert c.cue is None and c.speaker is None


def test_cue_after_a_line_break_is_out_of_reach(direct):
    text = '"We will hold the line at the river,"\nshe said.'
    (c,) = direct(text)
    assert c.content == (1, 35)
    assert c.rule == "direct-continued" and c.cue is None and c.speaker is None


def test_quote_in_the_same_paragraph_continues_the_previous_speaker(direct):
    text = (
        'Lena Vos spoke to reporters.\n\n"We will not raise taxes this year," she said. '
        '"The budget is balanced and the debt is falling."'
    )
    first, second = direct(text)
    assert first.rule == "direct-cue" and first.speaker == at(text, "she") and first.cue == at(text, "said")
    assert second.rule == "direct-continued"
    assert second.content == at(text, "The budget is balanced and the debt is falling.")
    assert (second.cue, second.speaker) == (first.cue, first.speaker)


def test_quote_in_the_next_line_paragraph_continues_the_previous_speaker(direct):
    text = 'Lena Vos said: "The border stays closed until Friday."\n"We have no other choice at this point."'
    first, second = direct(text)
    assert first.speaker == (0, 8) and first.cue == (9, 13)
    assert second.content == (56, 94)
    assert (second.rule, second.cue, second.speaker) == ("direct-continued", (9, 13), (0, 8))


def test_quote_in_the_next_blank_line_paragraph_continues_the_previous_speaker(direct):
    text = 'Lena Vos said: "The border stays closed until Friday."\n\n"We have no other choice at this point."'
    first, second = direct(text)
    assert second.content == (57, 95)
    assert (second.cue, second.speaker) == ((9, 13), (0, 8))


def test_quote_far_from_the_previous_one_does_not_continue_it(direct):
    text = (
        '"We will not raise taxes this year," she said.\n\n'
        "The session went on for hours.\n\nDeputies argued about roads.\n\n"
        '"Nobody here has read the full report yet."'
    )
    first, second = direct(text)
    assert first.speaker == at(text, "she")
    assert second.content == at(text, "Nobody here has read the full report yet.")
    assert second.speaker is None and second.cue is None
