"""Stored narratives' precision and recall by minimum score, and calibration, on our labelled data.

    python -m training.quality.narratives [--refresh] [--no-codebook]

SemEval-2025 classifier (``narratives_semeval25``), on our ``val`` split (78 train documents, one in
five by a stable hash; the organisers' dev split is never read). A model fitted on ``fit`` alone
(the shipped setting and thresholds) decodes each val document into the items the analyzer stores:
coarse narratives and subnarratives. An item is *right* when the document's gold has its label
(coarse against the gold narratives, fine against the gold subnarratives); recall is over the gold
labels of val (``Other`` is no label). Two scores are measured:

- ``raw``: the score the analyzer stored before calibration (the head's probability);
- ``calibrated``: the Platt map fitted on out-of-fold items of ``fit`` (never on val), what the
  analyzer stores now with the map fitted on all train documents
  (``training/narratives/calibrate_semeval.py``).

The default minimum is judged twice: chosen on the out-of-fold items of ``fit`` and reported on
val; and chosen on one half of the val documents and reported on the other, both ways.

Codebook matcher (``codebook``), on its invented labelled set (``tests/fixtures/narratives``, 47
documents, the example codebook): the real pipeline (parse, entities, quotes, codebook) and the
items it stores. In-sample: the threshold was chosen on these documents
(``training/narratives/calibrate_codebook.py``).

Prints the tables and writes ``training/runs/quality_narratives.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from spinscope.analyzers.narratives.semeval.scoring import score_narratives
from spinscope.analyzers.narratives.semeval.taxonomy import OTHER
from spinscope.settings import default
from training.narratives.calibrate_semeval import Item, cached_items, calibrated, fit_platt
from training.techniques.calibrate import reliability

MINIMA = (0.0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
GRID = tuple(round(x, 2) for x in np.arange(0.0, 1.0, 0.05))  # where a default minimum is chosen
TARGET = 0.75
MIN_SHOWN = 5  # a minimum is judged on at least this many shown items (one right item is not 100%)
OUT = Path("training/runs/quality_narratives.json")
LABELLED = Path("tests/fixtures/narratives/labelled.jsonl")
CODEBOOK = Path("examples/narratives/codebook.toml")


def precision_row(m: float, scores: np.ndarray, right: np.ndarray, n_gold: int) -> dict:
    keep = scores >= m
    tp = int(right[keep].sum())
    return {"min_score": m, "shown": int(keep.sum()), "right": tp,
            "precision": round(tp / int(keep.sum()), 3) if keep.any() else None,
            "recall": round(tp / n_gold, 3) if n_gold else None}


def table(scores: np.ndarray, right: np.ndarray, n_gold: int, minima: Sequence[float] = MINIMA) -> list[dict]:
    return [precision_row(m, scores, right, n_gold) for m in minima]


def lowest_reaching(scores: np.ndarray, right: np.ndarray, target: float = TARGET) -> float | None:
    """The lowest grid minimum whose shown items are right at least ``target`` of the time."""
    for m in GRID:
        keep = scores >= m
        if keep.sum() >= MIN_SHOWN and right[keep].mean() >= target:
            return float(m)
    return None


def gold_counts(gold: dict[str, list[list[str]]]) -> dict[str, int]:
    coarse = sum(len({x for x in c if x != OTHER}) for c, _ in gold.values())
    fine = sum(len({x for x in f if x != OTHER}) for _, f in gold.values())
    return {"coarse": coarse, "fine": fine, "all": coarse + fine}


def half_of(doc: str) -> int:
    """0 or 1, a stable hash of the file name (independent of the val split's own hash)."""
    return int(hashlib.sha1(f"half:{doc}".encode()).hexdigest(), 16) % 2


def measure(items: list[Item], scores: Sequence[float], gold: dict) -> dict:
    """Tables and reliability per level (and both levels together, which one minimum filters)."""
    n_gold = gold_counts(gold)
    out = {}
    for level in ("coarse", "fine", "all"):
        keep = [level in ("all", x.level) for x in items]
        s = np.array([v for v, k in zip(scores, keep, strict=True) if k])
        r = np.array([x.right for x, k in zip(items, keep, strict=True) if k], dtype=int)
        ece, rel = reliability(s, r)
        out[level] = {"items": len(s), "right": int(r.sum()), "gold": n_gold[level],
                      "rows": table(s, r, n_gold[level]), "ece": round(ece, 3), "reliability": rel}
    return out


def arrays(items: list[Item], scores: Sequence[float], half: int | None = None, other: bool = False):
    """Scores and rightness of the items in one half of the documents (``other``: the other half)."""
    keep = [half is None or (half_of(x.doc) == half) != other for x in items]
    return (np.array([v for v, k in zip(scores, keep, strict=True) if k]),
            np.array([x.right for x, k in zip(items, keep, strict=True) if k], dtype=int))


def chosen_and_reported(m: float | None, sa, ra, sb, rb, n_gold_b: int | None) -> dict:
    return {"minimum": m, "on_chosen": None if m is None else precision_row(m, sa, ra, 0) | {"recall": None},
            "reported": None if m is None else precision_row(m, sb, rb, n_gold_b or 0)
            | ({} if n_gold_b else {"recall": None})}


def val_halves(val: list[Item], scores: Sequence[float], gold: dict) -> list[dict]:
    """The map fitted on ``fit``; the minimum chosen on one half of val's documents, reported on the other."""
    out = []
    for a in (0, 1):
        sa, ra = arrays(val, scores, a)
        sb, rb = arrays(val, scores, a, other=True)
        gold_b = {d: g for d, g in gold.items() if half_of(d) != a}
        out.append({"chosen_on_half": a, "documents": [len(gold) - len(gold_b), len(gold_b)]}
                   | chosen_and_reported(lowest_reaching(sa, ra), sa, ra, sb, rb, gold_counts(gold_b)["all"]))
    return out


def pooled_halves(pool: list[Item], held_out: list | None = None) -> list[dict]:
    """All 399 documents' out-of-fold items (fit's CV and val): map and minimum both fitted on one half
    of the documents, applied to the other, both ways (``held_out`` collects the other halves' arrays)."""
    out = []
    for a in (0, 1):
        cal = fit_platt([x for x in pool if half_of(x.doc) == a])
        scores = calibrated(pool, cal)
        sa, ra = arrays(pool, scores, a)
        sb, rb = arrays(pool, scores, a, other=True)
        if held_out is not None:
            held_out.append((sb, rb))
        out.append({"chosen_on_half": a, "map": {k: list(v) for k, v in cal.params.items()},
                    "items": [len(sa), len(sb)]} | chosen_and_reported(lowest_reaching(sa, ra), sa, ra, sb, rb, None)
                   | {"reported_at": {str(m): precision_row(m, sb, rb, 0) | {"recall": None} for m in MINIMA}})
    return out


def right_in_every_set(sets: list[tuple[np.ndarray, np.ndarray]]) -> float | None:
    """The lowest grid minimum at which every set's shown items (where it shows any) are right at least
    ``TARGET`` of the time, and some set shows items: with a few items per set at high minimums, no
    single set's choice can be trusted, so the default must pass all of them."""
    for m in GRID:
        shown = [(s >= m, r) for s, r in sets]
        if any(k.any() for k, _ in shown) and all(r[k].mean() >= TARGET for k, r in shown if k.any()):
            return float(m)
    return None


def top_coarse_baseline(val: list[Item], gold: dict) -> dict:
    """Only each document's best coarse narrative (no subnarratives)."""
    best: dict[str, Item] = {}
    for x in val:
        if x.level == "coarse" and (x.doc not in best or x.raw > best[x.doc].raw):
            best[x.doc] = x
    right = sum(x.right for x in best.values())
    return {"shown": len(best), "right": right, "precision": round(right / max(1, len(best)), 3),
            "recall_coarse": round(right / max(1, gold_counts(gold)["coarse"]), 3)}


def task_scores(val: list[Item], gold: dict) -> dict:
    """The task's F1-samples of the same predictions (a document with no item answers ``Other``)."""
    pred = {d: ([x.label for x in val if x.doc == d and x.level == "coarse"] or [OTHER],
                [x.label for x in val if x.doc == d and x.level == "fine"] or [OTHER]) for d in gold}
    s = score_narratives({d: (list(c), list(f)) for d, (c, f) in gold.items()}, pred)
    return {k: round(s[k], 4) for k in ("f1_samples_coarse", "f1_samples_fine")}


def semeval(refresh: bool, minimum: float) -> dict:
    data = cached_items(refresh)
    val, gold, oof = data["val_items"], data["val_gold"], data["fit_oof"]
    cal = fit_platt(oof)
    val_cal, oof_cal = calibrated(val, cal), calibrated(oof, cal)
    s_oof, r_oof = arrays(oof, oof_cal)
    s_val, r_val = arrays(val, val_cal)
    on_fit = lowest_reaching(s_oof, r_oof)
    held_out: list[tuple[np.ndarray, np.ndarray]] = []
    return {
        "documents": len(gold), "documents_with_items": len({x.doc for x in val}),
        "gold_other_documents": sum(all(c == OTHER for c in cs) for cs, _ in gold.values()),
        "map_fit_oof": {k: list(v) for k, v in cal.params.items()},
        "map_shipped_all_oof": {k: list(v) for k, v in fit_platt(data["all_oof"]).params.items()},
        "raw": measure(val, [x.raw for x in val], gold),
        "calibrated": measure(val, val_cal, gold),
        "fit_oof_calibrated": table(s_oof, r_oof, 0, GRID),
        "minimum_chosen_on_fit_oof": chosen_and_reported(on_fit, s_oof, r_oof, s_val, r_val, gold_counts(gold)["all"]),
        "minimum_chosen_on_val_halves": val_halves(val, val_cal, gold),
        "minimum_chosen_on_pooled_halves": pooled_halves(oof + val, held_out),
        # fit out of fold, val, and each half reported by the map fitted on the other half
        "right_in_every_set": right_in_every_set([(s_oof, r_oof), (s_val, r_val), *held_out]),
        "at_the_default": {"minimum": minimum, "val": precision_row(minimum, s_val, r_val, gold_counts(gold)["all"]),
                           "fit_oof": precision_row(minimum, s_oof, r_oof, 0) | {"recall": None}},
        "baseline_top_coarse": top_coarse_baseline(val, gold),
        "task_f1_samples": task_scores(val, gold),
    }


def codebook() -> dict:
    """The codebook analyzer's stored items on its labelled set, by minimum (in-sample)."""
    from spinscope.core.document import Document
    from spinscope.core.pipeline import Pipeline

    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    pipe = Pipeline(["parse", "entities", "quotes", "codebook"], config={"codebook": {"file": str(CODEBOOK)}})
    scores, right = [], []
    for row in rows:
        doc = pipe(Document(id=row["id"], text=row["text"]))
        for n in doc.narratives:
            scores.append(n.score)
            right.append(n.id in row["narratives"])
    s, r = np.array(scores), np.array(right, dtype=int)
    n_gold = sum(len(row["narratives"]) for row in rows)
    ece, rel = reliability(s, r)
    return {"documents": len(rows), "gold": n_gold, "items": len(s), "right": int(r.sum()),
            "rows": table(s, r, n_gold), "ece": round(ece, 3), "reliability": rel}


def show(title: str, rows: list[dict]) -> None:
    print(title)
    print("   minimum  shown  right  precision  recall")
    for r in rows:
        p = "-" if r["precision"] is None else f"{r['precision']:.3f}"
        rec = "-" if r["recall"] is None else f"{r['recall']:.3f}"
        print(f"   {r['min_score']:7.2f}  {r['shown']:5d}  {r['right']:5d}  {p:>9}  {rec:>6}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--refresh", action="store_true", help="recompute the classifier's items (else cached)")
    ap.add_argument("--no-codebook", action="store_true")
    args = ap.parse_args()
    minimum = float(dict(default("min_score"))["narratives"])
    res = {"default_min_score": minimum, "semeval": semeval(args.refresh, minimum)}
    sem = res["semeval"]
    print(f"SemEval-2025 val: {sem['documents']} documents ({sem['gold_other_documents']} gold Other), "
          f"{sem['documents_with_items']} with stored items; maps (a, b) fit_oof {sem['map_fit_oof']}, "
          f"shipped {sem['map_shipped_all_oof']}")
    for kind in ("raw", "calibrated"):
        for level in ("coarse", "fine", "all"):
            m = sem[kind][level]
            show(f"{kind} / {level}: {m['items']} items, {m['right']} right, {m['gold']} gold labels, "
                 f"ECE {m['ece']:.3f}", m["rows"])
        print(f"   reliability ({kind}, both levels): " + "; ".join(
            f"{r['bin']}: {r['n']} items, mean score {r['score']:.2f}, right {r['right']:.2f}"
            for r in sem[kind]["all"]["reliability"]))
    show("fit out-of-fold, calibrated (map fitted there), both levels", sem["fit_oof_calibrated"])
    print("minimum chosen on fit out-of-fold, reported on val:", json.dumps(sem["minimum_chosen_on_fit_oof"]))
    for h in sem["minimum_chosen_on_val_halves"]:
        print("minimum chosen on a val half, reported on the other:", json.dumps(h))
    for h in sem["minimum_chosen_on_pooled_halves"]:
        print("map and minimum chosen on a half of all out-of-fold items, reported on the other:", json.dumps(h))
    print("lowest minimum right at least 75% in every set (fit out-of-fold, val, each half held out):",
          sem["right_in_every_set"])
    print("at the default:", json.dumps(sem["at_the_default"]))
    print("baseline, best coarse narrative only:", json.dumps(sem["baseline_top_coarse"]))
    print("the task's F1-samples of these predictions:", json.dumps(sem["task_f1_samples"]))
    if not args.no_codebook:
        res["codebook"] = cb = codebook()
        show(f"codebook (in-sample): {cb['documents']} documents, {cb['items']} items, {cb['right']} right, "
             f"{cb['gold']} gold labels, ECE {cb['ece']:.3f}", cb["rows"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
