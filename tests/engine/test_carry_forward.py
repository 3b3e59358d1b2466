"""Re-analysis never drops a layer it did not run, and never overwrites the analyst's word (issue 25)."""

from __future__ import annotations

from spinscope.core.annotations import Narrative, Span, Technique
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.engine.batch import Batch
from spinscope.service import review as rv
from spinscope.store import Store

TEXT = "The so-called experts lie. Nobody believes them."


def test_rerun_of_some_analyzers_keeps_the_other_layers(tmp_path):
    with Store(tmp_path / "c.db") as store:
        Batch(store, Pipeline(["parse"])).run([Document(id="a", text=TEXT)])
        # What earlier runs with more analyzers left: a technique, a codebook narrative, a SemEval one.
        doc = store.get("a")
        doc.techniques = [Technique(4, 21, "Name_Calling,Labeling", 0.8)]
        doc.narratives = [Narrative("my-codebook", "smear", "Experts smear us", score=0.7, evidence=[Span(0, 26)]),
                          Narrative("semeval2025", "URW: Blame", "Blame", score=0.6)]
        store.save(doc)
        rv.review(store, "a", "techniques", "edit", "ann", key="4:21:Name_Calling,Labeling", item={"technique": "Doubt"})
        report = Batch(store, Pipeline(["parse"]), force=True).run([Document(id="a", text=TEXT)])
        assert report.analyzed == ["a"]
        again = store.get("a")
        assert [(t.start, t.end, t.technique) for t in again.techniques] == [(4, 21, "Doubt")]
        assert sorted(n.taxonomy for n in again.narratives) == ["my-codebook", "semeval2025"]
        assert [(s.start, s.end) for s in again.sentences] == [(0, 26), (27, 48)]  # parse ran: its own, once
