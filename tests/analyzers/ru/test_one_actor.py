"""Захарова and Zakharova are one actor across a Russian and an English document (issue 24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.store import Store


@pytest.mark.slow
def test_russian_and_english_mentions_are_one_actor(tmp_path: Path) -> None:
    docs = Pipeline(threaded=False).pipe([
        Document(id="ru", lang="ru", source="mid.example", text=(
            "Официальный представитель МИД России Мария Захарова заявила, что обвинения голословны. "
            "По словам Захаровой, Лондон не представил доказательств.")),
        Document(id="en", lang="en", source="wire.example", text=(
            "Foreign Ministry spokeswoman Maria Zakharova said on Monday that the accusations were baseless. "
            "Zakharova added that London had offered no evidence.")),
    ])
    with Store(tmp_path / "a.db") as store:
        for d in docs:
            store.save(d)
        actors = [a for a in store.list_actors(q="Zakharova") if a["type"] == "PERSON"]
        assert [(a["name"], a["documents"]) for a in actors] == [("Maria Zakharova", 2)]
        speakers = {(q.speaker_name, d.id) for d in docs for q in d.quotes}
        assert ("Maria Zakharova", "ru") in speakers and ("Maria Zakharova", "en") in speakers
