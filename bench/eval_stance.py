"""Stance toward narratives on our own labelled set (tests/fixtures/stance/stance.jsonl).

Runs parse, entities, quotes, claims and the codebook analyzer (examples/narratives/codebook.toml)
over the invented documents and scores, per split, the (document, narrative, stance) triples the
pipeline outputs against the hand labels:

* ``asserts`` precision: of the (document, narrative) pairs said to be pushed, how many the document
  really pushes (a narrative found in a document that does not carry it counts as wrong: strict);
* ``asserts`` recall: of the documents that push their narrative, how many are found pushing it;
* the same for ``refutes`` and ``reports``, and the confusion table;
* the baseline "topic only": every narrative found counts as asserted (what the analyzer did before
  stance existed).

A narrative's parent (``hybrid-war`` for ``western-smear`` and ``opposition-foreign-agents``) found
in the same document takes the child's gold stance.

    python bench/eval_stance.py                 # both splits
    python bench/eval_stance.py --split test    # the held-out half only
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "fixtures" / "stance" / "stance.jsonl"
CODEBOOK = ROOT / "examples" / "narratives" / "codebook.toml"
STANCES = ("asserts", "refutes", "reports")


def load(split: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split in (None, "all", r["split"])]


def analyse(rows: list[dict]) -> list:
    from spinscope.core.document import Document
    from spinscope.core.pipeline import Pipeline

    pipe = Pipeline(["parse", "entities", "quotes", "claims", "codebook"],
                    config={"codebook": {"file": str(CODEBOOK)}}, threaded=False)
    docs = [Document(id=r["id"], text=r["text"], title=r["title"], source=r["source"], published=r["published"])
            for r in rows]
    return [pipe(d) for d in docs]


def gold_of(row: dict) -> dict[str, str]:
    """narrative id -> gold stance (the parent takes the child's stance)."""
    if row["narrative"] == "none":
        return {}
    gold = {row["narrative"]: row["stance"]}
    if row["narrative"] in ("western-smear", "opposition-foreign-agents"):
        gold["hybrid-war"] = row["stance"]
    return gold


def score(rows: list[dict], predicted: list[dict[str, str]]) -> dict:
    """Per-stance precision/recall (strict), and the confusion of gold main stance vs prediction."""
    out: dict = {}
    confusion: Counter[tuple[str, str]] = Counter()
    for stance in STANCES:
        tp = fp = fn = 0
        for row, pred in zip(rows, predicted, strict=True):
            gold = gold_of(row)
            for nid, st in pred.items():
                if st == stance:
                    if gold.get(nid) == stance:
                        tp += 1
                    else:
                        fp += 1
            if row["stance"] == stance and pred.get(row["narrative"]) != stance:
                fn += 1
        main_tp = sum(1 for row, pred in zip(rows, predicted, strict=True)
                      if row["stance"] == stance and pred.get(row["narrative"]) == stance)
        main_n = sum(1 for row in rows if row["stance"] == stance)
        out[stance] = {"precision": round(tp / (tp + fp), 3) if tp + fp else None,
                       "recall": round(main_tp / main_n, 3) if main_n else None,
                       "predicted": tp + fp, "correct": tp, "gold_documents": main_n}
    for row, pred in zip(rows, predicted, strict=True):
        confusion[(row["stance"], pred.get(row["narrative"], "(not found)"))] += 1
    out["confusion"] = {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items())}
    return out


def predictions(docs: list, topic_only: bool = False) -> list[dict[str, str]]:
    return [{n.id: ("asserts" if topic_only else (n.stance or "asserts")) for n in d.narratives} for d in docs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("tune", "test", "holdout", "holdout2", "holdout3", "holdout4", "all"), default="all")
    ap.add_argument("--show", action="store_true", help="print every document's prediction")
    args = ap.parse_args()
    splits = ("tune", "test", "holdout", "holdout2", "holdout3", "holdout4") if args.split == "all" else (args.split,)
    report = {}
    for split in splits:
        rows = load(split)
        docs = analyse(rows)
        if args.show:
            for r, d in zip(rows, docs, strict=True):
                got = {n.id: (n.stance, n.score) for n in d.narratives}
                print(f"{r['id']:8} gold {r['narrative']}:{r['stance']:8} got {got}")
                for n in d.narratives:
                    for e in n.evidence:
                        print(f"          {n.id}: {d.text[e.start:e.end]!r}")
        report[split] = {"documents": len(rows), "stance": score(rows, predictions(docs)),
                         "baseline_topic_only": score(rows, predictions(docs, topic_only=True))}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
