"""Exports keep offsets usable: JSON forms read back equal, CSV text equals text[start:end]."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samples import full_doc, sparse_doc
from spinscope.core.document import Claim, Document, Entity, Quote, Span, Technique
from spinscope.errors import ConfigError
from spinscope.export import (
    annotation_rows,
    csv_columns,
    safe_filename,
    write,
    write_csv,
    write_json_dir,
    write_jsonl,
)


def read_jsonl(data: str) -> list[Document]:
    # Split on "\n" only, as a JSONL reader must; str.splitlines would also split on U+2028.
    return [Document.from_dict(json.loads(line)) for line in data.split("\n") if line]


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fp:
        return list(csv.DictReader(fp))


def test_jsonl_round_trip_keeps_every_annotation() -> None:
    docs = [full_doc(), sparse_doc()]
    buf = io.StringIO()
    assert write_jsonl(docs, buf) == 2
    data = buf.getvalue()
    # U+2028 in the text must not break the one-document-per-line rule for any line splitter.
    assert len(data.splitlines()) == 2
    assert read_jsonl(data) == docs


def test_json_dir_round_trip_and_safe_names(tmp_path: Path) -> None:
    ids = ["../escape", "a/b", "a:b", "CON", "", "Doc", "doc", "Привет-1", "x" * 300]
    docs = []
    for doc_id in ids:
        doc = full_doc()
        doc.id = doc_id
        docs.append(doc)
    out = tmp_path / "json"
    paths = write_json_dir(docs, out)
    assert len(paths) == len(ids)
    assert len({p.name.lower() for p in paths}) == len(ids)
    for path, doc in zip(paths, docs, strict=True):
        assert path.parent == out
        assert path.suffix == ".json"
        assert len(path.name) < 120
        assert Document.from_dict(json.loads(path.read_text(encoding="utf-8"))) == doc
    assert not (tmp_path / "escape.json").exists()
    assert (out / "Привет-1.json").exists()
    assert (out / "Doc.json").exists()


def test_safe_filename_is_stable_and_distinguishes_cleaned_ids() -> None:
    assert safe_filename("plain-id_2.v1") == "plain-id_2.v1"
    assert safe_filename("a/b") == safe_filename("a/b")
    assert safe_filename("a/b") != safe_filename("a:b")
    assert safe_filename("nul").startswith("nul-")
    assert "/" not in safe_filename("../../etc/passwd") and not safe_filename("..").startswith(".")


def test_csv_rows_text_equals_the_span(tmp_path: Path) -> None:
    docs = [full_doc(), sparse_doc()]
    path = tmp_path / "ann.csv"
    with open(path, "w", encoding="utf-8", newline="") as fp:
        n = write_csv(docs, fp)
    rows = read_csv(path)
    assert len(rows) == n
    assert tuple(rows[0]) == csv_columns()
    by_id = {d.id: d for d in docs}
    for row in rows:
        text = by_id[row["doc_id"]].text
        assert row["text"] == text[int(row["start"]) : int(row["end"])]
    full = full_doc()
    pieces = len(full.spans())
    assert sum(r["doc_id"] == "d1" for r in rows) == pieces
    claim = next(r for r in rows if r["layer"] == "claims" and r["item"] == "0")
    assert json.loads(claim["denied_by"]) == ["Critics", "Bob, Jr."]
    assert claim["asserted_by"] == "Anna Kovacs"
    speaker = next(r for r in rows if r["layer"] == "quotes" and r["part"] == "speaker")
    assert (speaker["text"], speaker["speaker"], speaker["label"]) == ("Anna Kovacs", "Anna Kovacs", "direct")
    tech = next(r for r in rows if r["layer"] == "techniques")
    assert (tech["label"], float(tech["score"])) == ("Loaded_Language", 0.91)
    ent = next(r for r in rows if r["layer"] == "entities")
    assert (ent["label"], ent["type"], ent["part"]) == ("Anna Kovacs", "PERSON", "mention")
    # The CRLF inside the claim survives the file round trip.
    assert any("\r\n" in r["text"] for r in rows)


def test_write_dispatches_and_explains_bad_calls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = [full_doc(), sparse_doc()]
    assert write(docs, "jsonl") == 2
    assert read_jsonl(capsys.readouterr().out) == docs
    assert write(docs, "jsonl", tmp_path / "sub" / "a.jsonl") == 2
    assert read_jsonl((tmp_path / "sub" / "a.jsonl").read_text(encoding="utf-8")) == docs
    rows = write(iter(docs), "csv", tmp_path / "a.csv")
    assert rows == len(read_csv(tmp_path / "a.csv"))
    assert write(docs, "json", tmp_path / "dir") == 2
    assert write(docs, "html", tmp_path / "r.html", title="T") == 2
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    with pytest.raises(ConfigError, match="Available formats: jsonl, json, csv, html"):
        write(docs, "xml")
    with pytest.raises(ConfigError, match="needs --out"):
        write(docs, "html")
    with pytest.raises(ConfigError, match="needs --out"):
        write(docs, "json", io.StringIO())


@st.composite
def random_doc(draw: st.DrawFn) -> Document:
    text = draw(
        st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
        | st.text("a\r\n\u2028\x85\"',", max_size=40)
    )
    n = len(text)
    spans = st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted), max_size=4)
    doc = Document(id=draw(st.text(max_size=8)), text=text, title=draw(st.none() | st.text(max_size=10)))
    doc.sentences += [Span(a, b) for a, b in draw(spans)]
    doc.techniques += [Technique(a, b, "Doubt", 0.5, draw(st.text(max_size=5))) for a, b in draw(spans)]
    doc.claims += [Claim(a, b, 0.25, None, [draw(st.text(max_size=5))]) for a, b in draw(spans)]
    doc.quotes += [
        Quote("direct", Span(a, b), None, Span(b, b), draw(st.text(max_size=5)), None) for a, b in draw(spans)
    ]
    doc.entities += [Entity("E", "ORG", [], [Span(a, b)]) for a, b in draw(spans)]
    return doc


@settings(max_examples=150, deadline=None)
@given(st.lists(random_doc(), min_size=1, max_size=3))
@pytest.mark.slow
def test_offsets_survive_jsonl_and_csv_for_random_text(docs: list[Document]) -> None:
    buf = io.StringIO()
    write_jsonl(docs, buf)
    assert read_jsonl(buf.getvalue()) == docs
    table = io.StringIO(newline="")
    write_csv(docs, table)
    rows = list(csv.DictReader(io.StringIO(table.getvalue(), newline="")))
    expected = [(d, r) for d in docs for r in annotation_rows(d)]
    assert len(rows) == len(expected)
    for row, (doc, want) in zip(rows, expected, strict=True):
        assert row["text"] == doc.text[int(row["start"]) : int(row["end"])] == want["text"]
