"""Roles for mentions a task names (SemEval-2025 subtask 1): every mention gets an answer.

The task gives the mentions; each one is read with the same cues as the analyzer (the text is run
through parse, entities, quotes and claims first). Where the text casts the mention, the cues decide;
elsewhere the head answers, with the main role moved off ``antagonist`` only when the head's
probability of another role passes the threshold calibrated on our fit split
(``training/roles/semeval_split.py``, thresholds in ``model/config.json``): the head alone is below
always-antagonist on our split.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from spinscope.analyzers.roles.cues import Casting, Cue
from spinscope.analyzers.roles.decide import decide
from spinscope.analyzers.roles.mention_model import MODEL_DIR, RoleModel, shared_role_model
from spinscope.analyzers.roles.phrases import is_place
from spinscope.analyzers.roles.taxonomy import ALL_FINE, FINE_ROLES, MAIN_ROLES
from spinscope.core.document import Document

READ_WITH = ("parse", "entities", "quotes", "claims")


@dataclass(slots=True)
class TaskRole:
    main: str  # Protagonist | Antagonist | Innocent (the task's names)
    fine: list[str]
    score: float
    source: str  # "cues" or "head"


def thresholds() -> dict[str, float]:
    """Per main role, the head probability above which it replaces ``Antagonist`` (1.01: never)."""
    meta = json.loads((MODEL_DIR / "config.json").read_text())
    return {k: float(v) for k, v in meta.get("main_thresholds", {}).items()}


def head_decision(p_main: np.ndarray, p_fine: np.ndarray, cut: dict[str, float]) -> tuple[str, list[str], float]:
    """Antagonist unless another main role's probability passes its threshold (the most probable
    such role wins); the fine role is the head's best among the chosen main role's."""
    main = "Antagonist"
    over = [(p_main[MAIN_ROLES.index(m)], m) for m in MAIN_ROLES
            if m != "Antagonist" and p_main[MAIN_ROLES.index(m)] >= cut.get(m, 1.01)]
    if over:
        main = max(over)[1]
    fine = max(FINE_ROLES[main], key=lambda f: p_fine[ALL_FINE.index(f)])
    return main, [fine], float(p_main[MAIN_ROLES.index(main)])


def mention_cues(doc: Document, casting: Casting, start: int, end: int) -> list[Cue]:
    """The cues at one task mention, with the labels, place test and rejections of the entity
    holding it (when the entities layer found one)."""
    holder = next((e for e in doc.entities for m in e.mentions if m.start < end and start < m.end), None)
    place = holder is not None and is_place(casting.parsed, holder, doc.text)
    name = holder.name if holder is not None else None
    cues = casting.mention_cues(start, end, place, name, holder.type if holder is not None else None)
    if holder is not None:
        near = [lab for lab in holder.labels if abs(lab["start"] - start) < 200]
        cues += casting.label_cues(near, [(start, end)])
        cues += [c for who, c in casting.issuer_rejections() if who == name]
    return cues


class TaskRoles:
    """``roles(text, spans)`` -> one :class:`TaskRole` per ``(start, end)`` (end exclusive)."""

    def __init__(self, model: RoleModel | None = None) -> None:
        self.model = model or shared_role_model()
        self.cut = thresholds()
        self._pipeline = None

    def _read(self, text: str) -> Document:
        if self._pipeline is None:
            from spinscope.core.pipeline import Pipeline

            self._pipeline = Pipeline(list(READ_WITH), threaded=False)
        # Each analyzer called in turn, not through the pipeline's run, which drops the parse at the end.
        doc = Document(id="task", text=text)
        for analyzer in self._pipeline.analyzers:
            analyzer.ensure_initialized()
            doc = analyzer(doc)
        return doc

    def roles(self, text: str, spans: Sequence[tuple[int, int]]) -> list[TaskRole]:
        if not spans:
            return []
        doc = self._read(text)
        casting = Casting(doc, doc.cache["parse"])
        p_main, p_fine = self.model.probabilities(text, spans)
        out = []
        for (start, end), pm, pf in zip(spans, p_main, p_fine, strict=True):
            decision = decide(mention_cues(doc, casting, start, end), pm, pf)
            if decision is not None:
                out.append(TaskRole(decision.main.capitalize(), decision.fine, decision.score, "cues"))
            else:
                main, fine, score = head_decision(pm, pf, self.cut)
                out.append(TaskRole(main, fine, score, "head"))
        return out
