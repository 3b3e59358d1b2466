"""SI and FLC scores of the shipped technique tagger on PTC dev with its windows at several strides.

The shipped 62-piece windows step by 46 pieces (a quarter overlaps); fewer windows cost less. The
thresholds and calibrator were tuned on dev at stride 46, so this compares strides on the data the
decoding was tuned on (say so when quoting it)::

    python -m training.techniques.eval_stride --strides 46 54 62
"""

from __future__ import annotations

import argparse
import json
import time

from spinscope.analyzers.techniques.ptc.scorer import SI_LABEL, score_spans
from spinscope.analyzers.techniques.tagger import TechniqueTagger
from training.techniques.data import load_split


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--strides", type=int, nargs="+", default=[46, 54, 62])
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    arts = load_split("dev")
    arts = arts[: args.limit] if args.limit else arts
    tagger = TechniqueTagger(threads=1)
    gold_flc = {a.id: list(a.spans) for a in arts}
    gold_si = {a.id: [(SI_LABEL, s, e) for _, s, e in a.spans] for a in arts}
    for stride in args.strides:
        tagger.stride = stride
        c0 = time.process_time()
        outs = [tagger.token_outputs([a.text], hidden=tagger.needs_hidden)[0] for a in arts]
        onnx_cpu = time.process_time() - c0
        si = {a.id: [(SI_LABEL, s, e) for s, e, _ in tagger.si_spans(a.text, o)] for a, o in zip(arts, outs, strict=True)}
        flc = {a.id: [(p.technique, p.start, p.end) for p in tagger.spans(a.text, o)] for a, o in zip(arts, outs, strict=True)}
        s_si, s_flc = score_spans(si, gold_si, "si"), score_spans(flc, gold_flc, "flc")
        print(json.dumps({
            "split": "PTC dev", "articles": len(arts), "window": tagger.window, "stride": stride,
            "token_outputs_cpu_s": round(onnx_cpu, 2),
            "si": {"p": round(s_si.precision, 4), "r": round(s_si.recall, 4), "f1": round(s_si.f1, 4)},
            "flc": {"p": round(s_flc.precision, 4), "r": round(s_flc.recall, 4), "f1": round(s_flc.f1, 4), "n_pred": s_flc.n_pred},
        }))


if __name__ == "__main__":
    main()
