"""The Russian analyzers on texts we wrote: sentences, entities over inflected forms, quotes, claims."""

from __future__ import annotations

import pytest

from spinscope.analyzers.ru.translit import name_key, romanise
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

RU = ("Комментарий официального представителя МИД России М.В.Захаровой\n"
      "Официальный представитель МИД России Мария Захарова заявила, что обвинения Лондона голословны. "
      "«Это очередной фейк», — сказала Захаровой журналистам. По словам Захаровой, Запад ведёт кампанию. "
      "МИД России опроверг сообщения о том, что российские военные применили оружие в Сирии. "
      "Лондон обвинил Москву в кибератаке без каких-либо доказательств.")

RU_PIPELINE = ["ru_parse", "ru_entities", "ru_quotes", "ru_claims"]
# The slovnet models take seconds to load: the whole module is in the slow lane but the name tests.
slow = pytest.mark.slow


@pytest.fixture(scope="module")
def doc() -> Document:
    return Pipeline(RU_PIPELINE, threaded=False)(Document(id="ru1", text=RU, lang="ru"))


@pytest.mark.slow
@slow
def test_sentences_and_offsets(doc: Document) -> None:
    doc.validate()
    assert doc.snippet(doc.sentences[0]).startswith("Комментарий")  # a title line is its own sentence
    assert len(doc.sentences) == 6


@slow
def test_inflected_forms_are_one_actor(doc: Document) -> None:
    people = [e for e in doc.entities if e.type == "PERSON"]
    zakharova = [e for e in people if name_key(e.name).endswith("zaharova")]
    assert len(zakharova) == 1
    ent = zakharova[0]
    assert ent.name == "Maria Zakharova"
    assert {"Захарова", "Захаровой", "Мария Захарова"} <= set(ent.aliases)
    assert len(ent.mentions) >= 3
    bodies = {e.name for e in doc.entities if e.type == "ORG"}
    assert "Russian Foreign Ministry" in bodies  # "МИД России" is one body, named as English news names it


def test_names_across_scripts() -> None:
    assert name_key("Захарова") == name_key("Zakharova") == name_key("ZAKHAROVA")
    assert name_key("Сергей Шойгу") == name_key("Sergei Shoigu") == name_key("Sergey Shoygu")
    assert name_key("Александр") == name_key("Aleksandr") == name_key("Alexander")
    assert name_key("Захарова") != name_key("Захарченко")
    assert romanise("Дмитрий Песков") == "Dmitry Peskov"
    assert romanise("Peskov") == "Peskov"


@slow
def test_quotes_and_speakers(doc: Document) -> None:
    by_content = {doc.snippet(q.content): q for q in doc.quotes}
    direct = by_content["Это очередной фейк"]
    assert direct.kind == "direct" and direct.speaker_name == "Maria Zakharova"
    assert doc.snippet(direct.cue) == "сказала"
    assert by_content["обвинения Лондона голословны"].speaker_name == "Maria Zakharova"
    assert by_content["Запад ведёт кампанию"].speaker_name == "Maria Zakharova"
    assert doc.issuer == "Maria Zakharova"  # from the title's «М.В.Захаровой», named as the text names her


@slow
def test_denials_accusations_and_evidence(doc: Document) -> None:
    claims = {doc.text[c.start:c.end]: c for c in doc.claims}
    denied = claims["российские военные применили оружие в Сирии"]
    assert denied.denied_by == ["Russian Foreign Ministry"]
    accusation = claims["кибератаке"]
    assert accusation.asserted_by == "London" and not accusation.denied_by
    assert [(doc.text[e.start:e.end], e.kind) for e in doc.evidence] == [
        ("голословны", "absent"), ("без каких-либо доказательств", "absent")]


@slow
def test_running_twice_gives_the_same_document(doc: Document) -> None:
    again = Pipeline(RU_PIPELINE, threaded=False)(Document(id="ru1", text=RU, lang="ru"))
    assert again.to_dict() == doc.to_dict()
