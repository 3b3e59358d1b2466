"""Attribution span tagger: BIO tags for source, cue and content over wordpieces (ONNX at run time).

The model is MiniLM-L6 fine-tuned on PolNeAR train (see ``model/MODEL_CARD.md`` beside this module).
Articles are longer than the model's window, so the text is cut into overlapping windows of
wordpieces and each wordpiece takes the logits of the window where it sits furthest from an edge.
Only numpy, tokenizers and onnxruntime are used here; training lives in ``training/quotes/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spinscope.core.text import snap_to_words
from spinscope.models.cache import shared_model
from spinscope.models.onnx import make_session
from spinscope.models.tokenizer import load_tokenizer
from spinscope.models.windows_cache import owners

LABELS = ("O", "B-SOURCE", "I-SOURCE", "B-CUE", "I-CUE", "B-CONTENT", "I-CONTENT")
KINDS = ("SOURCE", "CUE", "CONTENT")
WINDOW = 256  # wordpieces per window, [CLS] and [SEP] included
# Step between window starts. A quarter of each window overlaps the next, so every piece is scored
# where it has at least 30 pieces of context on both sides (bar the article's own edges). Stride
# 128 (half) cost 1.35x the tagger time for the same attributions: PolNeAR val F1 0.666 -> 0.671,
# dev 0.684 -> 0.680 (``python -m training.quotes.eval_stride``, issue 14; the model card has all).
STRIDE = 192
MODEL_DIR = Path(__file__).resolve().parent / "model"  # shipped in the package, see MODEL_CARD.md


@dataclass(frozen=True, slots=True)
class Tagged:
    """One tagged span: ``kind`` is SOURCE, CUE or CONTENT; offsets index the text, end exclusive."""

    kind: str
    start: int
    end: int


def windows(n: int, size: int = WINDOW - 2, stride: int = STRIDE) -> list[tuple[int, int]]:
    """Start/end wordpiece indices of windows covering ``n`` pieces (the last one ends at ``n``)."""
    if n <= size:
        return [(0, n)]
    out = []
    start = 0
    while True:
        end = min(n, start + size)
        out.append((start, end))
        if end == n:
            return out
        start = min(start + stride, n - size)


def encode(tokenizer, text: str) -> tuple[np.ndarray, np.ndarray]:
    """Wordpiece ids and character offsets of ``text`` without special tokens."""
    enc = tokenizer.encode(text, add_special_tokens=False)
    return np.asarray(enc.ids, dtype=np.int64), np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)


def best_window(n: int, spans: list[tuple[int, int]]) -> np.ndarray:
    """For each piece, the index of the window in which it sits furthest from an edge (0 if none covers it)."""
    return np.maximum(owners(n, spans), 0)


def labels_to_spans(labels: np.ndarray, offsets: np.ndarray, text: str) -> list[Tagged]:
    """Turn per-piece BIO label ids into character spans widened to whole words ("categorical|ly
    rejects"). An I- without a B- starts a span too."""
    out: list[Tagged] = []
    cur: list[int] | None = None  # [kind index, start, end]
    for lab, (s, e) in zip(labels.tolist(), offsets.tolist(), strict=True):
        name = LABELS[lab]
        if name == "O" or s == e:
            if name == "O" and cur is not None:
                out.append(Tagged(KINDS[cur[0]], cur[1], cur[2]))
                cur = None
            continue
        kind = KINDS.index(name[2:])
        if name.startswith("B-") or cur is None or cur[0] != kind:
            if cur is not None:
                out.append(Tagged(KINDS[cur[0]], cur[1], cur[2]))
            cur = [kind, s, e]
        else:
            cur[2] = e
    if cur is not None:
        out.append(Tagged(KINDS[cur[0]], cur[1], cur[2]))
    return [Tagged(t.kind, *snap_to_words(text, t.start, t.end)) for t in out if text[t.start : t.end].strip()]


def model_files(model_dir: Path = MODEL_DIR) -> list[Path]:
    return [model_dir / "model.onnx", model_dir / "tokenizer.json"]


class SpanTagger:
    """Load the ONNX tagger once; :meth:`tag` returns source/cue/content spans of a text."""

    def __init__(self, model_dir: Path = MODEL_DIR, batch_size: int = 8, threads: int = 2, stride: int = STRIDE) -> None:
        self.stride = stride
        self.session_ = make_session(model_dir / "model.onnx", threads, owner="quotes")
        # Articles are cut into windows here, so the tokenizer neither truncates nor pads.
        self.tokenizer_ = load_tokenizer(model_dir / "tokenizer.json", owner="quotes")
        self.cls_id_ = self.tokenizer_.token_to_id("[CLS]")
        self.sep_id_ = self.tokenizer_.token_to_id("[SEP]")
        self.batch_size = batch_size

    def logits(self, ids: np.ndarray) -> np.ndarray:
        """Per-piece logits ``(n, len(LABELS))`` for a whole article's wordpiece ids."""
        n = len(ids)
        if n == 0:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        spans = windows(n, stride=self.stride)
        outs: list[np.ndarray] = []
        for b in range(0, len(spans), self.batch_size):
            chunk = spans[b : b + self.batch_size]
            width = max(e - s for s, e in chunk) + 2
            batch = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros_like(batch)
            for i, (s, e) in enumerate(chunk):
                batch[i, : e - s + 2] = np.concatenate([[self.cls_id_], ids[s:e], [self.sep_id_]])
                mask[i, : e - s + 2] = 1
            feed = {"input_ids": batch, "attention_mask": mask}
            (res,) = self.session_.run(["logits"], feed)
            outs.extend(res[i, 1 : e - s + 1] for i, (s, e) in enumerate(chunk))
        best = best_window(n, spans)
        full = np.zeros((n, len(LABELS)), dtype=np.float32)
        for w, (s, e) in enumerate(spans):
            sel = np.nonzero(best[s:e] == w)[0]
            full[s + sel] = outs[w][sel]
        return full

    def tag(self, text: str) -> list[Tagged]:
        ids, offsets = encode(self.tokenizer_, text)
        return labels_to_spans(self.logits(ids).argmax(-1), offsets, text)


@shared_model
def load_span_tagger(model_dir: Path = MODEL_DIR, threads: int = 2) -> SpanTagger:
    """One loaded attribution tagger per process and thread count."""
    return SpanTagger(model_dir, threads=threads)
