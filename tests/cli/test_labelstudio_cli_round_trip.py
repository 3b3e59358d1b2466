"""The issue's round trip as a user runs it (issue 25): analyze, export to Label Studio, change it as an
annotator would (a prediction removed, a span added, a label changed), import, `analyze --force`, export
JSONL: the changes are there and every offset slices the same text."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CLI = [sys.executable, "-m", "spinscope.cli"]
TEXT = ("Veloria condemns the lies\n"
        "The criminal regime in Ostland spreads shameful, disgusting lies, Foreign Minister Ivo Tarn said on "
        "Monday. Anna Berg, a spokeswoman, said that the talks would resume in May.")


def run(*args: str) -> str:
    p = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    return p.stdout


@pytest.mark.slow
def test_labelstudio_round_trip_through_the_cli(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "v1.txt").write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "s.db")
    analyzers = ["-a", "parse,entities,techniques,quotes,claims"]
    run("analyze", str(tmp_path / "in"), "--db", db, *analyzers, "-q")
    tasks_path = tmp_path / "tasks.json"
    run("export", "--db", db, "--format", "labelstudio", "--out", str(tasks_path))
    tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
    result = tasks[0]["predictions"][0]["result"]
    spans = [r for r in result if r["type"] == "labels"]
    assert len(spans) >= 2, "the text gives at least two regions to change"
    removed, relabelled = spans[0], spans[1]
    kept = [r for r in result if r is not removed]
    relabelled["value"]["labels"] = ["Doubt"] if relabelled["value"]["labels"] != ["Doubt"] else ["Smears"]
    words = "the talks would resume in May"
    s = TEXT.index(words)
    kept.append({"id": "n1", "from_name": "label", "to_name": "text", "type": "labels",
                 "value": {"start": s, "end": s + len(words), "text": words, "labels": ["Claim"]}})
    tasks[0]["annotations"] = [{"id": 1, "result": kept}]
    (tmp_path / "annotated.json").write_text(json.dumps(tasks), encoding="utf-8")
    run("import", str(tmp_path / "annotated.json"), "--format", "labelstudio", "-r", "ann", "--db", db)
    run("analyze", str(tmp_path / "in"), "--db", db, *analyzers, "-q", "--force")
    doc = json.loads(run("export", "--db", db))
    regions = set()
    for layer in ("techniques", "claims"):
        for item in doc[layer]:
            assert doc["text"][item["start"]:item["end"]] == TEXT[item["start"]:item["end"]]
            regions.add((item["start"], item["end"], item.get("technique", "Claim")))
    for q in doc["quotes"]:
        regions.add((q["content"]["start"], q["content"]["end"], "Quote:" + q["kind"]))
    rv = removed["value"]
    assert (rv["start"], rv["end"], rv["labels"][0]) not in regions
    lv = relabelled["value"]
    assert (lv["start"], lv["end"], lv["labels"][0]) in regions
    assert (s, s + len(words), "Claim") in regions
