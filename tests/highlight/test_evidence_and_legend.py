"""Evidence markers get their own highlight style, and the legend explains every underline style."""

from __future__ import annotations

import html
import re

from spinscope.core.document import Document, Evidence
from spinscope.highlight import css, drawable_layers, highlight_article, legend

TEXT = "The envoy offered no evidence for the claim, while the ministry cited the signed minutes."


def at(needle: str) -> tuple[int, int]:
    s = TEXT.index(needle)
    return s, s + len(needle)


def test_evidence_is_drawn_with_its_kind_and_keeps_the_text():
    doc = Document(id="e", text=TEXT)
    doc.evidence = [Evidence(*at("offered no evidence"), "absent"), Evidence(*at("cited the signed minutes"), "present")]
    assert "evidence" in drawable_layers()
    out = str(highlight_article(doc, ["evidence"]))
    marks = re.findall(r'<span class="ss-ann ss-evidence ss-ev-(\w+)"[^>]*data-layer="evidence"[^>]*>([^<]*)</span>', out)
    assert marks == [("absent", "offered no evidence"), ("present", "cited the signed minutes")]
    assert 'title="evidence marker: evidence said to be missing"' in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == TEXT


def test_the_two_evidence_kinds_look_different_and_the_legend_names_them():
    style = css()
    assert re.search(r"\.ss-evidence\{outline:[^}]*solid", style)
    assert re.search(r"\.ss-evidence\.ss-ev-absent\{outline:[^}]*dashed", style)
    text = html.unescape(re.sub(r"<[^>]+>", "", str(legend(()))))
    for words in ("quoted words", "speaker", "cue", "claim", "denied claim", "entity mention", "evidence offered",
                  "evidence said to be missing"):
        assert words in text
    assert "ss-swatch" not in str(legend(()))  # no technique swatches asked for
