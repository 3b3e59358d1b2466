"""Which of the quote checks of ``analyzers/quotes/sanity.py`` cost PolNeAR matches, measured at once.

    python -m training.quotes.evaluate --split dev --cache   # once, for the cached parses
    python -m training.quality.quotes_ablation --split dev

The analyzer runs once with the checks off; each check is then applied after the fact (dropping the
quotes it would drop) and every subset of checks is scored with the evaluator's own scoring.
"""

from __future__ import annotations

import argparse
import dataclasses
import json

import spinscope.analyzers.quotes.analyzer as qa
from spinscope.analyzers.quotes import sanity
from spinscope.analyzers.quotes.candidate import Candidate
from spinscope.analyzers.quotes.issuer import OWNER_FIRST, STATEMENT, first_line
from spinscope.analyzers.quotes.marks import scan
from spinscope.core.document import Span
from spinscope.core.spans import TokenStarts
from training.quotes import polnear, tagdata
from training.quotes.evaluate import analyse, score_article


def flags(doc) -> list[dict[str, bool]]:
    idx = TokenStarts(doc.cache["parse"])
    head = first_line(doc.text)
    title_end = (len(doc.text) - len(doc.text.lstrip()) + len(head)
                 if STATEMENT.search(head) or OWNER_FIRST.search(head) else 0)
    starts = [s.start for s in doc.sentences]
    quoted = scan(doc.text)
    out = []
    for q in doc.quotes:
        c = Candidate(q.kind, (q.content.start, q.content.end), (q.cue.start, q.cue.end) if q.cue else None,
                      (q.speaker.start, q.speaker.end) if q.speaker else None)
        f = {"paragraph": sanity.crosses_paragraph(doc.text, c), "fragment": sanity.verbless_fragment(idx, c),
             "own_speaker": sanity.holds_speaker(c), "dangling": sanity.dangling(idx, c),
             "title": sanity.in_title(c, title_end), "own_cue": sanity.holds_cue(c)}
        cut = Candidate(c.kind, c.content, c.cue, c.speaker)
        if doc.issuer is not None:
            sanity.own_voice_cut(doc.text, cut, starts, quoted)
        f["cut_to"] = cut.content if cut.content != c.content else None
        out.append(f)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "val"], default="dev")
    args = ap.parse_args()
    qa.keep = lambda text, idx, c: True
    qa.holds_speaker = lambda c: False
    qa.in_title = lambda c, end: False
    qa.own_voice_cut = lambda *a: None
    if args.split == "dev":
        arts = polnear.load("dev")
    else:
        arts = [a for a in polnear.load("train") if tagdata.is_val(a.name)]
    docs = analyse(arts, "auto", True)
    per_doc = [flags(d) for d in docs]
    names = ("paragraph", "fragment", "own_speaker", "own_cue", "dangling", "title", "cut")
    for d, fl in zip(docs, per_doc, strict=True):  # what each check drops, to read
        for q, f in zip(d.quotes, fl, strict=True):
            if any(v for k, v in f.items() if k != "cut_to") or f["cut_to"]:
                print("DROP" if not f["cut_to"] else "CUT", [k for k, v in f.items() if v and k != "cut_to"],
                      repr(d.text[q.content.start:q.content.end][:100]), "| speaker", q.speaker_name, flush=True)
    for on in [(), *((n,) for n in names), names]:
        if True:
            tot = {"tp": 0, "pred": 0, "gold": 0, "with_source": 0, "speaker_strict": 0}
            for d, a, fl in zip(docs, arts, per_doc, strict=True):
                kept = []
                for q, f in zip(d.quotes, fl, strict=True):
                    if any(f[k] for k in on if k != "cut"):
                        continue
                    if "cut" in on and f["cut_to"]:
                        q = dataclasses.replace(q, content=Span(*f["cut_to"]))
                    kept.append(q)
                full, d.quotes[:] = list(d.quotes), kept
                s = score_article(d, a)
                d.quotes[:] = full
                for k in tot:
                    tot[k] += s[k]
            p, r = tot["tp"] / max(tot["pred"], 1), tot["tp"] / max(tot["gold"], 1)
            print(json.dumps({"checks": on, "P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4),
                              "strict": round(tot["speaker_strict"] / max(tot["with_source"], 1), 4), **tot}), flush=True)


if __name__ == "__main__":
    main()
