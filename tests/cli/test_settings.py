"""The settings table: plain data below everything, the one source of the CLI's defaults."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

import spinscope.settings
from spinscope.cli.analyze import analyze_command
from spinscope.cli.serve import serve
from spinscope.engine.batch import Batch
from spinscope.ingest.dedup import NearDuplicateIndex
from spinscope.ingest.reader import DEFAULT_MAX_BYTES
from spinscope.settings import SETTINGS, default, defaults, setting


def test_the_table_imports_nothing_from_spinscope():
    tree = ast.parse(Path(spinscope.settings.__file__).read_text(encoding="utf-8"))
    imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert [m for m in imported if m and m.startswith("spinscope")] == []


def test_names_are_unique_and_every_setting_has_help():
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names)) and list(defaults()) == names
    assert all(s.help.strip().endswith(".") for s in SETTINGS)


def test_an_unknown_name_is_an_error_that_lists_the_known_ones():
    with pytest.raises(KeyError, match="no setting 'max_byte'; known: db_path, max_bytes"):
        setting("max_byte")


def test_cli_ingest_and_batch_defaults_come_from_the_table():
    analyze = inspect.signature(analyze_command).parameters
    assert analyze["max_bytes"].default == default("max_bytes") == DEFAULT_MAX_BYTES
    assert analyze["near_threshold"].default == default("near_duplicate_threshold")
    assert str(analyze["db"].default) == default("db_path")
    batch = inspect.signature(Batch).parameters
    assert batch["near_threshold"].default == default("near_duplicate_threshold")
    assert batch["batch_size"].default == default("batch_size")
    assert NearDuplicateIndex().threshold == default("near_duplicate_threshold")
    served = inspect.signature(serve).parameters
    assert (served["host"].default, served["port"].default, served["max_upload"].default) == (
        default("host"), default("port"), default("max_upload_bytes"))
