"""Sliding windows at article boundaries, window merging, and span decoding (numpy only, no model)."""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.analyzers.techniques.token_spans import runs, threshold_spans, tokens_in
from spinscope.analyzers.techniques.windows import (
    CLS_ID,
    SEP_ID,
    WINDOW,
    edge_weights,
    merge_windows,
    pad_batch,
    window_ids,
    window_starts,
)
from spinscope.core.text import snap_to_words


@pytest.mark.parametrize("n", [0, 1, 5, WINDOW - 1, WINDOW, WINDOW + 1, 3 * WINDOW, 1000, 1001])
def test_windows_cover_every_token_and_end_at_the_article_end(n):
    starts = window_starts(n)
    covered = np.zeros(n, dtype=int)
    for s in starts:
        covered[s : s + WINDOW] += 1
    assert (covered >= 1).all()
    if n:
        assert starts[0] == 0
        assert min(n, starts[-1] + WINDOW) == n  # the last window reaches the last token
        assert all(s + min(WINDOW, n) <= n for s in starts)  # no window runs past the end
    assert starts == sorted(set(starts))


def test_short_article_is_one_window_without_padding_tokens():
    ids = np.arange(1000, 1007)
    row = window_ids(ids, window_starts(len(ids))[0])
    assert row.tolist() == [CLS_ID, *range(1000, 1007), SEP_ID]


def test_dynamic_padding_pads_to_the_longest_row_only():
    ids, mask = pad_batch([np.array([1, 2, 3]), np.array([4, 5])])
    assert ids.shape == (2, 3)
    assert mask.tolist() == [[1, 1, 1], [1, 1, 0]]


def test_edge_weights_trust_the_article_edges_but_not_cut_edges():
    first = edge_weights(64, start=0, n_tokens=200, ramp=8)
    assert first[0] == 1.0 and first[-1] < 1.0  # article start is real context; the right cut is not
    last = edge_weights(64, start=136, n_tokens=200, ramp=8)
    assert last[0] < 1.0 and last[-1] == 1.0


def test_merge_windows_recovers_a_consistent_signal():
    n = 600
    truth = np.sin(np.arange(n) / 7.0).astype(np.float32)[:, None]
    starts = window_starts(n)
    merged = merge_windows(n, starts, [truth[s : s + WINDOW] for s in starts])
    assert np.allclose(merged, truth, atol=1e-5)


def test_merge_windows_prefers_the_window_where_a_token_is_central():
    n = WINDOW + 100
    starts = window_starts(n)
    assert len(starts) == 2
    a = np.zeros((WINDOW, 1), np.float32)  # first window says 0 everywhere
    b = np.ones((WINDOW, 1), np.float32)  # second window says 1 everywhere
    merged = merge_windows(n, starts, [a, b])[:, 0]
    assert merged[0] == 0.0 and merged[-1] == 1.0
    assert merged[WINDOW - 1] > 0.9  # last token of window 1 sits at its cut edge: window 2 wins


def test_runs_and_gaps():
    on = np.array([1, 1, 0, 1, 0, 0, 1], bool)
    assert runs(on, 0) == [(0, 2), (3, 4), (6, 7)]
    assert runs(on, 1) == [(0, 4), (6, 7)]
    assert runs(np.zeros(3, bool)) == []


def test_snap_to_words_widens_cut_words_only():
    text = "a smear campaign, truly"
    assert snap_to_words(text, 4, 10) == (2, 16)  # "mear camp" -> "smear campaign"
    assert snap_to_words(text, 2, 16) == (2, 16)
    assert snap_to_words(text, 0, len(text)) == (0, len(text))


def test_decode_overlapping_channels_give_overlapping_spans():
    text = "They are traitors and liars."
    # word pieces: They|are|traitors|and|liars|.
    offsets = np.array([[0, 4], [5, 8], [9, 17], [18, 21], [22, 27], [27, 28]])
    loaded = np.array([0.1, 0.1, 0.9, 0.8, 0.9, 0.1])
    naming = np.array([0.1, 0.1, 0.9, 0.1, 0.1, 0.1])
    a = threshold_spans(text, offsets, loaded, 0.5, max_gap=0)
    b = threshold_spans(text, offsets, naming, 0.5, max_gap=0)
    assert [(s, e) for s, e, _ in a] == [(9, 27)]
    assert [(s, e) for s, e, _ in b] == [(9, 17)]
    assert text[9:27] == "traitors and liars" and text[9:17] == "traitors"
    assert a[0][2] == pytest.approx((0.9 + 0.8 + 0.9) / 3)


def test_tokens_in_span():
    offsets = np.array([[0, 4], [5, 8], [9, 17]])
    assert tokens_in(offsets, 6, 10).tolist() == [1, 2]
    assert tokens_in(offsets, 4, 5).tolist() == []
    assert tokens_in(np.zeros((0, 2), int), 0, 3).tolist() == []


def test_hysteresis_keeps_faint_edges_of_a_sure_core_and_drops_faint_runs():
    text = "They are traitors and liars, some say."
    # word pieces: They|are|traitors|and|liars|,|some|say|.
    offsets = np.array([[0, 4], [5, 8], [9, 17], [18, 21], [22, 27], [27, 28], [29, 33], [34, 37], [37, 38]])
    probs = np.array([0.1, 0.55, 0.9, 0.6, 0.55, 0.1, 0.55, 0.6, 0.1])
    plain = threshold_spans(text, offsets, probs, 0.7, max_gap=0)
    assert [text[s:e] for s, e, _ in plain] == ["traitors"]
    hyst = threshold_spans(text, offsets, probs, 0.7, max_gap=0, low=0.5)
    # "are traitors and liars" reaches 0.7 at "traitors"; "some say" never does, so it is dropped.
    assert [text[s:e] for s, e, _ in hyst] == ["are traitors and liars"]
    # An edge threshold above the core threshold changes nothing.
    assert threshold_spans(text, offsets, probs, 0.7, max_gap=0, low=0.8) == plain


def test_si_probability_blends_the_any_channel_with_the_technique_channels():
    from spinscope.analyzers.techniques.tagger import si_probs

    probs = np.array([[0.2, 0.5, 0.5], [0.8, 0.0, 0.0]], np.float32)
    assert np.allclose(si_probs(probs, 0.0), [0.2, 0.8])
    # 1 - (1 - 0.5)(1 - 0.5) = 0.75 for the first piece; no technique channel fires on the second.
    assert np.allclose(si_probs(probs, 0.5), [0.5 * 0.2 + 0.5 * 0.75, 0.4])
    assert si_probs(np.zeros((0, 3), np.float32), 0.5).shape == (0,)
