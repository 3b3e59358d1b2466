"""An English codebook finds its narratives in Russian texts (issue 24), through the multilingual space."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "ru" / "narratives.jsonl"


@pytest.mark.slow
def test_english_common_codebook_on_invented_russian_texts() -> None:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    pipe = Pipeline(["ru_parse", "codebook"], threaded=False)
    docs = pipe.pipe([Document(id=r["id"], text=r["text"], lang="ru") for r in rows])
    tp = fp = fn = 0
    for r, doc in zip(rows, docs, strict=True):
        found = {n.id for n in doc.narratives if n.taxonomy == "common"}
        tp += len(found & set(r["narratives"]))
        fp += len(found - set(r["narratives"]))
        fn += len(set(r["narratives"]) - found)
        if not r["narratives"]:
            assert not found, f"{r['id']} is neutral news, got {found}"
        for n in doc.narratives:  # evidence sentences are Russian sentences of the text
            assert all(0 <= e.start < e.end <= len(doc.text) for e in n.evidence)
    assert tp / (tp + fp) >= 0.9 and tp / (tp + fn) >= 0.8, (tp, fp, fn)


def test_english_documents_keep_the_english_space() -> None:
    from spinscope.analyzers.narratives.crosslingual import crosses_languages

    assert not crosses_languages("en") and not crosses_languages("und") and not crosses_languages(None)
    assert crosses_languages("ru")
