"""Each document gets the analyzers of its language (Analyzer.languages), chosen from doc.lang."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from spinscope.core import registry
from spinscope.core.annotations import Span
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.core.registry import Analyzer, handles_language


class _Sentences(Analyzer):
    version = "1"
    assigns = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        self.clear_layers(doc)
        doc.sentences.append(Span(0, len(doc.text)))
        doc.meta.setdefault("ran", []).append(self.name)
        return doc


class EnglishToy(_Sentences):
    name = "toy_en"


class RussianToy(_Sentences):
    name = "toy_ru"
    languages = ("ru",)


class AnyToy(Analyzer):
    name = "toy_any"
    languages = ("*",)

    def __call__(self, doc: Document) -> Document:
        doc.meta.setdefault("ran", []).append(self.name)
        return doc


@pytest.fixture
def toys() -> Iterator[None]:
    for cls in (EnglishToy, RussianToy, AnyToy):
        registry.register(cls)
    yield
    for cls in (EnglishToy, RussianToy, AnyToy):
        registry.unregister(cls.name)


def test_handles_language_rules() -> None:
    assert handles_language(("en",), "en")
    assert handles_language(("en",), "und")  # undetermined: the English analyzers, as before detection
    assert handles_language(("en",), None)
    assert not handles_language(("en",), "ru")
    assert handles_language(("ru",), "ru") and not handles_language(("ru",), "und")
    assert handles_language(("*",), "fi")


@pytest.mark.parametrize("threaded", [False, True])
def test_each_language_gets_its_own_analyzers(toys: None, threaded: bool) -> None:
    pipe = Pipeline(["toy_en", "toy_ru", "toy_any"], threaded=threaded)
    docs = [Document(id=f"d{i}", text="текст" if lang == "ru" else "text", lang=lang)
            for i, lang in enumerate(["en", "ru", "und", "fi", "ru", "en"])]
    out = pipe.pipe(docs, batch_size=2)
    ran = {d.id: sorted(d.meta["ran"]) for d in out}  # toy_any may run ahead, in a side thread
    assert ran == {"d0": ["toy_any", "toy_en"], "d1": ["toy_any", "toy_ru"], "d2": ["toy_any", "toy_en"],
                   "d3": ["toy_any"], "d4": ["toy_any", "toy_ru"], "d5": ["toy_any", "toy_en"]}
    # English and undetermined documents carry no note: their output is what it was.
    assert "not_analysed" not in out[0].meta and "language_note" not in out[2].meta
    assert out[1].meta["not_analysed"] == ["toy_en"] and "language_note" not in out[1].meta
    # A language with no pipeline says so, for the article page.
    assert "No analysis pipeline for language 'fi'" in out[3].meta["language_note"]


def test_a_model_loads_only_when_a_document_needs_it(toys: None) -> None:
    pipe = Pipeline(["toy_en", "toy_ru"], threaded=False)
    ru = next(a for a in pipe.analyzers if a.name == "toy_ru")
    ru._initialized = False  # instances are shared per process: another test may have run it
    pipe(Document(id="a", text="text"))
    assert not ru._initialized
    pipe(Document(id="b", text="текст", lang="ru"))
    assert ru._initialized
