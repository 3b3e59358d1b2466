"""Speaker resolution over hand-built entities (no parser): pronouns, roles, surnames, issuer."""

from __future__ import annotations

from spinscope.analyzers.quotes.speakers import SpeakerResolver
from spinscope.core.document import Document, Entity, Span


def make(text: str, *names: tuple[str, str, str]) -> Document:
    """A document whose entities are the given (surface, canonical name, type), every occurrence."""
    doc = Document(id="s", text=text)
    for surface, name, etype in names:
        ent = next((e for e in doc.entities if e.name == name), None)
        if ent is None:
            ent = Entity(name=name, type=etype)
            doc.entities.append(ent)
        start = text.find(surface)
        while start != -1:
            ent.mentions.append(Span(start, start + len(surface)))
            start = text.find(surface, start + 1)
    return doc


def span_of(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def test_name_inside_the_speaker_span():
    text = "Finance Minister Anna Kovacs said so."
    doc = make(text, ("Anna Kovacs", "Anna Kovacs", "PERSON"))
    assert SpeakerResolver(doc).resolve((0, 28)) == ("Anna Kovacs", "PERSON")


def test_she_skips_a_man_named_later():
    text = "Ms. Irene Walsh met Mr. Daniel Frost. She said no."
    doc = make(text, ("Irene Walsh", "Irene Walsh", "PERSON"), ("Daniel Frost", "Daniel Frost", "PERSON"))
    assert SpeakerResolver(doc).resolve(span_of(text, "She"))[0] == "Irene Walsh"


def test_he_prefers_the_previous_speaker():
    text = "Omar Haddad spoke. Haddad said it. Then Tomas Berg arrived. He said more."
    doc = make(text, ("Omar Haddad", "Omar Haddad", "PERSON"), ("Tomas Berg", "Tomas Berg", "PERSON"))
    res = SpeakerResolver(doc)
    assert res.resolve(span_of(text, "Omar Haddad"))[0] == "Omar Haddad"
    assert res.resolve(span_of(text, "He"))[0] == "Omar Haddad"


def test_role_title_before_the_name():
    text = "Tomas Berg and Finance Minister Anna Kovacs met. The minister said no."
    doc = make(text, ("Tomas Berg", "Tomas Berg", "PERSON"), ("Anna Kovacs", "Anna Kovacs", "PERSON"))
    assert SpeakerResolver(doc).resolve(span_of(text, "The minister"))[0] == "Anna Kovacs"


def test_role_in_apposition_and_org_name():
    text = "Ivan Petrov, the spokesman, met the Ministry of Health. The ministry said no. The spokesman agreed."
    doc = make(text, ("Ivan Petrov", "Ivan Petrov", "PERSON"), ("Ministry of Health", "Ministry of Health", "ORG"))
    res = SpeakerResolver(doc)
    assert res.resolve(span_of(text, "The ministry"))[0] == "Ministry of Health"
    assert res.resolve(span_of(text, "The spokesman"))[0] == "Ivan Petrov"


def test_they_resolves_to_an_organisation():
    text = "The Electoral Commission met. They said the count was over."
    doc = make(text, ("Electoral Commission", "Electoral Commission", "ORG"))
    assert SpeakerResolver(doc).resolve(span_of(text, "They"))[0] == "Electoral Commission"


def test_we_is_the_issuer_and_unknowns_stay_literal():
    text = "We reject this. A senior official disagreed."
    res = SpeakerResolver(make(text), issuer="Ministry of Defence")
    assert res.resolve(span_of(text, "We")) == ("Ministry of Defence", "ORG")
    assert res.resolve(span_of(text, "A senior official")) == ("A senior official", None)
    assert res.resolve(None) == (None, None)


def test_role_with_the_name_in_apposition_after_it():
    from spinscope.core.document import Document
    from spinscope.core.pipeline import Pipeline

    text = "The spokesman, Omar Haddad, said that nothing had changed."
    doc = Pipeline(["parse", "entities", "quotes"], config={"quotes": {"tagger": False}})(Document(id="a", text=text))
    assert [q.speaker_name for q in doc.quotes] == ["Omar Haddad"]
