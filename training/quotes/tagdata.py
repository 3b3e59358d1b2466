"""Turn PolNeAR articles into wordpiece windows with BIO labels for the attribution tagger."""

from __future__ import annotations

import numpy as np

from spinscope.analyzers.quotes.tagger import KINDS, LABELS, encode, windows

VAL_FROM = "2016-08-08"  # train articles from month 10 on are our own validation split


def is_val(name: str) -> bool:
    """Our validation slice of PolNeAR train: the last month of it (the corpus splits by time)."""
    return name.split("_")[1] >= VAL_FROM


def char_labels(article) -> tuple[np.ndarray, np.ndarray]:
    """Per character: kind index + 1 (0 = none) and a fragment id, so adjacent spans stay apart."""
    kind = np.zeros(len(article.text), dtype=np.int64)
    frag = np.full(len(article.text), -1, dtype=np.int64)
    fid = 0
    for rel in article.relations:
        for k, frags in enumerate((rel.source, rel.cue, rel.content)):
            for s, e in frags or []:
                kind[s:e] = k + 1
                frag[s:e] = fid
                fid += 1
    return kind, frag


def piece_labels(article, offsets: np.ndarray) -> np.ndarray:
    kind, frag = char_labels(article)
    out = np.zeros(len(offsets), dtype=np.int64)
    prev = -1
    for i, (s, e) in enumerate(offsets.tolist()):
        k = kind[s] if s < len(kind) else 0
        if k == 0 or s == e:
            prev = -1
            continue
        name = ("B-" if frag[s] != prev else "I-") + KINDS[k - 1]
        out[i] = LABELS.index(name)
        prev = frag[s]
    return out


def article_windows(tokenizer, article, stride: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(ids, labels) per window, [CLS]/[SEP] added; labels -100 where the loss is ignored."""
    ids, offsets = encode(tokenizer, article.text)
    labels = piece_labels(article, offsets)
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    out = []
    for s, e in windows(len(ids), stride=stride):
        out.append(
            (
                np.concatenate([[cls_id], ids[s:e], [sep_id]]),
                np.concatenate([[-100], labels[s:e], [-100]]),
            )
        )
    return out
