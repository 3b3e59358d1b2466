"""Contradictions on our own labelled set (tests/fixtures/contradictions): precision and recall of
document pairs, today's finder (the baseline) against the stored, side-aware pairs. ``--split tune``
(17 documents, the rules were written on them), ``holdout`` (9 documents written after, scored once)
or ``holdout2`` (14 documents written in session 6 before its changes).

The documents are analysed with parse, entities, quotes and claims, saved to a fresh SQLite file,
and both finders read that store. A predicted pair (claim document, denial document) is right when
it is in gold.json; recall counts the gold pairs found.

    python bench/eval_contradictions.py [--split tune|holdout|holdout2] [--threshold 0.6] [--show]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "fixtures" / "contradictions"


def build_store(path: Path, split: str = "tune"):
    from spinscope.core.document import Document
    from spinscope.core.pipeline import Pipeline
    from spinscope.store import Store

    rows = [json.loads(line) for line in (DATA / "contradictions.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("split", "tune") == split]
    pipe = Pipeline(["parse", "entities", "quotes", "claims"], threaded=False)
    store = Store(path)
    for r in rows:
        doc = Document(id=r["id"], text=r["text"], title=r["title"], source=r["source"], published=r["published"],
                       issuer=r["issuer"])
        store.save(pipe(doc))
    return store


def score(found: list[dict], gold: set[tuple[str, str]]) -> dict:
    pairs = {(f["claim_doc"], f["denial_doc"]) for f in found}
    right = pairs & gold
    return {"pairs": len(pairs), "correct": len(right), "precision": round(len(right) / len(pairs), 3) if pairs else None,
            "recall": round(len(right) / len(gold), 3), "wrong": sorted(pairs - gold)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--split", choices=("tune", "holdout", "holdout2", "holdout3"), default="tune",
                    help="tune: the 17 documents the rules were written on; holdout: 9 written after; "
                         "holdout2: 14 written in session 6 before its changes; holdout3: 8 written after them")
    args = ap.parse_args()
    from spinscope.analyzers.claims.contradictions import find_contradictions
    from spinscope.campaigns.contradictions import contradictions

    gold = {tuple(p) for p in json.loads((DATA / "gold.json").read_text())}
    with tempfile.TemporaryDirectory() as tmp:
        store = build_store(Path(tmp) / "c.db", args.split)
        if args.show:
            for c in store.stored_claims():
                print(c["doc_id"], repr(c["text"]), c["asserted_by"], c["denied_by"])
        baseline = [c.to_dict() for c in find_contradictions(store, threshold=args.threshold)]
        ours = contradictions(store, args.threshold, None, writer=store)
        store.close()
    prefix = {"tune": "c", "holdout": "hc", "holdout2": "h2c", "holdout3": "h3c"}[args.split]
    gold = {g for g in gold if g[0].rstrip("0123456789") == prefix}
    print(json.dumps({"split": args.split, "threshold": args.threshold, "gold_pairs": len(gold), "baseline": score(baseline, gold),
                      "side_aware": score(ours, gold)}, indent=1))


if __name__ == "__main__":
    main()
