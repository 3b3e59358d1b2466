"""JSON Lines (one document per line) and a directory of ``<id>.json`` files."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from spinscope.core.document import Document
from spinscope.export._atomic import atomic_text

# json.dumps leaves these raw with ensure_ascii=False, but str.splitlines() and some JSONL readers
# treat them as line ends; escaping them keeps one document per physical line.
_LINE_SEPARATORS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_UNSAFE = re.compile(r"[^\w.-]+")  # \w keeps letters of any script: ids are often Cyrillic
# Names Windows refuses as files whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
MAX_NAME = 100


def dumps(doc: Document, indent: int | None = None) -> str:
    """The contract JSON of one document, UTF-8 text kept readable (not \\u-escaped)."""
    out = json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent)
    for char, escaped in _LINE_SEPARATORS.items():
        out = out.replace(char, escaped)  # only ever inside strings, so still valid JSON
    return out


def write_jsonl(docs: Iterable[Document], fp: TextIO) -> int:
    """Write one JSON document per line to a text stream; returns the number written.

    >>> import io
    >>> buf = io.StringIO()
    >>> write_jsonl([Document(id="a", text="x\\u2028y")], buf)
    1
    >>> len(buf.getvalue().splitlines())
    1
    """
    n = 0
    for doc in docs:
        fp.write(dumps(doc) + "\n")
        n += 1
    return n


def safe_filename(doc_id: str) -> str:
    """A portable file stem for a document id: no path separators, no leading dot, no reserved name.

    An id that had to change gets a short hash of the original appended, so two ids that clean up to
    the same characters (``a/b`` and ``a:b``) still get different files.

    >>> safe_filename("kyiv-2024-01")
    'kyiv-2024-01'
    >>> safe_filename("../etc/passwd")
    'etc_passwd-7fef78f5'
    """
    stem = _UNSAFE.sub("_", doc_id).strip("._")[:MAX_NAME]
    if stem and stem == doc_id and stem.lower() not in _RESERVED:
        return stem
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{stem}-{digest}" if stem else f"doc-{digest}"


def write_json_dir(docs: Iterable[Document], out_dir: str | Path) -> list[Path]:
    """Write each document as ``<out_dir>/<safe id>.json`` (created if needed); returns the paths.

    Names are unique within one call even on case-insensitive file systems; a clash gets ``-2``,
    ``-3``... appended. Existing files of the same name are overwritten.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    paths: list[Path] = []
    for doc in docs:
        stem = base = safe_filename(doc.id)
        n = 1
        while stem.lower() in used:
            n += 1
            stem = f"{base}-{n}"
        used.add(stem.lower())
        path = out / f"{stem}.json"
        with atomic_text(path) as fp:
            fp.write(dumps(doc, indent=2) + "\n")
        paths.append(path)
    return paths
