"""How cues become one role (decide.py) and how the task's mentions are answered (task.py)."""

from __future__ import annotations

import numpy as np

from spinscope.analyzers.roles.cues import Cue
from spinscope.analyzers.roles.decide import CALIBRATION, decide
from spinscope.analyzers.roles.task import head_decision, thresholds
from spinscope.analyzers.roles.taxonomy import ALL_FINE, FINE_ROLES, MAIN_ROLES


def cue(main: str, voice: str | None = None, sentence: tuple[int, int] = (0, 10), weight: float = 1.0,
        mention: tuple[int, int] = (0, 3), fine: str | None = None, kind: str = "harm") -> Cue:
    return Cue(main, fine, voice, kind, weight, mention, sentence)


def test_no_cue_no_role() -> None:
    assert decide([]) is None


def test_one_cue_is_a_single_role_in_its_voice_with_its_sentence() -> None:
    d = decide([cue("antagonist", voice="Peter Walsh", sentence=(5, 40), fine="Deceiver")])
    assert (d.main, d.by, d.fine, d.evidence, d.score) == ("antagonist", "Peter Walsh", ["Deceiver"], [(5, 40)],
                                                           CALIBRATION["single"])


def test_one_sentence_casts_a_mention_once() -> None:
    same = [cue("antagonist"), cue("antagonist"), cue("antagonist")]  # three words of one sentence
    assert decide(same).score == CALIBRATION["single"]
    two = [cue("antagonist", sentence=(0, 10)), cue("antagonist", sentence=(11, 20), mention=(12, 15))]
    assert decide(two).score == CALIBRATION["agree"]


def test_the_strongest_voice_wins_and_a_rival_role_lowers_the_score() -> None:
    cues = [cue("antagonist", voice="Brandt", sentence=(0, 10)), cue("antagonist", voice="Brandt", sentence=(11, 20)),
            cue("protagonist", voice=None, sentence=(21, 30), mention=(22, 25))]
    d = decide(cues)
    assert d.main == "antagonist" and d.by == "Brandt" and d.score == CALIBRATION["contested"]
    assert [c.main for c in d.others] == ["protagonist"]


def test_the_issuers_rejection_alone_is_weak() -> None:
    assert decide([cue("antagonist", weight=0.8, kind="rejected")]).score == CALIBRATION["weak"]


def test_the_head_ranks_fine_roles_and_breaks_ties() -> None:
    p_fine = np.zeros(len(ALL_FINE))
    p_fine[ALL_FINE.index("Tyrant")] = 0.9
    d = decide([cue("antagonist")], p_fine=p_fine)
    assert d.fine == ["Tyrant"]
    p_main = np.array([0.7, 0.2, 0.1])  # Protagonist, Antagonist, Innocent
    tie = decide([cue("antagonist", sentence=(0, 5)), cue("protagonist", sentence=(6, 9), mention=(6, 8))], p_main)
    assert tie.main == MAIN_ROLES[0].lower()


def test_the_task_head_says_antagonist_unless_another_role_passes_its_threshold() -> None:
    cut = thresholds()
    assert set(cut) == {"Protagonist", "Innocent"} and all(0.3 <= v <= 1.0 for v in cut.values())
    p_fine = np.full(len(ALL_FINE), 0.1)
    below = np.array([cut["Protagonist"] - 0.01, 1.0 - cut["Protagonist"] + 0.01, 0.0])
    main, fine, _ = head_decision(below, p_fine, cut)
    assert main == "Antagonist" and fine[0] in FINE_ROLES["Antagonist"]
    above = np.array([cut["Protagonist"] + 0.01, 1.0 - cut["Protagonist"] - 0.01, 0.0])
    main, fine, score = head_decision(above, p_fine, cut)
    assert main == "Protagonist" and fine[0] in FINE_ROLES["Protagonist"] and score == above[0]
