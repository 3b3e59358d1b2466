"""Text-only analyzers run whole in the side thread beside the earlier ones (core/ahead.py), and the
batch ends exactly as when every analyzer runs one after the other: layers, errors and their order."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from spinscope.core.ahead import runs_ahead
from spinscope.core.document import Document, Span, Technique
from spinscope.core.pipeline import DEFAULT_ANALYZERS, Pipeline
from spinscope.core.registry import Analyzer, register, unregister
from spinscope.ingest.reader import read_paths

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "Minister Ivo Tarn said the report was a fabrication. His spokesman, Lena Brandt, called the claims "
    "part of a smear campaign against Nordhaven.\n\nThe EU called for an investigation."
)


@register
class _First(Analyzer):
    """Test first stage: one sentence per text; fails on 'FIRSTFAIL'."""

    name = "test_ahead_first"
    assigns = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        if "FIRSTFAIL" in doc.text:
            raise RuntimeError("first stage cannot read this")
        doc.sentences = [Span(0, len(doc.text))]
        return doc


@register
class _TextOnly(Analyzer):
    """Test text-only stage: marks every text; records its thread; fails on 'SIDEFAIL'."""

    name = "test_ahead_text_only"
    assigns = ("techniques",)
    threads: list[str] = []

    def __call__(self, doc: Document) -> Document:
        _TextOnly.threads.append(threading.current_thread().name)
        self.clear_layers(doc)
        if "SIDEFAIL" in doc.text:
            raise RuntimeError("side stage cannot read this")
        doc.techniques.append(Technique(0, 3, "Loaded_Language", 1.0, "marker"))
        return doc


@register
class _Reader(Analyzer):
    """Test later stage: reads the text-only stage's layer (it must be complete) and the sentences."""

    name = "test_ahead_reader"
    assigns = ("claims",)
    requires = ("sentences", "techniques")

    def __call__(self, doc: Document) -> Document:
        doc.meta["seen_techniques"] = len(doc.techniques)
        return doc


def _one_by_one(pipe: Pipeline, docs: list[Document]) -> list[Document]:
    """The reference: each analyzer over the batch in turn, nothing run ahead."""
    for analyzer in pipe.analyzers:
        pipe._run_stage(analyzer, docs)
    return pipe._finish(docs)


def _json(docs: list[Document]) -> list[str]:
    """Each document's JSON, error traces left out (they name the thread's own call stack)."""
    out = []
    for d in docs:
        data = d.to_dict()
        for entry in data["meta"].get("analysis_errors", []):
            entry.pop("trace")
        out.append(json.dumps(data, sort_keys=True))
    return out


def _strip_traces(docs: list[Document]) -> list[list[tuple[str, str]]]:
    return [[(e["analyzer"], e["error"]) for e in d.meta.get("analysis_errors", [])] for d in docs]


NAMES = ["test_ahead_first", "test_ahead_text_only", "test_ahead_reader"]


def _docs() -> list[Document]:
    texts = ["A quiet day.", "FIRSTFAIL here.", "SIDEFAIL here.", "FIRSTFAIL and SIDEFAIL.", "Calm again."]
    return [Document(id=f"a{i}", text=t) for i, t in enumerate(texts)]


def test_only_text_only_analyzers_whose_layers_nobody_earlier_touches_run_ahead():
    default = Pipeline(list(DEFAULT_ANALYZERS))
    assert [a.name for a in runs_ahead(default.analyzers)] == ["techniques", "narratives_semeval25"]
    assert [a.name for a in runs_ahead(Pipeline(NAMES).analyzers)] == ["test_ahead_text_only"]
    # The first analyzer never runs ahead; a text-only one writing a layer an earlier one wrote stays in line.
    assert runs_ahead(Pipeline(["test_ahead_text_only", "techniques"]).analyzers) == []
    both = runs_ahead(Pipeline(["parse", "techniques", "test_ahead_text_only"]).analyzers)
    assert [a.name for a in both] == ["techniques"]


def test_text_only_analyzer_runs_in_the_side_thread_and_later_ones_see_its_layer():
    _TextOnly.threads.clear()
    out = Pipeline(NAMES, on_error="record").pipe([Document(id="s", text=TEXT)], threaded=False)
    assert _TextOnly.threads == ["spinscope-prefetch"]
    assert out[0].meta["seen_techniques"] == 1


def test_failures_before_and_inside_the_side_thread_end_as_in_the_sequential_run():
    pipe = Pipeline(NAMES, on_error="record")
    ahead = pipe.pipe(_docs(), threaded=False)
    reference = _one_by_one(pipe, _docs())
    assert _json(ahead) == _json(reference)
    assert _strip_traces(ahead) == _strip_traces(reference)
    # Failed early: nothing from the text-only analyzer, one error only (it was never due to run).
    assert _strip_traces(ahead)[3] == [("test_ahead_first", "RuntimeError: first stage cannot read this")]
    assert ahead[3].techniques == [] and ahead[1].techniques == []
    assert _strip_traces(ahead)[2] == [("test_ahead_text_only", "RuntimeError: side stage cannot read this")]
    assert [d.meta.get("seen_techniques") for d in ahead] == [1, None, None, None, 1]


def test_a_side_failure_is_raised_in_the_caller_with_on_error_raise():
    pipe = Pipeline(NAMES, on_error="raise")
    with pytest.raises(RuntimeError, match="side stage cannot read this"):
        pipe.pipe([Document(id="x", text="SIDEFAIL now.")], threaded=False)


@pytest.mark.slow
def test_default_pipeline_with_the_side_thread_equals_one_analyzer_after_another():
    docs = [d for d in read_paths([REPO / "examples"]) if isinstance(d, Document)]
    joined = "\n\n".join(d.text for d in docs[:4])  # one long document, as `bench_speed --only long` makes

    pipe = Pipeline(on_error="record")
    ahead = pipe.pipe([Document(id="long", text=joined)], threaded=False)
    reference = _one_by_one(pipe, [Document(id="long", text=joined)])
    assert ahead[0].techniques and any(e.role is not None for e in ahead[0].entities)
    assert _json(ahead) == _json(reference)


def test_the_quote_tagger_runs_in_the_side_thread_and_once(monkeypatch):
    from spinscope.analyzers.quotes.tagger import SpanTagger

    seen: list[str] = []
    tag = SpanTagger.tag

    def spy(self, text):
        seen.append(threading.current_thread().name)
        return tag(self, text)

    monkeypatch.setattr(SpanTagger, "tag", spy)  # a spy around the real tagger, which still runs
    pipe = Pipeline(["parse", "entities", "quotes"])
    (doc,) = pipe.pipe([Document(id="q", text=TEXT)], threaded=False)
    assert seen == ["spinscope-prefetch"]
    assert doc.quotes


def teardown_module() -> None:
    for name in NAMES:
        unregister(name)
