"""Fine-tune the whole TC span classifier (all six MiniLM layers + head) on marked span rows.

``train_top.py`` trains only the last layer over cached inputs (cheap, but layers 1-5 never adapt).
This trains every layer above the embeddings, end to end, on the same rows and the same loss, and
writes a ``SpanModel`` state dict that ``export.py --checkpoint`` ships unchanged.

    nice -n 3 python -m training.techniques_tc.train_full --out training/runs/tc_full --epochs 4
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


def tensors(split: Split, chunk: list[int]) -> tuple[torch.Tensor, ...]:
    ids, mask, smask = build_batch([split.rows[i] for i in chunk])
    return (torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(smask),
            torch.from_numpy(split.extras[chunk]))


@torch.no_grad()
def predict(model: SpanModel, split: Split, size: int = 64) -> np.ndarray:
    model.eval()
    order = sorted(range(len(split.rows)), key=lambda i: len(split.rows[i][0]))  # little padding
    out = np.zeros((len(split.rows), len(LABELS)), np.float32)
    for b in range(0, len(order), size):
        chunk = order[b : b + size]
        out[chunk] = torch.softmax(model(*tensors(split, chunk)), -1).numpy()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    train, dev = load("train"), load("dev")
    model = SpanModel(str(BASE), len(LABELS))
    for p in model.encoder.embeddings.parameters():  # the 30k-word table barely moves in 4 epochs
        p.requires_grad = False
    opt = torch.optim.AdamW(
        [{"params": [p for p in model.encoder.parameters() if p.requires_grad], "lr": args.lr},
         {"params": model.head.parameters(), "lr": args.head_lr}], weight_decay=0.01)
    per_epoch = math.ceil(len(train.rows) / args.batch)
    steps, warm = args.epochs * per_epoch, max(1, per_epoch // 5)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    lengths = [len(r[0]) for r in train.rows]
    history, best, t0 = [], -1.0, time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        for g, chunk in enumerate(length_batches(lengths, args.batch)):
            logp = torch.log_softmax(model(*tensors(train, chunk)), -1)
            loss = -(torch.from_numpy(train.targets[chunk]) * logp).sum(-1).mean()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            if g % 20 == 0:
                print(f"epoch {epoch} batch {g}/{per_epoch} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)
        probs = predict(model, dev)
        res = score(dev, probs)
        res["epoch"] = epoch
        history.append(res)
        print(json.dumps(res), flush=True)
        np.save(args.out / f"dev_probs_epoch{epoch}.npy", probs)
        if res["micro_f1"] > best:
            best = res["micro_f1"]
            torch.save(model.state_dict(), args.out / "best.pt")
            np.save(args.out / "dev_probs.npy", probs)
        (args.out / "metrics.json").write_text(json.dumps(
            {"args": {k: str(v) for k, v in vars(args).items()}, "history": history, "best": best}, indent=2))


if __name__ == "__main__":
    main()
