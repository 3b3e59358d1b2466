"""One claim pushed in Russian by two outlets and in English by a third within hours is one campaign."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.campaigns.detect import detect_campaigns
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.store import Store

DOCS = [
    Document(id="ru-a", source="vesti-example.ru", published="2026-03-01T08:00:00+03:00", lang="ru",
             text="Официальный представитель Минобороны России Игорь Конашенков заявил, что британские спецслужбы "
                  "готовят химическую атаку в Идлибе, чтобы обвинить в ней Дамаск."),
    Document(id="ru-b", source="novosti-example.ru", published="2026-03-01T09:10:00+03:00", lang="ru",
             text="Как сообщили в Минобороны России, британские спецслужбы готовят химическую атаку в Идлибе, "
                  "чтобы обвинить в ней Дамаск."),
    Document(id="en-c", source="globalwire.example", published="2026-03-01T09:30:00Z", lang="en",
             # "provocation" would read as a denial to the English stance rules (a word of FALSE_WORDS).
             text="British intelligence services are preparing a chemical attack in Idlib to blame it on "
                  "Damascus, the Russian defence ministry said on Sunday."),
    # Same window, other outlets, other stories: not part of it.
    Document(id="en-d", source="harbour-times.example", published="2026-03-01T10:00:00Z", lang="en",
             text="The port authority said on Sunday that container traffic rose by 4 percent in February."),
    Document(id="ru-e", source="gorod-example.ru", published="2026-03-01T11:00:00+03:00", lang="ru",
             text="Мэр города заявил, что ремонт моста через реку завершится к лету."),
]


@pytest.mark.slow
def test_russian_and_english_outlets_form_one_campaign(tmp_path: Path) -> None:
    docs = Pipeline(threaded=False).pipe([Document.from_dict(d.to_dict()) for d in DOCS])
    assert all(d.claims for d in docs[:3]), [(d.id, d.claims) for d in docs]
    with Store(tmp_path / "c.db") as store:
        for d in docs:
            store.save(d)
        found = detect_campaigns(store)
    members = [set(c.documents) for c in found.campaigns]
    assert {"ru-a", "ru-b", "en-c"} in members, members
    assert not any({"en-d", "ru-e"} & m for m in members)
