"""Average the weights of several checkpoints of one run (a free ensemble: inference cost unchanged).

python -m training.techniques.average --out training/runs/full6/avg4-6.pt training/runs/full6/epoch{4,5,6}.pt
Then export/tune it like any checkpoint, and score dev with ``--dev-probs`` to compare with single epochs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import torch

from spinscope.analyzers.techniques.windows import STRIDE, WINDOW


def average(paths: list[Path]) -> dict[str, torch.Tensor]:
    states = [torch.load(p, map_location="cpu") for p in paths]
    out = {}
    for key, first in states[0].items():
        if first.is_floating_point():
            out[key] = sum(s[key] for s in states) / len(states)
        else:  # integer buffers (position ids) are identical across checkpoints
            out[key] = first
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dev-probs", action="store_true", help="also write dev_probs for the averaged model")
    ap.add_argument("--window", type=int, default=WINDOW, help="dev pass: the window the run trained with")
    ap.add_argument("--stride", type=int, default=STRIDE, help="dev pass: window stride")
    ap.add_argument("ckpts", type=Path, nargs="+")
    args = ap.parse_args()
    state = average(args.ckpts)
    torch.save(state, args.out)
    print(f"averaged {len(args.ckpts)} checkpoints -> {args.out}")
    if args.dev_probs:
        from spinscope.models.tokenizer import load_tokenizer
        from training.techniques.data import MODEL_DIR, load_split
        from training.techniques.evaluate import dev_pass
        from training.techniques.model import SpanTagger

        model = SpanTagger(MODEL_DIR)
        model.load_state_dict(state)
        model.eval()
        tok = load_tokenizer(MODEL_DIR / "tokenizer.json")
        dev = load_split("dev")
        print(dev_pass(model, tok, dev, args.out.with_suffix(".dev_probs.npz"), args.window, args.stride))


if __name__ == "__main__":
    main()
