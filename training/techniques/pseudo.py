"""Soft labels for unlabelled news from one or more trained taggers (teachers), for self-training.

    python -m training.techniques.pseudo --out training/runs/pseudo/semeval25 \\
        --texts ../shared/datasets/semeval2025-task10-en/train/raw-documents \\
        --teacher training/runs/full6/avg3-6.pt:254:192 --teacher training/runs/w62/avg3-6.pt:62:46

Each ``--teacher`` is ``CHECKPOINT:WINDOW:STRIDE`` (the windows it was trained with); their per-token
probabilities are averaged. Writes ``OUT.json`` (how it was made), ``OUT.jsonl`` (one ``{"id", "text"}`` per line) and ``OUT.npz``
(one ``(n_tokens, 15)`` float16 array per text, same key as the id). The texts are research data read
from ../shared and stay out of the repository (``training/runs`` is not tracked).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch

from spinscope.models.tokenizer import load_tokenizer
from training.techniques.data import MODEL_DIR, Article
from training.techniques.evaluate import predict_token_probs
from training.techniques.model import SpanTagger


def read_texts(folders: list[Path], limit: int) -> list[Article]:
    arts = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            with open(path, encoding="utf-8", newline="") as fh:
                text = fh.read()
            if text.strip():
                arts.append(Article(f"{folder.name}__{path.stem}", text))
    return arts[:limit] if limit else arts


def load_pseudo(prefix: Path) -> tuple[list[Article], list[np.ndarray]]:
    """The texts and teacher probabilities written by :func:`save_pseudo`."""
    with open(prefix.with_suffix(".jsonl"), encoding="utf-8") as fh:
        arts = [Article(r["id"], r["text"]) for r in map(json.loads, fh)]
    probs = np.load(prefix.with_suffix(".npz"))
    return arts, [probs[a.id].astype(np.float32) for a in arts]


def save_pseudo(prefix: Path, arts: list[Article], probs: list[np.ndarray], meta: dict) -> None:
    """Write the texts, their soft labels (float16) and, so a model card can print the command that
    rebuilds them, how they were made."""
    prefix.parent.mkdir(parents=True, exist_ok=True)
    prefix.with_suffix(".json").write_text(json.dumps({**meta, "n_texts": len(arts)}, indent=1))
    with open(prefix.with_suffix(".jsonl"), "w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps({"id": a.id, "text": a.text}) + "\n")
    np.savez_compressed(prefix.with_suffix(".npz"), **{a.id: p.astype(np.float16) for a, p in zip(arts, probs, strict=True)})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True, help="output prefix (writes .jsonl and .npz)")
    ap.add_argument("--texts", type=Path, nargs="+", required=True, help="folders of .txt files")
    ap.add_argument("--teacher", action="append", required=True, help="CHECKPOINT:WINDOW:STRIDE")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    arts = read_texts(args.texts, args.limit)
    tok = load_tokenizer(MODEL_DIR / "tokenizer.json")
    total: list[np.ndarray] | None = None
    for spec in args.teacher:
        ckpt, window, stride = spec.rsplit(":", 2)
        model = SpanTagger(MODEL_DIR)
        model.load_state_dict(torch.load(ckpt, map_location="cpu"))
        model.eval()
        probs = predict_token_probs(model, tok, arts, window=int(window), stride=int(stride))
        total = probs if total is None else [a + b for a, b in zip(total, probs, strict=True)]
        print(f"teacher {spec}: {len(arts)} texts", flush=True)
    assert total is not None
    meta = {"texts": [str(t) for t in args.texts], "teachers": args.teacher, "limit": args.limit}
    save_pseudo(args.out, arts, [p / len(args.teacher) for p in total], meta)
    print(f"wrote {args.out}.jsonl/.npz ({sum(len(p) for p in total)} tokens)", flush=True)


if __name__ == "__main__":
    main()
