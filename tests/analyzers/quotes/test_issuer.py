"""Who issued a statement document (``analyzers/quotes/issuer.py``), from its title and first line."""

from __future__ import annotations

import pytest

from spinscope.analyzers.quotes.issuer import detect_issuer, first_line
from spinscope.core.document import Document

BODY = "The ministry regrets the incident and calls for calm."


def issuer(title: str | None, text: str = BODY, source: str | None = None) -> str | None:
    return detect_issuer(Document(id="t", text=text, title=title, source=source))


@pytest.mark.parametrize(
    ("title", "who"),
    [
        ("Statement by the Ministry of Foreign Affairs of Ostland on the border incident",
         "Ministry of Foreign Affairs of Ostland"),
        ("Comment by the Spokeswoman of the Velorian Ministry of Defence regarding the drills",
         "Velorian Ministry of Defence"),  # the role is dropped: claims are asserted by the body
        ("Remarks by the Spokesperson of the Ostland Ministry of Foreign Affairs, 12 May",
         "Ostland Ministry of Foreign Affairs"),
        ("Briefing by the Official Spokesman for the Ministry of Foreign Affairs of Veloria",
         "Ministry of Foreign Affairs of Veloria"),
        ("Statement from the press office of the Ostland Embassy: on sanctions", "Ostland Embassy"),
        ("Joint statement of Ostland and Veloria following the summit", "Ostland and Veloria"),
        ("Press release: statement by the Velorian Grain Board on export quotas", "Velorian Grain Board"),
        ("Foreign Minister Lena Vos's remarks on the summit", "Foreign Minister Lena Vos"),
        ("Lena Vos’s statement on the border", "Lena Vos"),
        ("Statement by the Ministry", "Ministry"),
        # A foreign ministry's answers to questions (issue 22): "... answer to a media question about ...".
        ("Foreign Ministry Spokeswoman Irina Valtseva's answer to a media question about the remarks of "
         "Norvian Foreign Minister Paul Hendry", "Foreign Ministry Spokeswoman Irina Valtseva"),
        ("Foreign Minister Lena Vos's answers to questions from the media", "Foreign Minister Lena Vos"),
    ],
)
def test_statement_titles(title, who):
    assert issuer(title) == who


def test_first_line_counts_when_there_is_no_title():
    text = "\n\nComment by the Spokeswoman of the Velorian Ministry of Defence regarding the drills\nThe drills are a provocation."
    assert issuer(None, text) == "Velorian Ministry of Defence"


def test_title_comes_before_the_first_line():
    text = "Statement by the Veloria Rail Authority on timetables\nTrains run again."
    assert issuer("Statement by the Ostland Embassy on visas", text) == "Ostland Embassy"


def test_a_statement_further_down_the_text_does_not_count():
    text = "Trains ran late on Monday.\nStatement by the Veloria Rail Authority on timetables"
    assert issuer("Delays in Karsby", text) is None


def test_press_release_names_its_issuer_on_a_from_line():
    text = "PRESS RELEASE\nIssued by: Ostland Rail Authority\nTrains run again from Monday."
    assert issuer("Press release", text, source="Ostland Rail") == "Ostland Rail Authority"


def test_press_release_without_a_from_line_falls_back_to_the_source():
    assert issuer("Press release: new trains for Karsby", "Trains run again.", source="Ostland Rail") == "Ostland Rail"
    assert issuer("For immediate release", "Trains run again.", source="Veloria Post") == "Veloria Post"


def test_press_release_with_nothing_to_name_it():
    assert issuer("For immediate release", "Trains run again.", source=None) is None
    assert issuer("For immediate release", "Trains run again.", source="") is None


@pytest.mark.parametrize(
    "title",
    [
        "Ostland closes its border",
        "Minister criticises speech by the Velorian president",  # a statement mentioned, not issued
        "A statement by the Ostland ministry was read out",
        "",
        None,
    ],
)
def test_news_titles_are_not_statements(title):
    assert issuer(title, "Lena Vos said in a statement that the border was closed.") is None


def test_headline_about_someone_elses_statement_is_not_a_statement():
    assert issuer("Ostland rejects Veloria's statement on the border") is None


def test_first_line_skips_blank_lines_and_strips():
    assert first_line("\n  \n  Statement by X  \nnext") == "Statement by X"
    assert first_line("") == ""
    assert first_line(" \n\t\n") == ""
