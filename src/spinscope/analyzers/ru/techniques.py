"""Persuasion techniques in Russian text, per paragraph: SemEval-2023 Task 3's 23 techniques.

Each paragraph (a non-empty line) is embedded with the multilingual encoder
(:mod:`spinscope.models.multilingual`) and one logistic-regression head per technique gives the
probability that the paragraph uses it. A technique is reported over the whole paragraph when its
probability reaches the head's threshold, tuned on our Russian dev fold with a precision floor;
techniques whose heads never reached that precision are off. The heads, their thresholds and the
figures on our split are in ``techniques_model/`` (MODEL_CARD.md, metrics.json).

This is paragraph level, not spans: the reason says so, and the highlighted range is the paragraph.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from spinscope.analyzers.techniques.taxonomy import DEFINITIONS, PTC_TO_SEMEVAL2023, TAXONOMIES
from spinscope.core.document import Document, Technique
from spinscope.core.registry import Analyzer, Param, register
from spinscope.models import multilingual

MODEL_DIR = Path(__file__).with_name("techniques_model")
# Definitions of the 2023 techniques that PTC did not have (the PTC ones come from DEFINITIONS).
EXTRA_DEFINITIONS = {
    "Appeal_to_Time": "the time to act is said to be now, or a deadline is pressed",
    "Appeal_to_Values": "an idea is tied to values the audience holds dear",
    "Consequential_Oversimplification": "one step is said to lead inevitably to a chain of bad outcomes",
    "Obfuscation-Vagueness-Confusion": "deliberately unclear words let the audience read in what it likes",
    "Questioning_the_Reputation": "the opponent's character is attacked instead of their argument",
    "Appeal_to_Hypocrisy": "the opponent is charged with hypocrisy instead of being answered",
    "Straw_Man": "the opponent's position is distorted and the distortion refuted",
    "Red_Herring": "attention is turned to an unrelated topic",
    "Whataboutism": "a charge is answered by pointing at the accuser's own wrongs",
    "Guilt_by_Association": "an idea is rejected because a hated group holds it",
    "Appeal_to_Popularity": "an idea is said to be right because many hold it",
}
MIN_WORDS = 4  # shorter lines (datelines, bylines) carry no technique the heads can see


def to_ptc(label: str) -> str:
    """The SemEval-2020 PTC name of a 2023 label (its own name when PTC had no such technique)."""
    for ptc, targets in PTC_TO_SEMEVAL2023.items():
        if label in targets and label not in EXTRA_DEFINITIONS:
            return ptc
    return label


def definition(label: str) -> str:
    return EXTRA_DEFINITIONS.get(label) or DEFINITIONS.get(to_ptc(label), "")


@cache
def load_heads(model_dir: Path = MODEL_DIR) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[str, ...]]:
    data = np.load(model_dir / "heads.npz")
    return (data["w"].astype(np.float64), data["b"].astype(np.float64), data["thresholds"].astype(np.float64),
            tuple(str(x) for x in data["labels"]))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line with at least MIN_WORDS words, trimmed of spaces."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if len(stripped.split()) >= MIN_WORDS:
            start = pos + line.index(stripped[0])
            out.append((start, start + len(stripped)))
        pos += len(line) + 1
    return out


def paragraph_scores(texts: list[str], model_dir: Path = MODEL_DIR) -> np.ndarray:
    """(n, 23) probabilities, rounded to 1e-4 so a last-bit difference cannot cross a threshold."""
    w, b, _, _ = load_heads(model_dir)
    if not texts:
        return np.zeros((0, len(b)))
    x = multilingual.embed(texts).astype(np.float64)
    return np.round(1.0 / (1.0 + np.exp(-(x @ w.T + b))), 4)


def predict(texts: list[str], model_dir: Path = MODEL_DIR) -> list[list[tuple[str, float]]]:
    """The (2023 label, probability) pairs that reach their thresholds, per text."""
    _, _, th, labels = load_heads(model_dir)
    s = paragraph_scores(texts, model_dir)
    return [[(labels[k], float(row[k])) for k in range(len(labels)) if row[k] >= th[k]] for row in s]


@register
class RuTechniques(Analyzer):
    """SemEval-2023 persuasion techniques of each Russian paragraph, from multilingual-e5 heads."""

    name = "ru_techniques"
    version = "1"
    languages = ("ru",)
    assigns = ("techniques",)
    params = (
        Param("taxonomy", "ptc2020", "technique names: PTC's (as the English analyzer's), or SemEval-2023's",
              choices=tuple(TAXONOMIES)),
        Param("min_score", 0.0, "also drop paragraphs whose probability is below this", type=float, low=0, high=1),
    )

    def model_files(self) -> list[Path]:
        return [MODEL_DIR / "heads.npz", *multilingual.model_files()]

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        spans = [paragraphs(d.text) for d in docs]
        flat = [d.text[s:e] for d, ps in zip(docs, spans, strict=True) for s, e in ps]
        found = iter(predict(flat))
        for doc, ps in zip(docs, spans, strict=True):
            self.clear_layers(doc)
            for start, end in ps:
                for label, p in next(found):
                    if p < self.config["min_score"]:
                        continue
                    name = label if self.config["taxonomy"] == "semeval2023" else to_ptc(label)
                    doc.techniques.append(Technique(
                        start=start, end=end, technique=name, score=p,
                        reason=f"{name}: {definition(label)} (paragraph level: the whole paragraph, not a phrase)",
                    ))
        return docs
