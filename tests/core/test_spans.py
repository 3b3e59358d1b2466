"""core.spans: every SpanIndex lookup equals a scan over every span, through adds, replaces and removals,
and TokenStarts equals the scan over a parse's tokens."""

from __future__ import annotations

import random

from spacy.tokens import Doc
from spacy.vocab import Vocab

from spinscope.core.annotations import Span
from spinscope.core.spans import SpanIndex, TokenStarts, as_range, as_span

RNG = random.Random(6)


def _range(longest: int = 60) -> tuple[int, int]:
    s = RNG.randint(0, 400)
    return s, s + RNG.randint(0, longest)


def _live(spans: dict[int, tuple[int, int]]) -> list[tuple[int, tuple[int, int]]]:
    return sorted(spans.items())


def test_every_lookup_equals_the_scan_through_edits():
    for _ in range(300):
        index: SpanIndex[str] = SpanIndex()
        spans: dict[int, tuple[int, int]] = {}
        for _ in range(RNG.randint(0, 30)):
            r = _range()
            spans[index.add(*r, item=f"x{r}")] = r
        for _ in range(15):
            op = RNG.random()
            if op < 0.2 and spans:
                n = RNG.choice(list(spans))
                index.remove(n)
                del spans[n]
            elif op < 0.4 and spans:
                n = RNG.choice(list(spans))
                spans[n] = _range()
                index.replace(n, *spans[n])
            elif op < 0.5:
                r = _range()
                spans[index.add(*r)] = r
            a, b = _range(30)
            live = _live(spans)
            assert len(index) == len(live)
            assert index.numbers() == [n for n, _ in live]
            assert index.overlapping(a, b) == [n for n, (s, e) in live if min(e, b) - max(s, a) > 0]
            assert index.at(a) == [n for n, (s, e) in live if s <= a < e]
            assert index.containing(a, b) == [n for n, (s, e) in live if s <= a and b <= e]
            assert index.inside(a, b) == [n for n, (s, e) in live if a <= s and e <= b]
            assert index.starting_in(a, b) == [n for n, (s, _) in live if a <= s <= b]
            before = sorted({s for _, (s, _) in live if s < a}, reverse=True)
            assert list(index.starts_before(a)) == [[n for n, (s, _) in live if s == t] for t in before]
            after = sorted({s for _, (s, _) in live if s >= a})
            assert list(index.starts_after(a)) == [[n for n, (s, _) in live if s == t] for t in after]
            assert index.nearest_before(a) == ([n for n, (s, _) in live if s == before[0]] if before else [])
            assert index.nearest_after(a) == ([n for n, (s, _) in live if s == after[0]] if after else [])


def test_items_and_spans_read_back():
    index: SpanIndex[str] = SpanIndex()
    n = index.add(3, 9, "Ivo Tarn")
    assert index.item(n) == "Ivo Tarn" and index.span(n) == (3, 9)
    assert SpanIndex.of([(0, 2), (5, 7)]).overlapping(1, 6) == [0, 1]
    assert as_range(Span(4, 8)) == (4, 8) and as_span((4, 8)) == Span(4, 8)


VOCAB = Vocab()


def test_token_starts_equal_the_scan():
    words = ["Officials", "said", "so", ".", "\n\n", "Then", "nothing", "."]
    spaces = [True, True, False, False, False, True, False, False]
    parsed = Doc(VOCAB, words=words, spaces=spaces)
    tokens = TokenStarts(parsed)
    n = len(parsed.text)
    for a in range(-2, n + 3):
        for b in range(a - 2, n + 5):
            assert [t.i for t in tokens.between(a, b)] == [t.i for t in parsed if a <= t.idx < b]
    assert TokenStarts(Doc(VOCAB, words=[])).between(0, 10) == []
