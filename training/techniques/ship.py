"""Copy a tuned export into the package and save reference outputs for the always-on parity test.

    python -m training.techniques.ship --src training/runs/export

Writes ``src/spinscope/analyzers/techniques/model/``: model.int8.onnx, tokenizer.json, config.json,
span_head.npz (when tuning kept it), metrics.json, reference.json. MODEL_CARD.md comes from card.py.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from spinscope.analyzers.techniques.tagger import MODEL_DIR, TechniqueTagger

# Invented text (not from any corpus): the reference input for the shipped model's parity test.
REFERENCE_TEXT = (
    "Senator Ilse Brandt slammed the plan as a shameful surrender to foreign bankers. "
    "\"Our proud nation will never bow to these crooks,\" she told a cheering crowd, "
    "adding that everyone already knows the deal is a disaster."
)
FILES = ("model.int8.onnx", "tokenizer.json", "config.json", "metrics.json", "parity.json")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, required=True)
    ap.add_argument("--dest", type=Path, default=MODEL_DIR, help="smoke runs: somewhere other than the package")
    args = ap.parse_args()
    dest = args.dest
    dest.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copy(args.src / name, dest / name)
    head = args.src / "span_head.npz"
    if head.exists():
        shutil.copy(head, dest / "span_head.npz")
    else:
        (dest / "span_head.npz").unlink(missing_ok=True)
    model = TechniqueTagger(dest, variant="int8")
    out = model.token_outputs([REFERENCE_TEXT])[0]
    ref = {"text": REFERENCE_TEXT, "ids": out.enc.ids.tolist(), "probs": out.probs.round(5).tolist()}
    (dest / "reference.json").write_text(json.dumps(ref))
    print(f"shipped {args.src} to {dest}")


if __name__ == "__main__":
    main()
