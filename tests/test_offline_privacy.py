"""Offline and private: analysing a text leaves no telemetry behind (ONNX Runtime's wheels switch
Microsoft's 1DS telemetry on by default: a device id under ~/.cache/Microsoft, a session file in
$TMPDIR, events sent over HTTPS). A real subprocess with its own empty HOME and TMPDIR."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import spinscope
doc = spinscope.analyze("The ministry said the report was a fabrication. Troops shelled Dorna.",
                        analyzers=["parse", "entities", "quotes", "claims"])
print(len(doc.claims))
"""


@pytest.mark.slow
def test_analysing_leaves_no_telemetry_files(tmp_path: Path) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update(HOME=str(home), TMPDIR=str(tmp), XDG_CACHE_HOME=str(home / ".cache"))
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    left = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())
    assert not [p for p in left if "Microsoft" in p or "onnxruntime" in p.lower() or p.endswith(".ses")], left


def test_a_users_own_choice_is_kept() -> None:
    # setdefault: someone who wants ONNX Runtime's telemetry on says so and is not overruled.
    env = {**os.environ, "ORT_DISABLE_TELEMETRY": "0"}
    done = subprocess.run([sys.executable, "-c", "import os, spinscope; print(os.environ['ORT_DISABLE_TELEMETRY'])"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "0", done.stderr
