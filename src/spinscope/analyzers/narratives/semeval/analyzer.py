"""The ``narratives_semeval25`` analyzer: SemEval-2025 Task 10 narratives -> the ``narratives`` layer.

Shares the layer with the codebook analyzer, so it removes and writes only items of taxonomy
``semeval2025``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from spinscope.analyzers.narratives import stance
from spinscope.analyzers.narratives.semeval.calibration import CALIBRATION_PATH, Calibration
from spinscope.analyzers.narratives.semeval.chunks import windows
from spinscope.analyzers.narratives.semeval.classifier import MODEL_PATH, NarrativeModel, decode
from spinscope.analyzers.narratives.semeval.taxonomy import TAXONOMY, label_id, parent_of
from spinscope.core.annotations import Narrative, Span
from spinscope.core.document import Document
from spinscope.core.registry import Analyzer, Param, register
from spinscope.models.cache import shared_model
from spinscope.models.encoder import model_files as encoder_files
from spinscope.models.windows_cache import (
    CACHE_KEY,
    TILE,
    DocumentStates,
    document_states,
    shared_window_encoder,
)


@dataclass(slots=True)
class Prediction:
    """A document's narratives: coarse and fine labels, their scores, and the windows read."""

    coarse: list[str]
    fine: list[str]
    scores: dict[str, float]
    windows: list[Span]
    vectors: np.ndarray


@shared_model
def shared_narrative_model() -> NarrativeModel:
    return NarrativeModel.load()


@shared_model
def shared_calibration() -> Calibration:
    return Calibration.load()


def window_vectors(states: DocumentStates, spans: list[Span]) -> np.ndarray:
    """One unit vector per paragraph window: the mean of its tokens' states from the shared pass."""
    dim = states.states.shape[1]
    if not spans:
        return np.zeros((0, dim), np.float32)
    return np.stack([states.pool_chars(s.start, s.end, unit=True) for s in spans])


class NarrativeReader:
    """Paragraph windows of a document, their vectors pooled from the document's one shared encoder
    pass (:mod:`spinscope.models.windows_cache`, also read by ``roles``), and the shipped model."""

    def __init__(self, threshold_shift: float = 0.0) -> None:
        self.model = shared_narrative_model()
        self.windows = shared_window_encoder()
        self.shift = threshold_shift

    def predict(self, doc: Document | str) -> Prediction:
        """Narratives of a document (its cached encoder states are reused) or of a bare text."""
        if isinstance(doc, str):
            doc = Document(id="text", text=doc)
        text = doc.text
        spans = windows(text, self.windows.tokenizer, TILE)
        if not spans:
            return Prediction([], [], {}, [], np.zeros((0, self.windows.encoder.dim), np.float32))
        states = document_states(doc)
        V = window_vectors(states, spans)
        # The model reads the units it was trained on: the paragraph windows, or the shared pass's
        # encoder windows each embedded whole; evidence is always cited by paragraph.
        scores, p_cc = self.model.scores(states.window_vectors if self.model.units == "tiles" else V)
        coarse, fine, chosen = decode(scores, p_cc, self.model.thresholds + self.shift, self.model.labels)
        return Prediction(coarse, fine, chosen, spans, V)

    def evidence(self, pred: Prediction, label: str, top: int) -> list[Span]:
        picked = self.model.evidence(pred.vectors, label, top)
        return sorted((pred.windows[i] for i in picked), key=lambda s: s.start)


@register
class SemEvalNarratives(Analyzer):
    """Coarse narratives and subnarratives of the SemEval-2025 Task 10 taxonomy (climate change,
    Ukraine-Russia war), multi-label; each with the paragraphs closest to it as evidence."""

    name = "narratives_semeval25"
    # 3: stance on every narrative; 4: only quotes the quotes layer shows give a sentence away;
    # 5: head refitted on the re-bounded encoder, and the score calibrated (how often such an item is right)
    version = "5"
    assigns = ("narratives",)
    provides = (CACHE_KEY,)  # the shared encoder pass, also read by roles
    params = (
        Param("threshold_shift", 0.0, "Added to every calibrated threshold (positive: fewer narratives).",
              type=float, low=-0.5, high=0.5),
        Param("evidence", 2, "Paragraphs cited as evidence per narrative.", type=int, low=1, high=10),
    )

    def model_files(self) -> list[Path]:
        return [MODEL_PATH, CALIBRATION_PATH, *encoder_files()]

    def initialize(self) -> None:
        self.reader_ = NarrativeReader(self.config["threshold_shift"])
        self.calibration_ = shared_calibration()

    def clear_layers(self, doc: Document) -> None:
        doc.narratives[:] = [n for n in doc.narratives if n.taxonomy != TAXONOMY]

    def owns(self, layer: str, item: Any) -> bool:
        return layer == "narratives" and item.taxonomy == TAXONOMY

    def prefetch(self, doc: Document) -> None:
        document_states(doc)  # the shared encoder pass needs only the text: it can run beside the parse

    def __call__(self, doc: Document) -> Document:
        self.ensure_initialized()
        self.clear_layers(doc)
        pred = self.reader_.predict(doc)
        top = self.config["evidence"]
        # The stored score is how often an item scored so was right (docs/quality.md, "Narratives"),
        # what the views' minimum reads; the thresholds that choose the items read the raw scores.
        score = self.calibration_.stored(pred.coarse, pred.fine, pred.scores)
        for label in pred.coarse:
            doc.narratives.append(Narrative(
                TAXONOMY, label_id(label), label, None, score[label], self.reader_.evidence(pred, label, top)))
        for label in pred.fine:
            doc.narratives.append(Narrative(
                TAXONOMY, label_id(label), label, label_id(parent_of(label)), score[label],
                self.reader_.evidence(pred, label, top)))
        # The document's stance toward each (its evidence paragraphs read sentence by sentence).
        mine = [n for n in doc.narratives if n.taxonomy == TAXONOMY]
        stance.assign(doc.text, mine, doc.sentences, doc.quotes,
                      {n.id: stance.vocabulary([n.label]) for n in mine})
        return doc
