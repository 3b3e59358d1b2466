"""Minimum scores per layer (issue 22 item 5): parsing, what a view hides, and the API and the article
page over a real server and a real SQLite file (the hand-written corpus of conftest_web)."""

from __future__ import annotations

import httpx
import pytest

from spinscope.core.document import Claim, Document, Quote, Span, Technique
from spinscope.service import min_score
from spinscope.service.min_score import MinScoreError
from spinscope.settings import default

pytest_plugins = ["conftest_web"]


def test_parse_takes_both_forms_and_repeats():
    assert min_score.parse(["techniques=0.5", "claims=0.6"]) == {"techniques": 0.5, "claims": 0.6}
    assert min_score.parse("techniques:0.5,claims:0") == {"techniques": 0.5, "claims": 0.0}
    assert min_score.parse(None) == {} and min_score.parse("") == {}


@pytest.mark.parametrize(("value", "needle"), [
    ("technique=0.5", "no scored layer 'technique'"),
    ("techniques=high", "must be a number"),
    ("techniques=1.5", "from 0 to 1"),
    ("techniques=nan", "from 0 to 1"),
    ("techniques", "LAYER=VALUE"),
    ("techniques=0.5,techniques=0.6", "given twice"),
])
def test_parse_refuses_what_it_cannot_use(value, needle):
    with pytest.raises(MinScoreError, match=needle):
        min_score.parse(value)


def test_the_settings_name_every_layer():
    assert set(default("min_score")) == set(min_score.LAYERS)


def _doc() -> Document:
    text = "The regime lied again. Troops shelled Dorna on Monday. The ministry denied it."
    doc = Document(id="d", text=text)
    doc.techniques = [Technique(4, 10, "Name_Calling,Labeling", 0.8, "r"), Technique(11, 15, "Loaded_Language", 0.2, "r")]
    doc.claims = [Claim(23, 54, 0.3, "Wire", ["ministry"]), Claim(0, 22, 0.3, "Wire", []), Claim(23, 54, 0.9, "Wire", [])]
    return doc


def test_quotes_below_the_minimum_are_hidden_and_unscored_ones_kept():
    doc = Document(id="q", text='"We will win," Anna Kovacs said. Troops shelled it, Tarn said.')
    doc.quotes = [Quote("direct", Span(1, 12), score=0.9), Quote("indirect", Span(33, 50), score=0.4),
                  Quote("indirect", Span(33, 50))]
    view = min_score.shown(doc, {"quotes": 0.75})
    assert [q.score for q in view.quotes] == [0.9, None]


def test_shown_hides_below_the_minimum_and_leaves_the_document_alone():
    doc = _doc()
    view = min_score.shown(doc, {"techniques": 0.5, "claims": 0.45})
    assert [t.score for t in view.techniques] == [0.8]
    # A denied claim is a fact of the text: shown whatever its check-worthiness.
    assert [(c.score, c.denied_by) for c in view.claims] == [(0.3, ["ministry"]), (0.9, [])]
    assert len(doc.techniques) == 2 and len(doc.claims) == 3
    assert min_score.hidden_counts(doc, {"techniques": 0.5, "claims": 0.45}) == {"techniques": 1, "claims": 1}
    assert min_score.shown(doc, {"techniques": 0.0}).techniques == doc.techniques


def test_api_document_read_takes_a_minimum(server: str, corpus_db):
    url = server + "/api/documents/harbour-2"
    everything = httpx.get(url, params={"min_score": "techniques:0"}, timeout=30)
    assert everything.status_code == 200
    assert [t["score"] for t in everything.json()["techniques"]] == [0.91, 0.87, 0.8]
    strict = httpx.get(url, params={"min_score": "techniques:0.9"}, timeout=30)
    assert [t["score"] for t in strict.json()["techniques"]] == [0.91]
    assert "techniques:0.9" in strict.headers["x-spinscope-min-score"]
    assert strict.headers["x-spinscope-hidden"] == "techniques:2"
    bad = httpx.get(url, params={"min_score": "techniques:2"}, timeout=30)
    assert bad.status_code == 400 and "from 0 to 1" in bad.json()["error"]
    # The stored document keeps every span.
    stored = next(d for d in corpus_db[1] if d.id == "harbour-2")
    assert len(stored.techniques) == 3


def test_api_declares_the_parameter(server: str):
    spec = httpx.get(server + "/api/openapi.json", timeout=30).json()
    params = spec["paths"]["/api/documents/{doc_id}"]["get"]["parameters"]
    assert any(p["name"] == "min_score" for p in params)


def test_article_page_has_the_control_and_hides_below_it(server: str):
    page = httpx.get(server + "/documents/harbour-2", params={"min_score": "techniques:0.9"}, timeout=30).text
    assert 'name="min_score"' in page and "techniques:0.9" in page
    assert "Hidden below the minimum" in page and "2 techniques" in page
    assert "docs/quality.md" in page
    assert "reckless gambler" in page  # the text itself is all there
    full = httpx.get(server + "/documents/harbour-2", params={"min_score": "techniques:0"}, timeout=30).text
    assert full.count("Flag-Waving") > page.count("Flag-Waving")
    bad = httpx.get(server + "/documents/harbour-2", params={"min_score": "roles=x"}, timeout=30)
    assert bad.status_code == 400


def test_actor_page_says_how_often_each_layer_is_right(server: str):
    page = httpx.get(server + "/actors/Lina%20Ortiz", timeout=30).text
    assert "How often each layer is right" in page and "docs/quality.md" in page
    assert "PTC dev" in page


def test_corpus_technique_filter_counts_only_spans_at_the_minimum(server: str):
    def ids(**params):
        resp = httpx.get(server + "/api/documents", params=params, timeout=30)
        assert resp.status_code == 200, resp.text
        return {d["id"] for d in resp.json()["documents"]}

    # Flag-Waving spans score 0.8 in the corpus: shown at the default 0.75, gone at 0.85.
    shown = ids(technique="Flag-Waving")
    assert shown and ids(technique="Flag-Waving", technique_min_score=0.0) == shown
    assert ids(technique="Flag-Waving", technique_min_score=0.85) == set()
    assert httpx.get(server + "/api/documents", params={"technique_min_score": 2}, timeout=30).status_code == 422
    page = httpx.get(server + "/", params={"technique": "Flag-Waving", "technique_min_score": 0.85}, timeout=30).text
    assert 'name="technique_min_score"' in page


@pytest.mark.slow
def test_a_server_started_with_a_minimum_uses_it(start_server, corpus_db):
    with start_server(corpus_db[0], "--read-only", "--min-score", "techniques=0.9") as base:
        doc = httpx.get(base + "/api/documents/harbour-2", timeout=30)
        assert [t["score"] for t in doc.json()["techniques"]] == [0.91]
        # A request's own minimum goes over the server's.
        doc = httpx.get(base + "/api/documents/harbour-2", params={"min_score": "techniques:0"}, timeout=30)
        assert len(doc.json()["techniques"]) == 3
