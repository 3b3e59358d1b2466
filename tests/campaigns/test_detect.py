"""Campaign detection on hand-written texts: planted republication and paraphrase campaigns, a
fact-check inside the window, a late fact-check, a late republication, and honest background."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from spinscope.campaigns import DetectionOptions, detect_campaigns, parse_window
from spinscope.errors import ConfigError
from spinscope.store import Store


@pytest.fixture(scope="module")
def found(planted_db: Path):
    with Store(planted_db, read_only=True) as store:
        return detect_campaigns(store)


def by_signal(result, signal: str):
    matches = [c for c in result.campaigns if c.signal == signal]
    assert len(matches) == 1, [c.to_dict() for c in result.campaigns]
    return matches[0]


def test_exactly_the_two_planted_campaigns_are_found(found) -> None:
    assert sorted(c.signal for c in found.campaigns) == ["paraphrased claim", "republication"]


def test_the_republication_campaign_and_its_lags(found) -> None:
    c = by_signal(found, "republication")
    assert c.outlets == ["Ostra Daily", "Kestrel News", "Tarn Courier"]
    assert c.documents == ["rep-ostra", "rep-kestrel", "rep-tarn"]
    assert c.first["document"] == "rep-ostra"
    assert [(f["outlet"], f["lag_hours"]) for f in c.followers] == [("Kestrel News", 2.0), ("Tarn Courier", 5.0)]
    assert c.start == "2026-03-02T08:00:00+00:00" and c.end == "2026-03-02T13:00:00+00:00"
    # The same statement three days later is follow-up coverage, not coordination.
    assert "rep-selva-late" not in c.documents and "Selva Post" not in c.outlets
    assert c.shared_claims[0]["outlets"] == 3 and 0 < c.score <= 1


def test_the_paraphrase_campaign_shows_each_outlets_wording(found) -> None:
    c = by_signal(found, "paraphrased claim")
    assert c.outlets == ["Velm Herald", "Ostra Daily", "Kestrel News", "Harbour Times"]
    (shared,) = c.shared_claims
    wordings = {v["outlet"]: v["text"] for v in shared["variants"]}
    assert wordings["Ostra Daily"].startswith("Dunmark has covertly deployed")
    assert wordings["Kestrel News"].startswith("Missile launchers were quietly moved")
    assert [f["lag_hours"] for f in c.followers] == [3.0, 7.0, 11.0]


def test_a_fact_check_inside_the_window_refutes_and_is_no_member(found) -> None:
    c = by_signal(found, "paraphrased claim")
    assert "factcheck-early" not in c.documents and "Nordhaven Wire" not in c.outlets
    assert [r["document"] for r in c.refuted_by][:2] == ["factcheck-early", "factcheck-context"]
    assert "factcheck-context" not in c.documents


def test_the_late_fact_check_refutes_and_the_background_stays_out(found) -> None:
    members = {d for c in found.campaigns for d in c.documents}
    c = by_signal(found, "paraphrased claim")
    # However late a refutation comes, it is listed under refuted-by (issue 23), never as a member.
    assert "factcheck-late" in [r["document"] for r in c.refuted_by] and "factcheck-late" not in members
    assert not any(d.startswith("bg-") for d in members)


def test_undated_and_outlet_less_documents_are_counted(found) -> None:
    assert found.undated == 1 and found.no_outlet == 1
    summary = found.summary()
    assert summary["undated_documents"] == 1 and summary["documents_without_outlet"] == 1
    assert summary["documents_considered"] == 17  # 19 written, less those two


def test_the_network_weights_count_shared_stories(found) -> None:
    # Ostra Daily and Kestrel News took part in both campaigns.
    assert found.edges[("Kestrel News", "Ostra Daily")]["weight"] == 2
    assert found.edges[("Kestrel News", "Tarn Courier")]["signals"] == {"republication": 1, "paraphrased claim": 1}
    assert found.nodes["Ostra Daily"]["campaigns"] == [c.id for c in found.campaigns]
    assert found.nodes["Selva Post"]["campaigns"] == []


def test_a_wider_window_takes_in_the_late_republication(planted_db: Path) -> None:
    with Store(planted_db, read_only=True) as store:
        wide = detect_campaigns(store, DetectionOptions(window=timedelta(days=4), signals=("republication",)))
    (c,) = wide.campaigns
    assert "rep-selva-late" in c.documents and c.outlets[-1] == "Selva Post"


def test_min_outlets_and_signal_choice(planted_db: Path) -> None:
    with Store(planted_db, read_only=True) as store:
        assert detect_campaigns(store, DetectionOptions(min_outlets=4)).campaigns[0].signal == "paraphrased claim"
        assert len(detect_campaigns(store, DetectionOptions(min_outlets=5)).campaigns) == 0
        only_narrative = detect_campaigns(store, DetectionOptions(signals=("narrative",)))
    (c,) = only_narrative.campaigns
    assert c.signal == "shared narrative" and len(c.outlets) == 4


def test_a_repeated_coordination_threshold_keeps_only_outlets_that_co_publish_twice(planted_db: Path) -> None:
    with Store(planted_db, read_only=True) as store:
        strict = detect_campaigns(store, DetectionOptions(min_weight=2, min_outlets=2))
    assert {tuple(sorted(c.outlets)) for c in strict.campaigns} == {("Kestrel News", "Ostra Daily")}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"min_outlets": 1}, "min_outlets"), ({"signals": ("telepathy",)}, "unknown signal"),
     ({"claim_threshold": 1.5}, "claim_threshold"), ({"window": timedelta(0)}, "window")],
)
def test_bad_options_fail_by_name(kwargs: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        DetectionOptions(**kwargs)


def test_window_strings() -> None:
    assert parse_window("24h") == timedelta(hours=24) and parse_window("90m") == timedelta(minutes=90)
    assert parse_window("2d") == timedelta(days=2) and parse_window(6) == timedelta(hours=6)
    with pytest.raises(ConfigError, match="not a duration"):
        parse_window("a while")
