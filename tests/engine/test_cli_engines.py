"""``spinscope analyze`` as users run it (issue 14): two runs at once on a new file, engine options."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from spinscope.store import Store

SPINSCOPE = [sys.executable, "-m", "spinscope.cli"]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def write_articles(folder: Path, prefix: str, n: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"{prefix}-{i}.txt").write_text(
            f"{prefix} report {i}\n\nThe {prefix} council of Orvand met on day {i}. Mayor Ilse Varga said "
            f"the {prefix} levy would rise by {i + 3} percent. Critics in Tesk denied it.", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_two_analyze_runs_started_at_once_on_a_new_file_both_store_everything(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    inputs = [write_articles(tmp_path / name, name, 5) for name in ("harbour", "school")]
    procs = [subprocess.Popen([*SPINSCOPE, "analyze", str(folder), "--db", str(db), "-a", "parse", "-q"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
             for folder in inputs]
    outcomes = [(p.wait(timeout=600), p.stderr.read() if p.stderr else "") for p in procs]
    # Before: one died with "table documents already exists" and lost its documents.
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    with Store(db, read_only=True) as store:
        assert store.count() == 10
        assert [r["status"] for r in store.runs()] == ["finished", "finished"]


@pytest.mark.parametrize(("args", "message"), [
    (["--workers", "2"], "--scheduler and --workers are for --engine dask"),
    (["--engine", "dask", "--workers", "2", "--scheduler", "tcp://127.0.0.1:9"], "not both"),
    (["--engine", "dask", "--workers", "0"], "--workers must be at least 1"),
    (["--engine", "spark"], "spark"),
])
@pytest.mark.slow
def test_engine_options_are_checked_before_anything_runs(tmp_path: Path, args: list[str], message: str) -> None:
    inputs = write_articles(tmp_path / "in", "port", 1)
    db = tmp_path / "x.db"
    r = subprocess.run([*SPINSCOPE, "analyze", str(inputs), "--db", str(db), "-a", "parse", "-q", *args],
                       capture_output=True, text=True, env=ENV, timeout=120)
    assert r.returncode != 0 and message in r.stderr, r.stderr
    if db.exists():
        with Store(db, read_only=True) as store:
            assert store.count() == 0


@pytest.mark.slow
def test_analyze_on_a_running_cluster_started_with_the_documented_commands(tmp_path: Path) -> None:
    from conftest_web import free_port

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask_cli = [sys.executable, "-m", "distributed.cli.dask_scheduler"]  # what `dask scheduler` runs
    log = (tmp_path / "cluster.log").open("w")
    scheduler = subprocess.Popen([*dask_cli, "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                 stdout=log, stderr=subprocess.STDOUT, env=ENV)
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "1",
                               "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
                              stdout=log, stderr=subprocess.STDOUT, env=ENV)
    try:
        inputs = write_articles(tmp_path / "in", "ferry", 6)
        db = tmp_path / "remote.db"
        r = subprocess.run([*SPINSCOPE, "analyze", str(inputs), "--db", str(db), "-a", "parse", "-q",
                            "--engine", "dask", "--scheduler", address],
                           capture_output=True, text=True, env=ENV, timeout=600)
        assert r.returncode == 0, r.stderr[-2000:] + (tmp_path / "cluster.log").read_text()[-2000:]
        with Store(db, read_only=True) as store:
            assert store.count() == 6 and store.runs()[0]["status"] == "finished"
    finally:
        for proc in (worker, scheduler):
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        log.close()
