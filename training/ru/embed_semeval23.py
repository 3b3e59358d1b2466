"""Embed every SemEval-2023 subtask-3 paragraph with the multilingual encoder; one .npz per language and split.

Usage: nice -n 10 python -m training.ru.embed_semeval23 --out /work/coord/logs/russian/emb [--sets ru:train,en:dev]
The vectors are derived from research-only data: keep them outside the repo. A language whose file
exists is skipped (checkpointing: a killed run resumes where it stopped).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

from spinscope.models.multilingual import embed, load_encoder
from training.ru.semeval23_data import article_split, paragraphs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default="ru:train,en:train:40",
                    help="language:split[:max articles] sets, in the order to embed them (on two shared "
                    "cores e5-small embeds about one paragraph a second: all of English would take hours)")
    ap.add_argument("--chunk", type=int, default=64)
    ap.add_argument("--fold", type=int, default=None,
                    help="only the articles of this fold of our split (e.g. 0, the test fold, to re-embed it)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for pair in args.sets.split(","):
        lang, split, *limit = pair.split(":")
        suffix = "" if args.fold is None else f"-fold{args.fold}"
        dest = args.out / f"{lang}-{split}{suffix}.npz"
        paras = paragraphs(lang, split)
        if args.fold is not None:
            paras = [p for p in paras if article_split(p.article) == args.fold]
        if limit:  # the first N articles in id order: a fixed sample, the same on every run
            keep = sorted({p.article for p in paras})[: int(limit[0])]
            paras = [p for p in paras if p.article in keep]
        if dest.exists() or not paras:
            continue
        t0 = time.time()
        vecs = []
        for i in range(0, len(paras), args.chunk):
            vecs.append(embed([p.text for p in paras[i : i + args.chunk]]))
            print(f"{lang}-{split} {i + len(vecs[-1])}/{len(paras)} {time.time() - t0:.0f}s", flush=True)
        np.savez(dest.with_suffix(".tmp.npz"), x=np.concatenate(vecs), engine=np.array(load_encoder().engine),
                 article=np.array([p.article for p in paras]), number=np.array([p.number for p in paras]))
        dest.with_suffix(".tmp.npz").rename(dest)
    print("done", file=sys.stderr)


if __name__ == "__main__":
    main()
