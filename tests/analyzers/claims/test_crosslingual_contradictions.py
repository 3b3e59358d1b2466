"""A claim asserted in English and denied in Russian is a contradiction (issue 24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.analyzers.claims.contradictions import find_contradictions
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.store import Store


@pytest.mark.slow
def test_english_assertion_and_russian_denial(tmp_path: Path) -> None:
    docs = Pipeline(threaded=False).pipe([
        Document(id="en-1", source="monitor.example", published="2026-04-02", lang="en",
                 text="Government forces used chemical weapons in the town of Duma on Saturday, the monitoring "
                      "group said in a report."),
        Document(id="ru-1", source="mid.example", published="2026-04-03", lang="ru",
                 text="МИД России опроверг сообщения о том, что правительственные войска применили химическое "
                      "оружие в городе Дума."),
        Document(id="ru-2", source="gorod.example", published="2026-04-03", lang="ru",
                 text="Мэр города заявил, что ремонт моста через реку завершится к лету."),
    ])
    with Store(tmp_path / "c.db") as store:
        for d in docs:
            store.save(d)
        found = find_contradictions(store)
    pairs = {(c.claim_doc, c.denial_doc) for c in found}
    assert ("en-1", "ru-1") in pairs, [c.to_dict() for c in found]
    assert not any("ru-2" in p for p in pairs)
    hit = next(c for c in found if (c.claim_doc, c.denial_doc) == ("en-1", "ru-1"))
    assert hit.denied_by == ("Russian Foreign Ministry",)
