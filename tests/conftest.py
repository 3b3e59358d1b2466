"""Shared fixtures: real pipelines (models load once per session) and real SQLite files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SPINSCOPE = [sys.executable, "-m", "spinscope.cli"]


@pytest.fixture(scope="session")
def base_pipeline():
    from spinscope.core.pipeline import Pipeline

    return Pipeline(["parse", "entities"], on_error="record")


@pytest.fixture(scope="session")
def parse(base_pipeline):
    """text -> spaCy Doc, as the parse analyzer leaves it in ``doc.cache["parse"]`` (spaCy loads once)."""
    from spinscope.core.document import Document

    analyzer = next(a for a in base_pipeline.analyzers if a.name == "parse")
    analyzer.ensure_initialized()

    def run(text: str):
        doc = Document(id="t", text=text)
        analyzer(doc)
        return doc.cache["parse"]

    return run


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
