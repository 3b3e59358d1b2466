"""The OpenAPI document describes the server (issue 21): schemathesis, an outside OpenAPI fuzzer, runs
every check it has over every operation of a real writable and a real read-only server on 127.0.0.1,
with a bounded number of examples and a time budget. Zero server errors, zero conformance failures.

It reads the document the server publishes, so routes added later are covered as they come; the
rules a route follows to pass are in docs/web.md ("API conformance rules"). Rejections of values
no schema can describe are allowed per operation, each with its reason, in schemathesis.toml here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest_web import add_cluster, build_corpus, run_server

HERE = Path(__file__).parent
# Bounded: examples per operation and seconds per server. SPINSCOPE_SCHEMATHESIS_EXAMPLES and
# SPINSCOPE_SCHEMATHESIS_SECONDS raise them for a longer hunt.
EXAMPLES = int(os.environ.get("SPINSCOPE_SCHEMATHESIS_EXAMPLES", "10"))
SECONDS = int(os.environ.get("SPINSCOPE_SCHEMATHESIS_SECONDS", "90"))
SCHEMATHESIS = "import sys; from schemathesis.cli import schemathesis; sys.argv[0] = 'st'; sys.exit(schemathesis())"


def schemathesis_run(base: str, report_dir: Path) -> tuple[int, dict, str]:
    """(exit code, the JSON report, the console output) of ``st run`` against the server at ``base``."""
    cmd = [sys.executable, "-c", SCHEMATHESIS, "--config-file", str(HERE / "schemathesis.toml"), "run",
           f"{base}/api/openapi.json", "--checks", "all", "--max-examples", str(EXAMPLES), "--max-time", str(SECONDS),
           "--workers", "1", "--seed", "21", "--generation-database", "none", "--no-color", "--request-timeout", "60",
           "--report", "json", "--report-dir", str(report_dir)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=SECONDS + 300, cwd=report_dir)
    reports = sorted(report_dir.glob("*.json"))
    report = json.loads(reports[-1].read_text()) if reports else {}
    return result.returncode, report, result.stdout + result.stderr


def summary(report: dict) -> str:
    """Requests tried and failures by kind, with the operations each was found on."""
    failures = Counter({f"{f['code']} {f['title']}": f["count"] for f in report.get("failures", [])})
    cases = report.get("test_cases", {})
    where = "".join(f"\n  {f['code']} on {', '.join(f.get('operations', []))}" for f in report.get("failures", []))
    return (f"{cases.get('generated', 0)} requests, {cases.get('unique_failures', 0)} unique failures"
            + "".join(f"; {name}: {n}" for name, n in sorted(failures.items())) + where)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["writable", "read-only"])
def test_schemathesis_finds_no_server_error_and_no_conformance_failure(tmp_path: Path, mode: str) -> None:
    db = tmp_path / "corpus.db"
    build_corpus(db)
    add_cluster(db)  # so that promotion and the cluster routes have something to answer with
    (tmp_path / "report").mkdir()
    with run_server(db, *(["--read-only"] if mode == "read-only" else [])) as base:
        code, report, output = schemathesis_run(base, tmp_path / "report")
    print(f"schemathesis, {mode} server: {summary(report)}")
    assert report.get("test_cases", {}).get("generated", 0) > 0, output[-3000:]
    assert code == 0 and not report.get("failures") and not report.get("errors"), \
        f"{summary(report)}\n{output[-12000:]}"
