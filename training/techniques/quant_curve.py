"""fp32 vs int8 SI F1 at the same fixed decoding settings, on all of PTC dev.

Cross-fitted F1 re-tunes thresholds per fold, so a tiny change in probabilities can move the chosen
thresholds and the score by a point or more. Comparing both models at every (threshold, edge
threshold) pair of a grid separates the quantisation loss from that selection noise.

    python -m training.techniques.quant_curve --model-dir training/runs/export
Writes ``quant_curve.json`` in the folder (read by ``card.py``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from spinscope.analyzers.techniques.tagger import TechniqueTagger
from training.techniques import tune as T
from training.techniques.data import load_split


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", type=Path, required=True)
    args = ap.parse_args()
    dev = load_split("dev")
    # The shipped blend weight (tune.py writes it), so the curve measures the decoding that ships.
    mix = float(json.loads((args.model_dir / "config.json").read_text()).get("si_mix", T.SI_MIX))
    f1: dict[str, dict[str, float]] = {}
    for variant in ("fp32", "int8"):
        outs = TechniqueTagger(args.model_dir, variant=variant).token_outputs([a.text for a in dev])
        f1[variant] = {}
        for hi in np.round(np.arange(0.4, 0.91, 0.05), 2):
            for lo in np.round(np.arange(0.3, hi + 0.001, 0.05), 2):
                preds = T.channel_preds(dev, outs, 0, float(hi), 1, float(lo), mix)
                f1[variant][f"{hi}/{lo}"] = T.f1_of(T.stats(preds, T.gold(dev, 0), "si"))
    diff = np.array([f1["fp32"][k] - f1["int8"][k] for k in f1["fp32"]])
    res = {
        "settings": len(diff),
        "si_mix": mix,
        "mean_f1_fp32_minus_int8": round(float(diff.mean()), 4),
        "max_abs_f1_difference": round(float(np.abs(diff).max()), 4),
        "best_fp32": round(max(f1["fp32"].values()), 4),
        "best_int8": round(max(f1["int8"].values()), 4),
    }
    (args.model_dir / "quant_curve.json").write_text(json.dumps(res, indent=1))
    print(json.dumps(res))


if __name__ == "__main__":
    main()
