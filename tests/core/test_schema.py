"""docs/schema/document.v2.json describes Document.to_dict exactly enough that other tools can rely on it."""

from __future__ import annotations

import copy
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from samples import example_documents, full_doc, sparse_doc
from spinscope.core.document import LIST_LAYERS, META_FIELDS, SCHEMA_VERSION, Document, Span

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "schema" / f"document.v{SCHEMA_VERSION}.json"
EXAMPLES = SCHEMA_PATH.parents[2] / "examples"
CONTRACT = ["id", "title", "source", "url", "published", "lang", "issuer", "text"]
CONTRACT += ["sentences", "entities", "techniques", "quotes", "claims"]
ITEM_DEFS = {
    "entities": "entity",
    "framing": "label",
    "techniques": "technique",
    "quotes": "quote",
    "claims": "claim",
    "evidence": "evidence",
    "narratives": "narrative",
}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Any:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(validator: Any, data: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_schema_requires_the_contract_names(schema: dict[str, Any]) -> None:
    assert set(CONTRACT) <= set(schema["required"])
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_schema_describes_every_field_to_dict_writes(schema: dict[str, Any]) -> None:
    # A field added to the document model without the schema fails here, so the two cannot drift.
    assert set(full_doc().to_dict()) == set(schema["properties"])
    assert set(META_FIELDS) <= set(schema["properties"])
    for layer, kind in LIST_LAYERS.items():
        if kind is Span:
            continue
        described = set(schema["$defs"][ITEM_DEFS[layer]]["properties"])
        assert {f.name for f in fields(kind)} == described, layer


def test_documents_validate(validator: Any) -> None:
    for doc in (full_doc(), sparse_doc(), Document(id="empty", text="")):
        assert errors(validator, doc.to_dict()) == []


@pytest.mark.parametrize(
    ("path", "value", "needle"),
    [
        (["quotes", 0, "kind"], "rumour", "is not one of"),
        (["techniques", 0, "start"], -1, "less than the minimum"),
        (["claims", 0, "score"], 1.5, "greater than the maximum"),
        (["claims", 0, "denied_by"], "Critics", "is not of type 'array'"),
        (["entities", 0, "mentions", 0, "end"], 2.5, "is not of type 'integer'"),
        (["schema_version"], "1", "was expected"),
        (["entities", 0, "role"], "antagonist", "is not valid under any of the given schemas"),
    ],
)
def test_schema_rejects_broken_documents(validator: Any, path: list[Any], value: Any, needle: str) -> None:
    data = copy.deepcopy(full_doc().to_dict())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert any(needle in e for e in errors(validator, data))


def test_schema_rejects_a_missing_layer(validator: Any) -> None:
    data = sparse_doc().to_dict()
    del data["claims"]
    assert errors(validator, data) == ["[]: 'claims' is a required property"]


@pytest.mark.slow
def test_examples_through_the_base_pipeline_conform(validator: Any, base_pipeline: Any) -> None:
    from spinscope.ingest.reader import read_paths

    docs = [d for d in read_paths([EXAMPLES]) if isinstance(d, Document)]
    for doc in base_pipeline.pipe(docs):
        data = json.loads(json.dumps(doc.to_dict()))
        assert errors(validator, data) == [], doc.id
        assert Document.from_dict(data) == doc


@pytest.mark.slow
def test_cli_jsonl_of_the_examples_conforms(validator: Any, tmp_path: Path) -> None:
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "spinscope.cli", "analyze", str(EXAMPLES), "--db", str(tmp_path / "s.db")]
    cmd += ["--analyzers", "parse,entities", "--format", "jsonl", "--out", "-"]
    result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.split("\n") if line]
    assert len(lines) == example_documents(EXAMPLES)
    for line in lines:
        data = json.loads(line)
        assert errors(validator, data) == [], data["id"]
        assert Document.from_dict(data).to_dict() == data


def test_a_version_1_document_still_reads() -> None:
    # v1 had no narratives and a string `role` that was never filled.
    data = full_doc().to_dict()
    data["schema_version"] = "1"
    del data["narratives"]
    for entity in data["entities"]:
        entity["role"] = None
    doc = Document.from_dict(data)
    assert doc.narratives == [] and all(e.role is None for e in doc.entities)
    assert doc.quotes == full_doc().quotes


def test_roles_and_narratives_round_trip(validator: Any) -> None:
    from spinscope.core.document import Narrative, Role

    doc = full_doc()
    doc.entities[0].role = Role("antagonist", ["Saboteur"], 0.8)
    doc.narratives.append(Narrative("semeval2025", "URW: Discrediting the West", "Discrediting the West", None, 0.7,
                                    [doc.sentences[0]]))
    data = json.loads(json.dumps(doc.to_dict()))
    assert errors(validator, data) == []
    assert Document.from_dict(data) == doc
