"""Russian pipeline speed and memory on our invented Russian texts, beside spaCy-sm on the same texts.

    python bench/bench_russian.py

Process CPU seconds (the machines are shared: wall time depends on the neighbours), two rounds, and
the peak RSS before and after the default pipeline analysed a Russian document (docs/russian.md).
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.models.spacy_model import load_english

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "ru"


def main() -> None:
    rows = [json.loads(line) for name in ("invented.jsonl", "invented_holdout.jsonl")
            for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    pipe = Pipeline(threaded=False)
    pipe.pipe([Document(id="warm", text=texts[0], lang="ru")])  # load the models
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    nlp = load_english()
    for rnd in range(2):
        t0 = time.process_time()
        pipe.pipe([Document(id=f"d{i}", text=t, lang="ru") for i, t in enumerate(texts)])
        ru = time.process_time() - t0
        t0 = time.process_time()
        list(nlp.pipe(texts))
        sp = time.process_time() - t0
        print(f"round {rnd}: {len(texts)} Russian texts, {words} words: pipeline {ru:.2f} CPU s "
              f"({words / ru:.0f} words/CPU s); spaCy-sm {sp:.2f} CPU s; ratio {ru / sp:.1f}x")
    print(f"peak RSS {rss0 // 1024} MB before loading, {rss1 // 1024} MB after a Russian document")


if __name__ == "__main__":
    main()
