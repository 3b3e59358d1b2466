"""Long documents: bounded slices with exact offsets, and the position indexes that replaced per-item
scans (each checked against the scan it replaced). Speed itself is measured in bench/bench_speed.py."""

from __future__ import annotations

import random
import re

import pytest

from spinscope.analyzers.claims import evidence as evidence_mod
from spinscope.analyzers.claims.doc_index import DocIndex
from spinscope.analyzers.parse import analyzer as parse_mod
from spinscope.analyzers.parse.slices import slice_bounds
from spinscope.analyzers.techniques import tagger as tagger_mod
from spinscope.analyzers.techniques.span_rules import repeats_elsewhere
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

PARAGRAPHS = [
    "The Ministry of Foreign Affairs of Veloria said on Tuesday that the report published by the Ostland "
    "Herald was a fabrication. Minister Ivo Tarn told reporters in Nordhaven that “no evidence whatsoever” "
    "had been offered.",
    "His spokesman, Lena Brandt, added that the claims were part of a smear campaign. Tarn denied that his "
    "troops had shelled the border town of Dorna, calling the reports baseless.",
    "According to the Relief Council, 40,000 people have fled the region since March. Satellite images "
    "published by the council show burned homes, a claim the ministry dismissed as propaganda.",
    "“We will never surrender our land,” Mayor Elena Varga said. The allegation has not been independently "
    "verified. Brandt said the army had no role in the fires and rejected the accusation as false.",
]


def long_text(n_paragraphs: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return "\n\n".join(rng.choice(PARAGRAPHS) for _ in range(n_paragraphs)) + "\n"


# -- slices -----------------------------------------------------------------------------------------
def test_slices_cover_the_text_exactly_and_cut_at_breaks():
    text = long_text(40)
    bounds = slice_bounds(text, 2_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(0 < e - s <= 2_000 for s, e in bounds)
    assert all(text[e - 1] == "\n" for _, e in bounds[:-1])


def test_a_single_line_is_cut_at_sentence_ends_or_spaces_never_inside_a_word():
    line = " ".join(p.replace("\n", " ") for p in PARAGRAPHS) * 30
    bounds = slice_bounds(line, 1_500)
    for _, e in bounds[:-1]:
        assert line[e - 1].isspace(), line[e - 10 : e + 10]
    assert "".join(line[s:e] for s, e in bounds) == line
    assert slice_bounds("x" * 10, 4) == [(0, 4), (4, 8), (8, 10)]  # no break at all: the hard limit


# -- parse and techniques in slices: the long text's annotations are its slices', shifted -------------
@pytest.fixture
def small_slices(monkeypatch):
    monkeypatch.setattr(parse_mod, "MAX_SLICE", 3_000)
    monkeypatch.setattr(tagger_mod, "CHUNK_CHARS", 3_000)


def _shifted(doc: Document, layer: str, by: int) -> list[tuple]:
    out = []
    for item in getattr(doc, layer):
        row = tuple(getattr(item, f) for f in ("start", "end", "technique", "score") if hasattr(item, f))
        out.append((row[0] + by, row[1] + by, *row[2:]))
    return out


@pytest.mark.slow
def test_parse_and_techniques_of_a_long_text_equal_its_slices_shifted(small_slices):
    text = long_text(60)
    assert len(text) > 3 * 3_000
    pipe = Pipeline(["parse", "techniques"], threaded=False)
    whole = pipe(Document(id="long", text=text))
    whole.validate()
    assert whole.cache == {}
    want_sentences, want_techniques = [], []
    for s, e in slice_bounds(text, 3_000):
        piece = pipe(Document(id=f"p{s}", text=text[s:e]))
        want_sentences += _shifted(piece, "sentences", s)
        want_techniques += _shifted(piece, "techniques", s)
    assert _shifted(whole, "sentences", 0) == want_sentences
    assert _shifted(whole, "techniques", 0) == want_techniques
    assert want_techniques  # the texts use techniques: the comparison is not of two empty lists


@pytest.mark.slow
def test_the_default_pipeline_on_a_long_text_keeps_every_offset_exact():
    text = long_text(120)  # ~25 KB: dozens of quotes, denials and entity mentions
    doc = Pipeline(on_error="raise")(Document(id="long", text=text, source="Wire"))
    doc.validate()
    assert len(doc.quotes) > 50 and len(doc.claims) > 50 and any(c.denied_by for c in doc.claims)
    for q in doc.quotes:
        assert text[q.content.start : q.content.end].strip() == text[q.content.start : q.content.end]
    for c in doc.claims:
        assert c.end <= len(text) and text[c.start : c.end].strip()


# -- the indexes answer what the scans answered ----------------------------------------------------
def test_word_counts_agree_with_the_repetition_rule_at_every_cut():
    text = long_text(12) + " Traitors! They are traitors. Dorna-based co-op's rock'n'roll band."
    counts = tagger_mod._WordCounts(text)
    rng = random.Random(3)
    cuts = [(a, a + rng.randint(1, 60)) for a in (rng.randrange(len(text) - 61) for _ in range(400))]
    cuts += [(m.start(), m.end()) for m in re.finditer(r"\w+", text)][:200]  # whole words too
    for s, e in cuts:
        assert counts.repeats_elsewhere(s, e) == repeats_elsewhere(text, s, e), text[s:e]


def _naive_evidence(text: str) -> list[tuple[int, int, str]]:
    found, taken = [], []
    for kind, patterns in (("absent", evidence_mod._ABSENT_RE), ("present", evidence_mod._PRESENT_RE)):
        for pattern in patterns:
            for m in pattern.finditer(text):
                s, e = m.span()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                found.append((s, e, kind))
    return sorted(found)


def test_evidence_overlap_by_bisect_equals_the_scan():
    text = long_text(60) + " There is no evidence that photographs published by the council show proof verified by Ostland."
    got = [(ev.start, ev.end, ev.kind) for ev in evidence_mod.find_evidence(text)]
    assert got == _naive_evidence(text) and len(got) > 20


@pytest.mark.slow
def test_doc_index_lookups_equal_the_scans_they_replaced():
    text = long_text(40)
    doc = Document(id="d", text=text, source="Wire")
    for analyzer in Pipeline(["parse", "entities", "quotes"]).analyzers:  # by hand: keep the parse
        analyzer.ensure_initialized()
        analyzer.pipe([doc])
    parsed = doc.cache["parse"]
    index = DocIndex(doc)
    assert doc.quotes and doc.entities

    def first(items):
        return next(iter(items), None)

    types = ("PERSON", "ORG", "GPE", "NORP")
    for off in range(0, len(text), 37):
        assert index.quote_at_cue(off) is first(q for q in doc.quotes if q.cue and q.cue.start <= off < q.cue.end)
        assert index.quote_containing(off) is first(q for q in doc.quotes if q.content.start <= off < q.content.end)
        assert index.speaker_at(off) == first(
            q.speaker_name for q in doc.quotes if q.content.start <= off < q.content.end and q.speaker_name
        )
        last = []
        for ent in doc.entities:
            ms = [m.start for m in ent.mentions if m.start < off]
            if ms and ent.type in types:
                last.append((max(ms), ent))
        ranked = [e for _, e in sorted(last, key=lambda p: -p[0])]
        assert index.latest_entity(off) is first(ranked)
        for word in ("ministry", "tarn", "council", "nobody"):
            assert index.latest_entity_named(word, off) is first(e for e in ranked if word in e.name.lower())
        end = off + 25
        assert index.entity_mentioned(off, end) is first(
            e for e in doc.entities if any(m.start < end and off < m.end for m in e.mentions)
        )
        assert index.speakers_overlapping(off, end) == [
            q for q in doc.quotes if q.speaker and q.speaker.start < end and off < q.speaker.end and q.speaker_name
        ]
        assert [t.i for t in index.tokens_in(parsed, off, end)] == [t.i for t in parsed if off <= t.idx < end]
    for tok in list(parsed)[::7]:
        line_start = text.rfind("\n", 0, tok.idx) + 1
        assert [c.start for c in index.chunks_between(parsed, line_start, tok.i)] == [
            c.start for c in parsed.noun_chunks if c.start_char >= line_start and c.end <= tok.i
        ]
