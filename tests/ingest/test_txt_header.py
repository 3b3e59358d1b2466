"""A .txt can carry its metadata in a header block; the stored text is the article after it, exactly."""

from __future__ import annotations

from spinscope.core.document import Document
from spinscope.errors import InputError
from spinscope.ingest.reader import read_bytes
from spinscope.ingest.txt_header import split_header

ARTICLE = "Ministry rejects report\n\nThe ministry said on Monday that the report was a smear.\r\n"


def one(data: str) -> Document | InputError:
    (item,) = list(read_bytes(data.encode("utf-8"), "a.txt", ".txt", "a"))
    return item


def test_a_header_block_sets_metadata_and_the_text_starts_after_it() -> None:
    header = "Title: The real headline\nsource: Nordhaven Wire\nURL: https://www.nordhaven.example/a/1\nPublished: May 5, 2026\n\n"
    doc = one(header + ARTICLE)
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE  # exactly what follows the blank line
    assert (doc.title, doc.source, doc.url, doc.published) == (
        "The real headline", "Nordhaven Wire", "https://www.nordhaven.example/a/1", "2026-05-05")
    assert doc.meta["text_offset"] == len(header) and doc.meta["published_raw"] == "May 5, 2026"


def test_without_a_title_key_the_first_line_of_the_article_is_the_title_and_the_url_names_the_outlet() -> None:
    doc = one("URL: https://m.alpha.example/x\n\n" + ARTICLE)
    assert isinstance(doc, Document)
    assert (doc.title, doc.source, doc.text) == ("Ministry rejects report", "alpha.example", ARTICLE)


def test_what_only_looks_like_a_header_stays_text() -> None:
    for text in ("Source: a ministry statement says this\nand more lines follow\n\nBody.",  # not all keys
                 "Note: draft\n\nBody.",  # an unknown key
                 "Title: A\nTitle: B\n\nBody.",  # a key twice
                 "Title: only a header\n"):  # no article after it
        doc = one(text)
        assert isinstance(doc, Document) and doc.text == text and "text_offset" not in doc.meta
    assert split_header("Title: x\n\n   \n") == ({}, 0)
