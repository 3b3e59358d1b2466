"""The bundled multi-outlet example (examples/outlets/) through the real pipeline and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SPINSCOPE = [sys.executable, "-m", "spinscope.cli"]

pytestmark = pytest.mark.slow
CORPUS = REPO / "examples" / "outlets" / "outlets.jsonl"


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("example") / "outlets.db"
    subprocess.run([*SPINSCOPE, "analyze", str(CORPUS.parent), "--db", str(db)], check=True, capture_output=True)
    return db


def run(*args: str) -> str:
    return subprocess.run([*SPINSCOPE, *args], check=True, capture_output=True, text=True).stdout


def test_the_planted_campaigns_come_out_of_the_cli(example_db: Path) -> None:
    found = json.loads(run("campaigns", "--db", str(example_db), "--format", "json"))
    by_signal = {c["signal"]: c for c in found}
    assert sorted(by_signal) == ["paraphrased claim", "republication"], found
    rep = by_signal["republication"]
    assert rep["outlets"] == ["Veloria Today", "The Kestrel Post", "Red Harbour News", "Tarn Daily"]
    assert "svt-statement-analysis" not in rep["documents"]  # four days later: follow-up, not coordination
    para = by_signal["paraphrased claim"]
    # The outlet without a source field is named from its URL's domain.
    assert para["outlets"][-1] == "orsk-observer.example" and len(para["outlets"]) == 4
    assert [r["outlet"] for r in para["refuted_by"]] == ["FactLine"]
    assert "nw-lab-followup" not in para["documents"]


def test_outlet_profiles_count_the_undated_column(example_db: Path) -> None:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    profiles = json.loads(run("outlets", "--db", str(example_db), "--format", "json"))
    assert sum(p["documents"] for p in profiles) == len(rows)
    undated = [r["id"] for r in rows if "published" not in r]
    assert sum(p["undated"] for p in profiles) == len(undated) >= 1
    tarn = next(p for p in profiles if p["outlet"] == "Tarn Daily")
    assert tarn["over_time"][-1]["period"] == "(undated)" and len(tarn["campaigns"]) == 2
    assert tarn["republication_rate"] > 0
