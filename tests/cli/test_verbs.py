"""The plain functions behind the verbs, called directly (no subprocess), on real documents and stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.cli.analyze import count_inputs, duplicate_lines, parse_analyzer_options, summary_line
from spinscope.cli.analyzers import describe_analyzers
from spinscope.cli.common import analyzer_names
from spinscope.cli.documents import document_summary, error_line, missing_ids
from spinscope.cli.settings import settings_text
from spinscope.core.document import Claim, Document, Entity, Quote, Span, Technique
from spinscope.core.params import Param
from spinscope.core.registry import Analyzer
from spinscope.engine.batch import BatchReport
from spinscope.errors import ConfigError
from spinscope.settings import SETTINGS
from spinscope.store import Store


def annotated() -> Document:
    text = 'The [bold]mayor[/bold] said "the plan is a disaster". Critics denied the budget had doubled.'
    at = text.index
    return Document(
        id="d1", text=text, title="Plan [row]", source="Coast Daily", published="2024-01-15",
        sentences=[Span(0, at("Critics") - 1), Span(at("Critics"), len(text))],
        techniques=[Technique(start=at("a disaster"), end=at("a disaster") + 10, technique="Loaded_Language", score=0.9)],
        quotes=[Quote(kind="direct", content=Span(at("the plan"), at('".')), speaker_name="the mayor")],
        claims=[Claim(start=at("the budget"), end=len(text) - 1, score=0.75, denied_by=["Critics"])],
        entities=[Entity(name="Coast Council", type="ORG", aliases=["the council"], mentions=[Span(4, 22)])],
    )


def test_document_summary_lists_every_layer_and_keeps_brackets_as_text():
    lines = document_summary(annotated()).plain.splitlines()
    assert lines[0] == "Plan [row]  (Coast Daily, 2024-01-15)"
    assert lines[1] == "14 words, 2 sentences"
    assert "techniques (1)" in lines and "  Loaded_Language (0.90): 'a disaster'" in lines
    assert "  direct — the mayor: 'the plan is a disaster'" in lines
    assert "  0.75 by ? — denied by Critics: 'the budget had doubled'" in lines
    assert "  Coast Council [ORG] ×1 aka the council" in lines
    assert lines[-1] == "  Coast Council [ORG] ×1 aka the council"


def test_document_summary_of_a_bare_document():
    lines = document_summary(Document(id="bare", text="Nothing here.")).plain.splitlines()
    assert lines[0] == "bare  (unknown outlet, no date)"
    assert [line for line in lines if line.endswith("(0)")] == ["techniques (0)", "quotes (0)", "claims (0)", "entities (0)"]


def test_missing_ids_and_error_lines_on_a_real_store(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        store.save(annotated())
        store.record_error("feed.jsonl", "malformed JSON", 3, None)
        assert missing_ids(store, ["d1", "zz", "aa"]) == ["aa", "zz"]
        (row,) = store.errors()
    assert error_line(row).endswith("run None  feed.jsonl, row 3: malformed JSON")


def test_parse_analyzer_options_reads_json_values_and_rejects_bad_items():
    assert parse_analyzer_options(["quotes.tagger=false", "claims.threshold=0.5", "entities.aliases=a.tsv"]) == {
        "quotes": {"tagger": False}, "claims": {"threshold": 0.5}, "entities": {"aliases": "a.tsv"}}
    for bad in ("quotes.tagger", "tagger=false", ".x=1", "quotes.=1"):
        with pytest.raises(ConfigError, match="ANALYZER.OPTION=VALUE"):
            parse_analyzer_options([bad])


def test_analyzer_names():
    assert analyzer_names(None) is None and analyzer_names("") is None
    assert analyzer_names(" parse, entities,,") == ["parse", "entities"]


def test_count_inputs_counts_files_and_rows_and_is_unknown_for_stdin(tmp_path: Path):
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>B</p>", encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 2
    (tmp_path / "rows.csv").write_text('text\nx\n"two\nlines"\n', encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{broken\n', encoding="utf-8")
    (tmp_path / "list.json").write_text('[{"text": "x"}, {"text": "y"}]', encoding="utf-8")
    (tmp_path / "open.csv").write_text('text\nx\n"never closed\n', encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 2 + 2 + 3 + 2 + 2
    assert count_inputs([str(tmp_path / "a.txt"), "-"]) is None


def test_report_lines():
    report = BatchReport(analyzed=["a", "b"], unchanged=["c"], exact_duplicates=[("d", "a")],
                         near_duplicates=[("e", "b", 0.83)], republished=[("f", "a")], seconds=2.04)
    assert duplicate_lines(report) == ["duplicate: d has the same text as a; stored once",
                                       "republished: f is a new publication of the text of a (analysed once)",
                                       "near-duplicate: e is 83% similar to b"]
    assert summary_line(report, Path("x.db")) == (
        "2 analysed, 1 unchanged, 1 republished, 1 exact and 1 near duplicates, 0 errors in 2.0 s; store: x.db")


def test_describe_analyzers_names_what_each_adds_and_needs():
    class Shouting(Analyzer):
        """Flags all-caps words.

        More text that is not shown.
        """

        name = "shouting"
        version = "2"
        assigns = ("techniques",)
        requires = ("sentences",)

    text = describe_analyzers({"shouting": Shouting})
    assert text.splitlines() == ["shouting v2: Flags all-caps words.", "    adds techniques; needs sentences"]


def test_describe_analyzers_lists_declared_options_with_defaults_and_help():
    class Shouting(Analyzer):
        """Flags all-caps words."""

        name = "shouting"
        assigns = ("techniques",)
        params = (Param("min_len", 3, "shortest all-caps word", type=int, low=1),
                  Param("mode", "strict", "", choices=("strict", "loose")))

    assert describe_analyzers({"shouting": Shouting}).splitlines()[2:] == [
        "    options (--set):",
        "      shouting.min_len (default 3; an integer >= 1): shortest all-caps word",
        '      shouting.mode (default "strict"; one of "strict", "loose")',
    ]


def test_every_registered_analyzer_documents_its_options():
    from spinscope.core import registry

    text = describe_analyzers(registry.registered())
    for name, cls in registry.registered().items():
        for param in cls.params:
            assert f"      {name}.{param.name} (default " in text


def test_settings_text_has_every_setting_once():
    text = settings_text()
    assert [line.split(" = ")[0] for line in text.splitlines() if not line.startswith(" ")] == [s.name for s in SETTINGS]
    assert 'db_path = "spinscope.db"' in text
