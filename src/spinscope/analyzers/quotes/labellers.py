"""Who uses each framing label: "regime" in the envoy's quote is the envoy's word, "legitimate
government" in the ministry's own text is the ministry's.

The entities analyzer finds the labels; once the quotes are known, each label dict gets ``by``: the
speaker of the quote whose content holds it, else the document's issuer, else its outlet (source).
"""

from __future__ import annotations

from spinscope.core.document import Document


def labeller(doc: Document, start: int, end: int) -> str | None:
    for q in doc.quotes:
        if q.content.start <= start and end <= q.content.end and q.speaker_name:
            return q.speaker_name
    return doc.issuer or doc.source or None


def attach_labellers(doc: Document) -> None:
    for ent in doc.entities:
        for label in ent.labels:
            if "start" in label and "end" in label:
                label["by"] = labeller(doc, label["start"], label["end"])


def clear_labellers(doc: Document) -> None:
    for ent in doc.entities:
        for label in ent.labels:
            label.pop("by", None)
