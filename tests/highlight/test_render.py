"""The shared highlighter: escaping, balanced nesting, and no character dropped or reordered."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samples import full_doc
from spinscope.analyzers.techniques.taxonomy import PTC_COLORS as TECHNIQUE_COLORS
from spinscope.analyzers.techniques.taxonomy import technique_style
from spinscope.core.document import Claim, Document, Entity, Quote, Span, Technique
from spinscope.errors import ConfigError, SpanError
from spinscope.highlight import (
    css,
    highlight_article,
    legend,
    speaker_class,
    speaker_color,
    technique_class,
)

VOID = {"br"}


def visible_text(markup: str) -> str:
    """What a reader gets back: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


class TagBalance(HTMLParser):
    """Records whether every element closes in the order it opened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def parse(markup: str) -> TagBalance:
    parser = TagBalance()
    parser.feed(markup)
    parser.close()
    return parser


def test_render_escapes_script_and_quotes_in_text_and_attributes() -> None:
    out = str(highlight_article(full_doc()))
    assert "<script>" not in out
    assert "&lt;script&gt;al" in out and "&lt;/script&gt;" in out
    assert "<b>" not in out
    assert 'data-reason="says &#34;vile&#34; &lt;script&gt;x()&lt;/script&gt;"' in out
    assert 'data-speaker="Bob &#34;the &lt;b&gt;&#34;"' in out
    # Names with commas survive as a JSON list in one attribute.
    tags = parse(out).tags
    denied = {a["data-denied-by"] for t, a in tags if a.get("data-layer") == "claims"}
    assert denied == {'["Critics", "Bob, Jr."]', "[]"}


def test_render_overlapping_spans_balance_and_keep_text() -> None:
    doc = full_doc()
    out = str(highlight_article(doc))
    parsed = parse(out)
    assert parsed.errors == []
    assert parsed.stack == []
    assert visible_text(out) == doc.text


def test_render_pieces_of_one_annotation_share_an_id() -> None:
    out = str(highlight_article(full_doc(), layers=("claims",)))
    pieces = [a for t, a in parse(out).tags if a.get("data-ann") == "c0"]
    # The claim crosses a paragraph break, so it is drawn in at least two pieces.
    assert len(pieces) >= 2
    assert all(p["title"] == pieces[0]["title"] for p in pieces)


def test_render_marks_carry_layer_classes_and_data() -> None:
    tags = {
        a["data-ann"] + ":" + (a.get("data-part") or ""): a
        for t, a in parse(str(highlight_article(full_doc()))).tags
        if "data-ann" in a
    }
    tech = tags["t0:"]
    assert "ss-tech" in tech["class"] and "ss-t-loaded-language" in tech["class"]
    assert tech["data-technique"] == "Loaded_Language"
    assert float(tech["data-score"]) == pytest.approx(0.91)
    assert "ss-t-other" in tags["t2:"]["class"]
    assert tags["q0:content"]["data-speaker"] == "Anna Kovacs"
    assert speaker_class("Anna Kovacs") in tags["q0:speaker"]["class"]
    assert tags["q1:content"]["data-via"] == "Radio Nord"
    assert "ss-spk-none" in tags["q1:content"]["class"]
    assert tags["e0:"]["data-type"] == "PERSON"


def test_render_paragraphs_and_line_breaks() -> None:
    doc = Document(id="p", text="One\r\ntwo\n\n\nThree\n")
    out = str(highlight_article(doc))
    assert out.count("<p>") == 2
    assert "One<br>\r\ntwo" in out
    assert visible_text(out) == doc.text


def test_render_layer_choice_and_unknown_layer() -> None:
    out = str(highlight_article(full_doc(), layers=("entities",)))
    assert "ss-tech" not in out and "ss-ent" in out
    with pytest.raises(ConfigError, match="drawable layers"):
        highlight_article(full_doc(), layers=("tecniques",))


def test_render_refuses_spans_outside_the_text() -> None:
    doc = Document(id="bad", text="short")
    doc.techniques.append(Technique(2, 9, "Doubt", 0.5))
    with pytest.raises(SpanError):
        highlight_article(doc)


def test_render_empty_and_annotation_free_documents() -> None:
    assert str(highlight_article(Document(id="e", text=""))) == '<div class="ss-article"></div>'
    doc = Document(id="n", text="Plain & simple.")
    assert visible_text(str(highlight_article(doc))) == doc.text


def test_palette_covers_the_14_ptc_techniques_and_speakers_are_stable() -> None:
    assert len(TECHNIQUE_COLORS) == 14
    # Seven hues, each plain and striped: every technique has a style of its own (test_palette.py).
    assert len({technique_style(n) for n in TECHNIQUE_COLORS}) == 14
    assert len({technique_class(n) for n in TECHNIQUE_COLORS}) == 14
    assert speaker_color("Anna Kovacs") == speaker_color(" anna kovacs ")
    assert speaker_color(None) != speaker_color("Anna Kovacs")
    style = css()
    assert all(f"mark.{technique_class(n)}" in style for n in TECHNIQUE_COLORS)
    shown = str(legend(["Doubt", "Doubt", "Slogans"]))
    assert shown.count("ss-swatch") == 2


@st.composite
def annotated(draw: st.DrawFn) -> Document:
    text = draw(
        st.text(alphabet=st.characters(codec="utf-8"), max_size=80) | st.text("ab <&\"'\n\r \t", max_size=60)
    )
    n = len(text)
    bounds = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    doc = Document(id="h", text=text)
    for a, b in draw(st.lists(bounds, max_size=6)):
        doc.techniques.append(Technique(a, b, draw(st.sampled_from([*TECHNIQUE_COLORS, "x<y"])), 0.5, "r&<"))
    for a, b in draw(st.lists(bounds, max_size=3)):
        doc.claims.append(Claim(a, b, 0.3, "A", ["B"]))
    for a, b in draw(st.lists(bounds, max_size=3)):
        doc.quotes.append(Quote("mixed", Span(a, b), None, Span(*draw(bounds)), "S", None))
    for a, b in draw(st.lists(bounds, max_size=3)):
        doc.entities.append(Entity("E", "ORG", [], [Span(a, b)]))
    return doc


@settings(max_examples=300, deadline=None)
@given(annotated())
@pytest.mark.slow
def test_render_never_drops_or_reorders_characters(doc: Document) -> None:
    out = str(highlight_article(doc))
    assert visible_text(out) == doc.text
    parsed = parse(out)
    assert parsed.errors == [] and parsed.stack == []
