"""Dump each matched PolNeAR dev attribution with its predicted speaker, to compare two versions.

    python -m training.quotes.dump_speakers out.json
"""

from __future__ import annotations

import json
import sys

from spinscope.analyzers.quotes.speakers import SpeakerResolver

from . import evaluate, polnear


def main() -> None:
    arts = polnear.load("dev")
    docs = evaluate.analyse(arts, "auto", True)
    rows = []
    for doc, art in zip(docs, arts, strict=True):
        resolver = SpeakerResolver(doc, issuer=doc.issuer)
        for rel in art.relations:
            gc = evaluate._chars(rel.content)
            if not gc or not rel.source:
                continue
            gs = evaluate._chars(rel.source)
            for q in doc.quotes:
                qc = set(range(q.content.start, q.content.end))
                ov = len(qc & gc)
                if ov and 2 * ov >= len(qc) and 2 * ov >= len(gc):
                    gname, _ = resolver.resolve((min(gs), max(gs) + 1))
                    ok = q.speaker is not None and bool(gs & set(range(q.speaker.start, q.speaker.end)))
                    rows.append({"art": art.name, "content": doc.text[q.content.start:q.content.start + 60],
                                 "pred": q.speaker_name, "gold": doc.text[min(gs):max(gs) + 1], "gname": gname, "ok": ok})
                    break
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        json.dump(rows, fh, indent=0)


if __name__ == "__main__":
    main()
