"""Fixtures for the web app and API tests: a hand-written corpus in a real SQLite file, a real server.

Import from test files with ``from conftest_web import ...`` (the tests folder is on sys.path).
Every text here was written for these tests.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from spinscope.core.annotations import Label
from spinscope.core.document import Claim, Document, Entity, Quote, Span, Technique
from spinscope.store import Store

HOSTILE = 'Breaking: <script>window.__pwned = 1; document.title = "pwned"</script> & <img src=x onerror="window.__pwned=2">'


def _at(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of needle: tests never hand-count offsets."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def _tech(text: str, needle: str, name: str, score: float, reason: str) -> Technique:
    s = _at(text, needle)
    return Technique(s.start, s.end, name, score, reason)


def article(doc_id: str, outlet: str | None, published: str | None, mayor: str = "Mayor Lina Ortiz") -> Document:
    """A short article about a harbour plan, with every layer annotated by hand."""
    sentences = [
        f'{mayor} said the harbour plan was "a disaster for every family".',
        "Critics called her a reckless gambler.",
        "The council denied that the budget had doubled.",
        '"We will never surrender our coast," said Tom Becker, a fisherman.',
    ]
    text = f"{sentences[0]} {sentences[1]}\n\n{sentences[2]} {sentences[3]}"
    doc = Document(id=doc_id, text=text, title=f"Harbour plan row ({doc_id})", source=outlet, published=published)
    doc.sentences = [_at(text, s) for s in sentences]
    doc.techniques = [
        _tech(text, "a disaster for every family", "Exaggeration,Minimisation", 0.91, "hyperbole about families"),
        _tech(text, "reckless gambler", "Name_Calling,Labeling", 0.87, "insulting label for a person"),
        _tech(text, "never surrender our coast", "Flag-Waving", 0.8, "appeal to local pride"),
    ]
    doc.quotes = [
        Quote("direct", _at(text, "a disaster for every family"), _at(text, "said"), _at(text, mayor), mayor),
        Quote("direct", _at(text, "We will never surrender our coast,"), _at(text, "said", 1),
              _at(text, "Tom Becker"), "Tom Becker"),
    ]
    gambler = _at(text, "reckless gambler")
    doc.entities = [
        Entity("Lina Ortiz", "PERSON", aliases=["Ortiz"], mentions=[_at(text, mayor), _at(text, "her")],
               labels=[Label(gambler.start, gambler.end, "reckless gambler")]),
        Entity("Tom Becker", "PERSON", mentions=[_at(text, "Tom Becker")]),
    ]
    claim = _at(text, "the budget had doubled")
    doc.claims = [Claim(claim.start, claim.end, 0.77, asserted_by=None, denied_by=["the council"])]
    doc.validate()
    return doc


def hostile_article() -> Document:
    """An article whose title and text carry markup that must show as text and never run."""
    text = HOSTILE + " The minister said the plan was \"pure theft\"."
    doc = Document(id="hostile-1", text=text, title='<script>alert("title")</script>Hostile',
                   source="Evil <b>Outlet</b>", published="2024-03-03")
    doc.techniques = [
        _tech(text, "<script>window.__pwned", "Loaded_Language", 0.8, '<img src=x onerror="window.__pwned=3">'),
        _tech(text, "pure theft", "Loaded_Language", 0.95, "emotive word 'theft'"),
    ]
    doc.quotes = [Quote("direct", _at(text, "pure theft"), _at(text, "said"), _at(text, "The minister"),
                        '<script>window.__pwned=4</script>')]
    doc.validate()
    return doc


CORPUS_SPEC = [
    ("harbour-1", "Coast Daily", "2024-01-15"),
    ("harbour-2", "Coast Daily", "2024-02-02"),
    ("harbour-3", "Metro Wire", "2024-02-20"),
    ("harbour-4", "Metro Wire", "2024-03-05"),
    ("harbour-5", "Island Post", "2024-03-18"),
    ("harbour-6", "Island Post", None),
    ("harbour-7", None, None),
]


def build_corpus(path: Path) -> list[Document]:
    """Write the test corpus into a real SQLite file and return the documents saved."""
    docs = [article(i, o, p) for i, o, p in CORPUS_SPEC]
    # One document without techniques or quotes, so filters have something to leave out.
    plain = Document(id="plain-1", text="The weather was mild and the ferry ran on time.", title="Ferry on time",
                     source="Metro Wire", published="2024-01-01")
    docs += [plain, hostile_article()]
    with Store(path) as store:
        for d in docs:
            store.save(d)
    return docs


def add_cluster(path: Path, cluster_id: int = 1) -> None:
    """Store one discovered narrative cluster (the mayor's sentence of the harbour articles), written by
    hand as discovery would store it, so promotion can be tested without the encoder."""
    sentence = "Mayor Lina Ortiz said the harbour plan was"
    members, texts = [], []
    with Store(path) as store:
        for doc_id, _outlet, _published in CORPUS_SPEC[:3]:
            text = store.get(doc_id).text
            start = text.index(sentence)
            members.append({"doc_id": doc_id, "start": start, "end": text.index(".", start) + 1,
                            "kind": "sentence", "similarity": 0.9})
            texts.append(text[start:members[-1]["end"]])
        store.save_narrative_clusters([{
            "id": cluster_id, "label": "harbour plan disaster", "keywords": ["harbour", "plan", "disaster"],
            "size": len(members), "n_documents": len(members), "outlets": {"Coast Daily": 2, "Metro Wire": 1},
            "first_seen": "2024-01-15", "last_seen": "2024-02-20", "weekly": [], "representative": texts[0],
            "representative_doc": members[0]["doc_id"], "representative_start": members[0]["start"],
            "representative_end": members[0]["end"], "centroid": bytes(4 * 384), "members": members,
        }], [d for d, _o, _p in CORPUS_SPEC], {"min_size": "3"})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def run_server_process(db: Path, *extra: str, timeout: float = 30) -> Iterator[tuple[str, subprocess.Popen]]:
    """Start ``python -m spinscope.web`` on 127.0.0.1 and a free port; yield its base URL and process."""
    port = free_port()
    cmd = [sys.executable, "-m", "spinscope.web", "--db", str(db), "--port", str(port), "--analyzers", "parse", *extra]
    log = db.with_suffix(f".{port}.log")
    with log.open("w") as fp:
        proc = subprocess.Popen(cmd, stdout=fp, stderr=subprocess.STDOUT, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}: {log.read_text()}")
            try:
                if httpx.get(base + "/api/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not start in {timeout:g} s: {log.read_text()}")
            time.sleep(0.1)
        yield base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextmanager
def run_server(db: Path, *extra: str) -> Iterator[str]:
    """Start ``python -m spinscope.web`` on 127.0.0.1 and a free port; yield its base URL."""
    with run_server_process(db, *extra) as (base, _proc):
        yield base


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Document]]:
    path = tmp_path_factory.mktemp("web") / "corpus.db"
    return path, build_corpus(path)


@pytest.fixture(scope="session")
def server(corpus_db: tuple[Path, list[Document]]) -> Iterator[str]:
    with run_server(corpus_db[0]) as base:
        yield base


@pytest.fixture(scope="session")
def ro_server(corpus_db: tuple[Path, list[Document]]) -> Iterator[str]:
    with run_server(corpus_db[0], "--read-only") as base:
        yield base


@pytest.fixture(scope="session")
def start_server():  # noqa: ANN201 - returns the run_server context manager
    """``with start_server(db, *extra_cli_args) as base_url:`` for tests that need their own server."""
    return run_server


@pytest.fixture(scope="session")
def corpus_builder():  # noqa: ANN201
    """``corpus_builder(path)`` writes the test corpus into a new SQLite file."""
    return build_corpus
