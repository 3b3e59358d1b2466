"""The mention index (core.spans.SpanIndex, as the entities analyzer uses it for alias matches)
answers exactly what the scans over every found mention answered (issue 14), and looks only at the
mentions near a span."""

from __future__ import annotations

import random

from spinscope.core.spans import SpanIndex

RNG = random.Random(14)


def _scan_overlapping(found, s, e):
    return sorted(f for f in found if f[0] < e and s < f[1])


def _found(index: SpanIndex, numbers) -> list:
    return sorted((*index.span(n), index.item(n)) for n in numbers)


def test_same_answers_as_the_scan_over_every_mention_on_random_edits():
    rng = random.Random(14)
    for _ in range(200):
        found = []
        for _ in range(rng.randint(0, 40)):
            s = rng.randint(0, 500)
            found.append((s, s + rng.randint(1, 30), rng.choice(["PERSON", "ORG", "GPE"])))
        index: SpanIndex[str] = SpanIndex()
        for s, e, t in found:
            index.add(s, e, t)
        for _ in range(30):
            s = rng.randint(0, 520)
            e = s + rng.randint(1, 25)
            hits = index.overlapping(s, e)
            assert _found(index, hits) == _scan_overlapping(found, s, e)
            if rng.random() < 0.5:  # an alias match replaces what it overlaps, as the analyzer does
                found = [f for f in found if not (f[0] < e and s < f[1])] + [(s, e, "ORG")]
                for n in hits:
                    index.remove(n)
                index.add(s, e, "ORG")
            assert _found(index, index.numbers()) == sorted(found)
            assert len(index) == len(found)


class _CountingList(list):
    reads = 0

    def __getitem__(self, i):
        _CountingList.reads += 1
        return super().__getitem__(i)


def test_a_lookup_reads_only_the_mentions_within_the_widest_mention_of_the_span():
    index: SpanIndex[str] = SpanIndex()
    for i in range(10_000):  # a 1 MB document's worth
        index.add(i * 100, i * 100 + 10, "ORG")
    index._spans = _CountingList(index._spans)
    assert _found(index, index.overlapping(500_000, 500_005)) == [(500_000, 500_010, "ORG")]
    assert _CountingList.reads <= 2  # not 10,000


def _scan_every_person(tokens, etype, entities):
    """The previous surname match: every earlier entity, latest first (the reference)."""
    from spinscope.analyzers.entities.analyzer import _name_tokens

    for i in range(len(entities) - 1, -1, -1):
        ent = entities[i]
        if ent.type != "PERSON":
            continue
        names = _name_tokens(ent.name)
        if tokens and all(t in names for t in tokens):
            return i
        if etype == "PERSON" and names and all(t in tokens for t in names):
            return i
    return None


def test_surname_match_through_name_words_equals_the_scan_of_every_earlier_person(monkeypatch):
    from spinscope.analyzers.entities import analyzer as entities_module
    from spinscope.core.document import Document
    from spinscope.core.pipeline import Pipeline

    first = ["Anna", "Ivo", "Lena", "Omar", "Ada", "Erik", "Mira", "Jon"]
    last = ["Kovacs", "Tarn", "Brandt", "Haddad", "Weiss", "Saari", "Falk", "Stone", "Varga"]
    rng = random.Random(14)
    parts = []
    for _ in range(120):
        f, s = rng.choice(first), rng.choice(last)
        parts.append(rng.choice([f"{f} {s} said the talks were over.", f"{s} said so.", f"Ms {s} agreed with {f} {s}."]))
    doc = Document(id="n", text=" ".join(parts))
    checked = []
    indexed = entities_module._earlier_person

    def both(tokens, etype, entities, people):
        got = indexed(tokens, etype, entities, people)
        assert got == _scan_every_person(tokens, etype, entities), tokens
        checked.append(got)
        return got

    monkeypatch.setattr(entities_module, "_earlier_person", both)  # a check around the real function
    for a in Pipeline(["parse", "entities"]).analyzers:
        a.ensure_initialized()
        a(doc)
    assert len(checked) > 50 and sum(c is not None for c in checked) > 10
    assert len({e.name for e in doc.entities if e.type == "PERSON"}) > 10


def test_earlier_person_equals_the_scan_on_random_actors_and_renames():
    from spinscope.analyzers.entities.analyzer import _earlier_person, _note_person
    from spinscope.core.document import Entity

    words = ["Anna", "Ivo", "Kovacs", "Tarn", "Brandt", "Lena", "Dr", "Haddad"]
    for _ in range(300):
        entities, people = [], {}
        for _ in range(RNG.randint(0, 12)):
            ent = Entity(name=" ".join(RNG.sample(words, RNG.randint(1, 3))), type=RNG.choice(["PERSON", "ORG"]))
            entities.append(ent)
            _note_person(ent, len(entities) - 1, people)
            if RNG.random() < 0.2 and ent.type == "PERSON":  # a longer name seen later becomes the name
                ent.name = ent.name + " " + RNG.choice(words)
                _note_person(ent, len(entities) - 1, people)
        tokens = RNG.sample(words, RNG.randint(0, 2))
        etype = RNG.choice(["PERSON", "GPE"])
        assert _earlier_person(tokens, etype, entities, people) == _scan_every_person(tokens, etype, entities)

