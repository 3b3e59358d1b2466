"""Speaker lookups read what is near the speaker (issue 14): the same answers as scans of every
mention, and the parse's sentences listed once per document instead of once per pronoun."""

from __future__ import annotations

import random

from spinscope.analyzers.quotes.speakers import SpeakerResolver
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

ARTICLE = (
    "Minister Ivo Tarn told reporters in Nordhaven that the report was false. He said the border was calm. "
    "His spokeswoman, Lena Brandt, added that the claims were a smear. She said Veloria would respond. "
    "The ministry said it had no evidence, and the agency reported that talks would resume.\n\n"
)


class _CountingParse:
    """The spaCy Doc, counting how often its sentences are walked."""

    def __init__(self, parsed) -> None:
        self.parsed, self.walks = parsed, 0

    @property
    def sents(self):
        self.walks += 1
        return self.parsed.sents


def _parse_and_entities(doc: Document) -> None:
    """One analyzer after the other, keeping the parse (the pipeline drops it at the end)."""
    for a in Pipeline(["parse", "entities"]).analyzers:
        a.ensure_initialized()
        a(doc)


def test_pronouns_walk_the_parse_sentences_once_per_document():
    doc = Document(id="p", text=ARTICLE * 30)
    _parse_and_entities(doc)
    counting = _CountingParse(doc.cache["parse"])
    doc.cache["parse"] = counting
    resolver = SpeakerResolver(doc)
    pronouns = [i for i in range(len(doc.text)) if doc.text.startswith(("He said", "She said"), i)]
    assert len(pronouns) == 60
    names = [resolver._subject_person(i, lambda name: True)[0] for i in pronouns]
    assert counting.walks == 1  # was one walk of every sentence per pronoun
    assert names.count(None) < len(names)


def test_nearby_mention_lookups_equal_the_scans_of_every_mention():
    doc = Document(id="m", text=ARTICLE * 20)
    _parse_and_entities(doc)
    resolver = SpeakerResolver(doc)
    mentions = resolver.mentions
    assert len(mentions) >= 60
    rng = random.Random(14)
    for _ in range(500):
        s = rng.randint(0, len(doc.text))
        e = s + rng.randint(0, 40)
        assert resolver._starting(s - resolver._near.widest, e - 1) == [
            m for m in mentions if s - resolver._near.widest <= m.start <= e - 1
        ]
        inside = [m for m in resolver._starting(s - resolver._near.widest, e - 1) if m.start < e and s < m.end]
        assert inside == [m for m in mentions if m.start < e and s < m.end]
        assert list(resolver._earlier(s)) == [m for m in reversed(mentions) if m.start < s]


def _role_scan(resolver: SpeakerResolver, before: int, role: str):
    """The scan _role replaced: every earlier mention, latest first, each asked whether it carries the
    role (the test is of the lookup by bisection, not of what carrying a role means)."""
    from spinscope.analyzers.quotes.lexicon import ROLE_NOUNS

    for m in reversed(resolver.mentions):
        if m.start < before and resolver._carries(m, role, ROLE_NOUNS[role]):
            return m.name, m.type
    return None, None


def test_role_and_surname_lookups_equal_the_scans():
    from spinscope.analyzers.quotes.lexicon import ROLE_NOUNS

    doc = Document(id="r", text=ARTICLE * 20)
    _parse_and_entities(doc)
    resolver = SpeakerResolver(doc)
    rng = random.Random(14)
    roles = sorted(ROLE_NOUNS)
    for _ in range(400):
        before = rng.randint(0, len(doc.text))
        role = rng.choice(roles[:40] + ["minister", "spokeswoman", "ministry", "agency", "charity"])
        assert resolver._role(before, role) == _role_scan(resolver, before, role)
        surname = rng.choice(["Tarn", "Brandt", "Nordhaven", "Veloria", "Nobody"])
        scan = next(((m.name, m.type) for m in reversed(resolver.mentions)
                     if m.start < before and m.name.split()[-1] == surname), None)
        assert resolver._surname(before, f"Mr {surname}") == scan
