"""An entity's framing labels are a declared annotation type: offsets validated, stored as the same
JSON column as before, read back from stores written when they were plain dicts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest

from spinscope.core.document import Document, Entity, Label, Span
from spinscope.errors import SpanError
from spinscope.store import Store

TEXT = "The criminal Karsh regime said so."


def _doc(label: Label) -> Document:
    return Document(id="d", text=TEXT, source="Wire",
                    entities=[Entity(name="Karsh", type="NORP", mentions=[Span(13, 18)], labels=[label])])


def test_label_offsets_are_validated():
    _doc(Label(4, 25, "criminal regime", polarity="negative", score=0.9)).validate()
    with pytest.raises(SpanError, match=r"entities\[0\]\.labels\[0\]"):
        _doc(Label(4, len(TEXT) + 1, "criminal regime")).validate()
    data = _doc(Label(4, 25, "criminal regime")).to_dict()
    data["entities"][0]["labels"][0]["end"] = 999
    with pytest.raises(SpanError):
        Document.from_dict(data)


def test_json_form_and_round_trip():
    doc = _doc(Label(4, 25, "criminal regime", polarity="negative", score=0.9, by="Wire"))
    data = doc.to_dict()
    assert data["entities"][0]["labels"] == [{"start": 4, "end": 25, "label": "criminal regime", "kind": "label",
                                              "polarity": "negative", "score": 0.9, "by": "Wire"}]
    back = Document.from_dict(json.loads(json.dumps(data)))
    assert back == doc and isinstance(back.entities[0].labels[0], Label)
    # The contract's schema describes the label, and still takes the old three-key form.
    schema = json.loads((Path(__file__).parents[2] / "docs/schema/document.v2.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert not list(validator.iter_errors(data))
    data["entities"][0]["labels"] = [{"label": "criminal regime", "start": 4, "end": 25}]
    assert not list(validator.iter_errors(data))
    data["entities"][0]["labels"] = [{"label": "criminal regime", "start": 4, "end": 25, "kind": "slur"}]
    assert list(validator.iter_errors(data))


def test_store_round_trip_and_a_store_written_with_dict_labels(tmp_path):
    db = tmp_path / "s.db"
    doc = _doc(Label(4, 25, "criminal regime", polarity="negative", score=0.9, by="Wire"))
    with Store(db) as store:
        store.save(doc)
        assert store.get("d") == doc
    # What an older version wrote: {label, start, end} (and "by" once quotes ran), one JSON column.
    conn = sqlite3.connect(db)
    (raw,) = conn.execute("SELECT labels FROM entities WHERE doc_id = 'd'").fetchone()
    assert json.loads(raw)[0]["label"] == "criminal regime"  # still one JSON column
    conn.execute("UPDATE entities SET labels = ? WHERE doc_id = 'd'",
                 [json.dumps([{"label": "criminal regime", "start": 4, "end": 25}])])
    conn.commit()
    conn.close()
    with Store(db, read_only=True) as store:
        (label,) = store.get("d").entities[0].labels
    assert label == Label(4, 25, "criminal regime")
    assert (label.kind, label.polarity, label.score, label.by) == ("label", None, None, None)


def test_dict_style_reads_keep_working():
    label = Label(4, 25, "criminal regime", polarity="negative")
    assert label["start"] == 4 and label.get("polarity") == "negative"
    assert label.get("score", 0.9) == 0.9 and "by" not in label and "label" in label
    label["by"] = "Wire"
    assert label.by == "Wire"
    with pytest.raises(KeyError):
        label["nonsense"] = 1
    built = Entity(name="Karsh", type="NORP", labels=[{"label": "regime", "start": 19, "end": 25}])
    assert built.labels == [Label(19, 25, "regime")]  # the first form, still accepted
