"""Read articles from files, folders and stdin into Documents, never normalising their text.

Every reader yields either a :class:`Document` or an :class:`InputError` naming the file (and row)
and the reason; one bad file or row never stops the rest of a batch.

Formats: ``.txt`` (line 1 is the title when a body follows; ``text`` is the whole decoded file),
``.html``/``.htm`` (main text extracted with trafilatura; offsets index the extracted text),
``.jsonl``/``.ndjson`` and ``.csv`` (columns ``id,title,text,source,url,published``; also ``lang``,
``issuer``), ``.json`` (one document object, e.g. spinscope's own export), folders (recursive) and
``-`` for stdin.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spinscope.core.document import Document
from spinscope.errors import InputError
from spinscope.ingest.outlets import fill_metadata
from spinscope.settings import default

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".csv", ".json"}
# One article; a JSONL/CSV/JSON file may be larger (up to MAX_TABLE_BYTES), and each of its rows is checked.
DEFAULT_MAX_BYTES: int = default("max_bytes")
MAX_TABLE_BYTES: int = default("max_table_bytes")
FIELDS = ("id", "title", "text", "source", "url", "published", "lang", "issuer")

Item = Document | InputError


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def decode_text(data: bytes, source: str) -> str:
    """Bytes to str, exactly: only a byte-order mark (an encoding marker, not text) is dropped."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(source, "binary file (contains NUL bytes); expected UTF-8 text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"undecodable UTF-16 text: {exc.reason} at byte {exc.start}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-encode the file as UTF-8"
        ) from exc


def _check_text(text: str, source: str, row: int | None = None) -> None:
    if not text.strip():
        raise InputError(source, "empty document (no text)", row)


def _meta(doc: Document, source: str, fmt: str, row: int | None = None) -> Document:
    doc.meta.update({"path": source, "format": fmt, "content_hash": content_hash(doc.text)})
    if row is not None:
        doc.meta["row"] = row
    return fill_metadata(doc)  # dates to ISO 8601, a missing outlet from the URL's domain


def read_txt(data: bytes, source: str, doc_id: str) -> Document:
    text = decode_text(data, source)
    _check_text(text, source)
    first, sep, rest = text.partition("\n")
    title = first.strip() if sep and rest.strip() else None
    return _meta(Document(id=doc_id, text=text, title=title), source, "txt")


def read_html(data: bytes, source: str, doc_id: str) -> Document:
    import trafilatura

    html = decode_text(data, source)
    _check_text(html, source)
    extracted = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        # Only dates the page states (meta tags, visible dateline); a copyright year is no date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(source, "no main text found in the HTML (is it an article page?)")
    doc = Document(
        id=doc_id,
        text=extracted.text,
        title=extracted.title or None,
        source=extracted.sitename or None,
        url=extracted.url or None,
        published=extracted.date or None,
    )
    return _meta(doc, source, "html")


def _from_record(record: dict[str, Any], source: str, row: int, default_id: str, fmt: str,
                 max_bytes: int) -> Document:
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object, got {type(record).__name__}", row)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(source, "missing 'text' (a string) field", row)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise InputError(source, f"text is {size:,} bytes, over the {max_bytes:,}-byte limit (see --max-bytes)", row)
    _check_text(text, source, row)
    values = {k: (str(record[k]) if record.get(k) not in (None, "") else None) for k in FIELDS if k != "text"}
    doc = Document(
        id=values["id"] or default_id,
        text=text,
        title=values["title"],
        source=values["source"],
        url=values["url"],
        published=values["published"],
        lang=values["lang"] or "en",
        issuer=values["issuer"],
    )
    return _meta(doc, source, fmt, row)


def read_jsonl(text: str, source: str, stem: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    for row, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"malformed JSON: {exc.msg} at column {exc.colno}", row)
            continue
        try:
            yield _from_record(record, source, row, f"{stem}-{row}", "jsonl", max_bytes)
        except InputError as err:
            yield err


def read_csv(text: str, source: str, stem: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield InputError(source, f"CSV needs a 'text' column; found columns {reader.fieldnames}")
        return
    try:
        # Rows are counted from 1 after the header (a record may span several lines).
        for row, record in enumerate(reader, start=1):
            if None in record:
                yield InputError(source, "row has more fields than the header", row)
                continue
            try:
                yield _from_record(record, source, row, f"{stem}-{row}", "csv", max_bytes)
            except InputError as err:
                yield err
    except csv.Error as exc:
        yield InputError(source, f"malformed CSV: {exc} (near line {reader.line_num})")


def read_json(text: str, source: str, stem: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(source, f"malformed JSON: {exc.msg} at line {exc.lineno}")
        return
    records = record if isinstance(record, list) else [record]
    for row, rec in enumerate(records, start=1):
        try:
            yield _from_record(rec, source, row, stem if len(records) == 1 else f"{stem}-{row}", "json", max_bytes)
        except InputError as err:
            yield err


def read_bytes(data: bytes, source: str, suffix: str, stem: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Documents from one file's bytes; ``suffix`` picks the format."""
    table = suffix in JSONL_SUFFIXES | {".csv", ".json"}
    limit = MAX_TABLE_BYTES if table else max_bytes
    if len(data) > limit:
        yield InputError(source, f"file is {len(data):,} bytes, over the {limit:,}-byte limit (see --max-bytes)")
        return
    if not data.strip():
        yield InputError(source, "empty file")
        return
    try:
        if suffix in TEXT_SUFFIXES:
            yield read_txt(data, source, stem)
        elif suffix in HTML_SUFFIXES:
            yield read_html(data, source, stem)
        elif suffix in JSONL_SUFFIXES:
            yield from read_jsonl(decode_text(data, source), source, stem, max_bytes)
        elif suffix == ".csv":
            yield from read_csv(decode_text(data, source), source, stem, max_bytes)
        elif suffix == ".json":
            yield from read_json(decode_text(data, source), source, stem, max_bytes)
        else:
            yield InputError(source, f"unsupported file type {suffix or '(none)'}; supported: {', '.join(sorted(SUPPORTED))}")
    except InputError as err:
        yield err


def _looks_like_jsonl(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(line.lstrip().startswith("{") for line in lines)


def read_stdin(stream: io.BufferedIOBase | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    data = (stream or sys.stdin.buffer).read()
    try:
        text = decode_text(data, "<stdin>")
    except InputError as err:
        yield err
        return
    if _looks_like_jsonl(text):
        yield from read_jsonl(text, "<stdin>", "stdin", max_bytes)
    else:
        yield from read_bytes(data, "<stdin>", ".txt", "stdin-" + content_hash(text)[:8], max_bytes)


def expand(paths: Iterable[str | Path]) -> Iterator[Path | str | InputError]:
    """Files named and files under folders (recursive, sorted, hidden files skipped); '-' is stdin."""
    for p in paths:
        if str(p) == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path)
                if f.is_file() and not any(part.startswith(".") for part in rel.parts) and f.suffix.lower() in SUPPORTED:
                    yield f
        elif path.is_file():
            yield path
        else:
            yield InputError(str(p), "no such file or folder")


def read_paths(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES,
               stdin: io.BufferedIOBase | None = None) -> Iterator[Item]:
    """Every document (or error) from the given paths, ids made unique within the batch."""
    seen: dict[str, int] = {}
    for target in expand(paths):
        if isinstance(target, InputError):
            yield target
            continue
        if target == "-":
            items: Iterable[Item] = read_stdin(stdin, max_bytes)
        else:
            assert isinstance(target, Path)
            try:
                data = target.read_bytes()
            except OSError as exc:
                yield InputError(str(target), f"cannot read: {exc.strerror}")
                continue
            items = read_bytes(data, str(target), target.suffix.lower(), target.stem, max_bytes)
        for item in items:
            if isinstance(item, Document):
                n = seen.get(item.id, 0)
                seen[item.id] = n + 1
                if n:
                    # Two files named alike in different folders: keep both, the later one suffixed.
                    item.meta["original_id"] = item.id
                    item.id = f"{item.id}~{n + 1}"
            yield item
