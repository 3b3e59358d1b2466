"""The SemEval-2020 Task 11 scorer against cases computed by hand on tiny made-up spans."""

from __future__ import annotations

import pytest

from spinscope.analyzers.techniques.ptc.scorer import SI_LABEL, merge_overlaps, score_spans, score_tc

P = SI_LABEL


def test_si_half_overlap():
    # pred [5,15) vs gold [0,10): 5 shared chars; P = 5/10, R = 5/10.
    sc = score_spans({"1": [(P, 5, 15)]}, {"1": [(P, 0, 10)]}, "si")
    assert (sc.precision, sc.recall, sc.f1) == pytest.approx((0.5, 0.5, 0.5))


def test_si_gold_overlaps_are_merged_first():
    # Gold [0,10) and [5,20) merge into [0,20); pred [0,10): P = 10/10, R = 10/20, F1 = 2/3.
    sc = score_spans({"1": [(P, 0, 10)]}, {"1": [(P, 0, 10), (P, 5, 20)]}, "si")
    assert sc.n_gold == 1
    assert (sc.precision, sc.recall, sc.f1) == pytest.approx((1.0, 0.5, 2 / 3))


def test_si_one_prediction_covering_two_gold_spans():
    # pred [0,10) vs gold [0,4) and [6,10): P = 4/10 + 4/10 = 0.8 (1 pred), R = (1 + 1)/2 = 1.
    sc = score_spans({"1": [(P, 0, 10)]}, {"1": [(P, 0, 4), (P, 6, 10)]}, "si")
    assert (sc.precision, sc.recall) == pytest.approx((0.8, 1.0))
    assert sc.f1 == pytest.approx(2 * 0.8 / 1.8)


def test_touching_spans_are_not_merged():
    assert merge_overlaps([(P, 0, 5), (P, 5, 9)], by_label=False) == [(P, 0, 5), (P, 5, 9)]
    assert merge_overlaps([(P, 0, 6), (P, 5, 9)], by_label=False) == [(P, 0, 9)]


def test_flc_counts_only_matching_techniques():
    gold = {"1": [("Doubt", 0, 10)]}
    pred = {"1": [("Doubt", 0, 5), ("Loaded_Language", 0, 10)]}
    sc = score_spans(pred, gold, "flc")
    # Doubt pred contributes 5/5 to P and 5/10 to R; the Loaded_Language pred contributes nothing.
    assert (sc.precision, sc.recall, sc.f1) == pytest.approx((0.5, 0.5, 0.5))
    assert sc.per_label["Doubt"] == pytest.approx((1.0, 0.5, 2 / 3))
    assert sc.per_label["Loaded_Language"] == pytest.approx((0.0, 0.0, 0.0))


def test_flc_same_span_two_techniques_stay_separate():
    gold = {"1": [("Doubt", 0, 10), ("Slogans", 0, 10)]}
    sc = score_spans({"1": [("Slogans", 0, 10)]}, gold, "flc")
    assert sc.n_gold == 2
    assert (sc.precision, sc.recall) == pytest.approx((1.0, 0.5))


def test_missing_article_counts_against_recall():
    gold = {"1": [(P, 0, 10)], "2": [(P, 0, 10)]}
    sc = score_spans({"1": [(P, 0, 10)]}, gold, "si")
    assert (sc.precision, sc.recall) == pytest.approx((1.0, 0.5))


def test_empty_cases():
    assert score_spans({}, {"1": []}, "si").f1 == 1.0  # nothing to find, nothing predicted
    assert score_spans({"1": []}, {"1": [(P, 0, 3)]}, "si").f1 == 0.0


def test_prediction_for_unknown_article_is_an_error():
    with pytest.raises(ValueError, match="no gold"):
        score_spans({"9": [(P, 0, 3)]}, {"1": []}, "si")


def test_tc_micro_f1_with_a_span_labelled_twice():
    gold = {"1": [("Doubt", 0, 5), ("Slogans", 10, 20), ("Doubt", 10, 20)]}
    pred = {"1": [("Doubt", 0, 5), ("Doubt", 10, 20), ("Repetition", 10, 20)]}
    sc = score_tc(pred, gold)
    assert (sc.precision, sc.recall, sc.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert sc.per_label["Repetition"] == pytest.approx((0.0, 0.0, 0.0))


def test_tc_one_gold_label_matched_once():
    gold = {"1": [("Doubt", 0, 5)]}
    pred = {"1": [("Doubt", 0, 5), ("Doubt", 0, 5)]}
    sc = score_tc(pred, gold)
    assert (sc.precision, sc.recall) == pytest.approx((0.5, 1.0))
