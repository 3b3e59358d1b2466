"""Entity-marked token windows: the input of the fine-tuned role model.

A document is tokenized once without truncation; each mention gets at most ``max_len`` tokens:
``[CLS] ... [ mention tokens ] ... [SEP]``, centred on the mention, shifted inwards at the edges of
the document, so a mention deep in a long article sees its own paragraph. The model reads the
hidden state of the opening marker. Training (``training/semeval25/roles_finetune.py``) and the
analyzer call this same function, so they see the same windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spinscope.analyzers.roles.features import token_range, window

OPEN_MARK, CLOSE_MARK = "[", "]"  # single word pieces in the MiniLM vocabulary


@dataclass(slots=True)
class MarkedWindow:
    ids: list[int]
    marker: int  # index of the opening marker in ids


def marked_window(
    ids: Sequence[int], offsets: Sequence[tuple[int, int]], start: int, end: int,
    max_len: int, special: dict[str, int],
) -> MarkedWindow:
    """The window for the mention at ``[start, end)``; ``special`` maps ``[CLS] [SEP] [ ]`` to ids."""
    first, last = token_range(offsets, start, end)
    if last < first:  # no tokens at all
        body = [special[OPEN_MARK], special[CLOSE_MARK]]
        return MarkedWindow([special["[CLS]"], *body, special["[SEP]"]], 1)
    budget = max_len - 4  # CLS, SEP and the two markers
    mention_len = min(last - first + 1, budget)
    last = first + mention_len - 1
    lo, hi = window(first, last, len(ids), budget)
    body = [*ids[lo:first], special[OPEN_MARK], *ids[first:last + 1], special[CLOSE_MARK], *ids[last + 1:hi]]
    return MarkedWindow([special["[CLS]"], *body, special["[SEP]"]], 1 + first - lo)


def special_ids(tokenizer) -> dict[str, int]:
    return {t: tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]", OPEN_MARK, CLOSE_MARK)}
