"""Quotes lookups by bisection (core.spans.SpanIndex) answer exactly what the scans over every candidate,
quote or kept report answered (issue 14: quadratic on a 1 MB document), and read only what is near."""

from __future__ import annotations

import random

from spinscope.analyzers.quotes.candidate import Candidate, overlap
from spinscope.analyzers.quotes.labellers import labeller
from spinscope.analyzers.quotes.merge import classify
from spinscope.analyzers.quotes.stance import add_stance
from spinscope.analyzers.quotes.via import nested_reports
from spinscope.core.document import Document, Quote, Span
from spinscope.core.spans import SpanIndex

RNG = random.Random(14)


def _range(lo: int = 0, hi: int = 600, longest: int = 80) -> tuple[int, int]:
    s = RNG.randint(lo, hi)
    return s, s + RNG.randint(0, longest)


def test_index_lookups_equal_the_scans():
    for _ in range(300):
        ranges = [_range() for _ in range(RNG.randint(0, 40))]
        index = SpanIndex()
        for r in ranges:
            index.add(*r)  # out of text order too
        for _ in range(20):
            q = _range()
            assert index.overlapping(*q) == [n for n, r in enumerate(ranges) if overlap(q, r) > 0]
            assert index.containing(*q) == [n for n, r in enumerate(ranges) if r[0] <= q[0] and q[1] <= r[1]]
            assert index.starting_in(*q) == [n for n, r in enumerate(ranges) if q[0] <= r[0] <= q[1]]


class _CountingList(list):
    reads = 0

    def __getitem__(self, i):
        _CountingList.reads += 1
        return super().__getitem__(i)


def test_a_lookup_reads_only_the_ranges_near_it():
    index = SpanIndex.of((i * 100, i * 100 + 50) for i in range(20_000))  # a 2 MB document's reports
    index._spans = _CountingList(index._spans)
    assert index.overlapping(1_000_010, 1_000_020) == [10_000]
    assert index.containing(1_000_010, 1_000_020) == [10_000]
    assert _CountingList.reads <= 4  # the one or two ranges starting within `widest` of each, not 20,000


def _cand(rule: str = "ccomp") -> Candidate:
    content = _range(longest=120)
    cue = _range(max(0, content[0] - 40), content[1] + 40, 10) if RNG.random() < 0.8 else None
    speaker = _range(max(0, content[0] - 60), content[1] + 60, 15) if RNG.random() < 0.8 else None
    return Candidate("indirect", content, cue=cue, speaker=speaker, rule=rule)


def _nested_reports_scan(cands, text):  # the scan nested_reports replaced, verbatim
    drop = set()
    for i, outer in enumerate(cands):
        if outer.speaker is None or outer.cue is None or outer.rule in ("direct-cue", "direct-continued"):
            continue
        for inner in cands:
            if inner is outer or inner.cue is None or inner.speaker is None:
                continue
            o, c, k = outer.content, inner.content, inner.cue
            after = outer.cue[0] >= c[1]
            if after and o[0] <= k[0] and k[1] <= o[1] and o[0] <= c[0] and c[1] <= o[1] + 2 and c != o:
                inner.via = inner.via or text[outer.speaker[0] : outer.speaker[1]].strip()
                drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop]


def _add_stance_scan(cands, stance, quoted):  # the scan add_stance replaced, verbatim
    kept = list(cands)
    for c in stance:
        if any(overlap(c.content, k.content) or (k.cue is not None and overlap(c.cue, k.cue)) for k in kept):
            continue
        c.kind = classify(c.content, quoted)
        kept.append(c)
    kept.sort(key=lambda c: c.content)
    return kept


def _copy(cands):
    return [Candidate(c.kind, c.content, c.cue, c.speaker, c.via, c.rule, c.refers_to) for c in cands]


def test_nested_reports_and_add_stance_equal_their_scans():
    text = "".join(RNG.choice("abc de, f. ") for _ in range(800))
    for _ in range(200):
        cands = [_cand(RNG.choice(["ccomp", "tagger", "direct-cue"])) for _ in range(RNG.randint(0, 25))]
        a, b = _copy(cands), _copy(cands)
        assert nested_reports(a, text) == _nested_reports_scan(b, text)
        assert a == b  # the same inner reports got the same channel
        stance = [c for c in (_cand("stance") for _ in range(RNG.randint(0, 15))) if c.cue is not None]
        assert add_stance(_copy(cands), _copy(stance), []) == _add_stance_scan(_copy(cands), _copy(stance), [])


def test_labeller_equals_the_scan_over_every_quote():
    for _ in range(100):
        doc = Document(id="l", text="x" * 700, source="Nordwire")
        for _ in range(RNG.randint(0, 20)):
            s, e = _range()
            doc.quotes.append(Quote("indirect", Span(s, e), speaker_name=RNG.choice([None, "Ivo Tarn", "Lena Brandt"])))
        for _ in range(20):
            s, e = _range(longest=20)
            scan = next((q.speaker_name for q in doc.quotes
                         if q.content.start <= s and e <= q.content.end and q.speaker_name), "Nordwire")
            assert labeller(doc, s, e) == scan
