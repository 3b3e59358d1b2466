"""The Dask engine on a real LocalCluster on 127.0.0.1: same store as the local engine, nothing lost.

Workers are real processes; the tests kill them with SIGKILL while they hold a batch.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")

from spinscope.core.pipeline import Pipeline  # noqa: E402
from spinscope.engine.batch import Batch  # noqa: E402
from spinscope.engine.dask import KEY_PREFIX, DaskEngine  # noqa: E402
from spinscope.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def store_content(path: Path) -> dict[str, Any]:
    """Everything a run leaves that must not depend on the engine (not times, not run ids)."""
    with Store(path, read_only=True) as store:
        return {
            "documents": [d.to_dict() for d in store.iter_documents()],
            "duplicates": [tuple(r) for r in store.conn.execute(
                "SELECT doc_id, duplicate_of, kind, similarity, source FROM duplicates ORDER BY rowid")],
            "minhashes": dict(store.conn.execute("SELECT doc_id, signature FROM minhashes").fetchall()),
            "errors": [tuple(r) for r in store.conn.execute('SELECT source, "row", reason FROM errors ORDER BY id')],
        }


def articles(folder: Path, n: int, poison_at: int | None = None) -> Path:
    """``n`` short invented articles (one a near-duplicate of the first), numbered so they sort in order."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        stem = "poison" if i == poison_at else "story"
        text = (f"Ferry strike day {i}\n\nThe ferry workers of Port Alvar stopped work on day {i}. "
                f"Union leader Mara Quell said the talks had failed. Minister Ivo Darn denied it. "
                f"Crossings to the island of Tesk number {i * 7} were cancelled.")
        if i == 1:
            text = ("Ferry strike day 0\n\nThe ferry workers of Port Alvar stopped work on day 0. "
                    "Union leader Mara Quell said the talks had failed. Minister Ivo Darn denied it. "
                    "Crossings to the island of Tesk number 0 were cancelled today.")
        (folder / f"{i:03d}-{stem}.txt").write_text(text, encoding="utf-8")
    return folder


def run(db: Path, inputs: list[Path], names: list[str], engine: DaskEngine | None = None,
        batch_size: int = 4) -> Any:
    with Store(db) as store:
        return Batch(store, Pipeline(names, on_error="record"), engine=engine, batch_size=batch_size).run_paths(inputs)


@pytest.fixture(scope="module")
def cluster() -> Any:
    with DaskEngine(workers=2) as engine:
        # Workers and this process import the analyzers now, together: the comparison below then
        # compares the engines, not two moments of a working tree someone is editing.
        engine.warm(Pipeline())
        for analyzer in Pipeline().analyzers:
            analyzer.ensure_initialized()
        yield engine


def test_example_corpus_gives_the_same_store_through_both_engines(tmp_path: Path, cluster: DaskEngine) -> None:
    inputs = [REPO / "examples", articles(tmp_path / "more", 6)]
    local = run(tmp_path / "local.db", inputs, list(Pipeline().names))
    dask = run(tmp_path / "dask.db", inputs, list(Pipeline().names), engine=cluster)
    assert local.summary() == dask.summary() and local.analyzed == dask.analyzed
    assert dask.near_duplicates, "the corpus has near-duplicates to link"
    same = store_content(tmp_path / "local.db") == store_content(tmp_path / "dask.db")
    if not same and (changed := sources_changed_since_start()):
        # Only when the checkout was edited while this process ran (several people share one tree):
        # the workers imported newer code than this process did, so the engines ran different code.
        pytest.skip(f"source files changed after this process imported them: {changed[:3]}")
    assert same
    # Resuming through Dask finds everything done, exactly as the local engine would.
    again = run(tmp_path / "dask.db", inputs, list(Pipeline().names), engine=cluster)
    assert again.analyzed == [] and sorted(again.unchanged) == sorted(local.analyzed)


def sources_changed_since_start() -> list[str]:
    """spinscope modules of this process whose file changed on disk after the process started."""
    import psutil  # a dependency of distributed

    started = psutil.Process().create_time()
    files = {getattr(m, "__file__", None) for name, m in list(sys.modules.items()) if name.startswith("spinscope")}
    return sorted(f for f in files if f and os.path.exists(f) and os.path.getmtime(f) > started)


def worker_pids(engine: DaskEngine) -> dict[str, int]:
    assert engine.client is not None
    return engine.client.run(os.getpid)


def kill_workers_holding(engine: DaskEngine, wanted: str, stop: threading.Event, kills: list[str],
                         limit: int) -> None:
    """Kill (SIGKILL) each worker seen processing a task whose key contains ``wanted``."""
    assert engine.client is not None
    while not stop.is_set() and len(kills) < limit:
        for worker, keys in engine.client.processing().items():
            if any(wanted in str(k) for k in keys):
                pid = worker_pids(engine).get(worker)
                if pid:
                    os.kill(pid, signal.SIGKILL)
                    kills.append(worker)
                    time.sleep(1.0)  # let the scheduler notice before looking again
                break
        time.sleep(0.05)


def test_a_worker_killed_mid_batch_loses_nothing(tmp_path: Path, cluster: DaskEngine) -> None:
    inputs = [articles(tmp_path / "in", 24)]
    stop, kills = threading.Event(), []
    killer = threading.Thread(target=kill_workers_holding, args=(cluster, KEY_PREFIX, stop, kills, 1))
    killer.start()
    try:
        report = run(tmp_path / "dask.db", inputs, ["parse"], engine=cluster, batch_size=3)
    finally:
        stop.set()
        killer.join()
    assert kills, "no worker was killed: the test did not test anything"
    assert report.ok and len(report.analyzed) == 24, [str(e) for e in report.errors]
    run(tmp_path / "local.db", inputs, ["parse"], batch_size=3)
    assert store_content(tmp_path / "local.db") == store_content(tmp_path / "dask.db")


class DieOnPoison(distributed.WorkerPlugin):
    """Installed on every worker (restarted ones too): the process dies as it starts a poison task.

    A real worker death, every time, wherever the scheduler sends the task: what a document that
    crashes the parser or exhausts memory does to a worker.
    """

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish == "executing" and "poison" in str(key):
            os._exit(13)


def test_a_batch_that_keeps_killing_workers_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    import dask

    inputs = [articles(tmp_path / "in", 9, poison_at=3)]  # batch_size 3: the poison leads batch 2
    # Two deaths and the scheduler gives up on a task (the default is 4): keeps the test short.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), DaskEngine(workers=2) as engine:
        assert engine.client is not None
        engine.client.register_plugin(DieOnPoison(), name="die-on-poison")
        report = run(tmp_path / "dask.db", inputs, ["parse"], engine=engine, batch_size=3)
    # The poison's batch-mates were retried alone and stored; the poison alone is one recorded error.
    assert len(report.analyzed) == 8 and "003-poison" not in report.analyzed
    (error,) = report.errors
    assert error.source.endswith("003-poison.txt") and "KilledWorker" in error.reason
    with Store(tmp_path / "dask.db", read_only=True) as store:
        assert [e["source"] for e in store.errors()] == [error.source]
        (run_row,) = store.runs()
        assert (run_row["status"], run_row["n_docs"], run_row["n_errors"]) == ("finished", 8, 1)
