"""Inputs that were read wrongly or reported misleadingly (issue 14); each test failed before its fix."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from spinscope.core.document import Document
from spinscope.errors import InputError
from spinscope.ingest.reader import HUGE_HTML_DEPTH, read_bytes, read_paths, read_stdin

PIER = "<p>" + "The Varnia harbour council met on Tuesday to discuss the plan for the new pier. " * 12 + "</p>"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_jsonl_rows_keep_raw_line_separators_inside_strings(separator: str) -> None:
    rows = [
        json.dumps({"id": "a", "text": f"First part{separator}second part."}, ensure_ascii=False),
        '{"id": "b", "text": "unterminated',
        json.dumps({"id": "c", "text": "Third row."}),
    ]
    items = list(read_bytes("\n".join(rows).encode(), "feed.jsonl", ".jsonl", "feed"))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert items[0].text == f"First part{separator}second part."  # exactly, separator kept
    assert items[1].row == 2 and items[2].meta["row"] == 3  # rows the file really has


def test_jsonl_from_stdin_with_a_line_separator_is_read_as_jsonl() -> None:
    import io

    data = json.dumps({"id": "s", "text": "Up\u2028down"}, ensure_ascii=False).encode() + b"\r\n"
    (doc,) = read_stdin(io.BytesIO(data))
    assert isinstance(doc, Document) and doc.text == "Up\u2028down"


def test_json_error_messages_never_say_at_at() -> None:
    for data, suffix in ((b'{"text": "never closed', ".jsonl"), (b'{"text": "never closed', ".json"),
                         (b'{"text": "tab\tinside"}', ".jsonl")):
        (err,) = read_bytes(data, "x" + suffix, suffix, "x")
        assert isinstance(err, InputError)
        assert " at at " not in str(err) and "column" in str(err), str(err)


def test_a_self_looping_symlink_gets_a_message(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Title\n\nA short article about a ferry.", encoding="utf-8")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink("missing.txt", tmp_path / "dangling.txt")
    items = list(read_paths([tmp_path]))
    errors = {Path(i.source).name: i.reason for i in items if isinstance(i, InputError)}
    assert "loops back on itself" in errors["loop.txt"]
    assert "missing.txt" in errors["dangling.txt"]
    assert [i.id for i in items if isinstance(i, Document)] == ["good"]
    (named,) = read_paths([tmp_path / "loop.txt"])  # named on the command line, too
    assert isinstance(named, InputError) and "loops back on itself" in named.reason


def nested(depth: int) -> bytes:
    return ("<html><head><title>Pier</title></head><body><article>" + "<div>" * depth + PIER
            + "</div>" * depth + "</article></body></html>").encode()


@pytest.mark.parametrize("depth", [254, 300, 1500])
def test_deeply_nested_html_keeps_its_article(depth: int) -> None:
    (doc,) = read_bytes(nested(depth), "deep.html", ".html", "deep")
    assert isinstance(doc, Document), doc
    assert "Varnia harbour council" in doc.text


@pytest.mark.slow
def test_html_beyond_the_parser_limit_says_why() -> None:
    (err,) = read_bytes(nested(HUGE_HTML_DEPTH + 100), "deeper.html", ".html", "deeper")
    assert isinstance(err, InputError)
    assert "nested more than" in err.reason and "is it an article page" not in err.reason


def test_a_page_of_links_is_no_article_but_an_article_with_links_is() -> None:
    from spinscope.core.document import Document
    from spinscope.errors import InputError
    from spinscope.ingest.reader import read_bytes

    menu = b"<html><body><nav><a href='/'>Home</a> | <a href='/w'>World</a></nav><footer>About us</footer></body></html>"
    (err,) = read_bytes(menu, "menu.html", ".html", "menu")
    assert isinstance(err, InputError) and "navigation" in err.reason
    page = (b"<html><body><nav><a href='/'>Home</a></nav><article><h1>Port reopens</h1><p>The port reopened on "
            b"Monday, <a href='/p'>officials said</a>, after two weeks of repairs to the northern quay.</p>"
            b"</article></body></html>")
    (doc,) = read_bytes(page, "port.html", ".html", "port")
    assert isinstance(doc, Document) and "northern quay" in doc.text
