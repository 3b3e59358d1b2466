"""Language identification at ingest: offline, with the model inside its package."""

from __future__ import annotations

import pytest

from spinscope.ingest.language import UNDETERMINED, detect, detect_with_confidence


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Официальный представитель МИД России Мария Захарова заявила, что обвинения голословны.", "ru"),
        ("The foreign ministry said on Monday that the accusations were baseless.", "en"),
        ("Die Regierung hat am Montag erklärt, dass die Vorwürfe falsch seien.", "de"),
        ("Le ministère a déclaré lundi que les accusations étaient sans fondement.", "fr"),
    ],
)
def test_detects_news_sentences(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_says_und_when_unsure() -> None:
    assert detect("") == UNDETERMINED
    assert detect("OK 12345 !!!") == UNDETERMINED  # too few letters to judge
    code, prob = detect_with_confidence("Hello there")
    assert code == UNDETERMINED and prob < 0.9


def test_long_text_judged_on_its_start_and_repeatable() -> None:
    text = "В Москве в субботу открылся новый парк для жителей района. " * 500
    assert detect(text) == "ru"
    assert detect_with_confidence(text) == detect_with_confidence(text)


def test_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        detect(b"bytes")  # type: ignore[arg-type]
