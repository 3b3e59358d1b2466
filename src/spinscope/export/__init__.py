"""Exports of analysed documents: JSON Lines, a JSON directory, CSV and one HTML report.

Every export keeps the character offsets usable: JSON forms are :meth:`Document.to_dict` (read them
back with :meth:`Document.from_dict`), and each CSV row's ``text`` equals ``doc.text[start:end]``.

>>> import io
>>> from spinscope.core.document import Document
>>> buf = io.StringIO()
>>> write([Document(id="a", text="Hi")], "jsonl", buf)
1
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from spinscope.core.document import Document
from spinscope.errors import ConfigError
from spinscope.export._atomic import atomic_text
from spinscope.export._jsonfiles import dumps, safe_filename, write_json_dir, write_jsonl
from spinscope.export._report import render_report, report_context, write_html_report
from spinscope.export._summary import summarize
from spinscope.export._tabular import annotation_rows, csv_columns, write_csv

FORMATS = ("jsonl", "json", "csv", "html", "labelstudio", "brat", "doccano")

__all__ = [
    "csv_columns",
    "FORMATS",
    "annotation_rows",
    "dumps",
    "render_report",
    "report_context",
    "safe_filename",
    "summarize",
    "write",
    "write_csv",
    "write_html_report",
    "write_json_dir",
    "write_jsonl",
]


def write(
    docs: Iterable[Document],
    fmt: str,
    out: str | Path | TextIO | None = None,
    title: str = "spinscope report",
) -> int:
    """Write documents in one of :data:`FORMATS`; the one call the CLI needs.

    Parameters
    ----------
    docs : documents to write (a generator is fine; jsonl and csv stream).
    fmt : ``jsonl`` or ``csv`` (to ``out``, a path or open text stream; stdout when None),
        ``json`` (``out`` is a directory, one ``<id>.json`` per document) or ``html`` (``out`` is the
        report's file path).
    title : the HTML report's title.

    Returns
    -------
    int : documents written (rows for csv).
    """
    if fmt not in FORMATS:
        raise ConfigError(f"Unknown export format {fmt!r}. Available formats: {', '.join(FORMATS)}")
    if fmt in ("labelstudio", "brat", "doccano"):
        return _write_for_annotators(docs, fmt, out)
    if fmt in ("json", "html"):
        if out is None or not isinstance(out, str | Path):
            what = "a directory for the <id>.json files" if fmt == "json" else "the report's file path"
            raise ConfigError(f"--format {fmt} needs --out: {what}")
        if fmt == "json":
            return len(write_json_dir(docs, out))
        items = list(docs)
        write_html_report(items, out, title=title)
        return len(items)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if out is None:
        return writer(docs, sys.stdout)
    if isinstance(out, str | Path):
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        # newline="" keeps "\r" inside CSV cells exactly; harmless for JSONL, which escapes it.
        with atomic_text(out, newline="") as fp:
            return writer(docs, fp)
    return writer(docs, out)


def _write_for_annotators(docs: Iterable[Document], fmt: str, out: str | Path | TextIO | None) -> int:
    """Label Studio tasks (+ ``<out>.config.xml``, the labeling interface), a brat folder, doccano JSONL."""
    import json

    from spinscope.export import brat, doccano, labelstudio
    from spinscope.export.regions import choices, regions

    if fmt == "doccano":
        if out is None:
            return doccano.write_jsonl(docs, sys.stdout)
        if not isinstance(out, str | Path):
            return doccano.write_jsonl(docs, out)
        with atomic_text(out) as fp:
            return doccano.write_jsonl(docs, fp)
    if out is None or not isinstance(out, str | Path):
        what = "a folder for the .txt and .ann files" if fmt == "brat" else "the tasks file (.json)"
        raise ConfigError(f"--format {fmt} needs --out: {what}")
    if fmt == "brat":
        return brat.write_dir(docs, out)
    items = list(docs)
    tasks = labelstudio.to_tasks(items)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with atomic_text(out) as fp:
        json.dump(tasks, fp, ensure_ascii=False, indent=1)
    labels = {r.label for d in items for r in regions(d)}
    picks = {c for d in items for c, _, _ in choices(d)}
    with atomic_text(f"{out}.config.xml") as fp:
        fp.write(labelstudio.labeling_config(labels, picks))
    return len(items)
