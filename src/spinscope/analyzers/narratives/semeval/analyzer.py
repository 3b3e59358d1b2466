"""The ``narratives_semeval25`` analyzer: SemEval-2025 Task 10 narratives -> the ``narratives`` layer.

Shares the layer with the codebook analyzer, so it removes and writes only items of taxonomy
``semeval2025``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spinscope.analyzers.narratives.semeval.chunks import windows
from spinscope.analyzers.narratives.semeval.classifier import MODEL_PATH, NarrativeModel, decode
from spinscope.analyzers.narratives.semeval.taxonomy import TAXONOMY, label_id, parent_of
from spinscope.core.annotations import Narrative, Span
from spinscope.core.document import Document
from spinscope.core.registry import Analyzer, Param, register
from spinscope.models.cache import shared_model
from spinscope.models.encoder import ENCODER_DIR, shared_encoder
from spinscope.models.encoder import model_files as encoder_files
from spinscope.models.tokenizer import load_tokenizer


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


class NarrativeReader:
    """Windows a text, embeds the windows with the shared encoder and applies the shipped model."""

    def __init__(self, threshold_shift: float = 0.0) -> None:
        self.model = shared_narrative_model()
        self.encoder = shared_encoder()
        self.tokenizer = load_tokenizer(ENCODER_DIR / "tokenizer.json", None, owner="narratives_semeval25")
        self.shift = threshold_shift

    def predict(self, text: str) -> Prediction:
        spans = windows(text, self.tokenizer, self.encoder.max_len - 2)
        if not spans:
            return Prediction([], [], {}, [], np.zeros((0, self.encoder.dim), np.float32))
        V = self.encoder.encode([text[s.start:s.end] for s in spans])
        scores, p_cc = self.model.scores(V)
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
    version = "1"
    assigns = ("narratives",)
    params = (
        Param("threshold_shift", 0.0, "Added to every calibrated threshold (positive: fewer narratives).",
              type=float, low=-0.5, high=0.5),
        Param("evidence", 2, "Paragraphs cited as evidence per narrative.", type=int, low=1, high=10),
    )

    def model_files(self) -> list[Path]:
        return [MODEL_PATH, *encoder_files()]

    def initialize(self) -> None:
        self.reader_ = NarrativeReader(self.config["threshold_shift"])

    def clear_layers(self, doc: Document) -> None:
        doc.narratives[:] = [n for n in doc.narratives if n.taxonomy != TAXONOMY]

    def __call__(self, doc: Document) -> Document:
        self.ensure_initialized()
        self.clear_layers(doc)
        pred = self.reader_.predict(doc.text)
        top = self.config["evidence"]
        for label in pred.coarse:
            doc.narratives.append(Narrative(
                TAXONOMY, label_id(label), label, None, round(pred.scores[label], 4),
                self.reader_.evidence(pred, label, top)))
        for label in pred.fine:
            doc.narratives.append(Narrative(
                TAXONOMY, label_id(label), label, label_id(parent_of(label)), round(pred.scores[label], 4),
                self.reader_.evidence(pred, label, top)))
        return doc
