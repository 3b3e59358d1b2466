"""Publication dates in the forms feeds and pages write them, and the outlet taken from a URL."""

from __future__ import annotations

import json

import pytest

from spinscope.ingest.dates import DateError, as_utc, normalize_date
from spinscope.ingest.outlets import outlet_from_url
from spinscope.ingest.reader import read_bytes


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2019-09-24T14:05:00+02:00", "2019-09-24T14:05:00+02:00"),
        ("2019-09-24T14:05:00Z", "2019-09-24T14:05:00+00:00"),
        ("2019-09-24", "2019-09-24"),
        ("Tue, 24 Sep 2019 14:05:00 +0200", "2019-09-24T14:05:00+02:00"),
        ("Tue, 24 Sep 2019 12:05:00 GMT", "2019-09-24T12:05:00+00:00"),
        ("Tue, 24 Sep 19 08:05:00 EST", "2019-09-24T08:05:00-05:00"),
        ("September 24, 2019", "2019-09-24"),
        ("Sept. 24, 2019 at 2:05 PM", "2019-09-24T14:05:00"),
        ("Monday, September 23, 2019 10:00", "2019-09-23T10:00:00"),
        ("24 September 2019", "2019-09-24"),
        ("24 Sep 2019 14:05 +03:00", "2019-09-24T14:05:00+03:00"),
        ("24.09.2019 14:05", "2019-09-24T14:05:00"),
        ("03.04.2019", "2019-04-03"),  # day first
        ("09/24/2019", "2019-09-24"),  # 24 cannot be a month: month first
        ("2019/09/24 08:00", "2019-09-24T08:00:00"),
    ],
)
def test_each_form_becomes_iso_8601_with_its_offset(raw: str, iso: str) -> None:
    assert normalize_date(raw) == iso


@pytest.mark.parametrize("raw", ["", "soon", "31.02.2019", "Smarch 3, 2019", "2019-13-01"])
def test_a_date_that_is_not_one_is_refused_by_name(raw: str) -> None:
    with pytest.raises(DateError, match="date|month"):
        normalize_date(raw)


def test_dates_compare_across_offsets_in_utc() -> None:
    a = as_utc("2019-09-24T14:05:00+02:00")
    b = as_utc("Tue, 24 Sep 2019 12:05:00 GMT")
    assert a == b
    assert as_utc(None) is None and as_utc("whenever") is None


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.Daily-Lantern.example/2024/03/01/story", "daily-lantern.example"),
        ("http://m.harbour-post.example/a", "harbour-post.example"),
        ("//amp.kestrel.example/x", "kestrel.example"),
        ("https://news.kestrel.example/x", "news.kestrel.example"),
        ("https://www.example/x", "www.example"),  # a bare "www." domain is kept
        ("not a url", None),
        ("https://localhost/x", None),
        ("", None),
    ],
)
def test_outlet_from_the_url_domain(url: str, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_jsonl_rows_get_iso_dates_and_an_outlet_from_the_url() -> None:
    rows = [
        {"id": "a", "text": "Ministers met.", "published": "24.09.2019 14:05", "url": "https://www.lantern.example/a"},
        {"id": "b", "text": "Ministers met again.", "published": "2019-09-25T08:00:00+02:00", "source": "Harbour Post",
         "url": "https://harbour.example/b"},
        {"id": "c", "text": "Nobody met.", "published": "the day after", "source": "Kestrel"},
        {"id": "d", "text": "No date at all."},
    ]
    data = "\n".join(json.dumps(r) for r in rows).encode()
    docs = {d.id: d for d in read_bytes(data, "x.jsonl", ".jsonl", "x")}
    assert docs["a"].published == "2019-09-24T14:05:00" and docs["a"].meta["published_raw"] == "24.09.2019 14:05"
    assert docs["a"].source == "lantern.example" and docs["a"].meta["source_from"] == "url"
    # ISO 8601 is kept as written; a source field wins over the URL.
    assert docs["b"].published == "2019-09-25T08:00:00+02:00" and "published_raw" not in docs["b"].meta
    assert docs["b"].source == "Harbour Post" and "source_from" not in docs["b"].meta
    # An unreadable date is not guessed: the document is undated and says why.
    assert docs["c"].published is None and docs["c"].meta["published_raw"] == "the day after"
    assert "unrecognised date" in docs["c"].meta["published_error"]
    assert docs["d"].published is None and docs["d"].source is None


def test_csv_dates_are_read_the_same_way() -> None:
    data = b'id,text,published,source\nr1,"Ministers met.","September 24, 2019",Lantern\n'
    (doc,) = read_bytes(data, "x.csv", ".csv", "x")
    assert doc.published == "2019-09-24" and doc.meta["published_raw"] == "September 24, 2019"


def test_html_metadata_date_and_site_from_the_page() -> None:
    html = b"""<html><head><title>Port reopens</title>
    <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
    <link rel="canonical" href="https://www.lantern.example/2024/03/05/port">
    </head><body><article><h1>Port reopens</h1>
    <p>The port of Velm reopened on Tuesday after a week of repairs, the harbour office said in a statement.</p>
    <p>Ships queued outside the breakwater since Monday were let in one at a time, officials said.</p>
    </article></body></html>"""
    (doc,) = read_bytes(html, "p.html", ".html", "p")
    assert doc.published is not None and doc.published.startswith("2024-03-05")
    assert doc.source  # from the page's site name or, failing that, the canonical URL's domain
