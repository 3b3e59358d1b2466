"""One type per actor across the corpus (issue 11): NER gave an invented country three types in three
documents; the actor list, the actor profile, documents read back and exports all show the type most
mentions carry. Real SQLite file, documents of our own."""

from __future__ import annotations

import io
import json
from pathlib import Path

from spinscope import export
from spinscope.core.annotations import Entity, Span
from spinscope.core.document import Document
from spinscope.service import queries
from spinscope.store import Store
from spinscope.store.sqlite_people import vote


def _doc(doc_id: str, text: str, ents: list[tuple[str, str, list[str]]]) -> Document:
    """A document whose entities are (name, type, the mention strings found in the text)."""
    doc = Document(id=doc_id, text=text, source="Test Wire")
    for name, etype, forms in ents:
        spans: list[Span] = []
        for form in forms:  # each form at its next occurrence: "Ostmark … Ostmark … Ostmark"
            start = text.index(form, spans[-1].end if spans else 0)
            spans.append(Span(start, start + len(form)))
        doc.entities.append(Entity(name=name, type=etype, mentions=spans))
    return doc


DOCS = [
    _doc("a", "Ostmark said the border stays shut.", [("Ostmark", "PERSON", ["Ostmark"])]),
    _doc("b", "Ostmark officials met Ada Weiss in Karsh.", [("Ostmark", "NORP", ["Ostmark"]),
                                                           ("Ada Weiss", "PERSON", ["Ada Weiss"])]),
    _doc("c", "Ostmark closed its ports. Ostmark blamed Karsh. Later Ostmark reopened them; the United States "
              "welcomed it.", [("Ostmark", "GPE", ["Ostmark", "Ostmark", "Ostmark"]),
                               ("United States", "ORG", ["United States"])]),
]


def _store(path: Path) -> Path:
    with Store(path) as store:
        for d in DOCS:
            store.save(d)
    return path


def test_the_actor_list_has_one_row_per_actor_with_the_voted_type(tmp_path: Path) -> None:
    with Store(_store(tmp_path / "c.db"), read_only=True) as store:
        rows = {r["name"]: r for r in store.list_actors()}
        assert [r["name"] for r in store.list_actors()].count("Ostmark") == 1
        assert rows["Ostmark"]["type"] == "GPE" and rows["Ostmark"]["documents"] == 3
        # A canonical name of the alias table keeps the table's type, whatever NER said.
        assert rows["United States"]["type"] == "GPE"
        assert rows["Ada Weiss"]["type"] == "PERSON"


def test_profile_documents_and_exports_agree(tmp_path: Path) -> None:
    with Store(_store(tmp_path / "c.db"), read_only=True) as store:
        profile = queries.actor_profile(store, "Ostmark")
        assert profile["types"] == ["GPE"]
        assert {e["document_type"] for e in store.actor_entities("Ostmark")} == {"PERSON", "NORP", "GPE"}
        doc_a = store.get("a")
        assert [e.type for e in doc_a.entities] == ["GPE"]
        buf = io.StringIO()
        export.write(store.iter_documents(), "jsonl", buf)
    for line in buf.getvalue().splitlines():
        for ent in json.loads(line)["entities"]:
            if ent["name"] == "Ostmark":
                assert ent["type"] == "GPE"


def test_the_vote_is_by_mentions_then_documents_then_name_order() -> None:
    assert vote([("Velgrad", "ORG", 2, 1), ("Velgrad", "GPE", 3, 1)]) == {"Velgrad": "GPE"}
    assert vote([("Velgrad", "ORG", 2, 2), ("Velgrad", "GPE", 2, 1)]) == {"Velgrad": "ORG"}
    # A tie is settled the same way whatever order the rows come in.
    assert vote([("Velgrad", "ORG", 2, 1), ("Velgrad", "GPE", 2, 1)]) == {"Velgrad": "GPE"}
    assert vote([("Velgrad", "GPE", 2, 1), ("Velgrad", "ORG", 2, 1)]) == {"Velgrad": "GPE"}
