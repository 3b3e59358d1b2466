"""Corpus-wide answers computed once per store change (service/state.py), on real SQLite files.

Counts per filter and the unfiltered speaker and actor lists are kept between requests; a write by
any process must show in the next answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest_web import article, build_corpus
from spinscope.service import state as cached
from spinscope.service.queries import DocumentFilter
from spinscope.service.state import AppState
from spinscope.store import Store


@pytest.fixture()
def app_state(tmp_path: Path) -> AppState:
    path = tmp_path / "aggregates.db"
    build_corpus(path)
    st = AppState(path)
    yield st
    st.close()


def test_counts_follow_writes_by_another_process(app_state: AppState) -> None:
    harbour = DocumentFilter(q="harbour")
    coast = DocumentFilter(outlet="Coast Daily", date_from="2024-01-01")
    before = cached.list_documents(app_state, harbour)["count"], cached.list_documents(app_state, coast)["count"]
    assert cached.cached_count(app_state, harbour) == before[0]
    with Store(app_state.db_path) as writer:
        writer.save(article("late-2", "Coast Daily", "2024-07-01", mayor="Mayor Ines Vale"))
    after = cached.list_documents(app_state, harbour), cached.list_documents(app_state, coast)
    assert (after[0]["count"], after[1]["count"]) == (before[0] + 1, before[1] + 1)
    assert after[1]["documents"][0]["id"] == "late-2"


def test_undated_count_beside_a_date_filter_is_its_own_entry(app_state: AppState) -> None:
    dated = cached.list_documents(app_state, DocumentFilter(date_from="2024-01-01"))
    everything = cached.list_documents(app_state, DocumentFilter())
    # harbour-6 and harbour-7 have no date: left out by the filter, and said so.
    assert dated["undated_excluded"] == 2
    assert dated["count"] == everything["count"] - 2


def test_unfiltered_lists_follow_writes(app_state: AppState) -> None:
    speakers = {r["speaker"] for r in cached.list_speakers(app_state)["speakers"]}
    actors = {r["name"] for r in cached.list_actors(app_state)["actors"]}
    assert "Mayor Ines Vale" not in speakers and "Lina Ortiz" in actors
    with Store(app_state.db_path) as writer:
        writer.save(article("late-3", "Metro Wire", "2024-07-02", mayor="Mayor Ines Vale"))
    assert "Mayor Ines Vale" in {r["speaker"] for r in cached.list_speakers(app_state)["speakers"]}
    # A name search is not a corpus-wide list: asked of the store every time.
    assert [r["speaker"] for r in cached.list_speakers(app_state, q="Ines")["speakers"]] == ["Mayor Ines Vale"]
    assert cached.list_actors(app_state)["actors"][0]["documents"] >= 1
