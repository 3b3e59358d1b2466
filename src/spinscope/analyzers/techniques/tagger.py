"""The technique tagger: per-token technique probabilities over whole articles (sliding windows, ONNX),
and the spans decoded from them.

Runtime needs only onnxruntime, tokenizers and numpy. Files live in ``model/`` beside this module:
``model.int8.onnx`` (or ``model.onnx``), ``tokenizer.json``, ``config.json`` (channels, thresholds,
window sizes) and optionally ``span_head.npz`` (the TC span classifier).
"""

from __future__ import annotations

import functools
import json
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from spinscope.analyzers.parse.slices import slice_bounds
from spinscope.analyzers.techniques.calibration import Calibrator, SpanSignals, Verifier
from spinscope.analyzers.techniques.span_rules import (
    _WORD,
    COURTESY_WORDS,
    FUNCTION_WORDS,
    repeats_elsewhere,
    words,
)
from spinscope.analyzers.techniques.token_spans import threshold_spans, tokens_in
from spinscope.analyzers.techniques.windows import (
    STRIDE,
    WINDOW,
    Encoded,
    encode,
    merge_windows,
    pad_batch,
    window_ids,
    window_starts,
)
from spinscope.errors import ConfigError
from spinscope.models.cache import shared_model
from spinscope.models.files import require_files
from spinscope.models.maths import sigmoid, softmax
from spinscope.models.onnx import make_session
from spinscope.models.tokenizer import load_tokenizer

if TYPE_CHECKING:
    from spinscope.analyzers.techniques.span_classifier import SpanClassifier

MODEL_DIR = Path(__file__).parent / "model"
# Texts longer than this (about 25k word pieces, 20 news articles) are tagged slice by slice.
CHUNK_CHARS = 100_000
VARIANTS = {"int8": "model.int8.onnx", "fp32": "model.onnx"}


@dataclass(slots=True)
class TokenOutput:
    """One text's word pieces with per-piece probabilities ``(n, channels)`` and hidden states."""

    enc: Encoded
    probs: np.ndarray
    hidden: np.ndarray | None


@dataclass(slots=True)
class SpanPrediction:
    """A decoded span. ``score`` is the verifier's probability that the span marks some technique when
    the model has a verifier; ``label_score`` the calibrated probability that the technique named is
    right (both ``raw`` without calibration)."""

    start: int
    end: int
    technique: str
    score: float
    raw: float = 0.0
    head_prob: float = 0.0
    from_channel: bool = False
    label_score: float = 0.0
    signals: SpanSignals | None = None


@dataclass(slots=True)
class ChunkedOutput:
    """A long text's output, still to compute: ``slices`` are run one by one in ``spans``."""

    slices: list[tuple[int, int]]
    hidden: bool


def model_files(model_dir: Path = MODEL_DIR, variant: str = "int8") -> list[Path]:
    """The files :class:`TechniqueTagger` needs (``span_head.npz`` is optional)."""
    return [model_dir / VARIANTS[variant], model_dir / "tokenizer.json", model_dir / "config.json"]


class TechniqueTagger:
    """The shipped span tagger (MiniLM, one sigmoid channel per technique plus an any-technique channel).

    Parameters
    ----------
    model_dir : folder with the ONNX file, tokenizer.json and config.json.
    variant : ``"int8"`` (shipped) or ``"fp32"`` (when exported locally).
    threads : onnxruntime intra-op threads.
    batch_size : windows per ONNX call; windows are sorted by length so padding stays small.
    """

    def __init__(
        self,
        model_dir: str | Path = MODEL_DIR,
        *,
        variant: str = "int8",
        threads: int = 2,
        batch_size: int = 16,
    ) -> None:
        self.model_dir = Path(model_dir)
        if variant not in VARIANTS:
            raise ConfigError(f"variant must be one of {', '.join(VARIANTS)}; got {variant!r}")
        require_files("techniques", model_files(self.model_dir, variant))
        self.config = json.loads((self.model_dir / "config.json").read_text())
        self.channels: list[str] = self.config["channels"]
        self.techniques = self.channels[1:]
        self.thresholds = np.asarray(self.config["thresholds"], dtype=np.float32)
        self.window = int(self.config.get("window", WINDOW))
        self.stride = int(self.config.get("stride", STRIDE))
        self.max_gap = int(self.config.get("max_gap", 1))
        # SI hysteresis: runs over ``si_low`` that reach the SI threshold somewhere (see threshold_spans).
        self.si_low = float(self.config.get("si_low", self.thresholds[0]))
        self.si_mix = float(self.config.get("si_mix", 0.0))
        self.flc_mode = str(self.config.get("flc_mode", "channels"))
        # Span rules (trim to whole phrases, content words, Repetition needs a repeat): span_rules.py.
        self.tidy = bool(self.config.get("tidy", True))
        cal = self.config.get("calibration")
        self.calibrator = Calibrator.from_dict(cal) if cal else None
        ver = self.config.get("verifier")
        self.verifier = Verifier.from_dict(ver) if ver else None
        # A text shorter than one window gives the tagger little context, and the calibrator was fitted
        # on whole articles; there a span must reach this calibrated score (see the model card).
        self.short_text_min_score = float(self.config.get("short_text_min_score", 0.0))
        self.batch_size = batch_size
        self.session = make_session(self.model_dir / VARIANTS[variant], threads, owner="techniques")
        # Articles are cut into windows here, so the tokenizer neither truncates nor pads.
        self.tokenizer = load_tokenizer(self.model_dir / "tokenizer.json", owner="techniques")
        head = self.model_dir / "span_head.npz"
        self.span_head = dict(np.load(head)) if head.exists() else None

    # -- token level -------------------------------------------------------------------------
    def token_outputs(self, texts: list[str], hidden: bool = False) -> list[TokenOutput | ChunkedOutput]:
        """Run every window of every text; overlapping window outputs are averaged per piece.

        A text longer than ``CHUNK_CHARS`` gets a :class:`ChunkedOutput` instead: its slices are run
        one at a time by :meth:`spans`, so the per-piece hidden states (1.5 KB a piece) of a 5 MB
        document are never all in memory at once.
        """
        long = {k: ChunkedOutput(slice_bounds(t, CHUNK_CHARS), hidden) for k, t in enumerate(texts) if len(t) > CHUNK_CHARS}
        if long:
            short = [t for k, t in enumerate(texts) if k not in long]
            done = iter(self.token_outputs(short, hidden) if short else [])
            return [long[k] if k in long else next(done) for k in range(len(texts))]
        encs = encode(self.tokenizer, texts)
        jobs = [
            (k, s) for k, e in enumerate(encs) for s in window_starts(len(e.ids), self.window, self.stride)
        ]
        # Dynamic int8 takes one activation scale per ONNX call, so a window's output depends on its
        # batch-mates: batch only windows of the same document, so a document gets the same spans
        # alone or in any batch. Longest first inside a document keeps padding small.
        jobs.sort(key=lambda j: (j[0], -min(self.window, len(encs[j[0]].ids) - j[1])))
        logits_out: dict[tuple[int, int], np.ndarray] = {}
        hidden_out: dict[tuple[int, int], np.ndarray] = {}
        names = ["logits", "hidden"] if hidden else ["logits"]
        chunks: list[list[tuple[int, int]]] = []
        for job in jobs:
            if chunks and chunks[-1][0][0] == job[0] and len(chunks[-1]) < self.batch_size:
                chunks[-1].append(job)
            else:
                chunks.append([job])
        for chunk in chunks:
            rows = [window_ids(encs[k].ids, s, self.window) for k, s in chunk]
            ids, mask = pad_batch(rows)
            res = self.session.run(names, {"input_ids": ids, "attention_mask": mask})
            for i, (job, row) in enumerate(zip(chunk, rows, strict=True)):
                logits_out[job] = res[0][i, 1 : len(row) - 1]
                if hidden:
                    hidden_out[job] = res[1][i, 1 : len(row) - 1]
        out = []
        for k, e in enumerate(encs):
            starts = window_starts(len(e.ids), self.window, self.stride)
            n_ch = len(self.channels)
            logits = (
                merge_windows(len(e.ids), starts, [logits_out[(k, s)] for s in starts])
                if starts
                else np.zeros((0, n_ch), np.float32)
            )
            hid = None
            if hidden:
                hid = (
                    merge_windows(len(e.ids), starts, [hidden_out[(k, s)] for s in starts])
                    if starts
                    else np.zeros((0, 1), np.float32)
                )
            out.append(TokenOutput(e, sigmoid(logits), hid))
        return out

    # -- span level ---------------------------------------------------------------------------
    def classify(self, text: str, out: TokenOutput, start: int, end: int) -> tuple[str, np.ndarray]:
        """The technique of a given span, and the per-technique scores used to pick it."""
        idx = tokens_in(out.enc.offsets, start, end)
        if len(idx) == 0:
            return self.techniques[0], np.zeros(len(self.techniques), np.float32)
        if self.span_head is not None and out.hidden is not None:
            feats = span_features(out.probs[idx], out.hidden[idx], span_extras(text, start, end))
            scores = softmax(feats @ self.span_head["W"].T + self.span_head["b"])
        else:
            scores = out.probs[idx, 1:].mean(0)
        return self.techniques[int(np.argmax(scores))], scores

    @property
    def needs_hidden(self) -> bool:
        """Whether :meth:`spans` reads the span head (hidden states): to label SI spans, or to calibrate."""
        return self.span_head is not None and (self.flc_mode != "channels" or self.calibrator is not None)

    def span_probs(
        self,
        text: str,
        out: TokenOutput,
        spans: list[tuple[int, int]],
        span_classifier: SpanClassifier | None = None,
        head: bool = True,
    ) -> list[np.ndarray]:
        """Technique probabilities of given spans: the span head, a ``SpanClassifier``, or their average
        (the average scores best on PTC dev; figures in the model card)."""
        probs = []
        if head:
            for s, e in spans:
                scores = self.classify(text, out, s, e)[1]
                probs.append(scores / max(float(scores.sum()), 1e-9))
        if span_classifier is not None and spans:
            other = [p for _, p in span_classifier.predict(text, spans)]
            probs = [(a + b) / 2 for a, b in zip(probs, other, strict=True)] if head else other
        return probs

    def spans(
        self, text: str, out: TokenOutput, span_classifier: SpanClassifier | None = None
    ) -> list[SpanPrediction]:
        """FLC spans, by ``flc_mode`` (chosen on validation, see the model card).

        ``channels``: runs of tokens over each technique's threshold (overlaps allowed);
        ``si_head``: SI spans, each given the technique the span head picks (averaged with
        ``span_classifier``, a :class:`~spinscope.analyzers.techniques.span_classifier.SpanClassifier`, if given);
        ``union``: both, dropping channel spans that overlap an ``si_head`` span of the same technique.

        Repetition is only given where something repeats (:func:`.span_rules.repeats_elsewhere`): an SI
        span then gets its next most likely technique, a Repetition channel span is dropped. Scores
        are calibrated when the model has a calibrator.
        """
        if isinstance(out, ChunkedOutput):
            return self._chunked_spans(text, out, span_classifier)
        preds: list[SpanPrediction] = []
        if self.flc_mode in ("si_head", "union"):
            si = self.si_spans(text, out)
            probs = self.span_probs(text, out, [(s, e) for s, e, _ in si], span_classifier)
            for (s, e, score), p in zip(si, probs, strict=True):
                order = [int(k) for k in np.argsort(-p, kind="stable")]
                if self.tidy and self.techniques[order[0]] == "Repetition" and not _word_counts(text).repeats_elsewhere(s, e):
                    order = order[1:]
                preds.append(SpanPrediction(s, e, self.techniques[order[0]], score, score, float(p[order[0]])))
        if self.flc_mode in ("channels", "union"):
            taken = [(p.technique, p.start, p.end) for p in preds]
            for c, tech in enumerate(self.techniques, start=1):
                probs_c = out.probs[:, c]
                for s, e, score in threshold_spans(
                    text, out.enc.offsets, probs_c, float(self.thresholds[c]), self.max_gap, tidy=self.tidy
                ):
                    if any(t == tech and s < te and ts < e for t, ts, te in taken):
                        continue
                    if self.tidy and tech == "Repetition" and not _word_counts(text).repeats_elsewhere(s, e):
                        continue
                    head_prob = self.head_prob(text, out, s, e, c - 1)
                    preds.append(SpanPrediction(s, e, tech, score, score, head_prob, True))
        add_signals(preds, out, self.techniques)
        for p in preds:
            if self.calibrator is not None:
                p.score = self.calibrator(p.technique, p.raw, p.head_prob, p.from_channel)
            p.label_score = p.score
            if self.verifier is not None and p.signals is not None:
                p.score = self.verifier(p.technique, p.signals)
        if self.calibrator is not None and len(out.enc.ids) < self.window:
            # The floor reads the technique's calibrated score, as it was set (neutral set, by hand).
            preds = [p for p in preds if p.label_score >= self.short_text_min_score]
        return sorted(preds, key=lambda p: (p.start, p.end, p.technique))

    def _chunked_spans(
        self, text: str, out: ChunkedOutput, span_classifier: SpanClassifier | None
    ) -> list[SpanPrediction]:
        """Each slice analysed as a text of its own, its spans shifted to the whole text's offsets."""
        preds: list[SpanPrediction] = []
        for start, end in out.slices:
            piece = text[start:end]
            for p in self.spans(piece, self.token_outputs([piece], out.hidden)[0], span_classifier):
                p.start += start
                p.end += start
                preds.append(p)
        return sorted(preds, key=lambda p: (p.start, p.end, p.technique))

    def head_prob(self, text: str, out: TokenOutput, start: int, end: int, k: int) -> float:
        """The span head's probability that ``[start, end)`` uses technique ``k`` (0 without a head)."""
        if self.span_head is None or out.hidden is None:
            return 0.0
        scores = self.classify(text, out, start, end)[1]
        return float(scores[k] / max(float(scores.sum()), 1e-9))

    def si_spans(self, text: str, out: TokenOutput) -> list[tuple[int, int, float]]:
        """SI spans from the any-technique channel, blended with the technique channels (``si_mix``)."""
        return threshold_spans(
            text, out.enc.offsets, si_probs(out.probs, self.si_mix), float(self.thresholds[0]), self.max_gap,
            low=self.si_low, tidy=self.tidy,
        )


def add_signals(preds: list[SpanPrediction], out: TokenOutput, techniques: list[str]) -> None:
    """What the verifier reads of each span: the any-technique channel's and its technique channel's
    highest piece inside the span."""
    for p in preds:
        idx = tokens_in(out.enc.offsets, p.start, p.end)
        if len(idx) == 0:
            continue
        channel = techniques.index(p.technique) + 1  # channel 0 is any technique
        p.signals = SpanSignals(any_max=float(out.probs[idx, 0].max()), channel_max=float(out.probs[idx, channel].max()))


def si_probs(probs: np.ndarray, mix: float) -> np.ndarray:
    """Per-piece probability that some technique is used: the any-technique channel, blended with
    ``mix`` weight with the chance that at least one technique channel fires (1 - prod(1 - p)).

    The two read the same text differently (one was trained on the union of all spans, the others per
    technique); the weight is tuned on PTC dev with the thresholds (see the model card).
    """
    if mix <= 0.0:
        return probs[:, 0]
    return (1.0 - mix) * probs[:, 0] + mix * (1.0 - np.prod(1.0 - probs[:, 1:], axis=1))


@functools.lru_cache(maxsize=4)
def _normalised(text: str) -> str:
    """The article lower-cased with whitespace runs as one space, made once per article, not per span
    (per span it made long documents quadratic)."""
    return " ".join(text.lower().split())


class _WordCounts:
    """The article's words once, so "does a content word of this span occur elsewhere" reads the
    span only; :func:`.span_rules.repeats_elsewhere` re-tokenises the whole article per span."""

    def __init__(self, text: str) -> None:
        self.text = text
        matches = list(_WORD.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.total = Counter(m.group().lower() for m in matches)

    def _inside_word(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos - 1) - 1  # the last word starting before pos
        return i >= 0 and self.ends[i] > pos

    def repeats_elsewhere(self, start: int, end: int) -> bool:
        if self._inside_word(start) or self._inside_word(end):
            # A cut inside a word tokenises differently on each side: ask the rule itself.
            return repeats_elsewhere(self.text, start, end)
        span = words(self.text[start:end])
        content = {w for w in span if w not in FUNCTION_WORDS and w not in COURTESY_WORDS and len(w) > 2}
        inside = Counter(span)
        return any(self.total[w] > inside[w] for w in content)


@functools.lru_cache(maxsize=4)
def _word_counts(text: str) -> _WordCounts:
    return _WordCounts(text)


def span_extras(text: str, start: int, end: int) -> np.ndarray:
    """Article-level cues a window cannot see: span length, and how often its words recur elsewhere.

    Repetition is a technique about the whole article, while each window sees only `window` pieces.
    """
    needle = " ".join(text[start:end].lower().split())
    hay = _normalised(text)
    recurs = max(0, hay.count(needle) - 1) if needle else 0
    return np.array([np.log1p(len(needle)), np.log1p(recurs), float(recurs > 0)], dtype=np.float32)


def span_features(probs: np.ndarray, hidden: np.ndarray, extras: np.ndarray) -> np.ndarray:
    """TC span-head input: mean/max technique probabilities, mean hidden state, :func:`span_extras`."""
    return np.concatenate([probs[:, 1:].mean(0), probs[:, 1:].max(0), hidden.mean(0), extras]).astype(np.float32)


@shared_model
def load_tagger(model_dir: Path = MODEL_DIR, variant: str = "int8", threads: int = 2) -> TechniqueTagger:
    """One loaded tagger per (folder, variant, threads) per process."""
    return TechniqueTagger(Path(model_dir), variant=variant, threads=threads)
