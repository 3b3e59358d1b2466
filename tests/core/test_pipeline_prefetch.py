"""Text-only work of later analyzers (``Analyzer.prefetch``) runs beside the earlier ones, changes nothing."""

from __future__ import annotations

import json
import threading

from spinscope.core.document import Document, Technique
from spinscope.core.pipeline import Pipeline
from spinscope.core.registry import Analyzer, register, unregister

TEXT = (
    "Minister Ivo Tarn said the report was a fabrication. His spokesman, Lena Brandt, called the claims "
    "part of a smear campaign against Nordhaven.\n\nThe EU called for an investigation."
)


@register
class _Eager(Analyzer):
    """Test analyzer: prefetches a text fact in ``doc.cache`` and reads it back; prefetch fails on 'BOOM'."""

    name = "test_prefetch_marker"
    assigns = ("techniques",)
    requires = ("sentences",)
    prefetch_threads: list[str] = []

    def prefetch(self, doc: Document) -> None:
        _Eager.prefetch_threads.append(threading.current_thread().name)
        if "BOOM" in doc.text:
            raise RuntimeError("prefetch cannot handle BOOM")
        doc.cache["test_prefetch_words"] = len(doc.text.split())

    def __call__(self, doc: Document) -> Document:
        self.clear_layers(doc)
        words = doc.cache.get("test_prefetch_words", len(doc.text.split()))
        doc.techniques.append(Technique(0, 3, "Loaded_Language", min(1.0, words / 100), "marker"))
        return doc


def test_prefetch_runs_in_a_background_thread_and_its_result_is_read():
    _Eager.prefetch_threads.clear()
    (doc,) = Pipeline(["parse", "test_prefetch_marker"]).pipe([Document(id="p1", text=TEXT)], threaded=False)
    assert _Eager.prefetch_threads == ["spinscope-prefetch"]
    assert doc.techniques[0].score == len(TEXT.split()) / 100
    assert "test_prefetch_words" not in doc.cache  # the cache is dropped after the run, prefetch included


def test_a_failing_prefetch_is_ignored_and_the_analyzer_still_runs():
    docs = [Document(id="ok", text="A quiet day in Nordhaven."), Document(id="bad", text="BOOM went the gun.")]
    out = Pipeline(["parse", "test_prefetch_marker"], on_error="record").pipe(docs, threaded=False)
    assert [len(d.techniques) for d in out] == [1, 1]
    assert not any(d.meta.get("analysis_errors") for d in out)


# Roles are given only where the text casts an actor (issue 22): this text casts two.
CAST = TEXT + " Minister Ivo Tarn ordered the shelling of the market, killing six civilians. The Red Cross evacuated the wounded."


def test_shared_encoder_prefetch_gives_the_same_roles_and_narratives():
    pipe = Pipeline(["parse", "entities", "quotes", "claims", "roles", "narratives_semeval25"])
    with_prefetch = pipe.pipe([Document(id="r1", text=CAST)], threaded=False)[0]
    without = Document(id="r1", text=CAST)
    for analyzer in pipe.analyzers:  # one after the other, nothing ahead of time
        analyzer(without)
    assert any(e.role is not None for e in with_prefetch.entities)
    assert json.dumps(with_prefetch.to_dict(), sort_keys=True) == json.dumps(without.to_dict(), sort_keys=True)


def teardown_module() -> None:
    unregister("test_prefetch_marker")
