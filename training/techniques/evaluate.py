"""Dev-set evaluation shared by training, threshold tuning and the ONNX checks."""

from __future__ import annotations

import numpy as np

from spinscope.analyzers.techniques.ptc.scorer import SI_LABEL, score_spans, score_tc
from spinscope.analyzers.techniques.token_spans import threshold_spans, tokens_in
from spinscope.analyzers.techniques.windows import (
    STRIDE,
    WINDOW,
    encode,
    merge_windows,
    pad_batch,
    window_ids,
    window_starts,
)
from training.techniques.data import CHANNELS, Article


def predict_token_probs(
    model, tok, articles: list[Article], batch: int = 32, window: int = WINDOW, stride: int = STRIDE
) -> list[np.ndarray]:
    """Per-token sigmoid probabilities ``(n_tokens, 15)`` for whole articles (torch model)."""
    import torch

    encs = encode(tok, [a.text for a in articles])
    jobs = [(k, s) for k, e in enumerate(encs) for s in window_starts(len(e.ids), window, stride)]
    outs: dict[int, list[tuple[int, np.ndarray]]] = {k: [] for k in range(len(encs))}
    with torch.inference_mode():
        for b in range(0, len(jobs), batch):
            chunk = jobs[b : b + batch]
            rows = [window_ids(encs[k].ids, s, window) for k, s in chunk]
            ids, mask = pad_batch(rows)
            logits, _ = model(torch.from_numpy(ids), torch.from_numpy(mask))
            probs = torch.sigmoid(logits).numpy()
            for (k, s), r, p in zip(chunk, rows, probs, strict=True):
                outs[k].append((s, p[1 : len(r) - 1]))
    return [
        merge_windows(len(e.ids), [s for s, _ in outs[k]], [p for _, p in outs[k]])
        if len(e.ids)
        else np.zeros((0, len(CHANNELS)), np.float32)
        for k, e in enumerate(encs)
    ]


def dev_pass(model, tok, dev: list[Article], probs_path, window: int = WINDOW, stride: int = STRIDE) -> dict:
    """Per-token dev probabilities saved to ``probs_path`` (npz, one array per article) and their report."""
    probs = predict_token_probs(model, tok, dev, window=window, stride=stride)
    np.savez_compressed(probs_path, **{a.id: p for a, p in zip(dev, probs, strict=True)})
    return dev_report(dev, tok, probs)


def gold(articles: list[Article], si: bool = False) -> dict[str, list[tuple[str, int, int]]]:
    return {a.id: [(SI_LABEL if si else t, s, e) for t, s, e in a.spans] for a in articles}


def decode_all(articles, encs, probs, thresholds: np.ndarray, max_gap: int = 1):
    """SI predictions from channel 0 and FLC predictions from channels 1..14."""
    si, flc = {}, {}
    for a, e, p in zip(articles, encs, probs, strict=True):
        si[a.id] = [
            (SI_LABEL, s, t) for s, t, _ in threshold_spans(a.text, e.offsets, p[:, 0], thresholds[0], max_gap)
        ]
        flc[a.id] = [
            (CHANNELS[c], s, t)
            for c in range(1, len(CHANNELS))
            for s, t, _ in threshold_spans(a.text, e.offsets, p[:, c], thresholds[c], max_gap)
        ]
    return si, flc


def tc_predict(
    articles, encs, probs, prior: np.ndarray | None = None
) -> dict[str, list[tuple[str, int, int]]]:
    """TC baseline: the technique channel with the highest mean probability over the span's tokens."""
    out = {}
    for a, e, p in zip(articles, encs, probs, strict=True):
        rows = []
        for _, s, t in a.spans:
            idx = tokens_in(e.offsets, s, t)
            m = p[idx, 1:].mean(0) if len(idx) else np.zeros(len(CHANNELS) - 1)
            if prior is not None:
                m = m * prior
            rows.append((CHANNELS[1 + int(np.argmax(m))], s, t))
        out[a.id] = rows
    return out


def dev_report(articles, tok, probs, thresholds: np.ndarray | None = None) -> dict:
    encs = encode(tok, [a.text for a in articles])
    th = thresholds if thresholds is not None else np.full(len(CHANNELS), 0.5)
    si, flc = decode_all(articles, encs, probs, th)
    best_si = max(
        (
            score_spans(
                decode_all(articles, encs, probs, np.full(len(CHANNELS), t))[0], gold(articles, True), "si"
            ).f1,
            t,
        )
        for t in (0.3, 0.4, 0.5, 0.6, 0.7)
    )
    return {
        "si_f1@.5": round(score_spans(si, gold(articles, True), "si").f1, 4),
        "si_f1_best": round(best_si[0], 4),
        "si_best_t": best_si[1],
        "flc_f1@.5": round(score_spans(flc, gold(articles), "flc").f1, 4),
        "tc_f1_meanprob": round(score_tc(tc_predict(articles, encs, probs), gold(articles)).f1, 4),
    }
