"""One role per actor from its cues: the voice and main role with the most weight, its evidence, and
a calibrated score; no cue, no role.

The SemEval-2025 head (``mention_model``) is one signal among the cues: where the cues name no fine
role it ranks the fine roles of the chosen main role, and it breaks a tie between main roles. It never
casts an actor on its own: alone it says "antagonist" for nearly everything (issue 22).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from spinscope.analyzers.roles.cues import Cue
from spinscope.analyzers.roles.taxonomy import ALL_FINE, FINE_ROLES, MAIN_ROLES

# Share of roles right on the tune texts of our statement set, by how the cues stand (see
# ``training/roles/evaluate_statements.py`` and docs/quality.md for the test texts' figures).
CALIBRATION = {"agree": 0.9, "single": 0.8, "weak": 0.65, "contested": 0.5}
DEFAULT_FINE = {"antagonist": "Instigator", "protagonist": "Guardian", "innocent": "Victim"}


@dataclass(slots=True)
class Decision:
    main: str  # protagonist | antagonist | innocent
    fine: list[str]
    score: float
    by: str | None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)  # the cues of the chosen voice and role
    others: list[Cue] = field(default_factory=list)  # the rest: other roles or voices (mention roles show them)


def strength(best: float, rival: float) -> str:
    """How the cues stand: several agreeing, one, only a weak one, or contested by another role."""
    if rival > 0:
        return "contested" if rival >= best * 0.5 else "single"
    if best >= 2:
        return "agree"
    # one cue: a word or a label (weight 0.85 and up); "weak" is the issuer's rejection alone (0.8)
    return "single" if best >= 0.85 else "weak"


def decide(cues: Sequence[Cue], p_main: np.ndarray | None = None, p_fine: np.ndarray | None = None) -> Decision | None:
    """The actor's role from its cues; ``p_main``/``p_fine`` are the head's mean probabilities."""
    if not cues:
        return None
    # One sentence casts a mention once, whatever the number of words in it that do.
    unique: dict[tuple, Cue] = {}
    for c in cues:
        unique.setdefault((c.mention, c.main, c.voice, c.evidence), c)
    cues = list(unique.values())
    totals: dict[tuple[str | None, str], float] = defaultdict(float)
    for c in cues:
        totals[(c.voice, c.main)] += c.weight

    body = {(c.voice, c.main) for c in cues if not c.in_title}

    def rank(key: tuple[str | None, str]) -> tuple[float, bool, bool, float]:
        head = float(p_main[MAIN_ROLES.index(key[1].capitalize())]) if p_main is not None else 0.0
        # Ties: the text's own voice (the author's or issuer's) first -- a ministry that rejects an
        # accusation against its country and praises its doctors casts it as a hero, whatever the
        # accuser says -- then a voice of the body over the headline's summary ("..., officials
        # say"), then the head's view.
        return totals[key], key[0] is None, key in body, head

    voice, main = max(totals, key=rank)
    best = totals[(voice, main)]
    rival = max((w for (v, m), w in totals.items() if m != main), default=0.0)
    chosen = [c for c in cues if c.voice == voice and c.main == main]
    fine = _fine(main, chosen, p_fine)
    evidence = sorted({c.evidence for c in chosen})
    others = [c for c in cues if not (c.voice == voice and c.main == main)]
    return Decision(main, fine, CALIBRATION[strength(best, rival)], voice, evidence, chosen, others)


def _fine(main: str, chosen: Sequence[Cue], p_fine: np.ndarray | None) -> list[str]:
    named = [c.fine for c in sorted(chosen, key=lambda c: -c.weight) if c.fine]
    if named:
        return [named[0]]
    if p_fine is not None:
        allowed = FINE_ROLES[main.capitalize()]
        return [max(allowed, key=lambda f: p_fine[ALL_FINE.index(f)])]
    return [DEFAULT_FINE[main]]
