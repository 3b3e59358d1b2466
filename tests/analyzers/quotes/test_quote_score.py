"""A quote's score (issue 22 item 5): fitted on our PolNeAR slice, written on every quote, higher for
what is more often right. Texts written for these tests."""

from __future__ import annotations

from spinscope.analyzers.quotes.score import FEATURES, features, load_scorer
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline


def test_features_match_the_fitted_map():
    x = features("direct", "direct-cue", "Anna Kovacs", "PERSON", True, 40)
    assert len(x) == len(FEATURES)
    scorer = load_scorer()
    assert scorer is not None and len(scorer.coef) == len(FEATURES)


def test_a_named_speaker_scores_above_an_unattributed_fragment():
    scorer = load_scorer()
    named = scorer(features("indirect", "indirect", "Health Minister Sara Lind", "PERSON", True, 60))
    bare = scorer(features("indirect", "tagger", None, None, False, 12))
    assert 0.0 <= bare < named <= 1.0


def test_the_analyzer_writes_a_score_on_every_quote():
    doc = Pipeline(["parse", "entities", "quotes"])(Document(
        id="q", text='"We will rebuild the bridge by May," Mayor Elena Varga said. She added that the cost had doubled.'))
    assert doc.quotes and all(q.score is not None and 0.0 <= q.score <= 1.0 for q in doc.quotes)
