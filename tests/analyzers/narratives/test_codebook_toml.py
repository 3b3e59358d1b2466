"""Codebook TOML parsing: what a good file gives, and errors that name the file, table and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.analyzers.narratives.codebook import DEFAULT_CODEBOOK, CodebookError, load_codebook
from spinscope.core.pipeline import Pipeline
from spinscope.errors import ConfigError

REPO = Path(__file__).resolve().parents[3]
GOOD = """
name = "tarn-watch"
threshold = 0.4

[[narrative]]
id = "plot"
label = "The unrest is a foreign plot"
description = "Protests are staged from abroad."
examples = ["The marches were paid for by Dunmark.", "Foreign money organised the riots."]

[[narrative]]
id = "paid-media"
parent = "plot"
label = "Independent media are paid by foreigners"
"""


def write(tmp_path: Path, text: str, name: str = "book.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_codebook_reads_every_field(tmp_path):
    book = load_codebook(write(tmp_path, GOOD))
    assert book.name == "tarn-watch" and book.threshold == 0.4
    plot, media = book.narratives
    assert (plot.id, plot.label, plot.parent) == ("plot", "The unrest is a foreign plot", None)
    assert plot.examples == ("The marches were paid for by Dunmark.", "Foreign money organised the riots.")
    assert plot.prototypes()[0] == "The unrest is a foreign plot. Protests are staged from abroad."
    assert (media.parent, media.description, media.examples) == ("plot", "", ())


def test_the_name_defaults_to_the_file_stem(tmp_path):
    book = load_codebook(write(tmp_path, GOOD.replace('name = "tarn-watch"\n', ""), "my-narratives.toml"))
    assert book.name == "my-narratives"


def test_the_bundled_and_example_codebooks_are_valid():
    assert load_codebook(DEFAULT_CODEBOOK).name == "common"
    example = load_codebook(REPO / "examples/narratives/codebook.toml")
    assert example.name == "veloria-state-media" and len(example.narratives) >= 5
    assert example.get("western-smear").parent == "hybrid-war"


@pytest.mark.parametrize(("text", "parts"), [
    (GOOD.replace('label = "The unrest is a foreign plot"\n', ""), ["[[narrative]] #1", "'plot'", "'label'", "missing"]),
    (GOOD.replace('id = "paid-media"\n', ""), ["[[narrative]] #2", "'id'", "missing"]),
    (GOOD.replace('examples = ["The marches were paid for by Dunmark.", "Foreign money organised the riots."]',
                  'examples = "The marches were paid for."'), ["#1", "'plot'", "'examples'", "list of non-empty strings"]),
    (GOOD.replace('parent = "plot"', 'parent = "plott"'), ["#2", "'paid-media'", "'parent'", "'plott'"]),
    (GOOD.replace('id = "paid-media"', 'id = "plot"'), ["#2", "'id'", "repeats", "#1"]),
    (GOOD.replace('description = "Protests', 'descripton = "Protests'), ["#1", "unknown field 'descripton'"]),
    (GOOD.replace("threshold = 0.4", "threshold = 4"), ["'threshold'", "[0, 1]", "4"]),
    (GOOD.replace('label = "Independent media are paid by foreigners"', "label = 7"), ["#2", "'label'", "7"]),
    ('name = "empty"\n', ["no [[narrative]] tables"]),
    ("[[narrative]\nid = 1", ["not valid TOML", "line 1"]),
])
def test_errors_name_the_file_the_table_and_the_field(tmp_path, text, parts):
    path = write(tmp_path, text)
    with pytest.raises(CodebookError) as err:
        load_codebook(path)
    message = str(err.value)
    for part in [str(path), *parts]:
        assert part in message, f"{part!r} missing from {message!r}"


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(CodebookError, match=r"nope\.toml: codebook file not found"):
        load_codebook(tmp_path / "nope.toml")


def test_a_bad_codebook_fails_when_the_pipeline_is_built(tmp_path):
    path = write(tmp_path, GOOD.replace('id = "plot"\n', ""))
    with pytest.raises(ConfigError, match=r"book\.toml, \[\[narrative\]\] #1: field 'id' is missing"):
        Pipeline(["parse", "codebook"], config={"codebook": {"file": str(path)}})
