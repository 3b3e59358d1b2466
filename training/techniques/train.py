"""Fine-tune MiniLM-L6 for span-level technique tagging on PTC train; evaluate on PTC dev each epoch.

Run in the background (2 CPU cores):
    nohup python -m training.techniques.train --out training/runs/base > training/runs/base.log 2>&1 &
Writes ``epoch{N}.pt`` checkpoints and ``dev_probs_epoch{N}.npz`` (per-token dev probabilities).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

import numpy as np
import torch

from spinscope.analyzers.techniques.windows import (
    WINDOW,
    encode,
    pad_batch,
    window_ids,
    window_starts,
)
from spinscope.models.tokenizer import load_tokenizer
from training.techniques.data import CHANNELS, MODEL_DIR, load_split, token_targets
from training.techniques.evaluate import dev_pass
from training.techniques.model import SpanTagger
from training.techniques.pseudo import load_pseudo


def build_windows(
    articles,
    tok,
    stride: int,
    window: int = WINDOW,
    soft: list[np.ndarray] | None = None,
    weight: float = 1.0,
) -> list[tuple[np.ndarray, np.ndarray, float]]:
    """Training rows ``(ids, targets, weight)``: gold 0/1 targets, or a teacher's ``soft`` probabilities."""
    rows = []
    for k, (art, enc) in enumerate(zip(articles, encode(tok, [a.text for a in articles]), strict=True)):
        y = token_targets(enc, art.spans) if soft is None else soft[k]
        if len(y) != len(enc.ids):
            raise ValueError(f"{art.id}: {len(y)} soft targets for {len(enc.ids)} word pieces")
        for s in window_starts(len(enc.ids), window, stride):
            ids = window_ids(enc.ids, s, window)
            rows.append((ids, y[s : s + len(ids) - 2], weight))
    return rows


def pos_weights(rows, cap: float) -> torch.Tensor:
    y = np.concatenate([r[1] for r in rows])
    pos = y.sum(0) + 1.0
    # Rare techniques get a larger positive weight (sqrt of the imbalance, capped) so they learn at all.
    return torch.tensor(np.minimum(cap, np.sqrt((len(y) - pos) / pos)), dtype=torch.float32)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument(
        "--stride", type=int, default=0, help="training window stride (default: --window; less = overlap, more data)"
    )
    ap.add_argument(
        "--window", type=int, default=WINDOW, help="content pieces per window (training and dev pass)"
    )
    ap.add_argument(
        "--dev-stride", type=int, default=0, help="dev-pass window stride (default: 3/4 of --window)"
    )
    ap.add_argument(
        "--pseudo",
        type=Path,
        action="append",
        default=[],
        help="prefix written by training.techniques.pseudo",
    )
    ap.add_argument("--pseudo-weight", type=float, default=1.0, help="loss weight of pseudo-labelled windows")
    ap.add_argument("--pos-cap", type=float, default=5.0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-steps", type=int, default=0, help="stop early (timing runs)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--data-seed",
        type=int,
        default=None,
        help="shuffle order only (same init): runs to average weights across",
    )
    ap.add_argument("--freeze-layers", type=int, default=2, help="freeze embeddings and the lowest N layers")
    ap.add_argument("--save-every", type=int, default=40, help="also write last.pt every N steps")
    args = ap.parse_args()
    # A stride wider than the window would skip text; the default reads every piece once.
    args.stride = min(args.stride or args.window, args.window)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed if args.data_seed is None else args.data_seed)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "args.json").write_text(json.dumps({k: str(v) for k, v in vars(args).items()}, indent=1))

    tok = load_tokenizer(MODEL_DIR / "tokenizer.json")
    train, dev = load_split("train"), load_split("dev")
    rows = build_windows(train, tok, args.stride, args.window)
    dev_stride = args.dev_stride or max(1, args.window * 3 // 4)
    print(f"{len(train)} train articles -> {len(rows)} windows; {len(dev)} dev articles", flush=True)
    weights = pos_weights(rows, args.pos_cap)  # from gold rows only: soft targets would blur the imbalance
    for prefix in args.pseudo:
        texts, soft = load_pseudo(prefix)
        extra = build_windows(texts, tok, args.stride, args.window, soft, args.pseudo_weight)
        print(f"{prefix}: {len(texts)} pseudo-labelled texts -> {len(extra)} windows", flush=True)
        rows += extra

    model = SpanTagger(MODEL_DIR)
    if args.freeze_layers >= 0:
        # On 2 shared cores, skipping the backward pass through the bottom layers buys ~20% speed.
        frozen = [model.encoder.embeddings, *model.encoder.encoder.layer[: args.freeze_layers]]
        for module in frozen:
            for p in module.parameters():
                p.requires_grad = False
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=weights, reduction="none")
    opt = torch.optim.AdamW(
        [
            {"params": [p for p in model.encoder.parameters() if p.requires_grad], "lr": args.lr},
            {"params": model.head.parameters(), "lr": args.head_lr},
        ],
        weight_decay=0.01,
    )
    steps_per_epoch = math.ceil(len(rows) / args.batch)
    total = steps_per_epoch * args.epochs
    warm = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    step = 0
    for epoch in range(1, args.epochs + 1):
        model.train()
        random.shuffle(rows)
        t0, run_loss = time.time(), 0.0
        for b in range(0, len(rows), args.batch):
            chunk = rows[b : b + args.batch]
            ids, mask = pad_batch([r[0] for r in chunk])
            target = np.zeros((len(chunk), ids.shape[1], len(CHANNELS)), dtype=np.float32)
            valid = np.zeros((len(chunk), ids.shape[1]), dtype=np.float32)
            for i, (_, y, w) in enumerate(chunk):
                target[i, 1 : 1 + len(y)] = y  # position 0 is [CLS]
                valid[i, 1 : 1 + len(y)] = w
            logits, _ = model(torch.from_numpy(ids), torch.from_numpy(mask))
            per = loss_fn(logits, torch.from_numpy(target)).mean(-1)
            vt = torch.from_numpy(valid)
            loss = (per * vt).sum() / vt.sum()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            run_loss += loss.item()
            if step % 20 == 0 or step <= 3:
                el = time.time() - t0
                done = b // args.batch + 1
                print(
                    f"epoch {epoch} step {done}/{steps_per_epoch} loss {run_loss / 20:.4f} "
                    f"{el / done:.2f}s/step eta_epoch {(steps_per_epoch - done) * el / done / 60:.1f}min",
                    flush=True,
                )
                run_loss = 0.0
            if step % args.save_every == 0:
                torch.save(model.state_dict(), args.out / "last.pt")
            if args.max_steps and step >= args.max_steps:
                return
        torch.save(model.state_dict(), args.out / f"epoch{epoch}.pt")
        model.eval()
        t1 = time.time()
        report = dev_pass(
            model, tok, dev, args.out / f"dev_probs_epoch{epoch}.npz", window=args.window, stride=dev_stride
        )
        report["epoch"] = epoch
        print(f"epoch {epoch} dev ({time.time() - t1:.0f}s): {json.dumps(report)}", flush=True)
        with open(args.out / "dev_reports.jsonl", "a") as fh:
            fh.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
