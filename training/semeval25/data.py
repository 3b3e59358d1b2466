"""The SemEval-2025 Task 10 English train data (research only: read, never copied into the repo).

Our split: 20% of the documents, chosen by a stable hash of the file name, are ``val``; the rest
are ``fit`` (model selection and threshold calibration use cross-validation inside ``fit``). The
organisers' dev split is held back and never read here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from spinscope.analyzers.roles.task_format import Mention, read_annotations, realign

DATA = Path("/work/shared/datasets/semeval2025-task10-en")
TRAIN = DATA / "train"
RUNS = Path(__file__).resolve().parents[1] / "runs" / "semeval25"


def split_of(file: str) -> str:
    """``val`` for about one document in five, else ``fit``; stable across runs and machines."""
    return "val" if int(hashlib.sha1(file.encode()).hexdigest(), 16) % 5 == 0 else "fit"


def documents() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((TRAIN / "raw-documents").glob("*.txt"))}


def role_rows(docs: dict[str, str]) -> list[Mention]:
    """Train mentions with the eleven off-by-one offsets re-aligned; rows that still do not match dropped."""
    rows = []
    for r in read_annotations(TRAIN / "subtask-1-annotations.txt"):
        fixed = realign(docs[r.file], r)
        if docs[r.file][fixed.start:fixed.end + 1] == fixed.mention:
            rows.append(fixed)
    return rows


def narrative_rows() -> dict[str, tuple[list[str], list[str]]]:
    from spinscope.analyzers.narratives.semeval.task_format import read_narratives

    return read_narratives(TRAIN / "subtask-2-annotations.txt")
