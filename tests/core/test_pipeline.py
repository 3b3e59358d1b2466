"""Pipeline building and running: requirements checked up front, failures recorded per document."""

from __future__ import annotations

import pytest

from spinscope.core import registry
from spinscope.core.document import Document, Technique
from spinscope.core.pipeline import Pipeline
from spinscope.core.registry import Analyzer, register
from spinscope.errors import ConfigError, UnknownAnalyzerError


@register
class ShoutDetector(Analyzer):
    """Test analyzer: tags every all-caps word as Loaded_Language; fails on the word BOOM."""

    name = "test_shout"
    version = "1"
    assigns = ("techniques",)
    requires = ("sentences",)
    defaults = {"min_len": 3}

    def __call__(self, doc: Document) -> Document:
        import re

        if "BOOM" in doc.text:
            raise RuntimeError("cannot handle BOOM")
        for m in re.finditer(rf"\b[A-Z]{{{self.config['min_len']},}}\b", doc.text):
            doc.techniques.append(Technique(m.start(), m.end(), "Loaded_Language", 1.0, "all caps"))
        return doc


def test_unknown_analyzer_lists_available_ones():
    with pytest.raises(UnknownAnalyzerError, match="Available analyzers: .*entities.*parse"):
        Pipeline(["parse", "nonsense"])


def test_missing_requirement_is_caught_at_build_time():
    with pytest.raises(ConfigError, match=r"'test_shout' needs \['sentences'\].*parse"):
        Pipeline(["test_shout"])


def test_unknown_option_names_the_allowed_ones():
    with pytest.raises(ConfigError, match="unknown option.*allowed options: min_len"):
        Pipeline(["parse", "test_shout"], config={"test_shout": {"minlen": 2}})


def test_failure_is_recorded_on_that_document_only():
    pipe = Pipeline(["parse", "test_shout"], on_error="record")
    good, bad = Document(id="g", text="This is HUGE news."), Document(id="b", text="It went BOOM.")
    out = pipe.pipe([good, bad])
    assert [d.id for d in out] == ["g", "b"]
    assert good.text[good.techniques[0].start:good.techniques[0].end] == "HUGE"
    assert bad.meta["analysis_errors"][0]["analyzer"] == "test_shout"
    assert "cannot handle BOOM" in bad.meta["analysis_errors"][0]["error"]


def test_raise_policy_raises():
    with pytest.raises(RuntimeError, match="BOOM"):
        Pipeline(["parse", "test_shout"])(Document(id="b", text="BOOM"))


def test_version_changes_with_config_and_models_load_once():
    a = Pipeline(["parse", "test_shout"])
    b = Pipeline(["parse", "test_shout"], config={"test_shout": {"min_len": 2}})
    assert a.version != b.version
    assert a.analyzers[0] is b.analyzers[0]  # the spaCy analyzer instance is shared per process


def test_default_pipeline_contains_only_registered_analyzers():
    assert set(Pipeline().names) <= set(registry.registered())
    assert Pipeline().names[:2] == ["parse", "entities"]
