"""On our own labelled corpus (tests/fixtures/stance: pushers, fact-checks, rebuttals and wire reports
on the same stories, all invented), analysed by the real pipeline into a real SQLite file: no
fact-check or rebuttal is counted as pushing a narrative or listed as a campaign member."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spinscope.campaigns import DetectionOptions, detect_campaigns
from spinscope.core.document import Document
from spinscope.ingest import dedup
from spinscope.store import Store

ROOT = Path(__file__).resolve().parents[2]
ROWS = [json.loads(line) for line in (ROOT / "tests" / "fixtures" / "stance" / "stance.jsonl").read_text().splitlines()]
CODEBOOK = ROOT / "examples" / "narratives" / "codebook.toml"
REFUTERS = {r["id"] for r in ROWS if r["stance"] == "refutes"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from spinscope.core.pipeline import Pipeline

    pipe = Pipeline(["parse", "entities", "quotes", "claims", "codebook"], config={"codebook": {"file": str(CODEBOOK)}})
    docs = [Document(id=r["id"], text=r["text"], title=r["title"], source=r["source"],
                     published=r["published"] + "T09:00:00+00:00") for r in ROWS]
    # A pusher's text copied verbatim by two more state outlets within hours: republication.
    first = next(r for r in ROWS if r["id"] == "dg-a1")
    for n, outlet in enumerate(("VTR News", "Velgrad Herald"), start=1):
        docs.append(Document(id=f"dg-a1-copy{n}", text=first["text"], title=first["title"], source=outlet,
                             published=f"{first['published']}T{9 + n:02d}:00:00+00:00"))
    path = tmp_path_factory.mktemp("factchecks") / "corpus.db"
    with Store(path) as store:
        for doc in pipe.pipe(docs):
            store.save(doc)
            store.save_signature(doc.id, dedup.to_bytes(dedup.signature(doc.text)))
    return path


@pytest.mark.slow
def test_no_fact_check_pushes_a_narrative(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        pushed = {(n["doc_id"], n["id"]) for n in store.document_narratives() if n["stance"] == "asserts"}
        refuted = {n["doc_id"] for n in store.document_narratives() if n["stance"] == "refutes"}
    assert not {d for d, _ in pushed} & REFUTERS
    assert len(refuted & REFUTERS) >= len(REFUTERS) // 2  # and they are seen as refuting, not dropped
    assert {"dg-a1", "ag-a1", "sb-a1"} <= {d for d, _ in pushed}


@pytest.mark.slow
def test_no_fact_check_is_a_campaign_member(store_path: Path) -> None:
    opts = DetectionOptions(window=DetectionOptions().window * 14)  # the stories run over two weeks
    with Store(store_path, read_only=True) as store:
        found = detect_campaigns(store, opts)
    assert found.campaigns, "the pushers form campaigns on this corpus"
    members = {d for c in found.campaigns for d in c.documents}
    refuted_by = {r["document"] for c in found.campaigns for r in c.refuted_by}
    assert not members & REFUTERS
    assert refuted_by & REFUTERS  # listed apart, however late
    copies = next(c for c in found.campaigns if "dg-a1-copy1" in c.documents)
    assert copies.signal == "republication"  # verbatim copies are never relabelled by a weaker signal
