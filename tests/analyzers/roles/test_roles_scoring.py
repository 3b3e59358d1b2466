"""The subtask-1 measures against cases computed by hand."""

from __future__ import annotations

import pytest

from spinscope.analyzers.roles.scoring import score_roles
from spinscope.analyzers.roles.task_format import Mention


def m(start: int, main: str, *fine: str) -> Mention:
    return Mention("d.txt", "x", start, start + 3, main, list(fine))


GOLD = [
    m(0, "Antagonist", "Instigator"),
    m(10, "Antagonist", "Deceiver", "Corrupt"),
    m(20, "Protagonist", "Guardian"),
    m(30, "Innocent", "Victim"),
]


def test_hand_computed_case() -> None:
    pred = [
        m(0, "Antagonist", "Instigator"),          # main right, fine exact
        m(10, "Antagonist", "Deceiver"),           # main right, fine set differs
        m(20, "Antagonist", "Tyrant"),             # main wrong
        # the fourth mention has no prediction: wrong on both
        m(40, "Innocent", "Victim"),               # not a gold mention: ignored
    ]
    s = score_roles(GOLD, pred)
    assert s["n"] == 4 and s["missing"] == 1
    assert s["main_accuracy"] == pytest.approx(2 / 4)
    assert s["exact_match_ratio"] == pytest.approx(1 / 4)
    # fine: gold 5 roles, predicted 3 (for gold mentions); tp = Instigator, Deceiver = 2,
    # fp = Tyrant = 1, fn = Corrupt, Guardian, Victim = 3 -> F1 = 4 / (4 + 1 + 3)
    assert s["fine_micro_f1"] == pytest.approx(4 / 8)
    # Antagonist: tp 2, fp 1 (mention 20), fn 0 -> 4/5; Protagonist: fn 1 -> 0
    assert s["per_main_f1"]["Antagonist"] == pytest.approx(4 / 5)
    assert s["per_main_f1"]["Protagonist"] == 0.0


def test_fine_roles_compare_as_sets() -> None:
    pred = [m(10, "Antagonist", "Corrupt", "Deceiver")]
    s = score_roles(GOLD[1:2], pred)
    assert s["exact_match_ratio"] == 1.0 and s["main_accuracy"] == 1.0


def test_perfect_and_empty() -> None:
    assert score_roles(GOLD, GOLD)["exact_match_ratio"] == 1.0
    assert score_roles([], [])["main_accuracy"] == 0.0
