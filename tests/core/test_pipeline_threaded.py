"""The threaded pipeline (analyzers as overlapping stages) gives exactly what the sequential one gives."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from spinscope.core.document import Document, Technique
from spinscope.core.pipeline import Pipeline
from spinscope.core.registry import Analyzer, register, unregister
from spinscope.ingest.reader import read_paths

REPO = Path(__file__).resolve().parents[2]


def _corpus() -> list[Document]:
    docs = [d for d in read_paths([REPO / "examples", REPO / "tests" / "snapshots" / "texts"]) if isinstance(d, Document)]
    assert len(docs) >= 10
    return docs


def _json(docs: list[Document]) -> list[str]:
    return [json.dumps(d.to_dict(), sort_keys=True) for d in docs]


@pytest.mark.slow
def test_threaded_equals_sequential_on_the_example_corpus():
    pipe = Pipeline(on_error="record")
    sequential = pipe.pipe(_corpus(), threaded=False)
    threaded = pipe.pipe(_corpus(), threaded=True)
    assert [d.id for d in threaded] == [d.id for d in sequential]
    assert _json(threaded) == _json(sequential)
    assert not any(d.meta.get("analysis_errors") for d in threaded)


@register
class _Slow(Analyzer):
    """Test stage: records which thread ran it and marks each document; fails on 'BOOM'."""

    name = "test_stage_marker"
    assigns = ("techniques",)
    requires = ("sentences",)
    threads_seen: set[str] = set()

    def __call__(self, doc: Document) -> Document:
        _Slow.threads_seen.add(threading.current_thread().name)
        self.clear_layers(doc)
        if "BOOM" in doc.text:
            raise RuntimeError("cannot handle BOOM")
        doc.techniques.append(Technique(0, 3, "Loaded_Language", 1.0, "marker"))
        return doc


def _docs(n: int, bad: tuple[int, ...] = ()) -> list[Document]:
    return [Document(id=f"t{i}", text=("BOOM went the gun." if i in bad else f"Doc {i} is quiet.")) for i in range(n)]


def test_threaded_keeps_order_and_records_errors_per_document():
    _Slow.threads_seen.clear()
    out = Pipeline(["parse", "test_stage_marker"], on_error="record").pipe(_docs(23, bad=(5, 17)), batch_size=4)
    assert [d.id for d in out] == [f"t{i}" for i in range(23)]
    failed = [d.id for d in out if d.meta.get("analysis_errors")]
    assert failed == ["t5", "t17"]
    assert out[5].meta["analysis_errors"][0]["error"] == "RuntimeError: cannot handle BOOM"
    assert all(d.techniques for d in out if d.id not in failed)
    assert all(not d.cache for d in out)  # parses dropped after the run
    assert any(name.startswith("spinscope-stage-") for name in _Slow.threads_seen)


def test_threaded_raise_mode_raises_in_the_caller_and_stops_the_stages():
    pipe = Pipeline(["parse", "test_stage_marker"], on_error="raise")
    before = threading.active_count()
    seen = []
    with pytest.raises(RuntimeError, match="cannot handle BOOM"):
        for d in pipe.stream(_docs(30, bad=(9,)), batch_size=2):
            seen.append(d.id)
    assert seen == [f"t{i}" for i in range(8)]  # everything before the failing batch, in order
    assert threading.active_count() == before


def test_stopping_early_leaves_no_stage_thread_behind():
    pipe = Pipeline(["parse", "test_stage_marker"])
    before = threading.active_count()
    stream = pipe.stream(_docs(40), batch_size=2)
    assert next(stream).id == "t0"
    stream.close()
    assert threading.active_count() == before


def test_input_is_read_in_the_calling_thread_and_memory_is_bounded():
    readers: set[str] = set()
    produced = []

    def source():
        for d in _docs(60):
            readers.add(threading.current_thread().name)
            produced.append(d.id)
            yield d

    pipe = Pipeline(["parse", "test_stage_marker"])
    stream = pipe.stream(source(), batch_size=4)
    next(stream)
    assert readers == {threading.current_thread().name}
    assert len(produced) < 30  # not read ahead without bound
    stream.close()


def teardown_module() -> None:
    unregister("test_stage_marker")
