"""Token windows of long documents: centred on the mention, shifted at the edges, markers in place."""

from __future__ import annotations

from spinscope.analyzers.roles.features import token_range, window
from spinscope.analyzers.roles.windows import marked_window, special_ids
from spinscope.models.encoder import ENCODER_DIR
from spinscope.models.tokenizer import load_tokenizer

SPECIAL = {"[CLS]": 101, "[SEP]": 102, "[": 1031, "]": 1033}


def test_window_is_centred_and_shifted_inwards() -> None:
    assert window(50, 51, 1000, 10) == (46, 56)
    assert window(1, 1, 1000, 10) == (0, 10)        # at the start
    assert window(998, 999, 1000, 10) == (990, 1000)  # at the end
    assert window(3, 4, 8, 10) == (0, 8)            # short document: all of it
    assert window(100, 200, 1000, 10) == (100, 110)  # mention longer than the window


def test_token_range_overlap_and_nearest() -> None:
    offsets = [(0, 4), (5, 8), (9, 15)]
    assert token_range(offsets, 5, 15) == (1, 2)
    assert token_range(offsets, 8, 9) == (2, 2) or token_range(offsets, 8, 9) == (1, 1)
    assert token_range([], 0, 3) == (0, -1)


def test_marked_window_of_a_mention_deep_in_a_long_document() -> None:
    tok = load_tokenizer(ENCODER_DIR / "tokenizer.json", None)
    filler = "The weather in the valley stayed mild for most of the season. " * 60
    text = filler + "Later the governor of Marvania, Ilse Brandt, cut the water supply. " + filler
    start = text.index("Ilse Brandt")
    enc = tok.encode(text, add_special_tokens=False)
    assert len(enc.ids) > 1000
    w = marked_window(enc.ids, enc.offsets, start, start + len("Ilse Brandt"), 128, special_ids(tok))
    assert len(w.ids) == 128
    assert w.ids[0] == 101 and w.ids[-1] == 102 and w.ids[w.marker] == SPECIAL["["]
    close = w.ids.index(SPECIAL["]"], w.marker)
    assert tok.decode(w.ids[w.marker + 1:close]) == "ilse brandt"
    assert 40 < w.marker < 80  # centred, not at the start of the document


def test_marked_window_of_an_empty_text() -> None:
    w = marked_window([], [], 0, 0, 128, SPECIAL)
    assert w.ids == [101, 1031, 1033, 102] and w.marker == 1
