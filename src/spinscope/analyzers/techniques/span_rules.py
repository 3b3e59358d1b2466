"""Rules that keep decoded technique spans honest, applied after the tagger's thresholds. Pure Python.

The tagger reads 62-piece windows, so it can neither see whether a phrase recurs elsewhere in the
article (Repetition) nor tell a courtesy formula ("Thank you.") from a thought-terminating cliché
when the text is that formula alone. These rules fix what the model cannot see:

- a span ends on a whole phrase: trailing function words and separators are trimmed ("lied to us in"
  -> "lied to us");
- a span needs a content word: one made only of function words and courtesy formulas ("Hello",
  "Thank you", "No.") carries no technique;
- Repetition needs a repeat: some content word of the span (or the span itself) occurs elsewhere in
  the document, outside the span.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

# Words a phrase does not end on: articles, prepositions, conjunctions, auxiliaries, determiners.
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from by with without into onto upon about over under after before
    than as and or but nor so yet if that which who whom whose what when where while because though
    although is are was were be been being am has have had do does did will would shall should can
    could may might must its their his her our your my this these those""".split()
)
# Greetings, thanks and answers: on their own they are manners, not persuasion.
COURTESY_WORDS = frozenset(
    """hello hi hey hiya greetings dear thanks thank thankyou you cheers welcome goodbye bye farewell
    good morning afternoon evening night day yes no ok okay please sorry excuse me everyone all there
    sir madam well done congratulations""".split()
)
_TRAILING_SEPARATORS = " \t\r\n,;:-–—(/[{"
_LEADING_SEPARATORS = " \t\r\n,;:.)]}/-–—"


def words(text: str) -> list[str]:
    """Lower-cased words (letters and digits, inner apostrophes and hyphens kept)."""
    return [w.lower() for w in _WORD.findall(text)]


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading separators, and trailing separators and function words, until the span ends on a
    word that closes a phrase. Returns ``(start, end)``, possibly empty (``start == end``).

    >>> t = "They lied to us in the"
    >>> s, e = trim_span(t, 0, len(t)); t[s:e]
    'They lied to us'
    >>> t = "a disgraceful betrayal, and"
    >>> s, e = trim_span(t, 0, len(t)); t[s:e]
    'a disgraceful betrayal'
    >>> t = 'the so-called "plan"'
    >>> s, e = trim_span(t, 6, len(t)); t[s:e]
    'so-called "plan"'
    """
    # A span that starts inside a hyphenated word ("-called" of "so-called") takes the whole word.
    while 0 < start < end and text[start] in "-'’" and text[start - 1].isalnum():
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    while start < end and text[start] in _LEADING_SEPARATORS:
        start += 1
    while start < end:
        while start < end and text[end - 1] in _TRAILING_SEPARATORS:
            end -= 1
        m = re.search(r"[^\W_]+$", text[start:end])
        if m is None or m.group(0).lower() not in FUNCTION_WORDS or m.start() == 0:
            break
        end = start + m.start()
    return start, end


def has_content(span_text: str) -> bool:
    """Whether a span holds a word that is neither a function word nor a courtesy formula.

    >>> has_content("Thank you"), has_content("No."), has_content("so-called experts")
    (False, False, True)
    """
    return any(w not in FUNCTION_WORDS and w not in COURTESY_WORDS for w in words(span_text))


def repeats_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the span, or one of its content words, occurs in ``text`` outside ``[start, end)``.

    >>> t = "Hello"
    >>> repeats_elsewhere(t, 0, 5)
    False
    >>> t = "Traitors! They are traitors."
    >>> repeats_elsewhere(t, 0, 8)
    True
    """
    span = words(text[start:end])
    content = {w for w in span if w not in FUNCTION_WORDS and w not in COURTESY_WORDS and len(w) > 2}
    if not content:
        return False
    outside = words(text[:start]) + words(text[end:])
    return bool(content & set(outside))
