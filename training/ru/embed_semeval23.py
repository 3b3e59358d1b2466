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

from spinscope.models.multilingual import embed
from training.ru.semeval23_data import paragraphs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sets", default="ru:train,pl:train,en:dev,fr:train,de:train,it:train,en:train",
                    help="language:split pairs, in the order to embed them")
    ap.add_argument("--chunk", type=int, default=64)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for pair in args.sets.split(","):
        lang, split = pair.split(":")
        dest = args.out / f"{lang}-{split}.npz"
        paras = paragraphs(lang, split)
        if dest.exists() or not paras:
            continue
        t0 = time.time()
        vecs = []
        for i in range(0, len(paras), args.chunk):
            vecs.append(embed([p.text for p in paras[i : i + args.chunk]]))
            print(f"{lang}-{split} {i + len(vecs[-1])}/{len(paras)} {time.time() - t0:.0f}s", flush=True)
        np.savez(dest.with_suffix(".tmp.npz"), x=np.concatenate(vecs),
                 article=np.array([p.article for p in paras]), number=np.array([p.number for p in paras]))
        dest.with_suffix(".tmp.npz").rename(dest)
    print("done", file=sys.stderr)


if __name__ == "__main__":
    main()
