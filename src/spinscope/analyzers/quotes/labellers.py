"""Who uses each framing label: "regime" in the envoy's quote is the envoy's word, "legitimate
government" in the ministry's own text is the ministry's.

The entities analyzer finds the labels; once the quotes are known, each :class:`~spinscope.core.annotations.Label` gets ``by``: the
speaker of the quote whose content holds it, else the document's issuer, else its outlet (source).
"""

from __future__ import annotations

from spinscope.core.document import Document
from spinscope.core.spans import SpanIndex

ACCUSING = frozenset("accuse blame charge".split())


def labeller(doc: Document, start: int, end: int, contents: SpanIndex | None = None,
             target: str | None = None) -> str | None:
    """The speaker of the first quote (in ``doc.quotes`` order) whose content holds ``[start, end)``;
    not the labelled actor (``target``) itself: nobody calls itself "so-called" (a quote misread
    from the scare quotes around the label would make it so).

    ``contents`` (the quotes' content ranges, in order) finds the holders by bisection: a scan of
    every quote per label was quadratic on long documents."""
    if contents is None:
        contents = _contents(doc)
    if _accused(doc, start, end):
        return doc.issuer or doc.source or None
    for n in contents.containing(start, end):
        if doc.quotes[n].speaker_name and doc.quotes[n].speaker_name != target:
            return doc.quotes[n].speaker_name
    return doc.issuer or doc.source or None


def _accused(doc: Document, start: int, end: int) -> bool:
    """The label names whom a report says is accused: "the envoy accused Ostland and *the legitimate
    government* of Marvania of attacks" -- the reporter's words for the accused, not the accuser's."""
    parsed = doc.cache.get("parse")
    span = parsed.char_span(start, end, alignment_mode="expand") if parsed is not None else None
    if span is None or not len(span):
        return False
    for tok in (span.root, *span.root.ancestors):
        if tok.dep_ == "dobj" and tok.head.lemma_ in ACCUSING:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _contents(doc: Document) -> SpanIndex:
    return SpanIndex.of((q.content.start, q.content.end) for q in doc.quotes)


def attach_labellers(doc: Document) -> None:
    contents = _contents(doc)
    for ent in doc.entities:
        for label in ent.labels:
            label.by = labeller(doc, label.start, label.end, contents, target=ent.name)
    for label in getattr(doc, "framing", ()):  # labels of unnamed targets (issue 22)
        label.by = labeller(doc, label.start, label.end, contents)


def clear_labellers(doc: Document) -> None:
    for ent in doc.entities:
        for label in ent.labels:
            label.by = None
    for label in getattr(doc, "framing", ()):
        label.by = None
