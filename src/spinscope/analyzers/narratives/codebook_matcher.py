"""Matching a document against a codebook by sentence-embedding similarity.

Each narrative is represented by the embeddings of its label + description and of each example.
The units of a document are its sentences, its paragraphs of two or more sentences, and the whole
text (a narrative can be carried by several sentences that none states alone). A unit's similarity
to a narrative is its best cosine to the narrative's prototypes, *minus a share of its mean
similarity to all the codebook's narratives*: texts about the same conflict all resemble every
narrative a little, and the centring keeps what a unit says beyond that shared topic. A narrative is
assigned when its best unit reaches the threshold; its evidence is every sentence at or above the
threshold, else the sentence closest to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from spinscope.analyzers.narratives.codebook import Codebook
from spinscope.analyzers.narratives.stance import expresses
from spinscope.core.annotations import Narrative, Span

# Calibrated on tests/fixtures/narratives (training/narratives/calibrate_codebook.py); see docs/narratives.md.
# Recalibrated for the re-bounded int8 encoder (issue 20): its folds pick 0.28-0.295, and on the whole set
# 0.295 keeps the recall of 0.285 (0.833) at higher precision (0.921 against 0.875), so precision first.
# On the Softmax-free encoder (session 6) the calibration picks the best F1 with precision >= 0.9 on
# the documents it is chosen on: 0.295 again (cross-validated precision 0.92, recall 0.83).
DEFAULT_THRESHOLD = 0.295
# How much of a unit's mean similarity to all narratives is taken off (chosen on the same set).
CENTRING = 0.75
# With fewer narratives the mean is mostly the narrative itself: raw cosines and their own threshold.
MIN_NARRATIVES_TO_CENTRE = 3
DEFAULT_RAW_THRESHOLD = 0.58
# A narrative reached by a paragraph cites the sentences this close below the threshold, or none
# (then it is not assigned): a sentence further below states the topic, not the narrative.
EVIDENCE_SLACK = 0.04

_PARAGRAPH = re.compile(r"\n\s*\n")
# Below this many characters a sentence is a fragment ("Dunmark denies.") and carries no narrative.
_MIN_CHARS = 20

Encode = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class Prototypes:
    """Unit vectors of every narrative's prototype texts, with the narrative index of each row."""

    vectors: np.ndarray  # (n_prototypes, dim)
    owner: np.ndarray  # (n_prototypes,) index into codebook.narratives

    @classmethod
    def of(cls, codebook: Codebook, encode: Encode) -> Prototypes:
        texts: list[str] = []
        owner: list[int] = []
        for i, n in enumerate(codebook.narratives):
            for t in n.prototypes():
                texts.append(t)
                owner.append(i)
        return cls(encode(texts), np.array(owner, dtype=np.int64))

    def similarity(self, unit_vectors: np.ndarray, n_narratives: int) -> np.ndarray:
        """(n_units, n_narratives): each unit's best similarity to each narrative's prototypes."""
        sims = unit_vectors @ self.vectors.T
        out = np.full((len(unit_vectors), n_narratives), -1.0, dtype=np.float32)
        for j in range(n_narratives):
            cols = self.owner == j
            if cols.any() and len(unit_vectors):
                out[:, j] = sims[:, cols].max(axis=1)
        if n_narratives >= MIN_NARRATIVES_TO_CENTRE:
            out -= CENTRING * out.mean(axis=1, keepdims=True)
        return out


def sentence_spans(text: str, sentences: Sequence[Span]) -> list[Span]:
    """The document's sentences long enough to carry a narrative (whole text when unparsed)."""
    spans = list(sentences) or ([Span(0, len(text))] if text.strip() else [])
    return [s for s in spans if len(text[s.start:s.end].strip()) >= _MIN_CHARS]


def paragraph_groups(text: str, sentences: Sequence[Span]) -> list[list[int]]:
    """Indices of the sentences of each paragraph that has two or more of them."""
    bounds = [0] + [m.end() for m in _PARAGRAPH.finditer(text)] + [len(text) + 1]
    groups: list[list[int]] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        members = [i for i, s in enumerate(sentences) if lo <= s.start < hi]
        if len(members) >= 2:
            groups.append(members)
    return groups


def default_threshold(n_narratives: int) -> float:
    """The calibrated threshold for a codebook of this size (centred or raw similarities)."""
    return DEFAULT_THRESHOLD if n_narratives >= MIN_NARRATIVES_TO_CENTRE else DEFAULT_RAW_THRESHOLD


def unit_scores(text: str, sentences: Sequence[Span], prototypes: Prototypes, n_narratives: int,
                encode: Encode) -> tuple[list[Span], np.ndarray, list[list[int]], np.ndarray]:
    """Sentences and their (n, k) similarities; paragraph groups, then the whole text, and theirs (m, k)."""
    spans = sentence_spans(text, sentences)
    if not spans:
        empty = np.zeros((0, n_narratives), dtype=np.float32)
        return spans, empty, [], empty
    sent_sims = prototypes.similarity(encode([text[s.start:s.end] for s in spans]), n_narratives)
    groups = paragraph_groups(text, spans)
    if len(spans) >= 2 and (len(groups) != 1 or len(groups[0]) != len(spans)):
        groups.append(list(range(len(spans))))  # the whole text, unless one paragraph already is
    para_texts = [text[spans[g[0]].start:spans[g[-1]].end] for g in groups]
    para_sims = (prototypes.similarity(encode(para_texts), n_narratives) if groups
                 else np.zeros((0, n_narratives), dtype=np.float32))
    return spans, sent_sims, groups, para_sims


def document_scores(sent_sims: np.ndarray, para_sims: np.ndarray) -> np.ndarray:
    """Each narrative's best unit similarity in the document, (k,)."""
    both = np.vstack([sent_sims, para_sims]) if len(para_sims) else sent_sims
    return both.max(axis=0) if len(both) else np.full(sent_sims.shape[1], -1.0, dtype=np.float32)


def evidence_rows(text: str, spans: Sequence[Span], sims: np.ndarray, threshold: float) -> list[int]:
    """Sentences that express the narrative: at the threshold, else within ``EVIDENCE_SLACK`` of it
    (a narrative reached by a paragraph); newsroom boilerplate ("No injuries have been reported.",
    "declined to comment") never, whatever its topic words."""
    usable = [i for i in range(len(spans)) if expresses(text, spans[i])]
    rows = [i for i in usable if sims[i] >= threshold]
    return rows or [i for i in usable if sims[i] >= threshold - EVIDENCE_SLACK]


def confidence(similarity: float, threshold: float) -> float:
    """A 0-1 score that is 0.5 at the threshold and rises with the margin above it."""
    return round(float(1.0 / (1.0 + np.exp(-(similarity - threshold) / 0.03))), 4)


def match(text: str, sentences: Sequence[Span], codebook: Codebook, prototypes: Prototypes,
          threshold: float, encode: Encode) -> list[Narrative]:
    """The codebook's narratives the text expresses, best first, each with its evidence sentences."""
    k = len(codebook.narratives)
    spans, sent_sims, groups, para_sims = unit_scores(text, sentences, prototypes, k, encode)
    if not spans:
        return []
    best = document_scores(sent_sims, para_sims)
    out: list[tuple[float, Narrative]] = []
    for j, n in enumerate(codebook.narratives):
        if best[j] < threshold:
            continue
        rows = evidence_rows(text, spans, sent_sims[:, j], threshold)
        if not rows:  # no sentence says it closely enough: abstain rather than cite a topic sentence
            continue
        evidence = [Span(spans[i].start, spans[i].end) for i in rows]
        out.append((float(best[j]), Narrative(
            taxonomy=codebook.name, id=n.id, label=n.label, parent=n.parent,
            score=confidence(float(best[j]), threshold), evidence=evidence,
        )))
    out.sort(key=lambda pair: -pair[0])
    return [n for _, n in out]
