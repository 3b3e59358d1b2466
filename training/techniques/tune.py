"""Tune decoding on PTC dev with the exported ONNX model, train the TC span head, write evidence.

    python -m training.techniques.tune --model-dir training/runs/export

Honest numbers: thresholds are tuned on one half of the dev articles and scored on the other half
(2-fold cross-fitting, predictions pooled); the shipped thresholds are then tuned on all of dev.
Writes ``config.json`` (thresholds, max_gap), ``span_head.npz`` and ``metrics.json`` in the folder.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from spinscope.analyzers.techniques.ptc.scorer import SI_LABEL, score_spans, score_tc
from spinscope.analyzers.techniques.tagger import (
    TechniqueTagger,
    TokenOutput,
    si_probs,
    span_extras,
    span_features,
)
from spinscope.analyzers.techniques.token_spans import threshold_spans, tokens_in
from training.techniques.data import CHANNELS, TECH_INDEX, Article, load_split

GRID = np.round(np.arange(0.05, 0.91, 0.05), 2)
# Default weight of the technique channels in the SI probability (tagger.si_probs).
SI_MIX = 0.5
# Blend weights searched together with the SI thresholds (inside each fold when cross-fitting).
SI_MIXES = (0.3, 0.5, 0.7, 1.0)


def channel_preds(
    arts: list[Article],
    outs: list[TokenOutput],
    c: int,
    t: float,
    gap: int,
    low: float | None = None,
    mix: float | None = None,
    tidy: bool = True,
) -> dict:
    label = SI_LABEL if c == 0 else CHANNELS[c]
    si_mix = SI_MIX if mix is None else mix

    def probs(o: TokenOutput) -> np.ndarray:
        return si_probs(o.probs, si_mix) if c == 0 else o.probs[:, c]

    return {
        a.id: [(label, s, e) for s, e, _ in threshold_spans(a.text, o.enc.offsets, probs(o), t, gap, low=low, tidy=tidy)]
        for a, o in zip(arts, outs, strict=True)
    }


def gold(arts: list[Article], c: int | None = None) -> dict:
    if c == 0:
        return {a.id: [(SI_LABEL, s, e) for _, s, e in a.spans] for a in arts}
    return {a.id: [x for x in a.spans if c is None or x[0] == CHANNELS[c]] for a in arts}


def stats(pred: dict, gd: dict, task: str) -> tuple[float, int, float, int]:
    sc = score_spans(pred, gd, task)
    return sc.precision * sc.n_pred, sc.n_pred, sc.recall * sc.n_gold, sc.n_gold


def f1_of(st: tuple[float, int, float, int]) -> float:
    p = st[0] / st[1] if st[1] else 0.0
    r = st[2] / st[3] if st[3] else 0.0
    return 2 * p * r / (p + r) if p > 0 and r > 0 else 0.0


def tune(
    arts, outs, gap: int, hysteresis: bool = True, mixes: tuple[float, ...] | None = None, tidy: bool = True
) -> tuple[np.ndarray, float, float]:
    """SI thresholds (core and, with hysteresis, edge) and blend weight maximising SI F1; technique
    thresholds by coordinate ascent on micro FLC F1. Returns the thresholds, the SI edge threshold and
    the blend weight (``mixes`` searched; default: only ``SI_MIX``)."""
    th = np.full(len(CHANNELS), 0.5)
    cands = [
        (hi, lo, mix)
        for mix in (mixes or (SI_MIX,))
        for hi in GRID
        for lo in GRID
        if lo <= hi and (hysteresis or lo == hi)
    ]
    th[0], low, mix = max(
        cands,
        key=lambda p: f1_of(stats(channel_preds(arts, outs, 0, p[0], gap, p[1], p[2], tidy), gold(arts, 0), "si")),
    )
    table = {
        c: {t: stats(channel_preds(arts, outs, c, t, gap, tidy=tidy), gold(arts, c), "flc") for t in GRID}
        for c in range(1, len(CHANNELS))
    }
    for _ in range(2):
        for c in range(1, len(CHANNELS)):

            def total(t: float, c: int = c) -> float:
                parts = [table[k][t if k == c else th[k]] for k in table]
                return f1_of(tuple(sum(x[i] for x in parts) for i in range(4)))  # type: ignore[arg-type]

            th[c] = max(GRID, key=total)
    return th, float(low), float(mix)


def configure(
    model: TechniqueTagger,
    th: np.ndarray,
    gap: int,
    mode: str,
    head: dict | None,
    low: float | None = None,
    mix: float | None = None,
) -> None:
    """Point the runtime tagger at these decoding settings, so evaluation runs the shipped code path."""
    model.thresholds = th.astype(np.float32)
    model.si_low = float(th[0] if low is None else low)
    model.si_mix = SI_MIX if mix is None else mix
    model.max_gap = gap
    model.flc_mode = mode
    model.span_head = head


def run_model(model: TechniqueTagger, arts, outs) -> tuple[dict, dict]:
    pairs = list(zip(arts, outs, strict=True))
    si = {a.id: [(SI_LABEL, s, e) for s, e, _ in model.si_spans(a.text, o)] for a, o in pairs}
    flc = {a.id: [(p.technique, p.start, p.end) for p in model.spans(a.text, o)] for a, o in pairs}
    return si, flc


def crossfit(
    model: TechniqueTagger,
    arts,
    outs,
    gap: int,
    head: dict | None = None,
    modes=("channels",),
    hysteresis: bool = True,
    mixes: tuple[float, ...] | None = None,
) -> dict:
    """Tune thresholds (and the SI blend over ``mixes``) on half the dev articles, predict the other
    half, pool, score once."""
    folds = [[i for i in range(len(arts)) if i % 2 == k] for k in (0, 1)]
    si_all: dict = {}
    flc_all: dict = {m: {} for m in modes}
    for k in (0, 1):
        tr, te = folds[k], folds[1 - k]
        th, low, mix = tune([arts[i] for i in tr], [outs[i] for i in tr], gap, hysteresis, mixes, model.tidy)
        for mode in modes:
            configure(model, th, gap, mode, head, low, mix)
            si, flc = run_model(model, [arts[i] for i in te], [outs[i] for i in te])
            si_all.update(si)
            flc_all[mode].update(flc)
    res = {"si": score_spans(si_all, gold(arts, 0), "si").as_dict()}
    for mode in modes:
        res[f"flc_{mode}"] = score_spans(flc_all[mode], gold(arts), "flc").as_dict()
    return res


def span_xy(arts, outs) -> tuple[np.ndarray, np.ndarray, list[tuple[str, str, int, int]]]:
    xs, ys, keys = [], [], []
    for a, o in zip(arts, outs, strict=True):
        for tech, s, e in a.spans:
            idx = tokens_in(o.enc.offsets, s, e)
            if len(idx) == 0:
                continue
            xs.append(span_features(o.probs[idx], o.hidden[idx], span_extras(a.text, s, e)))
            ys.append(TECH_INDEX[tech] - 1)
            keys.append((a.id, tech, s, e))
    return np.stack(xs), np.asarray(ys), keys


def label_spans(arts, outs, spans_of, head: dict | None) -> dict:
    """One technique per span: the head's argmax, or the highest mean technique probability."""
    pred = {}
    for a, o in zip(arts, outs, strict=True):
        rows = []
        for s, e in spans_of(a, o):
            idx = tokens_in(o.enc.offsets, s, e)
            if head is None:
                sc = o.probs[idx, 1:].mean(0)
            else:
                sc = span_features(o.probs[idx], o.hidden[idx], span_extras(a.text, s, e)) @ head["W"].T + head["b"]
            rows.append((CHANNELS[1 + int(np.argmax(sc))], s, e))
        pred[a.id] = rows
    return pred


def tc_eval(arts, outs, head: dict | None) -> dict:
    pred = label_spans(arts, outs, lambda a, o: [(s, e) for _, s, e in a.spans], head)
    return score_tc(pred, gold(arts)).as_dict()


def fit_head(x: np.ndarray, y: np.ndarray, C: float) -> dict:
    from sklearn.linear_model import LogisticRegression

    mu, sd = x.mean(0), x.std(0) + 1e-6
    clf = LogisticRegression(C=C, max_iter=3000, class_weight=None)
    clf.fit((x - mu) / sd, y)
    W = np.zeros((len(CHANNELS) - 1, x.shape[1]), np.float32)
    b = np.full(len(CHANNELS) - 1, -1e4, np.float32)  # a class unseen in training is never predicted
    # Fold the standardisation into the weights so runtime needs one matmul.
    W[clf.classes_] = clf.coef_ / sd
    b[clf.classes_] = clf.intercept_ - (clf.coef_ * (mu / sd)).sum(1)
    return {"W": W, "b": b}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", type=Path, required=True)
    ap.add_argument("--variants", default="int8,fp32")
    ap.add_argument("--ship", default="int8")
    ap.add_argument("--train-limit", type=int, default=371, help="train articles used to fit the TC span head")
    ap.add_argument("--dev-limit", type=int, default=0, help="smoke runs only: fewer dev articles")
    ap.add_argument("--si-mix", type=float, default=0.5, help="weight of the technique channels in SI")
    args = ap.parse_args()
    dev, train = load_split("dev"), load_split("train")[:: max(1, 371 // max(1, args.train_limit))]
    train = train[: args.train_limit]
    if args.dev_limit:
        dev = dev[: args.dev_limit]
    metrics: dict = {"dev_articles": len(dev), "head_train_articles": len(train)}
    models = {v: TechniqueTagger(args.model_dir, variant=v) for v in args.variants.split(",")}
    outs_by: dict[str, list[TokenOutput]] = {}
    for v, m in models.items():
        t0 = time.time()
        outs_by[v] = m.token_outputs([a.text for a in dev], hidden=True)
        metrics[f"dev_pass_seconds_{v}"] = round(time.time() - t0, 1)
    ship, model = outs_by[args.ship], models[args.ship]
    # Evidence for the SI decoding choices: the any-technique channel alone, without hysteresis.
    for mix in (0.0, args.si_mix):
        for hyst in (False, True):
            key = f"si_mix{mix}_hysteresis{int(hyst)}"
            metrics[key] = crossfit(model, dev, ship, 1, hysteresis=hyst, mixes=(mix,))
            print(key, metrics[key]["si"]["f1"], flush=True)
    for gap in (0, 1):
        metrics[f"gap{gap}"] = crossfit(model, dev, ship, gap, mixes=(args.si_mix,))
        print("gap", gap, metrics[f"gap{gap}"]["si"]["f1"], metrics[f"gap{gap}"]["flc_channels"]["f1"], flush=True)
    gap = max((0, 1), key=lambda g: metrics[f"gap{g}"]["si"]["f1"])

    # TC: mean technique probability over the span vs a logistic span head trained on train gold spans.
    metrics["tc_meanprob"] = tc_eval(dev, ship, None)
    t0 = time.time()
    train_outs = model.token_outputs([a.text for a in train], hidden=True)
    metrics["train_pass_seconds"] = round(time.time() - t0, 1)
    xtr, ytr, _ = span_xy(train, train_outs)
    best = None
    for C in (0.03, 0.1, 0.3, 1.0):
        head = fit_head(xtr, ytr, C)
        sc = tc_eval(dev, ship, head)
        metrics[f"tc_span_head_C{C}"] = sc
        print("tc head", C, sc["f1"], "meanprob", metrics["tc_meanprob"]["f1"], flush=True)
        if best is None or sc["f1"] > best[0]:
            best = (sc["f1"], C, head)
    head = best[2] if best is not None and best[0] > metrics["tc_meanprob"]["f1"] else None

    modes = ("channels", "si_head", "union") if head is not None else ("channels",)
    for v, m in models.items():
        metrics[f"final_crossfit_{v}"] = crossfit(m, dev, outs_by[v], gap, head, modes, mixes=SI_MIXES)
        print(v, {k: x["f1"] for k, x in metrics[f"final_crossfit_{v}"].items()}, flush=True)
    final = metrics[f"final_crossfit_{args.ship}"]
    mode = max(modes, key=lambda md: final[f"flc_{md}"]["f1"])
    th, low, mix = tune(dev, ship, gap, mixes=SI_MIXES, tidy=model.tidy)
    configure(model, th, gap, mode, head, low, mix)
    si, flc = run_model(model, dev, ship)
    metrics["shipped_settings_on_full_dev_optimistic"] = {
        "si": score_spans(si, gold(dev, 0), "si").as_dict(),
        "flc": score_spans(flc, gold(dev), "flc").as_dict(),
    }
    cfg_path = args.model_dir / "config.json"
    cfg = json.loads(cfg_path.read_text())
    cfg.update(
        {"thresholds": [float(x) for x in th], "si_low": low, "si_mix": mix, "max_gap": gap, "flc_mode": mode}
    )
    if head is not None:
        np.savez(args.model_dir / "span_head.npz", **head)
        cfg["span_head_C"] = best[1]
    else:
        (args.model_dir / "span_head.npz").unlink(missing_ok=True)
        cfg.pop("span_head_C", None)
    cfg_path.write_text(json.dumps(cfg, indent=1))
    (args.model_dir / "metrics.json").write_text(json.dumps(metrics, indent=1))
    print(json.dumps({"gap": gap, "flc_mode": mode, "head_C": cfg.get("span_head_C")}), flush=True)


if __name__ == "__main__":
    main()
