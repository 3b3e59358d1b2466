"""Attribution scores of the quotes analyzer with the tagger's windows at several strides (issue 14).

The tagger's windows (254 word pieces) overlapped by half (stride 128); fewer windows cost less.
Each stride runs over the same articles in one process (same rules, same cached parses), so the
differences are the stride's alone::

    python -m training.quotes.eval_stride --split val --strides 128 192 254
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from spinscope.analyzers.quotes.tagger import encode, load_span_tagger

from . import polnear, tagdata
from .evaluate import analyse, score_article


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "val"], default="val")
    ap.add_argument("--strides", type=int, nargs="+", default=[128, 192, 254])
    args = ap.parse_args()
    arts = polnear.load("dev") if args.split == "dev" else [a for a in polnear.load("train") if tagdata.is_val(a.name)]
    tagger = load_span_tagger()
    ids = [encode(tagger.tokenizer_, a.text)[0] for a in arts]
    reference = None
    for stride in args.strides:
        tagger.stride = stride
        c0 = time.process_time()
        labels = [tagger.logits(x).argmax(-1) for x in ids]
        tag_cpu = time.process_time() - c0
        agree = 1.0 if reference is None else float(np.mean(np.concatenate(labels) == np.concatenate(reference)))
        reference = reference or labels
        total: dict[str, int] = {}
        for doc, art in zip(analyse(arts, "auto", cache=True), arts, strict=True):
            for k, v in score_article(doc, art).items():
                total[k] = total.get(k, 0) + v
        p = total["tp"] / max(total["pred"], 1)
        r = total["tp"] / max(total["gold"], 1)
        print(json.dumps({
            "split": args.split, "articles": len(arts), "stride": stride, "tagger_cpu_s": round(tag_cpu, 2),
            "wordpieces_same_label_as_first": round(agree, 5), "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / max(p + r, 1e-9), 4),
            "speaker_acc_strict": round(total["speaker_strict"] / max(total["with_source"], 1), 4),
            "tp": total["tp"], "pred": total["pred"], "gold": total["gold"],
        }))


if __name__ == "__main__":
    main()
