"""Every input format, read exactly; every kind of bad input, reported and never fatal."""

from __future__ import annotations

import io
import json
from pathlib import Path

from spinscope.core.document import Document
from spinscope.errors import InputError
from spinscope.ingest.reader import read_paths

ARTICLE = "Minister rejects “smear campaign”\r\n\r\nThe minister said the reports were false.\n  Second  line\twith tabs.\n"


def _read(tmp_path: Path, *names: str) -> tuple[list[Document], list[InputError]]:
    items = list(read_paths([tmp_path / n for n in names]))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


def test_txt_text_is_the_decoded_file_byte_for_byte(tmp_path):
    (tmp_path / "a1.txt").write_bytes(ARTICLE.encode("utf-8"))
    docs, errors = _read(tmp_path, "a1.txt")
    assert errors == []
    assert docs[0].id == "a1"
    assert docs[0].text == ARTICLE
    assert docs[0].title == "Minister rejects “smear campaign”"
    assert docs[0].meta["content_hash"]


def test_txt_single_line_has_no_title(tmp_path):
    (tmp_path / "one.txt").write_text("Just one line of text.", encoding="utf-8")
    docs, _ = _read(tmp_path, "one.txt")
    assert docs[0].title is None


def test_utf8_bom_is_dropped_but_nothing_else(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfTitle\n\nBody  text.")
    docs, _ = _read(tmp_path, "bom.txt")
    assert docs[0].text == "Title\n\nBody  text."


def test_html_main_text_extracted_without_boilerplate(tmp_path):
    html = """<html><head><title>Talks resume | Example Times</title>
    <meta property="article:published_time" content="2026-05-04T08:00:00Z"></head><body>
    <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Talks resume in Geneva</h1>
    <p>Delegations from both sides met on Monday, the mediator said, and agreed to meet again next week.</p>
    <p>&ldquo;We are cautiously optimistic,&rdquo; the mediator told reporters outside the building.</p></article>
    <footer>Subscribe to our newsletter. Copyright 2026.</footer></body></html>"""
    (tmp_path / "talks.html").write_text(html, encoding="utf-8")
    docs, errors = _read(tmp_path, "talks.html")
    assert errors == []
    doc = docs[0]
    assert "Delegations from both sides met on Monday" in doc.text
    assert "“We are cautiously optimistic,”" in doc.text
    assert "Subscribe" not in doc.text and "Home" not in doc.text
    assert doc.published == "2026-05-04"
    assert doc.meta["format"] == "html"


def test_jsonl_rows_with_metadata_and_bad_rows(tmp_path):
    rows = [
        json.dumps({"id": "r1", "title": "One", "text": "First text.", "source": "Wire", "published": "2026-02-01"}),
        "{not json",
        json.dumps({"id": "r3", "title": "No text"}),
        json.dumps({"text": "   "}),
        "",
        json.dumps({"text": "Row without id.", "url": "https://example.org/x"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(rows), encoding="utf-8")
    docs, errors = _read(tmp_path, "feed.jsonl")
    assert [d.id for d in docs] == ["r1", "feed-6"]
    assert docs[0].source == "Wire" and docs[0].published == "2026-02-01"
    assert docs[1].url == "https://example.org/x"
    assert [(e.row, e.reason.split(":")[0]) for e in errors] == [
        (2, "malformed JSON"), (3, "missing 'text' (a string) field"), (4, "empty document (no text)")]
    assert all(e.source.endswith("feed.jsonl") for e in errors)


def test_csv_keeps_embedded_newlines_and_reports_bad_rows(tmp_path):
    data = 'id,title,text,source,url,published\nc1,T1,"Line one\r\nline two, with comma",Wire,,2026-01-01\nc2,T2,,Wire,,\nc3,T3,ok,Wire,,,extra\n'
    (tmp_path / "rows.csv").write_bytes(data.encode())
    docs, errors = _read(tmp_path, "rows.csv")
    assert [d.id for d in docs] == ["c1"]
    assert docs[0].text == "Line one\r\nline two, with comma"
    assert [e.row for e in errors] == [2, 3]
    assert "more fields than the header" in errors[1].reason


def test_csv_without_text_column(tmp_path):
    (tmp_path / "bad.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    docs, errors = _read(tmp_path, "bad.csv")
    assert docs == [] and "needs a 'text' column" in errors[0].reason


def test_bad_files_each_get_a_specific_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("café au lait".encode("latin-1"))
    (tmp_path / "big.txt").write_bytes(b"word " * 300)
    items = list(read_paths([tmp_path / n for n in ("empty.txt", "blank.txt", "binary.txt", "latin1.txt")]))
    reasons = {Path(e.source).name: e.reason for e in items}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert "not valid UTF-8 (byte 0xe9 at offset 3)" in reasons["latin1.txt"]
    big = list(read_paths([tmp_path / "big.txt"], max_bytes=1000))
    assert isinstance(big[0], InputError) and "over the 1,000-byte limit" in big[0].reason


def test_folders_are_recursive_sorted_and_skip_hidden_and_unknown(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text("B\n\nbody b", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A\n\nbody a", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.txt").write_text("C\n\nbody c", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    docs = [i for i in read_paths([tmp_path]) if isinstance(i, Document)]
    assert [d.id for d in docs] == ["b", "a", "c"]


def test_missing_path_and_unsupported_file_named_explicitly(tmp_path):
    (tmp_path / "x.docx").write_bytes(b"PK\x03\x04data")
    items = list(read_paths([tmp_path / "nope.txt", tmp_path / "x.docx"]))
    assert items[0].reason == "no such file or folder"
    assert items[1].reason.startswith("unsupported file type .docx")


def test_same_file_name_in_two_folders_keeps_both(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Title\n\nBody from {folder}.", encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert [d.id for d in docs] == ["report", "report~2"]


def test_stdin_text_and_stdin_jsonl():
    (doc,) = list(read_paths(["-"], stdin=io.BytesIO("Headline\n\nBody “quoted”.".encode())))
    assert doc.text == "Headline\n\nBody “quoted”." and doc.id.startswith("stdin-")
    docs = list(read_paths(["-"], stdin=io.BytesIO(b'{"id": "s1", "text": "one"}\n{"id": "s2", "text": "two"}\n')))
    assert [d.id for d in docs] == ["s1", "s2"]


def test_jsonl_and_csv_rows_obey_max_bytes_not_the_default(tmp_path):
    """--max-bytes limits each row of a table too, not only whole .txt/.html files."""
    row_text = "word " * 300  # 1,500 bytes: over a 1,000-byte limit, far under the default
    (tmp_path / "rows.jsonl").write_text(json.dumps({"id": "j1", "text": row_text}) + "\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text(f"id,text\nc1,{row_text}\n", encoding="utf-8")
    items = list(read_paths([tmp_path / "rows.jsonl", tmp_path / "rows.csv"], max_bytes=1000))
    assert all(isinstance(i, InputError) for i in items), items
    assert [(Path(e.source).name, e.row) for e in items] == [("rows.jsonl", 1), ("rows.csv", 1)]
    assert all("over the 1,000-byte limit" in e.reason for e in items)
    # The same rows pass under a limit they fit.
    assert all(isinstance(i, Document) for i in read_paths([tmp_path / "rows.jsonl", tmp_path / "rows.csv"], max_bytes=2000))
