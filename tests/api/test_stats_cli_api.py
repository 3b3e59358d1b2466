"""`spinscope stats --json` and `GET /api/stats` come from one function and return the same JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from spinscope.core.document import Document
from spinscope.store import Store

pytest_plugins = ["conftest_web"]


@pytest.mark.slow
def test_cli_stats_json_equals_api_stats(tmp_path: Path, corpus_builder, start_server) -> None:  # noqa: ANN001
    db = tmp_path / "stats.db"
    corpus_builder(db)
    # Runs, errors and duplicates too, so every total and table has something to count.
    with Store(db) as store:
        run = store.start_run({"version": "test", "analyzers": []})
        store.save(Document(id="copy-1", text="The weather was mild and the ferry ran on time.", source="Metro Wire"))
        store.record_duplicate("copy-1", "plain-1", "exact", 1.0)
        store.record_error("broken.txt", "not UTF-8", run_id=run)
        store.finish_run(run, 1, 1)
    cli = subprocess.run([sys.executable, "-m", "spinscope.cli", "stats", "--db", str(db), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stderr
    with start_server(db, "--read-only") as base:
        api = httpx.get(base + "/api/stats", timeout=30)
    assert api.status_code == 200, api.text
    from_cli, from_api = json.loads(cli.stdout), api.json()
    assert from_cli == from_api
    totals = from_api["totals"]
    assert (totals["documents"], totals["duplicates"], totals["errors"], totals["runs"]) == (10, 1, 1, 1)
    assert from_api["tables"]["duplicates_by_kind"] == [{"kind": "exact", "documents": 1}]
    assert from_api["tables"]["top_speakers"][:2] == [  # equal counts: by name
        {"speaker": "Mayor Lina Ortiz", "quotes": 7, "documents": 7},
        {"speaker": "Tom Becker", "quotes": 7, "documents": 7},
    ]


def test_cli_stats_prints_totals_and_top_lists(tmp_path: Path, corpus_builder) -> None:  # noqa: ANN001
    db = tmp_path / "human.db"
    corpus_builder(db)
    out = subprocess.run([sys.executable, "-m", "spinscope.cli", "stats", "--db", str(db)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("9 documents, ")
    for heading in ("techniques", "speakers", "outlets"):
        assert heading in out.stdout
    assert "Tom Becker" in out.stdout and "Coast Daily" in out.stdout
