"""Issue 22 item 4: page boilerplate is marked and analysed by no layer. Texts written for these tests."""

from __future__ import annotations

import pytest

from spinscope.analyzers.parse.boilerplate import Boilerplate, find
from spinscope.core.document import Document, Span
from spinscope.core.pipeline import Pipeline
from spinscope.store import Store

ARTICLE = (
    "Ostland's Deputy Foreign Minister Pavel Dorin said on Tuesday that the strikes near Dorna targeted only "
    "ammunition depots held by the militants.\n"
    "The militants have shelled the eastern districts of Dorna for three weeks, the ministry said.\n\n"
    "Privacy Policy and Terms\n"
    "Email\n"
    "Subscribe to our newsletter\n"
    "Share this article: Facebook Twitter Email\n"
    "12 comments\n"
    "We use cookies to improve your experience. By continuing to browse the site you agree to our use of "
    "cookies.\n"
)


def marked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find(text)]


@pytest.mark.parametrize("line", [
    "Privacy Policy and Terms", "Email", "Share", "Tweet", "Share this article: Facebook Twitter Email",
    "12 comments", "Comments (3)", "Read more", "Related:", "Advertisement", "Subscribe to our newsletter",
    "Sign up for our daily newsletter", "Follow us on Telegram", "© 2025 Nordwire. All rights reserved.",
    "We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.",
])
def test_boilerplate_lines(line):
    assert marked(f"The talks ended.\n{line}\nThey resume in May.") == [line]


@pytest.mark.parametrize("line", [
    "The government will publish a new privacy policy for hospitals next week, the minister said.",
    "Readers shared the video more than a million times on Facebook and Twitter within a day.",
    "Email records show that the minister knew of the contract in March.",
    "The newsletter of the opposition party was banned on Monday.",
    "Subscribers to the state channel fell by a third last year.",
])
def test_article_sentences_that_mention_the_same_words_are_text(line):
    assert marked(f"The talks ended.\n{line}\nThey resume in May.") == []


def test_outside_and_touches():
    page = Boilerplate([Span(10, 20), Span(30, 40)])
    assert page.outside(0, 50) == [(0, 10), (20, 30), (40, 50)]
    assert page.outside(12, 18) == []
    assert page.touches(19, 25) and not page.touches(20, 30) and not page.touches(0, 10)


@pytest.fixture(scope="module")
def doc():
    pipeline = Pipeline(["parse", "entities", "quotes", "claims", "techniques"])
    d = pipeline(Document(id="bp", text=ARTICLE, source="Test Wire"))
    d.validate()
    return d


def test_boilerplate_is_its_own_layer_and_no_sentence(doc):
    spans = [doc.text[s.start : s.end] for s in doc.boilerplate]
    assert spans[:2] == ["Privacy Policy and Terms", "Email"] and len(spans) == 6
    page = Boilerplate(doc.boilerplate)
    assert not any(page.touches(s.start, s.end) for s in doc.sentences)


def test_no_layer_reads_boilerplate(doc):
    page = Boilerplate(doc.boilerplate)
    names = {e.name for e in doc.entities}
    assert "Privacy Policy and Terms" not in names and "Email" not in names, names
    assert not any(page.touches(m.start, m.end) for e in doc.entities for m in e.mentions)
    assert not any(page.touches(q.content.start, q.content.end) for q in doc.quotes)
    assert not any(page.touches(c.start, c.end) for c in doc.claims)
    assert not any(page.touches(t.start, t.end) for t in doc.techniques)
    assert any("ammunition depots" in doc.text[c.start : c.end] for c in doc.claims)  # the article still is


def test_the_layer_round_trips_through_a_real_store(doc, tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.save(doc)
    with Store(tmp_path / "s.db") as store:
        assert store.get("bp").boilerplate == doc.boilerplate
