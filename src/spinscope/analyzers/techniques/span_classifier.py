"""TC span classifier: the PTC technique of a given span, run with onnxruntime (no torch, no hub).

Each span becomes one row of word pieces, ``[CLS] left [unused0] span [unused1] right [SEP]``: the
markers tell the fine-tuned MiniLM which words are the span, and the context around it fills the rest
of ``max_len``. Spans longer than ``max_span`` pieces keep their head and tail (a technique is usually
signalled at the edges of a long span: "so-called ... experts", "Make ... Great Again"). Article-level
cues a window cannot see (how often the span's words recur: Repetition) go in as ``extras``.

The files (``model.onnx``, ``tokenizer.json``, ``config.json``) ship in ``tc_model/`` beside this module
and are written by ``training/techniques_tc/export.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from spinscope.errors import SpanError
from spinscope.models.files import require_files
from spinscope.models.maths import softmax
from spinscope.models.onnx import make_session
from spinscope.models.tokenizer import load_tokenizer

TC_MODEL_DIR = Path(__file__).parent / "tc_model"
CLS, SEP, OPEN, CLOSE = 101, 102, 1, 2  # [CLS], [SEP], [unused0], [unused1] in the MiniLM vocab
N_EXTRAS = 8
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Pieces:
    """One article's word pieces (no special tokens) and their character offsets."""

    ids: np.ndarray  # (n,) int64
    starts: np.ndarray  # (n,) character start of each piece
    ends: np.ndarray  # (n,) character end (exclusive)


def pieces(tok, text: str) -> Pieces:
    enc = tok.encode(text, add_special_tokens=False)
    offs = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
    return Pieces(np.asarray(enc.ids, dtype=np.int64), offs[:, 0], offs[:, 1])


def span_row(p: Pieces, start: int, end: int, max_len: int, max_span: int) -> tuple[list[int], int, int]:
    """Ids of one marked row, and where the span's pieces sit in it (``lo``..``hi`` exclusive).

    A span that covers no piece (only spaces or an empty span) still gets its markers, at the first
    piece that starts at or after ``start``, so every span yields a row.
    """
    inside = np.nonzero((p.starts < end) & (p.ends > start))[0]
    if len(inside):
        a, b = int(inside[0]), int(inside[-1]) + 1
    else:
        a = b = int(np.searchsorted(p.starts, start))
    span = p.ids[a:b].tolist()
    if len(span) > max_span:
        head = (max_span + 1) // 2
        span = span[:head] + span[len(span) - (max_span - head) :]
    room = max_len - 4 - len(span)  # [CLS], two markers, [SEP]
    n_left = min(a, max(room // 2, room - (len(p.ids) - b)))
    n_right = min(len(p.ids) - b, room - n_left)
    left = p.ids[a - n_left : a].tolist()
    right = p.ids[b : b + n_right].tolist()
    row = [CLS, *left, OPEN, *span, CLOSE, *right, SEP]
    lo = 2 + len(left)
    return row, lo, lo + len(span)


def span_extras(text: str, start: int, end: int) -> np.ndarray:
    """Cues from the whole article and the span's surface, scaled to roughly unit range.

    Repetition is decided over the whole article, which no row of ``max_len`` pieces can see; quote
    marks, capitals, '!' and '?' separate Slogans, Doubt and Loaded_Language cheaply.
    """
    span = text[start:end]
    needle = " ".join(span.lower().split())
    hay = " ".join(text.lower().split())
    recurs = max(0, hay.count(needle) - 1) if needle else 0
    words = [w.lower() for w in _WORD.findall(span)]
    content = [w for w in words if len(w) > 3]
    counts = {}
    for w in _WORD.findall(text.lower()):
        counts[w] = counts.get(w, 0) + 1
    seen = [counts.get(w, 0) - content.count(w) > 0 for w in content]
    letters = [c for c in span if c.isalpha()]
    caps = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    before, after = text[max(0, start - 1) : start], text[end : end + 1]
    quoted = float(any(q in before + span[:1] for q in "\"“'‘") or any(q in span[-1:] + after for q in "\"”'’"))
    return np.array(
        [
            np.log1p(len(needle)) / 5,
            np.log1p(recurs),
            float(recurs > 0),
            float(np.mean(seen)) if seen else 0.0,
            caps,
            quoted,
            float("!" in span or after == "!"),
            float("?" in span or after == "?"),
        ],
        dtype=np.float32,
    )


def build_batch(rows: Sequence[tuple[list[int], int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Right-padded ids, attention mask and span mask (1.0 on the span's pieces) for some rows."""
    width = max(len(r) for r, _, _ in rows)
    ids = np.zeros((len(rows), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    smask = np.zeros((len(rows), width), dtype=np.float32)
    for i, (row, lo, hi) in enumerate(rows):
        ids[i, : len(row)] = row
        mask[i, : len(row)] = 1
        # An empty span pools over its two markers instead of dividing by zero.
        smask[i, lo:hi] = 1.0 if hi > lo else 0.0
        if hi == lo:
            smask[i, lo - 1 : lo + 1] = 1.0
    return ids, mask, smask


class SpanClassifier:
    """The PTC technique of given spans (SemEval-2020 Task 11 TC).

    Parameters
    ----------
    model_dir : folder with ``model.onnx``, ``tokenizer.json`` and ``config.json``.
    threads : onnxruntime intra-op threads.
    batch_size : rows per ONNX call. The default ``1`` keeps each span's scores independent of the
        other spans (dynamic int8 takes one activation scale per call, so batch-mates would change a
        span's technique; measured in the model card) and costs little, since every row is already
        ``max_len`` long. Larger batches pay off with several threads.

    >>> clf = SpanClassifier()
    >>> text = "They are traitors. Traitors, traitors, all of them!"
    >>> [label for label, _ in clf.predict(text, [(9, 17)])][0] in clf.techniques
    True
    """

    def __init__(self, model_dir: str | Path = TC_MODEL_DIR, *, threads: int = 1, batch_size: int = 1) -> None:
        self.model_dir = Path(model_dir)
        self.threads = threads
        self.batch_size = batch_size
        cfg_path = self.model_dir / "config.json"
        require_files("span classifier", [cfg_path])
        self.config_ = json.loads(cfg_path.read_text())
        self.techniques: list[str] = list(self.config_["labels"])
        self.max_len = int(self.config_["max_len"])
        self.max_span = int(self.config_["max_span"])
        model = self.model_dir / self.config_.get("model", "model.onnx")
        self.session_ = make_session(model, threads, owner="span classifier")
        # Rows are built piece by piece, so the tokenizer neither truncates nor pads.
        self.tokenizer_ = load_tokenizer(self.model_dir / "tokenizer.json", owner="span classifier")

    def rows(self, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[list[int], int, int]]:
        for s, e in spans:
            if not 0 <= s <= e <= len(text):
                raise SpanError(f"span ({s}, {e}) is outside the text of length {len(text)}; need 0 <= start <= end <= len(text)")
        p = pieces(self.tokenizer_, text)
        return [span_row(p, s, e, self.max_len, self.max_span) for s, e in spans]

    def logits(self, text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """Raw scores ``(len(spans), len(techniques))``."""
        out = np.zeros((len(spans), len(self.techniques)), dtype=np.float32)
        if not spans:
            return out
        rows = self.rows(text, spans)
        extras = np.stack([span_extras(text, s, e) for s, e in spans])
        # Longest first, so each call pads its rows to similar lengths.
        order = sorted(range(len(rows)), key=lambda i: -len(rows[i][0]))
        for b in range(0, len(order), max(1, self.batch_size)):
            idx = order[b : b + max(1, self.batch_size)]
            ids, mask, smask = build_batch([rows[i] for i in idx])
            feeds = {"input_ids": ids, "attention_mask": mask, "span_mask": smask, "extras": extras[idx]}
            out[idx] = self.session_.run(["logits"], feeds)[0]
        return out

    def predict(self, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, np.ndarray]]:
        """For each ``(start, end)`` in ``spans``: the most likely technique and all probabilities."""
        probs = softmax(self.logits(text, spans))
        return [(self.techniques[int(np.argmax(p))], p) for p in probs]


def assign_repeated(probs: Sequence[np.ndarray], keys: Sequence[tuple[object, int, int]], labels: Sequence[str]) -> list[str]:
    """Labels for TC template lines, giving a span listed k times its k most likely techniques.

    PTC lists a span once per technique; answering the same label twice can only be right once.
    """
    seen: dict[tuple[object, int, int], int] = {}
    out = []
    for p, key in zip(probs, keys, strict=True):
        rank = seen.get(key, 0)
        seen[key] = rank + 1
        order = np.argsort(-np.asarray(p), kind="stable")
        out.append(labels[int(order[min(rank, len(order) - 1)])])
    return out
