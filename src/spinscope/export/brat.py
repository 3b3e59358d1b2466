"""brat standoff, both ways: ``<id>.txt`` (the exact text) and ``<id>.ann`` per document, and the
``annotation.conf`` that declares the labels (issue 25).

brat offsets are code points, as Python's. A region across a line break is written as brat's
fragments (``T1<TAB>Claim 0 10;11 20``), since brat keeps annotations within lines; reading joins
them again. brat type names allow no commas or colons: ``Name_Calling,Labeling`` is written
``Name_Calling--Labeling`` and ``Quote:direct`` ``Quote--direct``, and read back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote, unquote

from spinscope.core.document import Document
from spinscope.export._atomic import atomic_text
from spinscope.export.labelstudio import Annotated
from spinscope.export.regions import Region, layer_of, regions

_SEP = "--"
_LINE = re.compile(r"^T\d+\t(\S+) ((?:\d+ \d+;?)+)\t?(.*)$")


def brat_type(label: str) -> str:
    return label.replace(",", _SEP).replace(":", _SEP)


def from_brat_type(name: str, known: Iterable[str]) -> str:
    for label in known:
        if brat_type(label) == name:
            return label
    if name.startswith(("Quote" + _SEP, "Evidence" + _SEP)):
        return name.replace(_SEP, ":", 1)
    return name.replace(_SEP, ",")


def file_stem(doc_id: str) -> str:
    """A file name for any id (percent-encoded), read back by :func:`unquote`."""
    return quote(doc_id, safe="") or "%00empty"


def _fragments(text: str, start: int, end: int) -> str:
    parts, s = [], start
    for i in range(start, end):
        if text[i] == "\n":
            if i > s:
                parts.append(f"{s} {i}")
            s = i + 1
    if end > s:
        parts.append(f"{s} {end}")
    return ";".join(parts) or f"{start} {end}"


def ann_lines(doc: Document) -> list[str]:
    out = []
    for i, r in enumerate(regions(doc), 1):
        shown = doc.text[r.start:r.end].replace("\n", " ")
        out.append(f"T{i}\t{brat_type(r.label)} {_fragments(doc.text, r.start, r.end)}\t{shown}")
    return out


def write_dir(docs: Iterable[Document], folder: str | Path) -> int:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    labels: set[str] = set()
    n = 0
    for doc in docs:
        stem = file_stem(doc.id)
        with atomic_text(folder / f"{stem}.txt", newline="") as fp:
            fp.write(doc.text)
        lines = ann_lines(doc)
        labels |= {r.label for r in regions(doc)}
        with atomic_text(folder / f"{stem}.ann", newline="") as fp:
            fp.write("".join(line + "\n" for line in lines))
        n += 1
    conf = ["[entities]", *sorted(brat_type(lbl) for lbl in labels), "", "[relations]", "", "[events]", "",
            "[attributes]", ""]
    with atomic_text(folder / "annotation.conf") as fp:
        fp.write("\n".join(conf))
    return n


def read_dir(folder: str | Path, known: Iterable[str] = ()) -> Iterator[Annotated]:
    """Each ``.ann`` with its ``.txt``; lines other than text-bound annotations (notes, relations) are ignored."""
    known = list(known)
    for ann in sorted(Path(folder).glob("*.ann")):
        txt = ann.with_suffix(".txt")
        doc_id = unquote(ann.stem)
        problems: list[str] = []
        try:
            text = txt.read_text(encoding="utf-8")
            lines = ann.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            yield Annotated(doc_id, "", [], None, [f"{ann.name}: cannot read it or its .txt: {exc}"])
            continue
        found = []
        for n, line in enumerate(lines, 1):
            if not line.startswith("T"):
                continue
            m = _LINE.match(line)
            if m is None:
                problems.append(f"{ann.name}:{n}: not a brat text-bound annotation")
                continue
            spans = [tuple(map(int, p.split())) for p in m.group(2).rstrip(";").split(";")]
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            if not 0 <= start <= end <= len(text):
                problems.append(f"{ann.name}:{n}: offsets {start}-{end} outside the text")
                continue
            label = from_brat_type(m.group(1), known)
            found.append(Region(layer_of(label), start, end, label))
        yield Annotated(doc_id, text, found, None, problems)
