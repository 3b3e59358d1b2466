"""Mentions spaCy's small model misses, cuts or mistypes (issue 22, recover.py), on invented texts:
titles before a name, organisations named with an organisation word, names with "Without", names
NER found elsewhere, places after "areas of", people named after a word for people."""

from __future__ import annotations

import pytest

from spinscope.analyzers.entities.recover import headline, propagate, strip_title
from spinscope.core.document import Document, Entity


def run(pipeline, text: str) -> dict[str, Entity]:
    return {e.name: e for e in pipeline(Document(id="r", text=text)).entities}


def surfaces(doc_text: str, ent: Entity) -> list[str]:
    return [doc_text[m.start:m.end] for m in ent.mentions]


def test_a_rank_before_a_name_is_a_title_of_one_person(base_pipeline):
    text = ("Defence Ministry spokesman Major General Pavel Dorn said the convoy was hit. "
            "\"We saw no civilians there,\" Dorn told reporters.")
    ents = run(base_pipeline, text)
    dorn = ents["Pavel Dorn"]
    assert dorn.type == "PERSON"
    assert surfaces(text, dorn) == ["Pavel Dorn", "Dorn"]
    assert "Major General" in [lab.label for lab in dorn.labels if lab.kind == "title"]
    assert not any("General" in name for name in ents)


@pytest.mark.parametrize(
    ("surface", "etype", "expected"),
    [
        ("Major General Pavel Dorn", "ORG", ("Pavel Dorn", "PERSON", "Major General")),
        ("Foreign Ministry Spokesman Ivo Rask", "ORG", ("Ivo Rask", "PERSON", "Foreign Ministry Spokesman")),
        ("General Dorn", "PERSON", ("Dorn", "PERSON", "General")),
        ("General Motors", "ORG", ("General Motors", "ORG", None)),  # one ambiguous word: no title
        ("Major League Ostball", "ORG", ("Major League Ostball", "ORG", None)),
        ("General Staff", "ORG", ("General Staff", "ORG", None)),
    ],
)
def test_strip_title(surface, etype, expected):
    s, e, t, title = strip_title(surface, 0, len(surface), etype)
    assert (surface[s:e], t, surface[title[0]:title[1]] if title else None) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Four nurses of the Silver Lantern charity were released on Friday.", "Silver Lantern"),
        ("A driver of the Zorya grain cooperative was wounded.", "Zorya"),
        ("Gunmen stopped two trucks of the charity Bread for Dorna near the border.", "Bread for Dorna"),
        ("Volunteers of the Dorna Mountain Guard searched the valley.", "Dorna Mountain Guard"),
        ("Reports by the Velorian General Staff that the bridge was hit are false.", "Velorian General Staff"),
    ],
)
def test_an_organisation_word_names_an_organisation(base_pipeline, text, name):
    ents = run(base_pipeline, text)
    assert ents[name].type == "ORG"


def test_an_adjective_of_a_country_is_no_charity_name(base_pipeline):
    ents = run(base_pipeline, "Two workers of the Velorian charity were freed after talks.")
    assert all(e.type != "ORG" for e in ents.values())


def test_a_name_with_without_is_one_organisation(base_pipeline):
    ents = run(base_pipeline, "The envoy spoke on Monday. Nurses Without Frontiers said its clinic was shelled.")
    assert ents["Nurses Without Frontiers"].type == "ORG"
    assert "Without Frontiers" not in ents


def test_title_case_headlines_prove_nothing(base_pipeline):
    text = "Dorna Rebels Attack Border Guard Posts In The North\n\nFighting went on overnight."
    assert headline(text, 0) and not headline(text, text.index("Fighting"))
    ents = run(base_pipeline, text)
    assert not any(name.endswith("Guard") for name in ents)


def test_a_country_named_elsewhere_is_found_where_ner_missed_it(base_pipeline):
    text = ("Statement by the Ministry of Foreign Affairs of Ostland on aid to Kessia\n\n"
            "Ostland has delivered 200 tonnes of grain to Kessia. Ostland will continue its aid.")
    ents = run(base_pipeline, text)
    assert ents["Ostland"].type == "GPE"
    assert surfaces(text, ents["Ostland"]) == ["Ostland", "Ostland"]


def test_a_body_without_a_second_of_names_no_country(base_pipeline):
    ents = run(base_pipeline, "The Ostland Department of Energy said the pipeline was repaired.")
    assert "Energy" not in ents


def test_echoes_skip_common_words_longer_names_and_a_possessive_before_a_body(parse):
    text = ("Velna denied it. Velna's Interior Ministry said that Justice had been done. Velna Dam holds. "
            "The court defended justice. Velna will appeal.")
    found = [(0, 5, "GPE"), (text.index("Justice"), text.index("Justice") + 7, "ORG")]
    echoes = propagate(parse(text), text, found, set())
    assert [text[s:e] for s, e, _ in echoes] == ["Velna"]
    assert echoes[0][0] == text.rindex("Velna")


def test_places_after_areas_of_are_places(base_pipeline):
    ents = run(base_pipeline, "The militants shell residential areas of Velna and Harva every day.")
    assert {n: e.type for n, e in ents.items() if n in ("Velna", "Harva")} == {"Velna": "GPE", "Harva": "GPE"}


def test_people_named_after_a_word_for_people(base_pipeline):
    text = ("Police detained two reporters of the Dorna Daily newspaper, Anton Velk and Mira Soll, "
            "at the border crossing.")
    ents = run(base_pipeline, text)
    assert ents["Anton Velk"].type == ents["Mira Soll"].type == "PERSON"


def test_a_surname_echo_is_a_person_even_where_ner_typed_the_surname_otherwise(parse):
    text = "In the morning, Voss arrived. President Elena Voss told supporters that Voss would stay."
    full, last = text.index("Elena Voss"), text.rindex("Voss")
    found = [(full, full + 10, "PERSON"), (last, last + 4, "GPE")]
    assert propagate(parse(text), text, found, set()) == [(16, 20, "PERSON")]


def test_a_determiner_is_no_part_of_an_organisation_name(base_pipeline):
    ents = run(base_pipeline, "The prosecutor said: This Office will act, and the Dorna Field Office agreed.")
    assert not any(name.startswith("This") for name in ents)


def test_occurrences_in_one_pass_equal_a_search_per_name():
    # The oracle: re.finditer per name between word boundaries, as propagate once searched the whole text.
    import re

    from spinscope.analyzers.entities.recover import _occurrences

    text = ("Bora Bora Bora. Dorn and Pavel Dorn met; Dornan-led talks, Dorn's aide, Dorn-Smith, "
            "O'Brien said. Ostland ministry of Ostland: Ostlandic. Pavel Dorn. Al-Sham, al-Sham.")
    names = ["Bora Bora", "Dorn", "Pavel Dorn", "O'Brien", "Ostland", "Al-Sham", "Sham"]
    want = {n: [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)] for n in names}
    assert _occurrences(text, names) == want
