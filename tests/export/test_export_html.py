"""The HTML report: self-contained, hostile text escaped everywhere, every layer summarised."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from samples import example_documents, full_doc, sparse_doc
from spinscope.core.document import Document
from spinscope.export import render_report, summarize, write_html_report

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
VOID = {"meta", "br", "input", "link", "img", "hr"}


class Outline(HTMLParser):
    """Collects tags, ids, links and nesting errors of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.add(tag)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if a.get("href"):
            self.hrefs.append(a["href"] or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append(f"</{tag}> while {self.stack[-3:]} open")


def outline(page: str) -> Outline:
    parser = Outline()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def page() -> str:
    return render_report([full_doc(), sparse_doc()], title='Report <script>alert("r")</script>')


def test_report_escapes_script_and_quotes_everywhere(page: str) -> None:
    assert "<script" not in page.lower()
    assert 'Nord" <b>' not in page and "<i>of</i>" not in page and 'Bob "the <b>' not in page
    # Title, article text, reason, source and issuer each appear escaped.
    assert "&lt;script&gt;alert(&#34;r&#34;)&lt;/script&gt;" in page
    assert "Vile &#34;smear&#34; &lt;script&gt;" in page
    assert "&lt;script&gt;al" in page
    assert "says &#34;vile&#34; &lt;script&gt;x()&lt;/script&gt;" in page
    assert "Radio &#34;Nord&#34; &lt;b&gt;" in page
    assert "Ministry &lt;i&gt;of&lt;/i&gt; Truth" in page


def test_report_is_self_contained_and_well_nested(page: str) -> None:
    parsed = outline(page)
    assert parsed.errors == [] and parsed.stack == []
    assert not parsed.tags & {"script", "link", "img", "iframe", "object"}
    # No request leaves the file: links are in-page anchors only (the javascript: url is plain text).
    assert all(h.startswith("#") for h in parsed.hrefs), parsed.hrefs
    assert not re.search(r"url\(|@import", page)
    assert "default-src 'none'" in page


def test_report_index_links_every_document(page: str) -> None:
    parsed = outline(page)
    anchors = [h[1:] for h in parsed.hrefs if h.startswith("#doc-")]
    assert anchors == ["doc-1", "doc-2"]
    assert set(anchors) <= parsed.ids and "index" in parsed.ids


def test_report_summarises_each_layer_and_says_none_found(page: str) -> None:
    full, sparse = page.split('id="doc-2"')
    full = full.split('id="doc-1"')[1]
    assert "none found" not in full.split("<h3>Article")[0].replace("issuer</dt><dd>none found", "")
    for label in ("Loaded Language", "Name Calling / Labeling", "Anna Kovacs", "Radio Nord"):
        assert label in full
    # A document with only sentences and entities shows the empty layers rather than hiding them.
    summary = sparse.split("<h3>Article")[0]
    assert summary.count("none found") == 4  # issuer, techniques, quotes, claims
    assert "Ruth Engel" in summary


def test_report_only_links_web_urls(tmp_path: Path) -> None:
    doc = sparse_doc()
    doc.url = "https://example.org/a?b=1&c=<2>"
    path = write_html_report([doc], tmp_path / "out" / "r.html")
    page = path.read_text(encoding="utf-8")
    assert 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in page
    assert 'rel="noopener noreferrer nofollow"' in page


def test_summary_groups_speakers_and_lists_deniers() -> None:
    doc = full_doc()
    s = summarize(doc)
    assert s["counts"] == {"sentences": 4, "boilerplate": 0, "entities": 2, "framing": 0, "techniques": 4, "quotes": 3,
                           "claims": 2, "evidence": 1, "narratives": 0}
    assert [t["technique"] for t in s["techniques"]][0] in {"Doubt", "Loaded_Language"}
    names = [sp["name"] for sp in s["speakers"]]
    assert names[-1] == "unattributed" and "Anna Kovacs" in names
    assert s["claims"][0]["denied_by"] == ["Critics", "Bob, Jr."]
    assert s["claims"][0]["text"] == doc.text[28:130]


def test_report_of_the_examples_through_the_base_pipeline(base_pipeline, tmp_path: Path) -> None:
    from spinscope.ingest.reader import read_paths

    docs = [d for d in read_paths([EXAMPLES]) if isinstance(d, Document)]
    assert len(docs) == example_documents(EXAMPLES)
    analysed = base_pipeline.pipe(docs)
    page = write_html_report(analysed, tmp_path / "examples.html").read_text(encoding="utf-8")
    parsed = outline(page)
    assert parsed.errors == [] and parsed.stack == []
    assert "<script" not in page.lower()  # the HTML example carries a <script> in its boilerplate
    for doc in analysed:
        assert doc.title and doc.title.replace('"', "&#34;").replace("'", "&#39;") in page
    assert page.count('class="doc"') == len(docs)


def test_report_links_a_near_duplicate_to_the_earlier_document() -> None:
    first, second, outside = sparse_doc(), sparse_doc(), sparse_doc()
    second.id, outside.id = "republished", "elsewhere"
    second.meta.update(near_duplicate_of="sparse", near_duplicate_similarity=0.884)
    outside.meta.update(near_duplicate_of="not-in-report")
    page = render_report([first, second, outside])
    doc2 = page.split('id="doc-2"')[1].split('id="doc-3"')[0]
    assert '<a href="#doc-1">#1</a> <code>sparse</code> (88% similar)' in doc2
    doc3 = page.split('id="doc-3"')[1]
    assert "<code>not-in-report</code>" in doc3 and 'href="#doc-' not in doc3.split("<h3>")[0]
    assert "near-duplicate of #1" in page.split("</table>")[0]
