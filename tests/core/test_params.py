"""Declared analyzer options: what each declaration accepts, refuses and says."""

from __future__ import annotations

import pytest

from spinscope.core.params import Param

THRESHOLD = Param("threshold", None, "minimum score", type=float, low=0, high=1, nullable=True)
THREADS = Param("threads", 2, "threads", type=int, low=1)
TAGGER = Param("tagger", "auto", "use the tagger", choices=("auto", True, False))


@pytest.mark.parametrize(("param", "words"), [
    (THRESHOLD, "a number in [0, 1] or null"),
    (THREADS, "an integer >= 1"),
    (TAGGER, 'one of "auto", true, false'),
    (Param("path", None, "a file", type=str, nullable=True), "a string or null"),
    (Param("x", 0.0, "at most one", type=float, high=1), "a number <= 1"),
])
def test_allowed_values_in_words(param, words):
    assert param.allowed() == words


@pytest.mark.parametrize(("param", "value"), [
    (THRESHOLD, 0), (THRESHOLD, 0.5), (THRESHOLD, 1), (THRESHOLD, None),
    (THREADS, 1), (THREADS, 64), (TAGGER, "auto"), (TAGGER, True), (TAGGER, False),
])
def test_accepted_values_are_kept_as_given(param, value):
    result = param.check(value)
    assert result == value and type(result) is type(value)


@pytest.mark.parametrize(("param", "value"), [
    (THRESHOLD, 2), (THRESHOLD, -0.1), (THRESHOLD, "high"), (THRESHOLD, True), (THRESHOLD, float("nan")),
    (THREADS, 0), (THREADS, 1.5), (THREADS, True), (THREADS, None), (THREADS, "2"),
    (TAGGER, "yes"), (TAGGER, 1), (TAGGER, 0), (TAGGER, None),
])
def test_refused_values_raise_with_the_allowed_values(param, value):
    with pytest.raises(ValueError, match="^" + param.allowed().replace("[", r"\[").replace("]", r"\]") + "$"):
        param.check(value)


def test_booleans_typed_as_text_count_as_booleans_where_booleans_are_allowed():
    assert TAGGER.check("false") is False
    assert TAGGER.check("True") is True
    assert Param("on", False, "switch", type=bool).check("true") is True
    with pytest.raises(ValueError):
        Param("name", "x", "a name", type=str, choices=("x", "y")).check("true")
