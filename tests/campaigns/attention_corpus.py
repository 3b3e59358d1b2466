"""A small hand-written store for attention over time: narratives with stances, dates with an empty
week between them, an undated publication and a republication (one text, two outlets)."""

from __future__ import annotations

from pathlib import Path

from spinscope.core.annotations import Narrative, Span, Technique
from spinscope.core.document import Document
from spinscope.store import Store

# (id, outlet, published, stance toward "western-smear" or None for no narrative)
ROWS = [
    ("push-1", "Veloria Today", "2026-03-09", "asserts"),
    ("push-2", "VTR News", "2026-03-10T08:00:00+02:00", "asserts"),
    ("check-1", "FactLens", "2026-03-11", "refutes"),
    ("wire-1", "Nordhaven Wire", "2026-03-12", "reports"),
    ("other-1", "Nordhaven Wire", "2026-03-13", None),
    # week 12 (2026-03-16 .. 22) has no publication at all
    ("push-3", "Velgrad Herald", "2026-03-24", "asserts"),
    ("other-2", "Coastal Signal", "2026-03-25", None),
    ("push-undated", "Veloria Today", None, "asserts"),
]


def attention_documents() -> list[Document]:
    docs = []
    for doc_id, outlet, published, stance in ROWS:
        text = f"{doc_id}: a story about the Baltmar cable and the Gulf of Tarn, number {len(docs)}."
        doc = Document(id=doc_id, text=text, title=f"Story {doc_id}", source=outlet, published=published)
        if stance:
            doc.narratives.append(Narrative("veloria-state-media", "western-smear",
                                            "Accusations against Veloria are a Western smear campaign",
                                            score=0.9, evidence=[Span(0, len(text))], stance=stance))
        if doc_id.startswith("push"):
            doc.techniques.append(Technique(0, 6, "Loaded_Language", 0.9))
        docs.append(doc)
    return docs


def build_attention_store(path: Path) -> Path:
    with Store(path) as store:
        for doc in attention_documents():
            store.save(doc)
        if hasattr(store, "add_publication"):  # the same text printed by a second outlet (issue 20)
            store.add_publication("push-1-copy", "push-1", {"title": "Story push-1 (copy)", "source": "Velgrad Herald",
                                                             "published": "2026-03-10", "url": None})
    return path
