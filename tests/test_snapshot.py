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
            assert new.get(key) == old[key], f"{old['id']}: {key} changed"
        assert set(new) == set(old), f"{old['id']}: keys changed"
