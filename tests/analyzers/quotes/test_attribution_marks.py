"""Quotation-mark scanning: straight, curly, doubled apostrophes, paragraphs, and offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from spinscope.analyzers.quotes.marks import scan


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in scan(text)]


def test_straight_and_curly_pairs():
    assert inner('"We will win," she said, "and soon."') == ["We will win,", "and soon."]
    assert inner("“Yes,” he said. «Non», dit-elle.") == ["Yes,", "Non"]


def test_doubled_apostrophes_are_quote_marks():
    text = "''I really mean this,'' he said. The voters' choice was ''final.''"
    assert inner(text) == ["I really mean this,", "final."]


def test_quote_continues_over_paragraphs():
    text = "“First paragraph of the quote.\n\n“Second paragraph,” he said."
    (q,) = scan(text)
    assert text[q.inner_start : q.inner_end] == "First paragraph of the quote.\n\n“Second paragraph,"
    assert q.closed


def test_unclosed_quote_stops_at_paragraph_end():
    (q,) = scan('He wrote "this never ends\nNext paragraph.')
    assert not q.closed
    assert q.end == len('He wrote "this never ends')


def test_apostrophes_are_not_quotes():
    assert scan("The minister’s plan isn’t the party's plan.") == []


@given(st.text(alphabet=st.sampled_from(list('ab .,\n"“”\'')), max_size=60))
def test_spans_are_nested_and_in_bounds(text):
    prev_end = 0
    for q in scan(text):
        assert prev_end <= q.start <= q.inner_start < q.inner_end <= q.end <= len(text)
        assert text[q.inner_start : q.inner_end].strip() == text[q.inner_start : q.inner_end]
        prev_end = q.end
