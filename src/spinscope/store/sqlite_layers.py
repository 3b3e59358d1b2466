"""Annotation layers in SQLite, derived from their declarations (:mod:`spinscope.core.layers`).

Each layer is a table ``(doc_id, idx, <columns>)``: scalar fields as columns of the same name, span
fields as ``<field>_start``/``<field>_end``, other fields as JSON text. ``list[Span]``-like fields go
to a child table ``(doc_id, <parent column>, idx, start, end, ...)``. Tables, columns and indexes a
declaration names but the file lacks are created when the store opens (:func:`sync_schema`), so a
newly declared layer, or a new field of an existing one, needs no hand-written migration. Columns a
file has but no declaration names (an old ``entities.role``) are left alone and never read.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from spinscope.core.document import item_from_dict
from spinscope.core.layers import FieldKind, field_kinds, layers

_SQL_TYPES = {int: "INTEGER", float: "REAL", str: "TEXT", bool: "INTEGER"}


def q(name: str) -> str:
    """A quoted SQL identifier (``end`` is a keyword; declared names are identifiers already)."""
    return '"' + name.replace('"', '""') + '"'


def _columns(fields: Iterable[FieldKind]) -> list[tuple[str, str, FieldKind]]:
    """(column, SQL type, field) for the fields stored in the item's own row."""
    out = []
    for f in fields:
        if f.kind == "scalar":
            out.append((f.name, _SQL_TYPES[f.python], f))
        elif f.kind == "span":
            out += [(f"{f.name}_start", "INTEGER", f), (f"{f.name}_end", "INTEGER", f)]
        elif f.kind == "json":
            out.append((f.name, "TEXT", f))
    return out


def _child_fields(f: FieldKind) -> list[tuple[str, str, FieldKind]]:
    return _columns(field_kinds(f.python))


def tables() -> list[str]:
    """Every layer table and child table, parents first."""
    out = []
    for layer in layers():
        out.append(layer.table)
        out += [layer.child_table(f.name)[0] for f in layer.fields if f.kind == "spans"]
    return out


def sync_schema(conn: sqlite3.Connection) -> None:
    """Create the tables, columns and indexes that declarations name and the file lacks.

    Runs inside the caller's transaction; every statement is idempotent.
    """
    for layer in layers():
        _ensure_table(conn, layer.table, [("doc_id", "TEXT NOT NULL"), ("idx", "INTEGER")],
                      [(c, t) for c, t, _ in _columns(layer.fields)])
        conn.execute(f"CREATE INDEX IF NOT EXISTS {q(layer.table + '_doc')} ON {q(layer.table)}(doc_id)")
        for index, column in layer.indexes.items():
            conn.execute(f"CREATE INDEX IF NOT EXISTS {q(index)} ON {q(layer.table)}({q(column)})")
        for f in layer.fields:
            if f.kind != "spans":
                continue
            table, parent = layer.child_table(f.name)
            _ensure_table(conn, table, [("doc_id", "TEXT NOT NULL"), (parent, "INTEGER NOT NULL"), ("idx", "INTEGER")],
                          [(c, t) for c, t, _ in _child_fields(f)])
            conn.execute(f"CREATE INDEX IF NOT EXISTS {q(table + '_doc')} ON {q(table)}(doc_id)")


def _ensure_table(conn: sqlite3.Connection, table: str, keys: list[tuple[str, str]],
                  columns: list[tuple[str, str]]) -> None:
    have = {r[1] for r in conn.execute(f"PRAGMA table_info({q(table)})")}
    if not have:
        cols = ", ".join(f"{q(c)} {t}" for c, t in [*keys, *columns])
        conn.execute(f"CREATE TABLE IF NOT EXISTS {q(table)} ({cols})")
        return
    for c, t in [*keys, *columns]:
        if c not in have:
            # Added columns are nullable: rows written before the field existed read back as None.
            conn.execute(f"ALTER TABLE {q(table)} ADD COLUMN {q(c)} {t.replace(' NOT NULL', '')}")


def _cell(f: FieldKind, value: Any) -> Any:
    if f.kind != "json":
        return value
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)
    elif isinstance(value, list):  # an entity's labels: a list of dataclasses
        value = [dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value]
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _row_values(fields: tuple[FieldKind, ...], item: Any) -> list[Any]:
    values: list[Any] = []
    for f in fields:
        value = getattr(item, f.name)
        if f.kind == "scalar":
            values.append(value)
        elif f.kind == "span":
            values += [None, None] if value is None else [value.start, value.end]
        elif f.kind == "json":
            values.append(_cell(f, value))
    return values


def insert(conn: sqlite3.Connection, doc: Any) -> None:
    """Write every layer of one document (the caller deletes old rows and holds the transaction)."""
    for layer in layers():
        items = doc.layer(layer.name)
        if not items:
            continue
        cols = ["doc_id", "idx", *(c for c, _, _ in _columns(layer.fields))]
        sql = f"INSERT INTO {q(layer.table)} ({', '.join(map(q, cols))}) VALUES ({', '.join('?' * len(cols))})"
        conn.executemany(sql, [(doc.id, i, *_row_values(layer.fields, it)) for i, it in enumerate(items)])
        for f in layer.fields:
            if f.kind != "spans":
                continue
            table, parent = layer.child_table(f.name)
            child = field_kinds(f.python)
            ccols = ["doc_id", parent, "idx", *(c for c, _, _ in _columns(child))]
            csql = f"INSERT INTO {q(table)} ({', '.join(map(q, ccols))}) VALUES ({', '.join('?' * len(ccols))})"
            conn.executemany(csql, [
                (doc.id, i, j, *_row_values(child, s))
                for i, it in enumerate(items) for j, s in enumerate(getattr(it, f.name) or [])
            ])


def delete(conn: sqlite3.Connection, doc_id: str) -> None:
    for table in tables():
        conn.execute(f"DELETE FROM {q(table)} WHERE doc_id = ?", (doc_id,))


def _order(have: set[str], *keys: str) -> str:
    # Rows written before idx existed (old sentences) have idx NULL and keep their text order; a
    # file opened read-only may predate the column altogether.
    return ", ".join(q(k) for k in ("doc_id", *keys) if k in have)


def _have(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({q(table)})")}


# Columns of each layer table per open connection, valid while its schema_version stands: one PRAGMA
# per document read instead of one per table (a dozen; 3% of a loaded web server's time). An entry
# holds its connection, so a closed one's id is never reused for a stale entry; bounded.
_SCHEMAS: OrderedDict[int, tuple[sqlite3.Connection, int, dict[str, set[str]]]] = OrderedDict()
_SCHEMAS_LOCK = threading.Lock()
_SCHEMAS_KEPT = 64


def _table_columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """table -> its columns, for the connection's current schema (tables it lacks map to an empty set)."""
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    with _SCHEMAS_LOCK:
        entry = _SCHEMAS.get(id(conn))
        if entry is not None and entry[0] is conn and entry[1] == version:
            return entry[2]
    columns: dict[str, set[str]] = {}
    for layer in layers():
        columns[layer.table] = _have(conn, layer.table)
        for f in layer.fields:
            if f.kind == "spans":
                child = layer.child_table(f.name)[0]
                columns[child] = _have(conn, child)
    with _SCHEMAS_LOCK:
        _SCHEMAS[id(conn)] = (conn, version, columns)
        _SCHEMAS.move_to_end(id(conn))
        while len(_SCHEMAS) > _SCHEMAS_KEPT:
            _SCHEMAS.popitem(last=False)
    return columns


def _column(row: sqlite3.Row, have: set[str], column: str) -> Any:
    return row[column] if column in have else None


def _item(fields: tuple[FieldKind, ...], kind: type, row: sqlite3.Row, have: set[str]) -> Any:
    """One annotation from its row; ``have`` is the table's columns (an older file may lack some)."""
    data: dict[str, Any] = {}
    for f in fields:
        if f.kind == "scalar":
            data[f.name] = _column(row, have, f.name)
        elif f.kind == "span":
            a, b = _column(row, have, f"{f.name}_start"), _column(row, have, f"{f.name}_end")
            data[f.name] = None if a is None else {"start": a, "end": b}
        elif f.kind == "json":
            raw = _column(row, have, f.name)
            data[f.name] = None if raw is None else json.loads(raw)
        elif f.kind == "spans":
            data[f.name] = []
    # A NULL in a column for a field that cannot be None (a column added after the row was written,
    # a JSON list never set) reads back as the field's default.
    for f in fields:
        if data.get(f.name) is None and not f.optional and f.kind != "spans":
            data.pop(f.name, None)
    return item_from_dict(kind, data)


def read(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, list[Any]]]:
    """doc_id -> layer name -> annotations, for a chunk of ids (one query per table)."""
    marks = ",".join("?" * len(ids))
    out: dict[str, dict[str, list[Any]]] = {d: {} for d in ids}
    schema = _table_columns(conn)
    for layer in layers():
        fields = layer.fields
        # A layer declared after the schema was read (a test's toy layer) is asked for directly.
        have = schema[layer.table] if layer.table in schema else _have(conn, layer.table)
        if not have:
            continue  # a read-only file written before this layer was declared
        for r in conn.execute(
            f"SELECT * FROM {q(layer.table)} WHERE doc_id IN ({marks}) ORDER BY {_order(have, 'idx', 'start')}", ids
        ):
            out[r["doc_id"]].setdefault(layer.name, []).append(_item(fields, layer.item, r, have))
        for f in fields:
            if f.kind != "spans":
                continue
            table, parent = layer.child_table(f.name)
            child = field_kinds(f.python)
            have = schema[table] if table in schema else _have(conn, table)
            if not have:
                continue
            for r in conn.execute(
                f"SELECT * FROM {q(table)} WHERE doc_id IN ({marks}) ORDER BY {_order(have, parent, 'idx', 'start')}",
                ids,
            ):
                owner = out[r["doc_id"]].get(layer.name) or []
                if r[parent] < len(owner):
                    getattr(owner[r[parent]], f.name).append(_item(child, f.python, r, have))
    return out


__all__ = ["delete", "insert", "read", "sync_schema", "tables"]
