"""The multilingual encoder: one space for Russian and English, the same vector however it is asked for."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from spinscope.models import multilingual

RU = "Захарова заявила, что обвинения Запада голословны."
EN = "Zakharova said that the West's accusations are baseless."
OTHER = "В Москве открылся новый парк для жителей района."


@pytest.mark.slow
def test_translation_is_closer_than_other_news() -> None:
    v = multilingual.embed([RU, EN, OTHER])
    assert v.shape == (3, multilingual.DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-3)
    assert v[0] @ v[1] > multilingual.SAME_CLAIM_THRESHOLD > v[1] @ v[2]


@pytest.mark.slow
def test_a_text_gets_one_vector_alone_or_in_a_batch() -> None:
    alone = multilingual.embed([EN])
    batch = multilingual.embed([RU, EN, OTHER, ""])
    assert np.array_equal(alone[0], batch[1])
    assert np.array_equal(batch, np.round(batch, multilingual.ROUND))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler: the package's engine is used")
def test_the_strict_engine_is_built_and_used() -> None:
    path = multilingual.strict_engine()
    assert path is not None and path.is_file()
    assert multilingual.strict_engine() == path  # built once, then found in the cache
    assert multilingual.load_encoder().engine == str(path)


def test_language_groups() -> None:
    assert multilingual.language_group("und") == multilingual.language_group(None) == "en"
    assert multilingual.language_group("ru") == "ru"
