"""'According to the ministry, Kessian forces shelled ...' (issue 22, session 8, an invented RT-style
article): the people named right after the comma begin the reported clause; they are neither the
ministry's apposition nor its title's carrier. The speaker is the ministry named earlier."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

TEXT = (
    "Tessarian air defence systems destroyed 12 Velmarian drones over the Brisk region overnight, the "
    "Tessarian Defence Ministry said on Tuesday.\n\n"
    "According to the ministry, Velmarian forces shelled the town of Lipki, killing two civilians. Dunmarkian "
    "government troops repelled an attack near Orla, the ministry added."
)


@pytest.fixture(scope="module")
def doc() -> Document:
    return Pipeline(["parse", "entities", "quotes"], threaded=False)(Document(id="t", text=TEXT))


def _speaker(doc: Document, start_of_content: str) -> str | None:
    return next(q.speaker_name for q in doc.quotes if doc.text[q.content.start:].startswith(start_of_content))


def test_according_to_the_ministry_is_not_the_people_after_the_comma(doc: Document) -> None:
    assert _speaker(doc, "Velmarian forces shelled") not in ("Velmarian", "Velmarian forces")


def test_the_ministry_added_is_the_ministry_named_before(doc: Document) -> None:
    assert _speaker(doc, "Dunmarkian government troops") == "Tessarian Defence Ministry"


def test_an_apposition_still_names_the_speaker() -> None:
    doc = Pipeline(["parse", "entities", "quotes"], threaded=False)(Document(id="a", text=(
        "The offensive has failed, the ministry's spokesman, Omar Haddad, said on Monday.")))
    assert [q.speaker_name for q in doc.quotes] == ["Omar Haddad"]


def test_the_charity_said_is_the_charity_named_before() -> None:
    doc = Pipeline(["parse", "entities", "quotes"], threaded=False)(Document(id="c", text=(
        "SARN, Aug 3 (Nordwire) - Three aid workers of the Helping Hands charity kidnapped last month were "
        "freed on Saturday after talks mediated by the elders of Sarn, the charity said.")))
    assert [q.speaker_name for q in doc.quotes] == ["Helping Hands"]


def test_the_council_said_is_not_the_town() -> None:
    doc = Pipeline(["parse", "entities", "quotes"], threaded=False)(Document(id="p", text=(
        "The Port Selva council opened its new water treatment plant to visitors on Saturday. About two "
        "hundred residents toured the site, the council said.")))
    assert all(q.speaker_name != "Port Selva" for q in doc.quotes), [q.speaker_name for q in doc.quotes]
