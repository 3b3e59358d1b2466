"""Read articles from files, folders and stdin into Documents, never normalising their text.

Every reader yields either a :class:`Document` or an :class:`InputError` naming the file (and row)
and the reason; one bad file or row never stops the rest of a batch.

Formats: ``.txt`` (line 1 is the title when a body follows; ``text`` is the whole decoded file, or
what follows a ``Title:``/``Source:``/``URL:``/``Published:`` header block, see :mod:`.txt_header`),
``.html``/``.htm`` (main text extracted with trafilatura; offsets index the extracted text),
``.jsonl``/``.ndjson`` and ``.csv`` (columns ``id,title,text,source,url,published``; also ``lang``,
``issuer``), ``.json`` (one document object, e.g. spinscope's own export), folders (recursive) and
``-`` for stdin.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spinscope.core.document import Document
from spinscope.errors import InputError
from spinscope.ingest.outlets import fill_metadata
from spinscope.ingest.txt_header import split_header
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


def safe_text(text: str) -> str:
    """``text`` with what UTF-8 cannot hold written as escapes (a file name byte that is not UTF-8
    reads as ``\\xff``, a lone surrogate as ``\\ud800``), so it can be stored and printed."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # File names: os.fsdecode turned undecodable bytes into surrogates; give the bytes back first.
        raw = text.encode("utf-8", "surrogateescape") if _only_escapes(text) else None
        return raw.decode("utf-8", "backslashreplace") if raw is not None else text.encode(
            "utf-8", "backslashreplace").decode("utf-8")
    return text


def _only_escapes(text: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in text)


def decode_text(data: bytes, source: str, table: bool = False) -> str:
    """Bytes to str, exactly: only a byte-order mark (an encoding marker, not text) is dropped.

    ``table``: a CSV or JSON Lines file, where a NUL byte spoils one row, not the file: each row is
    checked instead (:func:`_bad_field`).
    """
    if not table and b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
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
    # A header block (Title:, Source:, URL:, Published:) carries metadata; the article follows it.
    fields, start = split_header(text)
    body = text[start:]
    first, sep, rest = body.partition("\n")
    title = fields.get("title") or (first.strip() if sep and rest.strip() else None)
    doc = Document(id=doc_id, text=body, title=title or None, source=fields.get("source") or None,
                   url=fields.get("url") or None, published=fields.get("published") or None)
    if start:
        doc.meta["text_offset"] = start  # where the stored text starts in the file
    return _meta(doc, source, "txt")


# libxml2 stops building the tree at 255 levels of nesting (2,047 with its huge-tree option); what
# lies deeper is dropped, so a page nested that deep loses its article without a parse error.
DEFAULT_HTML_DEPTH = 255
HUGE_HTML_DEPTH = 2047


def _extract(html: Any) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        # Only dates the page states (meta tags, visible dateline); a copyright year is no date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _deep_html_tree(html: str) -> tuple[Any, int]:
    """The page parsed with libxml2's huge-tree option (deep nesting kept), and its depth."""
    import lxml.html

    tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    depth = 0
    for element in tree.iter():
        depth = max(depth, sum(1 for _ in element.iterancestors()) + 1)
    return tree, depth


_WORD = re.compile(r"\w")


def _only_navigation(text: str, html: str) -> bool:
    """Whether every line of the extracted text is a link or lies in a nav, header, footer or menu.

    The extractor falls back to whatever text a page has: a page of menus gave a "Home About News"
    article. Separators ("|") and lines without a letter or digit count for neither side.
    """
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return False
    chrome = set()
    for el in tree.iter("a", "nav", "header", "footer", "menu", "button", "option", "label"):
        for line in el.text_content().splitlines():
            chrome.add(" ".join(line.split()))
        chrome.add(" ".join(el.text_content().split()))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    content = [line for line in lines if _WORD.search(line)]
    return bool(content) and all(line in chrome for line in content)


def read_html(data: bytes, source: str, doc_id: str) -> Document:
    html = decode_text(data, source)
    _check_text(html, source)
    extracted = _extract(html)
    if extracted is None or not (extracted.text or "").strip():
        # Pages nested past the default depth lose what is deeper: parse again keeping it.
        tree, depth = _deep_html_tree(html)
        if depth >= DEFAULT_HTML_DEPTH:
            extracted = _extract(tree)
            if (extracted is None or not (extracted.text or "").strip()) and depth >= HUGE_HTML_DEPTH:
                raise InputError(source, f"the HTML is nested more than {HUGE_HTML_DEPTH:,} elements deep; the "
                                 "HTML parser stops there, so the article text inside is out of reach")
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(source, "no main text found in the HTML (is it an article page?)")
    if _only_navigation(extracted.text, html):
        raise InputError(source, "no article text in the HTML: what it holds is navigation and links ("
                         f"{' '.join(extracted.text.split())[:60]!r}); is it an article page?")
    doc = Document(
        id=doc_id,
        text=extracted.text,
        title=extracted.title or None,
        source=extracted.sitename or None,
        url=extracted.url or None,
        published=extracted.date or None,
    )
    return _meta(doc, source, "html")


def _bad_field(name: str, value: str) -> str | None:
    """Why a field's value cannot be stored as text, or None: a NUL, or a lone surrogate
    (``"\\ud800"`` in JSON decodes to one, and UTF-8 cannot hold it)."""
    nul = value.find("\x00")
    if nul >= 0:
        return f"field {name!r} holds a NUL character (at character {nul:,}); is this row binary data?"
    for i, ch in enumerate(value):
        if 0xD800 <= ord(ch) <= 0xDFFF:
            return (f"field {name!r} holds a lone surrogate (U+{ord(ch):04X} at character {i:,}), which is not "
                    "text; fix the escape in the source")
    return None


def _from_record(record: dict[str, Any], source: str, row: int, default_id: str, fmt: str,
                 max_bytes: int) -> Document:
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object, got {type(record).__name__}", row)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(source, "missing 'text' (a string) field", row)
    for name in FIELDS:
        value = record.get(name)
        problem = _bad_field(name, value) if isinstance(value, str) else None
        if problem:
            raise InputError(source, problem, row)
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


def _json_reason(exc: json.JSONDecodeError, line: bool = True) -> str:
    # Some of json's messages end in "at" ("Unterminated string starting at"): don't say "at at".
    where = f"line {exc.lineno}, column {exc.colno}" if line else f"column {exc.colno}"
    return f"malformed JSON: {exc.msg.removesuffix(' at')} at {where}"


def jsonl_lines(text: str) -> list[str]:
    """The lines of a JSON Lines text: split on ``\\n`` only (``\\r\\n`` too).

    ``str.splitlines()`` also splits on U+2028, U+2029, U+0085 and other separators, which JSON
    allows raw inside strings: a valid row was cut in two and the errors cited rows that do not exist.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def parse_json(text: str, source: str, row: int | None = None, line: bool = True) -> Any:
    """``json.loads`` whose every failure is an InputError: malformed JSON, and what the decoder
    raises past its limits (a number over 4,300 digits, arrays nested thousands deep)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, _json_reason(exc, line=line), row) from None
    except RecursionError:
        raise InputError(source, "JSON nested too deeply to read (thousands of levels of arrays or objects)", row) from None
    except ValueError as exc:  # int() past sys.get_int_max_str_digits()
        raise InputError(source, f"JSON value out of range: {str(exc).split(';')[0]}", row) from None


def read_jsonl(text: str, source: str, stem: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    for row, line in enumerate(jsonl_lines(text), start=1):
        if not line.strip():
            continue
        try:
            record = parse_json(line, source, row, line=False)
        except InputError as err:
            yield err
            continue
        try:
            yield _from_record(record, source, row, f"{stem}-{row}", "jsonl", max_bytes)
        except InputError as err:
            yield err


def read_csv(text: str, source: str, stem: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    # strict: an unterminated quote is an error, not a field that swallows the rest of the file.
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        columns = reader.fieldnames
    except csv.Error as exc:
        yield InputError(source, f"malformed CSV header: {exc}")
        return
    if not columns or "text" not in columns:
        yield InputError(source, f"CSV needs a 'text' column; found columns {columns}")
        return
    row, start = 0, reader.line_num + 1
    try:
        # Rows are counted from 1 after the header (a record may span several lines).
        for row, record in enumerate(reader, start=1):
            start = reader.line_num + 1  # where the next record starts
            if None in record:
                yield InputError(source, "row has more fields than the header", row)
                continue
            try:
                yield _from_record(record, source, row, f"{stem}-{row}", "csv", max_bytes)
            except InputError as err:
                yield err
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            yield InputError(source, f"malformed CSV: a quoted field starting on line {start} is never closed "
                             "(an unterminated quote); the rows from there on are not read", row + 1)
        else:
            yield InputError(source, f"malformed CSV: {exc} (near line {reader.line_num})", row + 1)


def read_json(text: str, source: str, stem: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    try:
        record = parse_json(text, source)
    except InputError as err:
        yield err
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
            yield from read_jsonl(decode_text(data, source, table=True), source, stem, max_bytes)
        elif suffix == ".csv":
            yield from read_csv(decode_text(data, source, table=True), source, stem, max_bytes)
        elif suffix == ".json":
            yield from read_json(decode_text(data, source, table=True), source, stem, max_bytes)
        else:
            yield InputError(source, f"unsupported file type {suffix or '(none)'}; supported: {', '.join(sorted(SUPPORTED))}")
    except InputError as err:
        yield err


def _looks_like_jsonl(text: str) -> bool:
    lines = [line for line in jsonl_lines(text) if line.strip()]
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
                if any(part.startswith(".") for part in rel.parts) or f.suffix.lower() not in SUPPORTED:
                    continue
                if not _utf8_name(f):
                    yield InputError(safe_text(str(f)), _NAME_PROBLEM)
                elif f.is_file():
                    yield f
                elif f.is_symlink():  # is_file() is False for a link to nowhere: say so, don't skip it
                    yield InputError(str(f), _link_problem(f))
        elif not _utf8_name(path):
            yield InputError(safe_text(str(path)), _NAME_PROBLEM)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield InputError(str(p), _link_problem(path))
        else:
            yield InputError(str(p), "no such file or folder")


_NAME_PROBLEM = ("file name is not valid UTF-8 (shown with \\x escapes); rename the file so its id and "
                 "path can be stored and cited")


def _utf8_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _link_problem(link: Path) -> str:
    """Why a symbolic link gives no file: it loops (to itself or round a chain), or its target is gone."""
    try:
        link.resolve(strict=True)
    except RuntimeError:  # Python 3.11-3.12 raise this for a loop; later versions raise OSError(ELOOP)
        return "symbolic link loops back on itself; nothing to read"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loops back on itself; nothing to read"
        return f"broken symbolic link (its target {os.readlink(link)!r} does not exist)"
    return "symbolic link to something that is not a regular file"


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
