"""Paragraph windows of a document: the units the narrative model embeds and cites as evidence.

Paragraphs are the text's non-empty lines (news text arrives one paragraph per line); very short
ones (a byline, a "Read more") are joined to the next, and a paragraph longer than the encoder's
window is cut into consecutive windows at token boundaries, so a long article is read to its end
rather than truncated at 128 tokens.
"""

from __future__ import annotations

import re

from spinscope.core.annotations import Span

MIN_CHARS = 80


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines, whitespace trimmed, short ones merged forward."""
    spans: list[Span] = []
    pending: int | None = None
    for m in re.finditer(r"[^\n]+", text):
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        end = m.end() - (len(m.group()) - len(m.group().rstrip()))
        if end <= start:
            continue
        if pending is not None:
            start = pending
        if end - start < MIN_CHARS:
            pending = start
            continue
        pending = None
        spans.append(Span(start, end))
    if pending is not None:
        end = len(text.rstrip())
        if spans and end - pending < MIN_CHARS:
            spans[-1] = Span(spans[-1].start, end)
        elif end > pending:
            spans.append(Span(pending, end))
    return spans


def windows(text: str, tokenizer, max_tokens: int) -> list[Span]:
    """Paragraphs cut so that none exceeds ``max_tokens`` word pieces (``tokenizer`` must not truncate)."""
    out: list[Span] = []
    for para in paragraphs(text):
        enc = tokenizer.encode(text[para.start:para.end], add_special_tokens=False)
        offsets = enc.offsets
        if len(offsets) <= max_tokens:
            out.append(para)
            continue
        for i in range(0, len(offsets), max_tokens):
            piece = offsets[i:i + max_tokens]
            out.append(Span(para.start + piece[0][0], para.start + piece[-1][1]))
    return out
