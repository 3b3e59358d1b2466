"""Features of a mention from the layers found before the roles: quotes, techniques, framing labels.

Tried as extras beside the encoder features (``training/semeval25/roles_head.py --extras``): a
speaker of a quote is more often cast as a protagonist, an actor named inside name-calling or loaded
language more often as an antagonist. Each is a small count or flag, computed from whatever layers
the document has (a layer that did not run contributes zeros).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from spinscope.core.document import Document

TECHNIQUES = ("Name_Calling,Labeling", "Loaded_Language", "Doubt", "Exaggeration,Minimisation",
              "Appeal_to_fear-prejudice", "Flag-Waving")
NAMES = (
    "is_speaker", "quotes_by_name", "inside_quote", "framing_labels", "mention_count", "position",
    *(f"tech_sentence_{t}" for t in TECHNIQUES), "tech_sentence_other", "tech_overlap",
)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _sentence(doc: Document, start: int, end: int) -> tuple[int, int]:
    for s in doc.sentences:
        if s.start <= start < s.end:
            return s.start, max(s.end, end)
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    return line_start, len(doc.text) if line_end < 0 else line_end


def context_features(doc: Document, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """One row of ``len(NAMES)`` floats per ``(start, end)`` mention span."""
    out = np.zeros((len(spans), len(NAMES)), dtype=np.float32)
    text = doc.text
    n_chars = max(len(text), 1)
    for row, (start, end) in enumerate(spans):
        surface = text[start:end]
        speaker_spans = [q.speaker for q in doc.quotes if q.speaker is not None]
        is_speaker = any(_overlaps(start, end, s.start, s.end) for s in speaker_spans)
        by_name = sum(1 for q in doc.quotes if q.speaker_name and surface and
                      (surface in q.speaker_name or q.speaker_name in surface))
        inside = any(_overlaps(start, end, q.content.start, q.content.end) for q in doc.quotes)
        labels = sum(len(e.labels) for e in doc.entities
                     if any(_overlaps(start, end, m.start, m.end) for m in e.mentions))
        s_start, s_end = _sentence(doc, start, end)
        tech = np.zeros(len(TECHNIQUES) + 1, dtype=np.float32)
        overlap = 0.0
        for t in doc.techniques:
            if _overlaps(s_start, s_end, t.start, t.end):
                j = TECHNIQUES.index(t.technique) if t.technique in TECHNIQUES else len(TECHNIQUES)
                tech[j] += 1
            if _overlaps(start, end, t.start, t.end):
                overlap += 1
        out[row] = [
            float(is_speaker), np.log1p(by_name), float(inside), np.log1p(labels),
            np.log1p(text.count(surface) if surface else 0), start / n_chars,
            *np.log1p(tech), np.log1p(overlap),
        ]
    return out
