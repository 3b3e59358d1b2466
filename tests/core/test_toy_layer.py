"""A layer declared in one place is stored, exported (JSONL, CSV), highlighted and served by the API.

This is the walk-through of docs/architecture.md ("Adding a layer") as a test: the only code below
that knows about hedges is the annotation type, its declaration and the analyzer that fills it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

import spinscope.api.routes  # noqa: F401 - routes built before the toy layer exists, as with a plugin
from spinscope import export
from spinscope.core import registry
from spinscope.core.annotations import Span, described
from spinscope.core.document import Document
from spinscope.core.layers import Layer, declare, withdraw
from spinscope.core.pipeline import Pipeline
from spinscope.highlight import highlight_article
from spinscope.store import Store

TEXT = "The strike was reportedly ordered by the council.\nIt allegedly cost millions, sources say."


@dataclass(slots=True)
class Hedge:
    """A word that distances the writer from a claim ("reportedly")."""

    start: int = described("Character offset into `text`.")
    end: int = described("Exclusive end offset.")
    cue: str = described("The hedging word, lower-cased.")
    strength: float = described("How much it distances, 0-1.", default=0.5)
    scope: Span | None = described("The rest of the sentence it hedges.", default=None)


class HedgeFinder(registry.Analyzer):
    """Marks hedging adverbs and the rest of their sentence."""

    name = "test_hedges"
    assigns = ("hedges",)

    def __call__(self, doc: Document) -> Document:
        doc.hedges = []
        for m in re.finditer(r"\b(reportedly|allegedly)\b", doc.text):
            line_end = doc.text.find("\n", m.end())
            end = len(doc.text) if line_end < 0 else line_end
            strength = 0.7 if m.group(1) == "allegedly" else 0.5
            doc.hedges.append(Hedge(m.start(), m.end(), m.group(1), strength, Span(m.end() + 1, end)))
        return doc


@pytest.fixture
def hedges() -> Iterator[Layer]:
    layer = declare(Layer("hedges", Hedge, "Hedges", label="cue", csv=(("strength", "strength"),), highlight="span"))
    registry.register(HedgeFinder)
    yield layer
    registry.unregister(HedgeFinder.name)
    withdraw("hedges")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def serve():
    """Run the real app for a database in this process (so it sees the toy layer) on 127.0.0.1."""
    import uvicorn

    from spinscope.web import create_app

    servers = []

    def start(db: Path) -> str:
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(db, read_only=True), host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


def test_a_declared_layer_goes_everywhere(hedges: Layer, tmp_path: Path, serve) -> None:
    doc = Pipeline(["test_hedges"])(Document(id="h1", text=TEXT, source="Test Wire"))
    assert [(h.cue, doc.snippet(h)) for h in doc.hedges] == [("reportedly", "reportedly"), ("allegedly", "allegedly")]
    assert doc.snippet(doc.hedges[1].scope) == "cost millions, sources say."

    db = tmp_path / "toy.db"
    with Store(db) as store:
        store.save(doc)
    with Store(db, read_only=True) as store:
        stored = store.get("h1")
    assert stored.hedges == doc.hedges

    buf = io.StringIO()
    export.write([stored], "jsonl", buf)
    line = json.loads(buf.getvalue())
    at = TEXT.index("allegedly")
    assert line["hedges"][1] == {"start": at, "end": at + 9, "cue": "allegedly", "strength": 0.7,
                                 "scope": {"start": at + 10, "end": len(TEXT)}}
    assert Document.from_dict(line).hedges == doc.hedges

    buf = io.StringIO(newline="")
    export.write([stored], "csv", buf)
    rows = [r for r in csv.DictReader(io.StringIO(buf.getvalue(), newline="")) if r["layer"] == "hedges"]
    assert [(r["item"], r["part"], r["text"], r["label"], r["strength"]) for r in rows] == [
        ("0", "", "reportedly", "reportedly", "0.5"),
        ("0", "scope", "ordered by the council.", "reportedly", "0.5"),
        ("1", "", "allegedly", "allegedly", "0.7"),
        ("1", "scope", "cost millions, sources say.", "allegedly", "0.7"),
    ]

    html = str(highlight_article(stored))
    assert html.count('data-layer="hedges"') == 4 and "ss-l-hedges" in html

    base = serve(db)
    served = httpx.get(f"{base}/api/documents/h1", timeout=10).json()
    assert served["hedges"] == line["hedges"]
    schemas = httpx.get(f"{base}/api/openapi.json", timeout=10).json()["components"]["schemas"]
    assert "HedgeOut" in schemas and schemas["HedgeOut"]["properties"]["cue"]["description"].startswith("The hedging")


def test_a_new_field_of_a_declared_layer_gets_its_column(hedges: Layer, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "old.db"
    with Store(db) as store:
        store.save(Document(id="a", text="allegedly so"))
    # The file as an earlier version wrote it: the hedges table without `strength` and `scope`.
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE hedges")
        conn.execute('CREATE TABLE hedges (doc_id TEXT NOT NULL, idx INTEGER, start INTEGER, "end" INTEGER, cue TEXT)')
        conn.execute("INSERT INTO hedges VALUES ('a', 0, 0, 9, 'allegedly')")
    with Store(db) as store:  # opening adds the declared columns; the old row reads with defaults
        assert store.get("a").hedges == [Hedge(0, 9, "allegedly", 0.5, None)]
        store.save(Document(id="b", text="reportedly", hedges=[Hedge(0, 10, "reportedly", 0.9, Span(0, 4))]))
        assert store.get("b").hedges == [Hedge(0, 10, "reportedly", 0.9, Span(0, 4))]
