"""A real SQLite store holding the planted corpus, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from planted_corpus import build_store


@pytest.fixture(scope="session")
def planted_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("planted") / "planted.db")
