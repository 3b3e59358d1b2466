"""The redesigned code writes the same annotations as before it (see snapshots/make_snapshot.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "snapshots"


def _maker():
    spec = importlib.util.spec_from_file_location("make_snapshot", HERE / "make_snapshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_annotations_match_the_snapshot():
    maker = _maker()
    expected = [json.loads(line) for line in (HERE / "annotations.jsonl").read_text(encoding="utf-8").splitlines()]
    got = maker.analyse()
    assert [d["id"] for d in got] == [d["id"] for d in expected]
    for new, old in zip(got, expected, strict=True):
        for key in old:
            assert_same(new.get(key), old[key], f"{old['id']}: {key}", maker.SCORE_TOLERANCE)
        assert set(new) == set(old), f"{old['id']}: keys changed"


def assert_same(new, old, where: str, tolerance: float) -> None:
    """Everything equal (labels, offsets, texts), except that a float "score" may differ by ``tolerance``."""
    if isinstance(old, dict) and isinstance(new, dict):
        assert set(new) == set(old), f"{where}: keys {sorted(set(new) ^ set(old))} changed"
        for key in old:
            if key == "score" and isinstance(old[key], float) and isinstance(new[key], float):
                assert abs(new[key] - old[key]) <= tolerance, f"{where}.score: {new[key]} != {old[key]}"
            else:
                assert_same(new[key], old[key], f"{where}.{key}", tolerance)
    elif isinstance(old, list) and isinstance(new, list):
        assert len(new) == len(old), f"{where}: {len(new)} items, expected {len(old)}"
        for i, (n, o) in enumerate(zip(new, old, strict=True)):
            assert_same(n, o, f"{where}[{i}]", tolerance)
    else:
        assert new == old, f"{where} changed: {new!r} != {old!r}"
