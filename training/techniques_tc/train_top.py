"""Step 2 (cheap form): fine-tune the last MiniLM layer and the head on cached inputs to that layer.

Layers 1-5 stay frozen, so their output is computed once (``features.py``, int8 ONNX, the same
quantisation the shipped model gets); each step then runs one layer forward and backward instead of
six. The result is a full ``SpanModel`` state dict (frozen base + trained layer 6 + head) that
``export.py`` turns into the shipped ONNX file.

    nice -n 3 python -m training.techniques_tc.train_top --feat training/runs/tc_feat --out training/runs/tc_top
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import torch

from spinscope.analyzers.techniques.span_classifier import build_batch
from training.techniques_tc.data import BASE, LABELS, Split, length_batches, load, score
from training.techniques_tc.model import SpanModel


def top_forward(model: SpanModel, penult: torch.Tensor, mask: torch.Tensor, smask: torch.Tensor,
                extras: torch.Tensor) -> torch.Tensor:
    """``SpanModel.forward`` from the input of the last layer on, computing only the rows it pools.

    The head reads [CLS] and the span's pieces; attention is the only step that mixes positions, and
    only through keys and values. So queries, the attention output and the feed-forward block run
    on [CLS] + span positions alone (about 5x less work per step than the whole layer), which gives
    the same numbers as running the whole layer (checked by ``check_top_forward``).
    """
    layer = model.encoder.encoder.layer[-1]
    att = layer.attention.self
    n_heads, d = att.num_attention_heads, att.attention_head_size
    b, t, _ = penult.shape
    want = smask.clone()
    want[:, 0] = 1.0  # [CLS]
    width = int(want.sum(1).max())
    # Positions to compute per row, padded by repeating position 0 (their weight below is zero).
    order = torch.argsort(-want, dim=1, stable=True)[:, :width]
    sel = torch.where(torch.gather(want, 1, order) > 0, order, torch.zeros_like(order))
    h_sel = torch.gather(penult, 1, sel.unsqueeze(-1).expand(-1, -1, penult.shape[-1]))
    q = att.query(h_sel).view(b, width, n_heads, d).transpose(1, 2)
    k = att.key(penult).view(b, t, n_heads, d).transpose(1, 2)
    v = att.value(penult).view(b, t, n_heads, d).transpose(1, 2)
    scores = q @ k.transpose(-1, -2) * att.scaling
    scores = scores + (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
    probs = torch.nn.functional.dropout(torch.softmax(scores, -1), att.dropout.p, model.training)
    ctx = (probs @ v).transpose(1, 2).reshape(b, width, n_heads * d)
    a_out = layer.attention.output(ctx, h_sel)
    hidden = layer.output(layer.intermediate(a_out), a_out)
    w_span = torch.gather(smask, 1, sel) * (torch.arange(width) > 0).float()  # column 0 is [CLS]
    span = (hidden * w_span.unsqueeze(-1)).sum(1) / w_span.sum(1, keepdim=True).clamp(min=1.0)
    return model.head(model.drop(torch.cat([hidden[:, 0], span, extras], -1)))


@torch.no_grad()
def check_top_forward(model: SpanModel, penult: torch.Tensor, mask: torch.Tensor, smask: torch.Tensor,
                      extras: torch.Tensor) -> float:
    """Largest logit difference between ``top_forward`` and the whole last layer (eval mode)."""
    model.eval()
    add = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
    hidden = model.encoder.encoder.layer[-1](penult, attention_mask=add)
    w = smask.unsqueeze(-1)
    span = (hidden * w).sum(1) / w.sum(1).clamp(min=1.0)
    full = model.head(torch.cat([hidden[:, 0], span, extras], -1))
    return float((full - top_forward(model, penult, mask, smask, extras)).abs().max())


def tensors(split: Split, penult: np.ndarray, chunk: list[int]):
    ids, mask, smask = build_batch([split.rows[i] for i in chunk])
    width = ids.shape[1]
    return (torch.from_numpy(penult[chunk, :width].astype(np.float32)), torch.from_numpy(mask),
            torch.from_numpy(smask), torch.from_numpy(split.extras[chunk]))


@torch.no_grad()
def predict(model: SpanModel, split: Split, penult: np.ndarray, size: int = 64) -> np.ndarray:
    model.eval()
    out = np.zeros((len(split.rows), len(LABELS)), np.float32)
    for b in range(0, len(split.rows), size):
        chunk = list(range(b, min(len(split.rows), b + size)))
        out[chunk] = torch.softmax(top_forward(model, *tensors(split, penult, chunk)), -1).numpy()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feat", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--head-lr", type=float, default=2e-3)
    ap.add_argument("--class-weights", action="store_true", help="inverse-sqrt-frequency loss weights")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    train, dev = load("train"), load("dev")
    pen_tr = np.load(args.feat / "train_penult.npy", mmap_mode="r")
    pen_dv = np.load(args.feat / "dev_penult.npy")
    span_len = [hi - lo for _, lo, hi in train.rows]
    model = SpanModel(str(BASE), len(LABELS))
    for p in model.encoder.parameters():
        p.requires_grad = False
    top = model.encoder.encoder.layer[-1]
    for p in top.parameters():
        p.requires_grad = True
    weights = torch.ones(len(LABELS))
    if args.class_weights:
        freq = train.targets.sum(0) + 1.0
        weights = torch.from_numpy((freq.sum() / freq) ** 0.5).float()
        weights = weights / weights.mean()
    opt = torch.optim.AdamW([{"params": top.parameters(), "lr": args.lr},
                             {"params": model.head.parameters(), "lr": args.head_lr}], weight_decay=0.01)
    per_epoch = math.ceil(len(train.rows) / args.batch)
    steps, warm = args.epochs * per_epoch, max(1, per_epoch // 5)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    print("top_forward vs whole layer, max logit diff:",
          check_top_forward(model, *tensors(dev, pen_dv, list(range(16)))), flush=True)
    history, best, t0 = [], -1.0, time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        # Sorted indices inside a batch read the memory-mapped features in order.
        groups = [sorted(chunk) for chunk in length_batches(span_len, args.batch)]
        for g, chunk in enumerate(groups):
            logp = torch.log_softmax(top_forward(model, *tensors(train, pen_tr, chunk)), -1)
            y = torch.from_numpy(train.targets[chunk])
            loss = -(y * logp * weights).sum(-1).mean()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            if g % 40 == 0:
                print(f"epoch {epoch} batch {g}/{per_epoch} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)
        probs = predict(model, dev, pen_dv)
        res = score(dev, probs)
        res["epoch"] = epoch
        history.append(res)
        print(json.dumps(res), flush=True)
        if res["micro_f1"] > best:
            best = res["micro_f1"]
            torch.save(model.state_dict(), args.out / "best.pt")
            np.save(args.out / "dev_probs.npy", probs)
        (args.out / "metrics.json").write_text(
            json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "history": history, "best": best}, indent=2))


if __name__ == "__main__":
    main()
