"""Score the quotes analyzer against PolNeAR (dev by default, or our validation slice of train).

    python -m training.quotes.evaluate --split dev [--no-tagger] [--limit N] [--json out.json]

A predicted quote matches a gold attribution when their content overlap covers at least half of
both spans (gold discontinuous contents count as their fragments together; predicted quotes that
share a cue count together too, so both halves of a split quote make one attribution). Each gold
and each prediction matches at most once, greedily by overlap. Speaker accuracy is measured on
matched pairs whose gold attribution has a source: strict = the speaker spans overlap; name = the
resolved names agree (the gold source resolved with the same resolver).

Per kind: a prediction's kind is the analyzer's; a gold attribution's kind is what the same
classifier (share of the content inside quotation marks) says of its content, so precision per kind
counts predictions of that kind and recall per kind counts gold of that kind.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from spinscope.analyzers.quotes.marks import scan
from spinscope.analyzers.quotes.merge import classify
from spinscope.analyzers.quotes.speakers import SpeakerResolver
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

from . import polnear, tagdata

CACHE = Path(__file__).resolve().parents[1] / "cache"  # git-ignored: parses of research data stay local


def analyse(
    arts: list[polnear.Article], tagger: bool | str, cache: bool, model_dir: Path | None = None, lead: str = "rules"
) -> list[Document]:
    """Run parse, entities and quotes; with ``cache`` the spaCy parses are kept between runs."""
    pipe = Pipeline(["parse", "entities", "quotes"], config={"quotes": {"tagger": tagger, "lead": lead}})
    if model_dir is not None:  # score a candidate model before it is copied into the package
        from spinscope.analyzers.quotes.tagger import SpanTagger

        quotes = pipe.analyzers[-1]
        quotes.ensure_initialized()
        quotes.tagger_ = SpanTagger(model_dir)
    docs = [Document(id=a.name, text=a.text) for a in arts]
    if not cache:
        return [pipe(d) for d in docs]
    from spacy.tokens import DocBin

    parse, rest = pipe.analyzers[0], pipe.analyzers[1:]
    parse.ensure_initialized()
    path = CACHE / f"polnear-{len(arts)}-{arts[0].name[:40]}.spacy"
    if path.is_file():
        parsed = list(DocBin().from_disk(path).get_docs(parse.nlp_.vocab))
    else:
        parsed = list(parse.nlp_.pipe([d.text for d in docs]))
        CACHE.mkdir(parents=True, exist_ok=True)
        DocBin(docs=parsed).to_disk(path)
    for d, p in zip(docs, parsed, strict=True):
        parse._set(d, p)
        for a in rest:
            a.ensure_initialized()
            a(d)
    return docs


def _chars(frags) -> set[int]:
    return {i for s, e in frags for i in range(s, e)}


def _pred_groups(doc: Document) -> list[dict]:
    groups: dict[object, dict] = {}
    for n, q in enumerate(doc.quotes):
        key = (q.cue.start, q.cue.end) if q.cue is not None else ("q", n)
        g = groups.setdefault(key, {"chars": set(), "speaker": q.speaker, "name": q.speaker_name, "kind": q.kind})
        g["chars"] |= set(range(q.content.start, q.content.end))
    return [g for g in groups.values() if g["chars"]]


def score_article(doc: Document, art: polnear.Article) -> dict:
    preds = _pred_groups(doc)
    golds = [(r, _chars(r.content)) for r in art.relations]
    golds = [(r, c) for r, c in golds if c]
    pairs = []
    for pi, p in enumerate(preds):
        for gi, (_, gc) in enumerate(golds):
            ov = len(p["chars"] & gc)
            if ov and 2 * ov >= len(p["chars"]) and 2 * ov >= len(gc):
                pairs.append((ov, pi, gi))
    pairs.sort(reverse=True)
    quoted = scan(doc.text)
    gold_kinds = [classify((min(gc), max(gc) + 1), quoted) for _, gc in golds]
    used_p: set[int] = set()
    used_g: set[int] = set()
    strict = named = with_source = 0
    kinds = {f"{w}_{k}": 0 for w in ("pred", "gold", "tp_pred", "tp_gold") for k in KINDS}
    for p in preds:
        kinds[f"pred_{p['kind']}"] += 1
    for k in gold_kinds:
        kinds[f"gold_{k}"] += 1
    resolver = SpeakerResolver(doc, issuer=doc.issuer)
    for _, pi, gi in pairs:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        kinds[f"tp_pred_{preds[pi]['kind']}"] += 1
        kinds[f"tp_gold_{gold_kinds[gi]}"] += 1
        rel = golds[gi][0]
        if not rel.source:
            continue
        with_source += 1
        p = preds[pi]
        gsrc = _chars(rel.source)
        if p["speaker"] is not None and gsrc & set(range(p["speaker"].start, p["speaker"].end)):
            strict += 1
            named += 1
            continue
        gname, _ = resolver.resolve((min(gsrc), max(gsrc) + 1))
        if p["name"] and gname and p["name"].lower() == gname.lower():
            named += 1
    return {"tp": len(used_p), "pred": len(preds), "gold": len(golds), "with_source": with_source,
            "speaker_strict": strict, "speaker_name": named, **kinds}


KINDS = ("direct", "indirect", "mixed")


def per_kind(total: dict[str, int]) -> dict[str, dict[str, float]]:
    out = {}
    for k in KINDS:
        p = total[f"tp_pred_{k}"] / max(total[f"pred_{k}"], 1)
        r = total[f"tp_gold_{k}"] / max(total[f"gold_{k}"], 1)
        out[k] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / max(p + r, 1e-9), 4),
                  "pred": total[f"pred_{k}"], "gold": total[f"gold_{k}"]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "val"], default="dev", help="val = our slice of PolNeAR train")
    ap.add_argument("--no-tagger", action="store_true")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", default=None)
    ap.add_argument("--cache", action="store_true", help="keep spaCy parses in training/cache/ between runs")
    ap.add_argument("--model-dir", type=Path, default=None, help="an exported tagger other than the shipped one")
    ap.add_argument("--lead", choices=["tagger", "rules"], default="rules")
    args = ap.parse_args()
    if args.split == "dev":
        arts = polnear.load("dev")
    else:
        arts = [a for a in polnear.load("train") if tagdata.is_val(a.name)]
    arts = arts[: args.limit]
    total: dict[str, int] = {}
    t0 = time.time()
    words = sum(len(a.text.split()) for a in arts)
    docs = analyse(arts, False if args.no_tagger else "auto", args.cache, args.model_dir, args.lead)
    for doc, art in zip(docs, arts, strict=True):
        for k, v in score_article(doc, art).items():
            total[k] = total.get(k, 0) + v
    secs = time.time() - t0
    p = total["tp"] / max(total["pred"], 1)
    r = total["tp"] / max(total["gold"], 1)
    out = {
        "split": args.split, "articles": len(arts), "tagger": None if args.no_tagger else str(args.model_dir or "shipped"), "cached_parse": args.cache, "lead": args.lead,
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / max(p + r, 1e-9), 4),
        "speaker_acc_strict": round(total["speaker_strict"] / max(total["with_source"], 1), 4),
        "speaker_acc_name": round(total["speaker_name"] / max(total["with_source"], 1), 4),
        "per_kind": per_kind(total),
        **{k: v for k, v in total.items() if not k.startswith(("tp_", "pred_", "gold_"))}, "seconds": round(secs, 1), "words_per_s": round(words / max(secs, 1e-9)),
    }
    print(json.dumps(out, indent=1))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1)


if __name__ == "__main__":
    main()
