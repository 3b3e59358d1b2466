"""Issue 22 item 4: no actor comes from page boilerplate ("Privacy Policy and Terms", "Email" as a
PERSON). Texts written for these tests, through the real parse and entities."""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

PAGE = (
    "Deputy Foreign Minister Pavel Dorin met the Velorian envoy Marta Kell in Nordhaven on Tuesday.\n"
    "Privacy Policy and Terms\n"
    "Email\n"
    "Share on Facebook Twitter Telegram\n"
    "Sign up for our daily newsletter\n"
    "3 comments\n"
)


@pytest.fixture(scope="module")
def doc():
    return Pipeline(["parse", "entities"])(Document(id="page", text=PAGE))


def test_no_actor_from_the_page_furniture(doc):
    # spaCy alone reads "Twitter Telegram" on the share bar as a PERSON.
    assert {"Pavel Dorin", "Marta Kell"} <= {e.name for e in doc.entities}
    for e in doc.entities:
        for m in e.mentions:
            assert m.end <= PAGE.index("Privacy"), (e.name, e.type, PAGE[m.start : m.end])


def test_the_same_words_in_a_sentence_are_read():
    d = Pipeline(["parse", "entities"])(Document(
        id="s", text="Facebook and Twitter removed the accounts, Interior Minister Ada Weiss said on Friday."))
    assert {"Ada Weiss"} <= {e.name for e in d.entities}
    assert any(e.name in ("Facebook", "Twitter") for e in d.entities)
