"""Channels of a statement (``analyzers/quotes/via.py``): ``find_via`` and the "X reported, citing Y" chain."""

from __future__ import annotations

import pytest

from spinscope.analyzers.quotes.via import citing, find_via

QUOTE = "We will not retreat"


def via_of(text: str) -> str | None:
    """find_via over the whole text as one sentence, the content being the first quote's words."""
    i = text.index(QUOTE) if QUOTE in text else 0
    content = (i, i + len(QUOTE)) if QUOTE in text else (0, 0)
    return find_via(text, (0, len(text)), content)


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            f'"{QUOTE}," Lena Vos said in an interview with a state broadcaster on Monday.',
            "in an interview with a state broadcaster",  # stops before "on Monday"
        ),
        (f'"{QUOTE}," Lena Vos said in a statement to Radio Nord.', "in a statement to Radio Nord"),
        (f'"{QUOTE}," Lena Vos said in a televised address.', "in a televised address"),
        (f'"{QUOTE}," Lena Vos said during a press conference in Karsby.', "during a press conference in Karsby"),
        (f'"{QUOTE}," she said in a post on Telegram that night.', "in a post on Telegram"),
        (f'"{QUOTE}," Lena Vos said, as quoted by the Ostland embassy.', "as quoted by the Ostland embassy"),
        (f'"{QUOTE}," Lena Vos said, cited by Radio Nord.', "cited by Radio Nord"),
        (f'"{QUOTE}," Lena Vos told viewers on state television.', "on state television"),
        (f'"{QUOTE}," Lena Vos wrote on her Telegram channel.', "on her Telegram channel"),
        (f'"{QUOTE}," Lena Vos said, speaking to the Karsby Herald after the vote.', "speaking to the Karsby Herald"),
        (f'"{QUOTE}," Lena Vos said in comments to Radio Nord.', "in comments to Radio Nord"),
    ],
)
def test_channel_phrases(text, via):
    assert via_of(text) == via


@pytest.mark.parametrize(
    "text",
    [
        f'"{QUOTE}," Lena Vos said.',
        f'"{QUOTE}," Lena Vos said on Monday.',
        "Lena Vos said the border was closed.",
    ],
)
def test_no_channel(text):
    assert via_of(text) is None


def test_channel_words_inside_the_content_are_not_a_channel():
    text = '"We spoke in an interview with Radio Nord," Lena Vos said.'
    inner = (1, text.index(',"'))
    assert find_via(text, (0, len(text)), inner) is None
    # The same phrase outside the content is one.
    assert find_via(text, (0, len(text)), (0, 0)) == "in an interview with Radio Nord"


def test_only_the_given_sentence_is_searched():
    text = '"We will not retreat," Lena Vos said. She later spoke in an interview with Radio Nord.'
    first = (0, text.index(" She"))
    assert find_via(text, first, (1, 20)) is None
    second = (text.index("She"), len(text))
    assert find_via(text, second, (1, 20)) == "in an interview with Radio Nord"


def test_first_pattern_wins_over_a_later_one():
    text = f'"{QUOTE}," Lena Vos said on state television, as quoted by the Ostland embassy.'
    # The interview/statement pattern is tried before "quoted by", which comes before "on television".
    assert via_of(text) == "as quoted by the Ostland embassy"


def test_statement_posted_on_a_platform():
    text = f'"{QUOTE}," Lena Vos said in a statement posted on Telegram.'
    assert via_of(text) == "in a statement posted on Telegram"


def test_citing_after_the_content():
    text = "Twelve people died in the strike, Radio Nord reported, citing local medics."
    content = (0, text.index(","))
    who, chain = citing(text, (0, len(text)), content)
    assert who == (62, 74) and text[62:74] == "local medics"
    assert chain == (34, 53) and text[34:53] == "Radio Nord reported"


def test_citing_before_the_content():
    text = "Radio Nord reported, citing local medics, that twelve people died in the strike."
    content = (text.index("twelve"), len(text) - 1)
    who, chain = citing(text, (0, len(text)), content)
    assert (who, chain) == ((28, 40), (0, 19))


def test_quoting_is_citing():
    text = "The agency said, quoting a senior official, that the talks had failed."
    content = (text.index("the talks"), len(text) - 1)
    who, chain = citing(text, (0, len(text)), content)
    assert text[who[0] : who[1]] == "a senior official"
    assert text[chain[0] : chain[1]] == "The agency said"


def test_citing_inside_the_content_or_absent_is_none():
    text = "Twelve people died in the strike, Radio Nord reported."
    assert citing(text, (0, len(text)), (0, 32)) is None
    text = '"We are citing local medics here," Radio Nord said.'
    assert citing(text, (0, len(text)), (1, text.index(',"'))) is None


def test_citing_in_a_later_sentence_of_the_text():
    first = "Lena Vos spoke in Karsby. "
    text = first + "Twelve people died, Radio Nord reported, citing local medics."
    sent = (len(first), len(text))
    who, chain = citing(text, sent, (len(first), len(first) + 18))
    assert text[who[0] : who[1]] == "local medics"
    assert text[chain[0] : chain[1]] == "Radio Nord reported"
