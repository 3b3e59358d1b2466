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

from spinscope.techniques.windows import encode, load_tokenizer, pad_batch, window_ids, window_starts
from training.techniques.data import CHANNELS, MODEL_DIR, load_split, token_targets
from training.techniques.evaluate import dev_pass
from training.techniques.model import SpanTagger


def build_windows(articles, tok, stride: int) -> list[tuple[np.ndarray, np.ndarray]]:
    rows = []
    for art, enc in zip(articles, encode(tok, [a.text for a in articles]), strict=True):
        y = token_targets(enc, art.spans)
        for s in window_starts(len(enc.ids), stride=stride):
            ids = window_ids(enc.ids, s)
            rows.append((ids, y[s : s + len(ids) - 2]))
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
        "--stride", type=int, default=254, help="training window stride (more overlap = more data)"
    )
    ap.add_argument("--pos-cap", type=float, default=5.0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-steps", type=int, default=0, help="stop early (timing runs)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--data-seed", type=int, default=None, help="shuffle order only (same init): runs to average weights across"
    )
    ap.add_argument("--freeze-layers", type=int, default=2, help="freeze embeddings and the lowest N layers")
    ap.add_argument("--save-every", type=int, default=40, help="also write last.pt every N steps")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed if args.data_seed is None else args.data_seed)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "args.json").write_text(json.dumps({k: str(v) for k, v in vars(args).items()}, indent=1))

    tok = load_tokenizer(MODEL_DIR / "tokenizer.json")
    train, dev = load_split("train"), load_split("dev")
    rows = build_windows(train, tok, args.stride)
    print(f"{len(train)} train articles -> {len(rows)} windows; {len(dev)} dev articles", flush=True)

    model = SpanTagger(MODEL_DIR)
    if args.freeze_layers >= 0:
        # On 2 shared cores, skipping the backward pass through the bottom layers buys ~20% speed.
        frozen = [model.encoder.embeddings, *model.encoder.encoder.layer[: args.freeze_layers]]
        for module in frozen:
            for p in module.parameters():
                p.requires_grad = False
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weights(rows, args.pos_cap), reduction="none")
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
            for i, (_, y) in enumerate(chunk):
                target[i, 1 : 1 + len(y)] = y  # position 0 is [CLS]
                valid[i, 1 : 1 + len(y)] = 1.0
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
        report = dev_pass(model, tok, dev, args.out / f"dev_probs_epoch{epoch}.npz")
        report["epoch"] = epoch
        print(f"epoch {epoch} dev ({time.time() - t1:.0f}s): {json.dumps(report)}", flush=True)
        with open(args.out / "dev_reports.jsonl", "a") as fh:
            fh.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
