"""Entities on statement-genre texts (issue 11): credits kept out, body name variants and truncated
place names merged, one type per actor, on texts of our own."""

from __future__ import annotations

import pytest

from spinscope.analyzers.entities.credits import credit_ranges
from spinscope.analyzers.entities.variants import body_key
from spinscope.core.document import Document


def names(doc: Document) -> dict[str, list[str]]:
    return {e.name: [doc.text[m.start:m.end] for m in e.mentions] for e in doc.entities}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ministry of Defense", "Defense Ministry"),
        ("Selvia Ministry of Defense", "Selvia Defense Ministry"),
        ("the Ministry of the Interior", "Interior Ministry"),
        ("Ministry of Foreign Affairs of Karsh", "Karsh Foreign Affairs Ministry"),
    ],
)
def test_both_word_orders_of_a_body_share_a_key(a, b):
    assert body_key(a) == body_key(b) is not None


def test_different_bodies_and_plain_names_do_not():
    assert body_key("Ministry of Defense") != body_key("Ministry of Justice")
    assert body_key("Ines Falk") is None


def test_ministry_variants_are_one_actor(base_pipeline):
    doc = base_pipeline(Document(id="v", text="The Selvia Ministry of Defense said a drone fell. "
                                              "The Selvia Defense Ministry later said a second one fell."))
    groups = names(doc)
    assert groups["Selvia Ministry of Defense"] == ["Selvia Ministry of Defense", "Selvia Defense Ministry"]


def test_credits_and_bylines_are_found_and_ordinary_lines_are_not():
    text = "By Tomas Reh, Amrel Herald\nRescuers at work. © Ines Ott/Amrel Herald\nBy contrast, the mayor stayed.\nPhoto: Ada Kell"
    found = [text[a:b] for a, b in credit_ranges(text)]
    assert found == ["By Tomas Reh, Amrel Herald", "© Ines Ott/Amrel Herald", "Photo: Ada Kell"]


def test_names_in_credits_are_not_entities(base_pipeline):
    text = "By Tomas Reh, Amrel Herald\n\nRescuers at the depot. © Ines Ott/Amrel Herald\n\nMayor Ada Kell visited Amrel."
    doc = base_pipeline(Document(id="c", text=text))
    every = {n for e in doc.entities for n in (e.name, *e.aliases)}
    assert not any("Reh" in n or "Ott" in n for n in every)


def test_one_type_per_actor_in_a_document(base_pipeline):
    text = ("Selvia's envoy to Karsh met the press. Karsh said it would reply. Trade with Karsh fell in May. "
            "Karsh's army left the border.")
    doc = base_pipeline(Document(id="t", text=text))
    karsh = [e for e in doc.entities if e.name == "Karsh"]
    assert len(karsh) == 1 and karsh[0].type in ("GPE", "ORG", "PERSON", "NORP")
    assert len({e.name for e in doc.entities}) == len(doc.entities)


def test_a_truncated_place_head_joins_the_full_name():
    from spinscope.analyzers.entities.variants import merge_truncated
    from spinscope.core.document import Entity, Span

    full = Entity(name="Port Arvel", type="GPE", aliases=[], mentions=[Span(0, 10)])
    short = Entity(name="Port", type="GPE", aliases=[], mentions=[Span(30, 34)])
    other = Entity(name="Port", type="PERSON", aliases=[], mentions=[Span(50, 54)])
    ents = [full, short]
    merge_truncated(ents)
    assert ents == [full] and full.mentions == [Span(0, 10), Span(30, 34)] and "Port" in full.aliases
    ents = [full, other]
    merge_truncated(ents)
    assert len(ents) == 2  # a person named Port is no truncated place
