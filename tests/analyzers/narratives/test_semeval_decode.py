"""The narrative decision rule and the paragraph windows of long documents."""

from __future__ import annotations

import numpy as np

from spinscope.analyzers.narratives.semeval.chunks import paragraphs, windows
from spinscope.analyzers.narratives.semeval.classifier import decode
from spinscope.models.encoder import ENCODER_DIR
from spinscope.models.tokenizer import load_tokenizer

LABELS = [
    "URW: Discrediting Ukraine",
    "URW: Discrediting Ukraine: Ukraine is associated with nazism",
    "URW: Discrediting Ukraine: Other",
    "URW: Praise of Russia",
    "URW: Praise of Russia: Praise of Russian military might",
    "CC: Criticism of climate movement",
    "CC: Criticism of climate movement: Other",
    "Other",
]


def scores(**by_index: float) -> np.ndarray:
    s = np.zeros(len(LABELS))
    for k, v in by_index.items():
        s[int(k[1:])] = v
    return s


T = np.full(len(LABELS), 0.5)


def test_other_gate_wins() -> None:
    assert decode(scores(i0=0.9, i7=0.6), 0.1, T, LABELS) == ([], [], {})


def test_fine_brings_parent_and_coarse_gets_best_child() -> None:
    coarse, fine, chosen = decode(scores(i1=0.7, i3=0.6, i4=0.2), 0.1, T, LABELS)
    assert coarse == ["URW: Discrediting Ukraine", "URW: Praise of Russia"]  # by score, 0.7 from its child
    assert fine == [LABELS[1], LABELS[4]]
    assert chosen[LABELS[0]] == chosen[LABELS[1]] == 0.7


def test_only_the_likely_domain_competes_and_one_narrative_at_least() -> None:
    coarse, fine, _ = decode(scores(i5=0.9, i0=0.3), 0.1, T, LABELS)  # URW document: CC label ignored
    assert coarse == ["URW: Discrediting Ukraine"]
    assert fine and fine[0].startswith("URW: Discrediting Ukraine: ")
    coarse, fine, _ = decode(scores(i5=0.9), 0.9, T, LABELS)
    assert coarse == ["CC: Criticism of climate movement"] and fine == ["CC: Criticism of climate movement: Other"]


def test_paragraphs_merge_short_lines_and_keep_offsets() -> None:
    text = "Short title\n\nA first real paragraph that is long enough to stand alone as a unit of text.\n  \nBy Ana\n"
    spans = paragraphs(text)
    assert [text[s.start:s.end] for s in spans][0].startswith("Short title\n\nA first real paragraph")
    assert text[spans[-1].start:spans[-1].end].endswith("By Ana")


def test_long_paragraph_is_cut_into_windows_that_cover_it() -> None:
    tok = load_tokenizer(ENCODER_DIR / "tokenizer.json", None)
    sentence = "The council of Marvania met again to discuss the grain corridor and the border. "
    text = "Title of a long report on Marvania\n" + sentence * 40
    spans = windows(text, tok, 126)
    assert len(spans) >= 4
    for s in spans:
        assert len(tok.encode(text[s.start:s.end], add_special_tokens=False).ids) <= 126
    assert text[spans[-1].start:spans[-1].end].endswith("border.")
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
