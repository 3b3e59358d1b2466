"""A read-only open of a store from an older spinscope is a clear refusal, not a server error per page."""

from __future__ import annotations

import sqlite3

import pytest

from spinscope.store import Store, StoreError
from spinscope.store.sqlite import MIGRATIONS, _statements


def test_read_only_old_schema_is_refused_with_the_way_out(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:6], start=1):
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="older spinscope .* open it once writable"):
        Store(path, read_only=True)
    with Store(path) as store:  # writable: migrated
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    with Store(path, read_only=True) as store:
        assert store.count() == 0
