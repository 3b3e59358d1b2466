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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
