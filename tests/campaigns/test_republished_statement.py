"""One statement printed word for word by three outlets: a republication campaign and three profiles.

The text is stored and analysed once; the campaign and the outlet profiles see its three publications.
"""

from __future__ import annotations

from pathlib import Path

from spinscope.campaigns.detect import detect_campaigns
from spinscope.campaigns.options import DetectionOptions
from spinscope.campaigns.profiles import outlet_profiles
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.engine.batch import Batch
from spinscope.store import Store

STATEMENT = (
    "The foreign ministry said on Monday that the so-called reports of shelling near the border were a "
    "smear campaign run by Western governments and their media. It called on foreign journalists to stop "
    "repeating the claims of the opposition and said the army had respected the ceasefire since March. "
    "The ministry added that humanitarian convoys had reached every district named in the reports."
)
OTHER = ("The city council approved the harbour budget on Tuesday after a long debate about ferry fares "
         "and the cost of dredging the old port, which engineers said would take two years.")


def test_three_outlets_one_text_is_one_republication_campaign(tmp_path: Path) -> None:
    pubs = [Document(id=f"p{i}", text=STATEMENT, source=outlet, published=f"2026-05-05T{9 + i:02d}:00:00+00:00",
                     title=f"Statement ({outlet})")
            for i, outlet in enumerate(["alpha.example", "beta.example", "gamma.example"])]
    other = Document(id="harbour", text=OTHER, source="alpha.example", published="2026-05-05T12:00:00+00:00")
    with Store(tmp_path / "s.db") as store:
        report = Batch(store, Pipeline([], on_error="record")).run([*pubs, other])
        assert report.analyzed == ["p0", "harbour"] and [r[0] for r in report.republished] == ["p1", "p2"]
        found = detect_campaigns(store, DetectionOptions(signals=("republication",)))
        profiles = {p["outlet"]: p for p in outlet_profiles(store, found)}
    assert len(found.campaigns) == 1
    campaign = found.campaigns[0]
    assert campaign.signal == "republication"
    assert campaign.outlets == ["alpha.example", "beta.example", "gamma.example"]
    assert campaign.documents == ["p0", "p1", "p2"]
    assert found.considered == 4
    assert {o: p["documents"] for o, p in profiles.items()} == {"alpha.example": 2, "beta.example": 1,
                                                                "gamma.example": 1}
    # The later outlets copied the first one's text: their publications are republications.
    assert profiles["beta.example"]["republication_rate"] == 1.0 and profiles["alpha.example"]["republication_rate"] == 0.0
    assert all(p["campaigns"] == [campaign.id] for p in profiles.values())
