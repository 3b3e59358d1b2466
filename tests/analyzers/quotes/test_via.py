"""Channels of a statement (``analyzers/quotes/via.py``): ``find_via`` and the "X reported, citing Y" chain."""

from __future__ import annotations

import pytest

from spinscope.analyzers.quotes.candidate import Candidate
from spinscope.analyzers.quotes.via import channel_phrase, citing, find_via, nested_reports

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
            "an interview with a state broadcaster",  # stops before "on Monday"; no "in" ("via in an …")
        ),
        (f'"{QUOTE}," Lena Vos said in a statement to Radio Nord.', "a statement to Radio Nord"),
        (f'"{QUOTE}," Lena Vos said in a televised address.', "a televised address"),
        (f'"{QUOTE}," Lena Vos said during a press conference in Karsby.', "a press conference in Karsby"),
        (f'"{QUOTE}," she said in a post on Telegram that night.', "a post on Telegram"),
        (f'"{QUOTE}," Lena Vos said, as quoted by the Ostland embassy.', "the Ostland embassy"),
        (f'"{QUOTE}," Lena Vos said, cited by Radio Nord.', "Radio Nord"),
        (f'"{QUOTE}," Lena Vos told viewers on state television.', "state television"),
        (f'"{QUOTE}," Lena Vos wrote on her Telegram channel.', "her Telegram channel"),
        (f'"{QUOTE}," Lena Vos said, speaking to the Karsby Herald after the vote.', "the Karsby Herald"),
        (f'"{QUOTE}," Lena Vos said in comments to Radio Nord.', "comments to Radio Nord"),
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
    assert find_via(text, (0, len(text)), (0, 0)) == "an interview with Radio Nord"


def test_only_the_given_sentence_is_searched():
    text = '"We will not retreat," Lena Vos said. She later spoke in an interview with Radio Nord.'
    first = (0, text.index(" She"))
    assert find_via(text, first, (1, 20)) is None
    second = (text.index("She"), len(text))
    assert find_via(text, second, (1, 20)) == "an interview with Radio Nord"


def test_first_pattern_wins_over_a_later_one():
    text = f'"{QUOTE}," Lena Vos said on state television, as quoted by the Ostland embassy.'
    # The interview/statement pattern is tried before "quoted by", which comes before "on television".
    assert via_of(text) == "the Ostland embassy"


def test_statement_posted_on_a_platform():
    text = f'"{QUOTE}," Lena Vos said in a statement posted on Telegram.'
    assert via_of(text) == "a statement posted on Telegram"


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


@pytest.mark.parametrize(
    ("phrase", "channel"),
    [
        ("in an interview with Velpress", "an interview with Velpress"),
        ("as quoted by the embassy", "the embassy"),
        ("citing  local medics", "local medics"),
        ("state television", "state television"),
    ],
)
def test_channel_phrase_drops_the_words_that_introduce_it(phrase, channel):
    assert channel_phrase(phrase) == channel


def _cand(content, cue, speaker, rule="ccomp"):
    return Candidate("indirect", content, cue=cue, speaker=speaker, rule=rule)


def test_nested_report_keeps_the_inner_speaker_and_makes_the_reporter_the_channel():
    text = "President Mikel Dorn said that elections would be held in May, the broadcaster VTV reported."
    inner = _cand((at(text, "elections")[0], text.index(", the")), at(text, "said"), at(text, "President Mikel Dorn"))
    outer = _cand((0, text.index(", the")), at(text, "reported"), at(text, "the broadcaster VTV"))
    (kept,) = nested_reports([outer, inner], text)
    assert kept is inner and kept.via == "the broadcaster VTV"


def test_a_report_named_before_another_keeps_both():
    text = "Lena Vos said the minister warned that prices would rise."
    outer = _cand(at(text, "the minister warned that prices would rise"), at(text, "said"), at(text, "Lena Vos"))
    inner = _cand(at(text, "prices would rise"), at(text, "warned"), at(text, "the minister"))
    assert nested_reports([outer, inner], text) == [outer, inner]


def at(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)
