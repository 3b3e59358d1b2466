"""Pipeline building and running: requirements checked up front, failures recorded per document."""

from __future__ import annotations

import pytest

from spinscope.core import registry
from spinscope.core.document import Document, Technique
from spinscope.core.pipeline import Pipeline
from spinscope.core.registry import Analyzer, Param, register
from spinscope.errors import ConfigError, UnknownAnalyzerError
from spinscope.models.files import MissingModelError


@register
class ShoutDetector(Analyzer):
    """Test analyzer: tags every all-caps word as Loaded_Language; fails on the word BOOM."""

    name = "test_shout"
    version = "1"
    assigns = ("techniques",)
    requires = ("sentences",)
    params = (Param("min_len", 3, "shortest all-caps word", type=int, low=1),)

    def __call__(self, doc: Document) -> Document:
        import re

        self.clear_layers(doc)
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


def test_a_cache_fact_in_provides_meets_a_requirement():
    assert Pipeline(["parse", "entities"]).names == ["parse", "entities"]
    with pytest.raises(ConfigError, match=r"'entities' needs \['parse'\].*assigns or provides.*: parse"):
        Pipeline(["entities"])


def test_bad_option_value_fails_at_build_naming_option_range_and_value():
    with pytest.raises(ConfigError, match=r"The 'threshold' option of claims must be a number in \[0, 1\] or null\. Got 2\."):
        Pipeline(["parse", "entities", "quotes", "claims"], config={"claims": {"threshold": 2}})
    with pytest.raises(ConfigError, match=r"'min_len' option of test_shout must be an integer >= 1\. Got 0\."):
        Pipeline(["parse", "test_shout"], config={"test_shout": {"min_len": 0}})


def test_register_refuses_assigns_that_are_not_layers_or_fields():
    class Tokens(Analyzer):
        name = "test_tokens"
        assigns = ("sentences", "tokens")

    with pytest.raises(ConfigError, match=r"assigns \['tokens'\].*provides"):
        register(Tokens)
    assert "test_tokens" not in registry.registered()


def test_an_analyzer_written_with_a_defaults_dict_still_takes_its_options():
    class Legacy(Analyzer):
        name = "test_legacy"
        defaults = {"limit": 3}

    assert Legacy().config == {"limit": 3}
    assert Legacy(limit=5).get_config() == {"limit": 5}
    with pytest.raises(ConfigError, match="allowed options: limit"):
        Legacy(limt=5)


def test_rerunning_replaces_the_analyzers_own_layers():
    pipe = Pipeline(["parse", "test_shout"])
    doc = pipe(Document(id="g", text="This is HUGE news."))
    pipe(doc)
    assert [doc.text[t.start:t.end] for t in doc.techniques] == ["HUGE"]


def test_missing_model_files_fail_the_build_naming_them(tmp_path):
    class NeedsWeights(Analyzer):
        name = "test_weights"

        def model_files(self):
            return [tmp_path / "model.onnx", tmp_path / "tokenizer.json"]

    register(NeedsWeights)  # registration never looks at files
    with pytest.raises(MissingModelError, match=r"test_weights: model file\(s\) missing: .*model\.onnx, .*tokenizer\.json.*reinstall"):
        Pipeline(["test_weights"])


def test_a_bundled_analyzer_without_its_weights_fails_loudly():
    from spinscope.analyzers.techniques.tagger import MODEL_DIR, TechniqueTagger

    if (MODEL_DIR / "model.onnx").exists():
        pytest.skip("an fp32 model was exported locally")
    with pytest.raises(MissingModelError, match="techniques: model file.*model.onnx"):
        Pipeline(["techniques"], config={"techniques": {"variant": "fp32"}})
    with pytest.raises(MissingModelError, match="techniques: model file.*model.int8.onnx.*tokenizer.json.*config.json"):
        TechniqueTagger(MODEL_DIR.parent / "no_such_model")


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


def test_default_pipeline_contains_every_default_analyzer():
    assert Pipeline().names == ["parse", "entities", "techniques", "quotes", "claims", "roles", "narratives_semeval25",
                                "ru_parse", "ru_entities", "ru_quotes", "ru_claims", "ru_techniques"]
