"""Time views count undated documents: the statistics' per-month table and chart show an (undated) period."""

from __future__ import annotations

from pathlib import Path

from spinscope.core.annotations import Technique
from spinscope.core.document import Document
from spinscope.service.queries import corpus_stats
from spinscope.store import Store
from spinscope.web.charts import stacked_columns


def test_undated_spans_get_their_own_period_last(tmp_path: Path) -> None:
    text = "They are traitors and liars, the minister said."
    with Store(tmp_path / "u.db") as store:
        for doc_id, published in (("dated", "2025-06-02T09:00:00+03:00"), ("undated", None), ("later", "2025-07-01")):
            store.save(Document(id=doc_id, text=text, source="Lantern", published=published,
                                techniques=[Technique(9, 17, "Name_Calling,Labeling", 0.9)]))
        rows = corpus_stats(store)["tables"]["techniques_per_month"]
    assert [r["month"] for r in rows] == ["2025-06", "2025-07", "(undated)"]
    svg = str(stacked_columns(rows, "month", "technique", "spans", "per month"))
    assert svg.index("2025-07") < svg.index("(undated)")
