"""The web app shows and searches Cyrillic: FTS5's unicode61 tokenizer folds Cyrillic case; a Russian
article carries its language; a language with no pipeline says so on the page (issue 24)."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from conftest_web import run_server  # noqa: E402

RU = ("Заявление МИД России\nОфициальный представитель МИД России Мария Захарова заявила, что обвинения "
      "Лондона голословны. «Это очередной фейк», — сказала Захарова.")
DE = "Die Regierung hat am Montag erklärt, dass die Vorwürfe gegen den Minister falsch seien."


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("cyr") / "c.db"
    pipe = Pipeline(["parse", "ru_parse", "ru_entities", "ru_quotes"], threaded=False)
    docs = pipe.pipe([Document(id="ru-1", text=RU, title="Заявление МИД России", source="mid.example", lang="ru"),
                      Document(id="de-1", text=DE, title="Vorwürfe", source="zeitung.example", lang="de")])
    with Store(db) as store:
        for d in docs:
            store.save(d)
    with run_server(db) as url:
        yield url


@pytest.mark.slow
@pytest.mark.parametrize("q", ["захарова", "ЗАХАРОВА", "Захарова", "фейк"])
def test_search_folds_cyrillic_case(base: str, q: str) -> None:
    r = httpx.get(f"{base}/api/documents", params={"q": q}, timeout=30)
    assert r.status_code == 200
    ids = [d["id"] for d in r.json()["documents"]]
    assert ids == ["ru-1"], (q, r.json())


@pytest.mark.slow
def test_article_shows_russian_text_speaker_and_language(base: str) -> None:
    html = httpx.get(f"{base}/documents/ru-1", timeout=30).text
    assert 'lang="ru"' in html and "Мария Захарова" in html and "Maria Zakharova" in html
    assert 'id="language-note"' in html  # which analyzers did not run on it
    de = httpx.get(f"{base}/documents/de-1", timeout=30).text
    assert "No analysis pipeline for language &#39;de&#39; yet" in de or "No analysis pipeline for language 'de' yet" in de
