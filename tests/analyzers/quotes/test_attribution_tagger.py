"""The tagger's windowing and decoding (pure numpy), and the shipped model when it is installed."""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.analyzers.quotes.link import link
from spinscope.analyzers.quotes.tagger import LABELS, MODEL_DIR, Tagged, best_window, labels_to_spans, windows


@pytest.mark.parametrize("n", [0, 1, 253, 254, 255, 600, 1000])
def test_windows_cover_every_piece(n):
    spans = windows(n)
    covered = np.zeros(n, dtype=bool)
    for s, e in spans:
        assert 0 <= s < e <= n or n == 0
        assert e - s <= 254
        covered[s:e] = True
    assert covered.all()
    assert spans[-1][1] == n


@pytest.mark.parametrize("n", [300, 600, 1000, 5000])
def test_every_piece_is_scored_with_context_on_both_sides(n):
    """Windows overlap by 62 pieces: the window a piece is read in gives it 30 or more on each side."""
    spans = windows(n)
    best = best_window(n, spans)
    for i in range(31, n - 31):
        s, e = spans[best[i]]
        assert i - s >= 30 and e - 1 - i >= 30, (i, s, e)


def test_best_window_prefers_the_centre():
    spans = [(0, 10), (5, 15)]
    best = best_window(15, spans)
    assert best[2] == 0 and best[12] == 1
    assert best[8] == 1  # margin 3 in the second window beats margin 1 in the first


def test_decode_bio_to_character_spans():
    text = "Kovacs said taxes will fall."
    offsets = np.array([[0, 6], [7, 11], [12, 17], [18, 22], [23, 27], [27, 28]])
    names = ["B-SOURCE", "B-CUE", "B-CONTENT", "I-CONTENT", "I-CONTENT", "O"]
    labels = np.array([LABELS.index(n) for n in names])
    assert labels_to_spans(labels, offsets, text) == [
        Tagged("SOURCE", 0, 6), Tagged("CUE", 7, 11), Tagged("CONTENT", 12, 27)
    ]


def test_decode_widens_to_whole_words():
    text = "She categorically rejects it."
    # wordpieces "categorical" + "##ly": the tagger marked only "ly" and "rejects" as the cue
    offsets = np.array([[0, 3], [4, 15], [15, 17], [18, 25], [26, 28], [28, 29]])
    names = ["B-SOURCE", "O", "B-CUE", "I-CUE", "O", "O"]
    labels = np.array([LABELS.index(n) for n in names])
    assert labels_to_spans(labels, offsets, text)[1] == Tagged("CUE", 4, 25)


def test_decode_starts_a_span_on_a_stray_inside_tag():
    text = "a b"
    labels = np.array([LABELS.index("I-CONTENT"), LABELS.index("B-CONTENT")])
    assert labels_to_spans(labels, np.array([[0, 1], [2, 3]]), text) == [Tagged("CONTENT", 0, 1), Tagged("CONTENT", 2, 3)]


def _tag(text: str, kind: str, words: str, after: int = 0) -> Tagged:
    start = text.index(words, after)
    return Tagged(kind, start, start + len(words))


def test_link_joins_content_cue_and_nearest_source():
    text = "Taxes will fall soon, Kovacs said.\nPrices rose again sharply, Berg said."
    second_para = text.index("\n")
    tags = [
        _tag(text, "CONTENT", "Taxes will fall soon"), _tag(text, "SOURCE", "Kovacs"), _tag(text, "CUE", "said"),
        _tag(text, "CONTENT", "Prices rose again sharply"), _tag(text, "SOURCE", "Berg"),
        _tag(text, "CUE", "said", second_para),
    ]
    first, second = link(text, tags)
    assert (first.cue, first.speaker) == ((tags[2].start, tags[2].end), (tags[1].start, tags[1].end))
    # never across the paragraph break, though the first "said" is nearer by characters
    assert (second.cue, second.speaker) == ((tags[5].start, tags[5].end), (tags[4].start, tags[4].end))


def test_link_joins_pieces_and_drops_slivers():
    text = "“We won.\n\n“We will win again,” she said. Also, ok."
    tags = [
        _tag(text, "CONTENT", "We won."), _tag(text, "CONTENT", "We will win again"),
        _tag(text, "CUE", "said"), _tag(text, "CONTENT", "ok"),
    ]
    (only,) = link(text, tags)
    assert text[only.content[0] : only.content[1]] == "We won.\n\n“We will win again"
    assert only.cue == (tags[2].start, tags[2].end)


def test_link_drops_short_contents_without_a_cue():
    text = "The plan, which nobody liked, was dropped on Friday."
    assert link(text, [_tag(text, "CONTENT", "which nobody liked")]) == []


@pytest.mark.skipif(not (MODEL_DIR / "model.onnx").is_file(), reason="attribution tagger not installed")
def test_shipped_tagger_finds_a_plain_report():
    from spinscope.analyzers.quotes.tagger import SpanTagger

    text = "The finance minister said on Monday that the budget deficit would shrink next year."
    tags = SpanTagger().tag(text)
    kinds = {t.kind for t in tags}
    assert {"CUE", "CONTENT"} <= kinds
    content = next(t for t in tags if t.kind == "CONTENT")
    assert "deficit would shrink" in text[content.start : content.end]
    for t in tags:
        assert 0 <= t.start < t.end <= len(text)


def test_a_cue_in_the_next_sentence_does_not_report_this_one():
    from spinscope.analyzers.quotes.link import link

    text = "The army never shelled the town. Western media claim that a hospital was struck."
    tags = [
        Tagged("CONTENT", 4, 31),
        Tagged("SOURCE", 33, 46),
        Tagged("CUE", 47, 52),
        Tagged("CONTENT", 58, 79),
    ]
    linked = {text[c.content[0]:c.content[1]]: c.cue for c in link(text, tags)}
    assert linked["a hospital was struck"] == (47, 52)
    assert linked.get("army never shelled the town") is None
