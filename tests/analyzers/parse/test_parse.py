"""Sentences over the exact text: headlines, paragraphs and hard-wrapped lines."""

from __future__ import annotations

from spinscope.core.document import Document


def sentences(pipeline, text: str) -> list[str]:
    doc = pipeline(Document(id="p", text=text))
    return [doc.text[s.start:s.end] for s in doc.sentences]


def test_headline_without_full_stop_is_its_own_sentence(base_pipeline):
    text = 'Ministry calls report "pure fabrication"\n\nThe ministry denied it on Monday.'
    assert sentences(base_pipeline, text) == ['Ministry calls report "pure fabrication"',
                                              "The ministry denied it on Monday."]


def test_one_sentence_per_line_and_hard_wraps(base_pipeline):
    text = ("A second line here.\nwrapped line that continues\nhere and ends.\r\n\r\n"
            'New paragraph "quoted,"\nsaid he.')
    assert sentences(base_pipeline, text) == [
        "A second line here.", "wrapped line that continues\nhere and ends.", 'New paragraph "quoted,"\nsaid he.']


def test_sentence_spans_start_and_end_on_text(base_pipeline):
    text = "  Leading space.   Trailing space.  \n\n"
    spans = base_pipeline(Document(id="p", text=text)).sentences
    assert [text[s.start:s.end] for s in spans] == ["Leading space.", "Trailing space."]
