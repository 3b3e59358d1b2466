"""Find quoted stretches by their quotation marks, straight or curly, across paragraphs.

A multi-paragraph quote in news style opens each paragraph with a mark and closes only in its last
paragraph, so an opening mark met while a quote is still open after a paragraph break continues that
quote instead of starting a new one. Single quotes are left alone: they double as apostrophes.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
DOUBLED = "''"  # two apostrophes: the quotation mark of some newswire (and NYT archive) copy
# Characters after which a straight quote opens rather than closes.
OPEN_BEFORE = frozenset(" \t\n\r([{—–-/:")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted stretch: ``start``/``end`` include the marks; ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool


def _role(text: str, i: int, width: int = 1) -> str:
    ch = text[i]
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if before in OPEN_BEFORE and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)—–-" or before.isalnum() or before in ".,!?;:":
        return "close"
    return "open"


def _strip_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def scan(text: str) -> list[Quoted]:
    """All quoted stretches in reading order; an unclosed quote runs to the end of its paragraph."""
    out: list[Quoted] = []
    open_at: int | None = None
    width = 1  # width of the mark that opened the current quote
    i = -1
    while i + 1 < len(text):
        i += 1
        ch = text[i]
        mark = 2 if text.startswith(DOUBLED, i) else 1
        if mark == 1 and ch not in OPENERS and ch not in CLOSERS and ch != STRAIGHT:
            continue
        role = _role(text, i, mark)
        i += mark - 1  # a doubled mark: step over its second apostrophe
        if role == "open":
            if open_at is not None and "\n" not in text[open_at:i]:
                # Two openers in one paragraph: the first was a stray mark; start again here.
                open_at, width = i - mark + 1, mark
            elif open_at is None:
                open_at = i - mark + 1
                width = mark
            # else: a new paragraph of a quote that is still open continues it
        elif open_at is not None:
            s, e = _strip_spaces(text, open_at + width, i - mark + 1)
            if e > s:
                out.append(Quoted(open_at, i + 1, s, e, True))
            open_at = None
    if open_at is not None:
        para_end = text.find("\n", open_at)
        para_end = len(text) if para_end == -1 else para_end
        s, e = _strip_spaces(text, open_at + width, para_end)
        if e > s:
            out.append(Quoted(open_at, para_end, s, e, False))
    return out
