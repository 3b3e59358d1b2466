"""The neutral set (tests/fixtures/neutral/): plain texts should carry no technique span."""

from __future__ import annotations

from pathlib import Path

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

NEUTRAL = Path(__file__).resolve().parents[2] / "fixtures/neutral"
TARGET = 0.02  # share of neutral items with any technique span (docs/techniques.md)


def neutral_items() -> list[str]:
    items = [x.strip() for x in (NEUTRAL / "sentences.txt").read_text().splitlines() if x.strip()]
    return items + [b.strip() for b in (NEUTRAL / "paragraphs.txt").read_text().split("\n\n") if b.strip()]


def test_the_neutral_set_is_big_enough_and_has_both_kinds():
    items = neutral_items()
    assert len(items) >= 200
    assert sum(len(t.split()) > 25 for t in items) >= 30  # paragraphs, not only one-liners


def test_under_two_percent_of_neutral_texts_get_a_technique_span():
    items = neutral_items()
    pipe = Pipeline(["techniques"])
    docs = pipe.pipe([Document(id=f"n{i}", text=t) for i, t in enumerate(items)])
    flagged = [(d.text[:60], [(t.technique, d.text[t.start : t.end]) for t in d.techniques]) for d in docs if d.techniques]
    share = len(flagged) / len(items)
    assert share < TARGET, f"{share:.1%} of neutral texts got a technique span: {flagged}"
