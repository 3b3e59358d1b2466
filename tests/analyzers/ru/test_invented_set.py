"""The Done-when figures of issue 24 on our invented Russian set (tests/fixtures/ru/invented.jsonl)."""

from __future__ import annotations

import pytest

from training.ru.invented import analyse, load, score


@pytest.mark.slow
def test_speakers_issuers_and_no_quotes_where_there_are_none() -> None:
    items = load()
    assert len(items) >= 30
    report = score(items, analyse(items))
    assert report["speaker_accuracy"] >= 0.85, report["errors"]
    statements = [it for it in items if it["kind"] == "statement"]
    assert report["issuers_right"] == f"{len(statements)}/{len(statements)}", report["errors"]
    assert report["quotes_in_items_without_any"] == 0, report["errors"]
