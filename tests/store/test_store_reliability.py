"""Store defects found by trying them (issue 14): concurrent first opens, read-only side files, runs."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
from pathlib import Path

import httpx
import pytest

from spinscope.core.document import Document
from spinscope.store import Store
from spinscope.store.sqlite import MIGRATIONS

pytest_plugins = ["conftest_web"]


def _open_and_save(path: str, barrier, n: int, results) -> None:  # noqa: ANN001 - multiprocessing proxies
    try:
        barrier.wait()
        with Store(path) as store:
            store.save(Document(id=f"doc-{n}", text=f"Article number {n} about the Varnia ferry."))
        results.put((n, "ok"))
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        results.put((n, f"{type(exc).__name__}: {exc}"))


@pytest.mark.slow
def test_processes_opening_a_new_file_at_once_all_migrate_and_save(tmp_path: Path) -> None:
    # Before: each read user_version before BEGIN, so two saw 0 and one died on
    # "table documents already exists". Repeated: the race does not show every time.
    ctx = mp.get_context("fork")
    for attempt in range(3):
        path = str(tmp_path / f"new-{attempt}.db")
        n = 6
        barrier, results = ctx.Barrier(n), ctx.Queue()
        procs = [ctx.Process(target=_open_and_save, args=(path, barrier, i, results)) for i in range(n)]
        for p in procs:
            p.start()
        outcomes = dict(results.get(timeout=60) for _ in procs)
        for p in procs:
            p.join(timeout=30)
        assert outcomes == {i: "ok" for i in range(n)}, outcomes
        with Store(path, read_only=True) as store:
            assert store.count() == n
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_read_only_creates_no_side_files(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    with Store(db) as store:
        store.save(Document(id="a", text="The ferry ran on time."))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.db"]  # a clean close leaves no -wal
    with Store(db, read_only=True) as ro:
        assert ro.get("a").text == "The ferry ran on time."
        assert ro.count() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.db"]


@pytest.mark.slow
def test_serve_read_only_leaves_no_side_files(tmp_path: Path, corpus_builder, start_server) -> None:  # noqa: ANN001
    db = tmp_path / "published.db"
    corpus_builder(db)
    before = sorted(p.name for p in tmp_path.iterdir())
    with start_server(db, "--read-only") as base:
        assert httpx.get(base + "/api/documents", timeout=10).json()["count"] > 0
        assert httpx.get(base + "/", timeout=10).status_code == 200
        during = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".log"))
    assert during == before == ["published.db"]  # before: published.db-shm and published.db-wal


def test_read_only_beside_a_live_writer_sees_its_commits(tmp_path: Path) -> None:
    # While a writer holds the file its -wal exists; the reader must use it, not read the file as frozen.
    db = tmp_path / "live.db"
    with Store(db) as writer:
        writer.save(Document(id="a", text="First."))
        with Store(db, read_only=True) as ro:
            assert ro.count() == 1
            writer.save(Document(id="b", text="Second."))
            assert ro.count() == 2


def _start_run_and_die(path: str) -> None:
    with Store(path) as store:
        run = store.start_run({"version": "v1"})
        store.save(Document(id="kept", text="Saved before the kill."), run)
        store.record_error("bad.txt", "empty document (no text)", None, run)
        os.kill(os.getpid(), signal.SIGKILL)


def test_a_killed_run_keeps_its_progress_and_is_marked_interrupted(tmp_path: Path) -> None:
    db = str(tmp_path / "runs.db")
    proc = mp.get_context("fork").Process(target=_start_run_and_die, args=(db,))
    proc.start()
    proc.join(timeout=60)
    assert proc.exitcode == -signal.SIGKILL
    with Store(db) as store:
        (killed,) = store.runs()
        # Before: finished_at NULL and n_docs 0 forever, indistinguishable from a live run.
        assert (killed["n_docs"], killed["n_errors"], killed["status"]) == (1, 1, "running")
        mine = store.start_run({"version": "v1"})
        runs = {r["id"]: r for r in store.runs()}
        assert runs[killed["id"]]["status"] == "interrupted"
        assert runs[mine]["status"] == "running" and runs[mine]["pid"] == os.getpid()
        store.finish_run(mine, 0, 0)
        assert store.runs()[-1]["status"] == "finished"
