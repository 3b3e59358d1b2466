"""Contradictions across documents in a real SQLite store (texts written for these tests)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from spinscope.analyzers.claims.contradictions import find_contradictions
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.errors import ConfigError
from spinscope.models.encoder import shared_encoder
from spinscope.store import Store

DOCS = [
    Document(
        id="wire-1",
        source="Border Wire",
        text=(
            "Mayor Elena Varga said on Monday that army troops shelled the village of Dorna overnight, "
            "killing four civilians. Residents fled to the hills."
        ),
    ),
    Document(
        id="state-tv-1",
        source="State TV",
        text=(
            "Defence Minister Ivan Petrov on Tuesday denied that the army shelled the village of Dorna. "
            "He said the armed forces were holding their positions."
        ),
    ),
    Document(
        id="wire-2",
        source="Border Wire",
        text="Finance Minister Anna Kovacs said that inflation fell to 3 percent in April, the lowest in five years.",
    ),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("contradictions") / "corpus.db"
    pipeline = Pipeline(["parse", "entities", "quotes", "claims"])
    with Store(path) as store:
        for doc in pipeline.pipe([Document(id=d.id, text=d.text, source=d.source) for d in DOCS]):
            store.save(doc)
    return path


def test_contradictions_finds_the_denied_claim_across_documents(db):
    with Store(db) as store:
        found = find_contradictions(store)
    assert len(found) == 1
    pair = found[0]
    assert (pair.claim_doc, pair.asserted_by, pair.denial_doc, pair.denied_by) == (
        "wire-1", "Elena Varga", "state-tv-1", ("Ivan Petrov",),
    )
    assert "shelled the village of Dorna" in pair.claim
    assert "shelled the village of Dorna" in pair.denied_claim
    assert 0.6 <= pair.similarity <= 1.0
    assert DOCS[0].text[pair.claim_start : pair.claim_end] == pair.claim


def test_claim_vectors_are_cached_and_reused(db):
    calls: list[int] = []

    def counting(texts: list[str]):
        calls.append(len(texts))
        return shared_encoder().encode(texts)

    with Store(db) as store:
        find_contradictions(store, encode=counting)
        calls.clear()
        find_contradictions(store, encode=counting)
        n_claims = store.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        n_vectors = store.conn.execute("SELECT count(*) FROM claim_vectors").fetchone()[0]
    assert n_vectors == n_claims
    assert calls == []  # every vector came from the cache


def test_a_high_threshold_finds_nothing(db):
    with Store(db) as store:
        assert find_contradictions(store, threshold=0.99) == []


def test_a_read_only_store_writes_no_vectors(tmp_path):
    path = tmp_path / "ro.db"
    pipeline = Pipeline(["parse", "entities", "quotes", "claims"])
    with Store(path) as store:
        for doc in pipeline.pipe([Document(id=d.id, text=d.text, source=d.source) for d in DOCS[:2]]):
            store.save(doc)
    with Store(path, read_only=True) as store:
        assert len(find_contradictions(store)) == 1
    # The table comes from migration 3; a read-only run computes vectors but never stores them.
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM claim_vectors").fetchone()[0] == 0


@pytest.mark.parametrize(("kwargs", "message"), [({"threshold": 0.0}, "threshold"), ({"limit": 0}, "limit")])
def test_bad_arguments(db, kwargs, message):
    with Store(db) as store, pytest.raises(ConfigError, match=message):
        find_contradictions(store, **kwargs)


def test_cli_lists_the_pair(db):
    from spinscope.cli.main import app

    result = CliRunner().invoke(app, ["contradictions", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["asserted_by"], r["denied_by"], r["claim_doc"], r["denial_doc"]) for r in rows] == [
        ("Elena Varga", ["Ivan Petrov"], "wire-1", "state-tv-1")
    ]
    table = CliRunner().invoke(app, ["contradictions", "--db", str(db)], env={"COLUMNS": "300"})
    assert table.exit_code == 0, table.output
    assert "Ivan Petrov" in table.output and "state-tv-1" in table.output


def test_cli_missing_file_exits_1(tmp_path):
    from spinscope.cli.main import app

    result = CliRunner().invoke(app, ["contradictions", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1
    assert "no such database file" in result.output
