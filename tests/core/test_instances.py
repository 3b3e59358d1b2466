"""Shared analyzer instances: one lock per instance, never two threads inside one analyzer, a bounded
shared set, and an edited codebook is a new instance (issue 20 item 8)."""

from __future__ import annotations

import threading
import time

from spinscope.core import instances
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.core.registry import Analyzer, Param, register


@register
class OneAtATime(Analyzer):
    """Records how many threads are inside it at once (a real analyzer, registered as a plugin's is)."""

    name = "test_one_at_a_time"
    assigns = ("sentences",)
    params = (Param("tag", 0, "tells configs apart", type=int),)

    def initialize(self) -> None:
        self.inside = 0
        self.most = 0
        self.calls = 0
        self.guard = threading.Lock()

    def __call__(self, doc: Document) -> Document:
        with self.guard:
            self.inside += 1
            self.most = max(self.most, self.inside)
            self.calls += 1
        time.sleep(0.002)  # long enough for another thread to come in, were it let in
        with self.guard:
            self.inside -= 1
        return doc


def test_pipelines_sharing_an_instance_take_turns_on_it():
    a, b = Pipeline([OneAtATime.name], threaded=False), Pipeline([OneAtATime.name], threaded=True)
    assert a.analyzers[0] is b.analyzers[0]  # shared: initialize() runs once per process
    docs = [[Document(id=f"{t}-{i}", text="x") for i in range(40)] for t in range(4)]
    threads = [threading.Thread(target=(a if t % 2 else b).pipe, args=(docs[t],), kwargs={"batch_size": 2})
               for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    shared = a.analyzers[0]
    assert shared.calls == 160
    assert shared.most == 1


def test_the_shared_set_is_bounded_and_keeps_the_latest():
    first = Pipeline([OneAtATime.name], config={OneAtATime.name: {"tag": 1000}}).analyzers[0]
    for tag in range(instances.KEPT + 5):
        Pipeline([OneAtATime.name], config={OneAtATime.name: {"tag": tag}})
    assert len(instances._shared) <= instances.KEPT
    again = Pipeline([OneAtATime.name], config={OneAtATime.name: {"tag": 1000}}).analyzers[0]
    assert again is not first  # dropped from the set: a new one (the old lives on where it is held)
    assert instances.run_lock(again) is instances.run_lock(again)
    assert instances.run_lock(again) is not instances.run_lock(first)


def test_an_edited_codebook_file_is_a_new_instance(tmp_path):
    book = tmp_path / "b.toml"
    book.write_text('[[narrative]]\nid = "a"\nlabel = "Dunmark provokes"\n', encoding="utf-8")
    config = {"codebook": {"file": str(book)}}
    before = Pipeline(["parse", "codebook"], config=config).analyzers[-1]
    assert Pipeline(["parse", "codebook"], config=config).analyzers[-1] is before
    book.write_text('[[narrative]]\nid = "a"\nlabel = "Dunmark provokes us"\n', encoding="utf-8")
    after = Pipeline(["parse", "codebook"], config=config).analyzers[-1]
    assert after is not before and after.codebook.narratives[0].label == "Dunmark provokes us"


def test_constructors_do_no_io_and_the_pipeline_build_checks_files(tmp_path):
    """scikit-learn style: building an analyzer reads no file; building a pipeline checks them all."""
    import pytest

    from spinscope.core import registry
    from spinscope.errors import SpinscopeError

    missing = str(tmp_path / "nowhere.toml")
    codebook = registry.get("codebook")(file=missing)  # no file read: nothing raised yet
    entities = registry.get("entities")(aliases=str(tmp_path / "nowhere.tsv"))
    with pytest.raises(SpinscopeError, match="nowhere.toml"):
        codebook.check()
    with pytest.raises(SpinscopeError, match="nowhere.tsv"):
        entities.check()
    with pytest.raises(SpinscopeError, match="nowhere.toml"):
        Pipeline(["parse", "codebook"], config={"codebook": {"file": missing}})
