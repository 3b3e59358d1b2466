"""Packaging: pyproject.toml applies without a setuptools warning, and narrative discovery works on the
example corpus with the runtime dependencies alone (issue 20 item 5)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "spinscope.cli"]


def test_pyproject_applies_without_a_warning():
    """What every install prints comes from here: a deprecated field is a warning on every install."""
    import setuptools
    from setuptools.config.pyprojecttoml import apply_configuration
    from setuptools.dist import Distribution

    # The test extra asks for the version the build system requires (an SPDX `license` needs 77).
    assert int(setuptools.__version__.split(".")[0]) >= 77, setuptools.__version__
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dist = apply_configuration(Distribution(), ROOT / "pyproject.toml")
    assert [str(w.message) for w in caught] == []
    assert dist.metadata.license_expression == "Apache-2.0"


def test_discovery_needs_no_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(d.startswith("scikit-learn") for d in project["dependencies"])


@pytest.mark.slow
def test_discover_on_the_example_corpus(tmp_path):
    """The README's first command (scripts/example.sh: analyze examples/ with its codebook), then discovery."""
    db = tmp_path / "examples.db"
    analyzed = subprocess.run(
        [*CLI, "analyze", "examples", "--db", str(db), "--format", "html", "--out", str(tmp_path / "r.html"),
         "--codebook", "examples/narratives/codebook.toml", "--quiet"],
        cwd=ROOT, capture_output=True, timeout=900)
    assert db.exists(), analyzed.stderr.decode()[-2000:]
    found = subprocess.run([*CLI, "narratives", "discover", "--db", str(db), "--min-size", "2"],
                           cwd=ROOT, capture_output=True, timeout=600)
    assert found.returncode == 0, found.stderr.decode()[-2000:]
    listed = subprocess.run([*CLI, "narratives", "list", "--db", str(db), "--format", "json"],
                            cwd=ROOT, capture_output=True, timeout=300)
    clusters = json.loads(listed.stdout)
    assert clusters and all(c["n_documents"] >= 2 for c in clusters)
