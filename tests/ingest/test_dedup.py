"""MinHash near-duplicates (``ingest/dedup.py``) on texts written for these tests."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from spinscope.ingest.dedup import (
    NUM_PERM,
    SHINGLE,
    NearDuplicateIndex,
    from_bytes,
    shingles,
    signature,
    similarity,
    to_bytes,
)

ARTICLE = (
    "The Ostland ministry of transport announced on Monday that the new rail line between Karsby and the "
    "Velorian border will open in the spring, two years later than planned. Officials blamed the delay on "
    "a shortage of steel and on repeated floods along the river valley. The line is expected to carry four "
    "million passengers a year and to cut the journey from six hours to just under three. Local councils "
    "welcomed the news but asked for more stations in the smaller towns along the route. A spokeswoman for "
    "the ministry said ticket prices would be announced in the autumn, after talks with the two regional "
    "operators. Critics in the Karsby assembly argued that the money would have been better spent on "
    "repairing the old coastal line, which has been closed since a landslide three winters ago. The "
    "minister rejected that view and said both projects would be finished before the next election."
)
EDITED = ARTICLE.replace("Monday", "Tuesday").replace("four million", "five million")  # two words changed
TRUNCATED = ARTICLE[: ARTICLE.index(" Critics")]  # the last two sentences dropped
HEADLINED = "Rail line delayed\n\n" + ARTICLE  # a new headline on top
UNRELATED = (
    "Heavy snow closed schools across northern Veloria for a third day, and the weather service warned that "
    "more storms were on the way. Farmers said the cold had already damaged the winter wheat crop."
)


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def test_shingles_are_lowercased_five_word_windows():
    assert SHINGLE == 5
    assert shingles("Karsby, the CITY of bridges: open!") == {"karsby the city of bridges", "the city of bridges open"}
    assert shingles("One two three") == {"one two three"}  # shorter than a shingle: one shingle of all words
    assert shingles("") == set()
    assert shingles(" — ... !") == set()
    assert len(shingles(ARTICLE)) == 149  # 153 words, no window repeated


def test_signature_shape_and_type():
    sig = signature(ARTICLE)
    assert sig.shape == (NUM_PERM,) == (64,)
    assert sig.dtype == np.uint32


def test_signature_is_stable_across_runs_and_versions():
    # Signatures are stored as BLOBs: a change of seed, hash or byte order would orphan every stored one.
    sig = signature(ARTICLE)
    assert sig[:8].tolist() == [15961816, 1440666, 3224447, 8215154, 1899394, 35915473, 9251525, 2235711]
    assert hashlib.sha256(to_bytes(sig)).hexdigest() == (
        "d188146ed8f534101bf2f831a4ba609c83892abe823af02a0147a78386de3075"
    )
    assert signature("Ostland")[:4].tolist() == [1688270783, 1905856159, 384442428, 14522897]
    assert np.array_equal(signature(ARTICLE), sig)


def test_signature_folds_case_and_punctuation_only():
    folded = ARTICLE.upper().replace(".", " !").replace(",", "")
    assert np.array_equal(signature(folded), signature(ARTICLE))
    assert not np.array_equal(signature(EDITED), signature(ARTICLE))


def test_text_without_words_has_the_all_max_signature():
    empty = signature("")
    assert empty.tolist() == [0xFFFFFFFF] * NUM_PERM
    assert np.array_equal(signature("— … !"), empty)


def test_identical_texts():
    assert similarity(signature(ARTICLE), signature(ARTICLE)) == 1.0


def test_near_identical_texts_estimate_their_jaccard():
    cases = {EDITED: (0.8742, 0.8125), TRUNCATED: (0.6913, 0.75), HEADLINED: (0.9803, 0.984375)}
    for text, (true, estimate) in cases.items():
        assert jaccard(ARTICLE, text) == pytest.approx(true, abs=5e-5)
        assert similarity(signature(ARTICLE), signature(text)) == estimate
        assert abs(estimate - true) < 0.1  # 64 permutations: the estimate stays near the truth


def test_unrelated_texts():
    assert jaccard(ARTICLE, UNRELATED) == 0.0
    assert similarity(signature(ARTICLE), signature(UNRELATED)) == 0.0


def test_bytes_round_trip_little_endian():
    sig = signature(ARTICLE)
    data = to_bytes(sig)
    assert len(data) == 4 * NUM_PERM
    assert data[:4] == int(sig[0]).to_bytes(4, "little")
    back = from_bytes(data)
    assert back.dtype == np.uint32 and np.array_equal(back, sig)
    back[0] = 0  # a writable copy, not a view of the BLOB
    assert from_bytes(data)[0] == sig[0]


def test_index_finds_the_near_duplicate_with_its_similarity():
    idx = NearDuplicateIndex(threshold=0.7)
    idx.add("original", signature(ARTICLE))
    idx.add("snow", signature(UNRELATED))
    assert len(idx) == 2
    assert idx.query(signature(EDITED)) == ("original", 0.8125)
    assert idx.query(signature(HEADLINED)) == ("original", 0.984375)
    assert idx.query(signature(UNRELATED), exclude="snow") is None
    assert idx.query(signature("Trains run again in Karsby from Monday morning.")) is None


def test_default_threshold():
    assert NearDuplicateIndex().threshold == 0.7
    idx = NearDuplicateIndex()
    idx.add("original", signature(ARTICLE))
    assert idx.query(signature(TRUNCATED)) == ("original", 0.75)


def test_threshold_is_inclusive():
    sig, other = signature(ARTICLE), signature(EDITED)
    at = NearDuplicateIndex(threshold=0.8125)
    at.add("original", sig)
    assert at.query(other) == ("original", 0.8125)
    above = NearDuplicateIndex(threshold=0.8125 + 1 / NUM_PERM)
    above.add("original", sig)
    assert above.query(other) is None


def test_query_excludes_the_document_itself():
    idx = NearDuplicateIndex()
    idx.add("a", signature(ARTICLE))
    assert idx.query(signature(ARTICLE), exclude="a") is None
    assert idx.query(signature(ARTICLE)) == ("a", 1.0)


def test_earliest_indexed_document_wins_over_the_most_similar():
    idx = NearDuplicateIndex(threshold=0.7)
    idx.add("first", signature(EDITED))
    idx.add("second", signature(ARTICLE))
    # "second" is identical to the query, "first" only similar: the earlier copy is the one linked.
    assert idx.query(signature(ARTICLE)) == ("first", 0.8125)
    assert idx.query(signature(ARTICLE), exclude="first") == ("second", 1.0)


def test_re_adding_a_changed_document_forgets_its_old_signature():
    idx = NearDuplicateIndex()
    idx.add("a", signature(ARTICLE))
    idx.add("b", signature(EDITED))
    idx.add("a", signature(UNRELATED))  # its text changed
    assert len(idx) == 2
    assert idx.query(signature(ARTICLE)) == ("b", 0.8125)
    assert idx.query(signature(UNRELATED)) == ("a", 1.0)
    # "a" keeps its place in the order: it is still earlier than "b".
    idx.add("a", signature(ARTICLE))
    assert idx.query(signature(EDITED)) == ("a", 0.8125)


def test_empty_index():
    idx = NearDuplicateIndex()
    assert len(idx) == 0
    assert idx.query(signature(ARTICLE)) is None
