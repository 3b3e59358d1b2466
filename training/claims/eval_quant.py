"""Compare the shipped check-worthiness graph with a re-quantised candidate on CT24 dev and dev-test.

Candidates: ``static_quant.py`` (fixed activation scales) or ``per_row_quant.py`` (a scale per token
row). For each: dev F1 at the shipped threshold and at the best dev threshold, dev-test P/R/F1 at the
dev-selected threshold; for the candidate also whether a sentence's score is bit-identical alone and
in padded batches of other sentences (sorted by length, as the scorer batches them), and the CPU
seconds one thread takes each way::

    python training/claims/eval_quant.py training/runs/claims_static/model.onnx
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from data import load_split
from metrics import best_threshold, prf_at

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from spinscope.models.encoder import tokenize  # noqa: E402
from spinscope.models.maths import softmax  # noqa: E402
from spinscope.models.onnx import make_session  # noqa: E402
from spinscope.models.tokenizer import load_tokenizer  # noqa: E402

MODEL_DIR = ROOT / "src" / "spinscope" / "analyzers" / "claims" / "model"


def score(session, tok, texts: list[str], batch: int) -> tuple[np.ndarray, float]:
    out = np.zeros(len(texts), np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(tok.encode(texts[i]).ids)) if batch > 1 else list(range(len(texts)))
    c0 = time.process_time()
    for b in range(0, len(texts), batch):
        idx = order[b : b + batch]
        logits = session.run(None, tokenize(tok, [texts[i] for i in idx]))[0]
        out[idx] = softmax(logits)[:, 1]
    return out, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("candidate", type=Path)
    ap.add_argument("--batch", type=int, default=16)
    args = ap.parse_args()
    cfg = json.loads((MODEL_DIR / "config.json").read_text())
    tok = load_tokenizer(MODEL_DIR / "tokenizer.json", int(cfg["max_len"]))
    shipped = make_session(MODEL_DIR / cfg["model"], 1)
    candidate = make_session(args.candidate, 1)
    dev_x, dev_y = load_split("dev")
    test_x, test_y = load_split("dev-test")
    report = {}
    for name, sess, batch in (("shipped, one per call", shipped, 1), ("candidate, one per call", candidate, 1),
                              (f"candidate, batches of {args.batch}", candidate, args.batch)):
        dev_p, dev_s = score(sess, tok, dev_x, batch)
        test_p, _ = score(sess, tok, test_x, batch)
        thr, dev_f1 = best_threshold(dev_y, dev_p)
        p, r, f1 = prf_at(test_y, test_p, thr)
        report[name] = dev_p
        print(f"{name:<28} dev F1 @{cfg['threshold']}: {prf_at(dev_y, dev_p, cfg['threshold'])[2]:.4f}  "
              f"best dev thr {thr:.2f} F1 {dev_f1:.4f}  dev-test @thr P {p:.4f} R {r:.4f} F1 {f1:.4f}  "
              f"devtest F1 @{cfg['threshold']}: {prf_at(test_y, test_p, cfg['threshold'])[2]:.4f}  "
              f"dev CPU {dev_s:.1f} s for {len(dev_x)} sentences")
    alone, batched = report["candidate, one per call"], report[f"candidate, batches of {args.batch}"]
    diff = np.abs(alone - batched)
    print(f"candidate alone vs batched: {int(np.sum(alone != batched))} of {len(alone)} differ, max |diff| {diff.max():.3g}")
    ship = report["shipped, one per call"]
    print(f"shipped vs candidate: max |score diff| {np.abs(ship - alone).max():.4f}, mean {np.abs(ship - alone).mean():.4f}; "
          f"decisions at {cfg['threshold']} differ on {int(np.sum((ship >= cfg['threshold']) != (alone >= cfg['threshold'])))}")


if __name__ == "__main__":
    main()
