"""Where PolNeAR attributions are lost: bucket the misses and speaker errors of the quotes analyzer.

    python -m training.quotes.error_analysis --split val [--examples 5] [--json out.json]

Each gold attribution the analyzer misses is put in one bucket, by the first stage that lost it:
``tagger-none`` (no raw tagger content overlaps it), ``tagger-short``/``link-nocue``/``merge``/``checks``
(the tagger found it but cleaning, linking, merging or the checks lost it), ``boundary`` (a prediction
overlaps it, but not half of both spans). Tagger-less misses are sub-bucketed by the gold cue
("according to", noun cues, thought/stance verbs, multi-sentence contents). Speaker errors on
matched pairs are bucketed by the gold and predicted speaker (pronoun, role noun, nested, other).
Research data: the articles are read in place and only counts and short snippets are printed.
Tune on ``val`` only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

from spinscope.analyzers.quotes.candidate import half_match, overlap
from spinscope.analyzers.quotes.checks import drop_non_reports
from spinscope.analyzers.quotes.direct import direct_quotes
from spinscope.analyzers.quotes.indirect import indirect_quotes
from spinscope.analyzers.quotes.link import clean, link
from spinscope.analyzers.quotes.marks import scan
from spinscope.analyzers.quotes.nominal import nominal_quotes
from spinscope.core.spans import TokenStarts

from . import polnear, tagdata
from .evaluate import _chars, _pred_groups, analyse

THOUGHT = {"believe", "believes", "think", "thinks", "thought", "feel", "feels", "fear", "hope", "hopes",
           "expect", "expects", "want", "wants", "wanted", "know", "knows", "knew"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "him", "them", "you"}


def _rng(chars: set[int]) -> tuple[int, int]:
    return min(chars), max(chars) + 1


def _matched(preds, golds) -> tuple[dict[int, int], set[int]]:
    pairs = []
    for pi, p in enumerate(preds):
        for gi, gc in enumerate(golds):
            ov = len(p["chars"] & gc)
            if ov and 2 * ov >= len(p["chars"]) and 2 * ov >= len(gc):
                pairs.append((ov, pi, gi))
    pairs.sort(reverse=True)
    g2p: dict[int, int] = {}
    used: set[int] = set()
    for _, pi, gi in pairs:
        if pi in used or gi in g2p:
            continue
        used.add(pi)
        g2p[gi] = pi
    return g2p, used


def _cue_bucket(text: str, rel, parsed_idx: TokenStarts) -> str:
    content = _rng(_chars(rel.content))
    if "\n" in text[content[0] : content[1]].strip() or text[content[0] : content[1]].count(". ") >= 1:
        multi = True
    else:
        multi = False
    if rel.cue is None:
        return "no-cue" + ("/multi" if multi else "")
    cue = " ".join(text[s:e] for s, e in rel.cue).strip()
    low = cue.lower()
    toks = parsed_idx.between(rel.cue[0][0], rel.cue[-1][1])
    if "according" in low:
        b = "according-to"
    elif any(w in THOUGHT for w in low.split()):
        b = "thought"
    elif toks and all(t.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "ADP", "PUNCT") for t in toks):
        b = "noun-cue"
    elif any(t.lemma_.lower() in ("say", "tell") for t in toks):
        b = "say"
    else:
        b = "other-verb"
    if content[1] - content[0] < 40:
        b += "/short"
    return b + ("/multi" if multi else "")


def _speaker_bucket(text: str, gold_src, pred_span) -> str:
    g = " ".join(text[s:e] for s, e in gold_src).strip()
    gl = g.lower()
    if pred_span is None:
        return "no-pred-speaker"
    p = text[pred_span.start : pred_span.end]
    if gl in PRONOUNS:
        return "gold-pronoun"
    if p.lower() in PRONOUNS:
        return "pred-pronoun"
    if any(w[:1].isupper() for w in g.split()) is False:
        return "gold-common-noun"
    return "other"


def _rule_at(rules, g) -> str:
    for c in rules:
        if overlap(c.content, g):
            return c.rule
    return "none"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["val"], default="val", help="error analysis only on our own split")
    ap.add_argument("--examples", type=int, default=4)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    arts = [a for a in polnear.load("train") if tagdata.is_val(a.name)]
    docs = analyse(arts, "auto", True)
    from spinscope.analyzers.quotes.tagger import load_span_tagger

    tagger = load_span_tagger()
    buckets: Counter[str] = Counter()
    cue_buckets: Counter[str] = Counter()
    spk: Counter[str] = Counter()
    duel: Counter[tuple[str, str]] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for doc, art in zip(docs, arts, strict=True):
        text = doc.text
        idx = TokenStarts(doc.cache["parse"])
        raw = tagger.tag(text)
        raw_contents = [(t.start, t.end) for t in raw if t.kind == "CONTENT"]
        cleaned = [(t.start, t.end) for t in clean(text, raw) if t.kind == "CONTENT"]
        linked = link(text, raw)
        checked = drop_non_reports(text, idx, list(linked))
        preds = _pred_groups(doc)
        parsed = doc.cache["parse"]
        rules = direct_quotes(text, parsed, scan(text)) + indirect_quotes(text, parsed) + nominal_quotes(text, parsed)
        for c in rules:
            for t in checked:
                gm = [gc for gc in (_chars(r.content) for r in art.relations) if gc]
                if overlap(c.content, t.content) and not half_match(c.content, t.content):
                    rw = any(half_match(c.content, _rng(x)) for x in gm)
                    tw = any(half_match(t.content, _rng(x)) for x in gm)
                    if rw != tw:
                        duel[(c.rule, "rule" if rw else "tagger")] += 1
        golds = [_chars(r.content) for r in art.relations]
        keep = [i for i, g in enumerate(golds) if g]
        rels = [art.relations[i] for i in keep]
        golds = [golds[i] for i in keep]
        g2p, _ = _matched(preds, golds)
        for gi, (rel, gc) in enumerate(zip(rels, golds, strict=True)):
            g = _rng(gc)
            if gi in g2p:
                p = preds[g2p[gi]]
                if rel.source:
                    gs = _chars(rel.source)
                    ok = p["speaker"] is not None and gs & set(range(p["speaker"].start, p["speaker"].end))
                    if not ok:
                        b = _speaker_bucket(text, rel.source, p["speaker"])
                        spk[b] += 1
                        if len(examples["spk:" + b]) < args.examples:
                            ps = text[p["speaker"].start : p["speaker"].end] if p["speaker"] else None
                            gsrc = " ".join(text[s:e] for s, e in rel.source)
                            examples["spk:" + b].append(f"gold={gsrc!r} pred={ps!r} name={p['name']!r}")
                continue
            if any(half_match(g, r) for r in raw_contents) or any(
                len(gc & set(range(*r))) * 2 >= len(gc) for r in raw_contents
            ):
                if not any(len(gc & set(range(*r))) * 2 >= len(gc) for r in cleaned):
                    b = "tagger-short"
                elif not any(len(gc & set(range(*c.content))) * 2 >= len(gc) for c in linked):
                    b = "link-nocue"
                elif not any(len(gc & set(range(*c.content))) * 2 >= len(gc) for c in checked):
                    b = "checks"
                else:
                    hm = [c for c in checked if half_match(g, c.content)]
                    near = any(p["chars"] & gc for p in preds)
                    if not hm:
                        b = "tagger-too-wide" if near else "merge"
                    elif near:
                        rule = _rule_at(rules, g)
                        b = f"tagger-right-rule-won:{rule}"
                    else:
                        b = "tagger-right-dropped:" + ("orphan" if hm[0].cue is None else "cue")
            elif any(p["chars"] & gc for p in preds):
                b = "boundary"
            elif any(overlap(g, r) for r in raw_contents):
                b = "tagger-partial"
            else:
                b = "tagger-none"
            buckets[b] += 1
            cb = _cue_bucket(text, rel, idx)
            cue_buckets[f"{b}:{cb.split('/')[0]}"] += 1
            if len(examples[b]) < args.examples:
                cue = " ".join(text[s:e] for s, e in rel.cue) if rel.cue else None
                near = [text[min(p["chars"]):max(p["chars"]) + 1][:90] for p in preds if p["chars"] & gc]
                examples[b].append(f"[{cb}] cue={cue!r} content={text[g[0]:g[1]][:110]!r} pred={near!r}")
    out = {"missed": dict(buckets.most_common()), "missed_by_cue": dict(cue_buckets.most_common()),
           "speaker_errors": dict(spk.most_common()),
           "rule_vs_tagger_right": {f"{r}:{w}": n for (r, w), n in sorted(duel.items())}, "examples": examples}
    print(json.dumps(out, indent=1))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1)


if __name__ == "__main__":
    main()
