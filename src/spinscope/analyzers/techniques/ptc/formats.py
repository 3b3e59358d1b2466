"""SemEval-2020 Task 11 file formats: article folders and tab-separated span files.

* articles: ``article<ID>.txt`` files; ``ID`` (the digits) is the article id. Read as ``str`` with
  newlines kept exactly (offsets index that string).
* SI: ``article_id<TAB>start<TAB>end``.
* TC/FLC: ``article_id<TAB>technique<TAB>start<TAB>end``; techniques may contain commas, so lines are
  split on tabs only. A TC template has ``?`` as the technique.
"""

from __future__ import annotations

import re
from pathlib import Path

from spinscope.analyzers.techniques.ptc.scorer import SI_LABEL, Spans
from spinscope.errors import InputError

ARTICLE_RE = re.compile(r"^article(\d+)\.txt$")


def read_articles(folder: str | Path) -> dict[str, str]:
    """Every ``article<ID>.txt`` in ``folder`` as ``{id: text}``, sorted by id."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(str(folder), "is not a folder; expected a folder of article<ID>.txt files")
    out = {}
    for path in sorted(folder.iterdir()):
        m = ARTICLE_RE.match(path.name)
        if m:
            with open(path, encoding="utf-8", newline="") as fh:  # keep \r\n: offsets count it
                out[m.group(1)] = fh.read()
    if not out:
        raise InputError(str(folder), "holds no article<ID>.txt files (SemEval-2020 Task 11 layout)")
    return out


def _lines(path: Path) -> list[tuple[int, list[str]]]:
    with open(path, encoding="utf-8") as fh:
        return [(i, line.rstrip("\r\n").split("\t")) for i, line in enumerate(fh, 1) if line.strip()]


def _int(path: Path, row: int, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise InputError(str(path), f"offset {value!r} is not an integer", row) from None


def read_spans(path: str | Path, task: str) -> Spans:
    """Read an SI (3 columns) or TC/FLC (4 columns) file, or a folder of ``*.labels`` files."""
    path = Path(path)
    files = sorted(path.glob("*.labels")) if path.is_dir() else [path]
    if not files:
        raise InputError(str(path), "holds no *.labels files")
    out: Spans = {}
    width = 3 if task == "si" else 4
    for f in files:
        for row, cols in _lines(f):
            if len(cols) != width:
                raise InputError(
                    str(f),
                    f"expected {width} tab-separated columns for task {task.upper()}, got {len(cols)}",
                    row,
                )
            aid = cols[0]
            label = SI_LABEL if task == "si" else cols[1]
            start, end = _int(f, row, cols[-2]), _int(f, row, cols[-1])
            if not 0 <= start < end:
                raise InputError(str(f), f"span [{start}, {end}) must have 0 <= start < end", row)
            out.setdefault(aid, []).append((label, start, end))
        if path.is_dir() and task != "tc":
            # An empty per-article gold file still names an article with no spans.
            m = re.match(r"^article(\d+)\.", f.name)
            if m:
                out.setdefault(m.group(1), [])
    return out


def format_spans(spans: Spans, task: str) -> str:
    """SI lines ``id start end`` or TC/FLC lines ``id technique start end``."""
    lines = []
    for aid in sorted(spans):
        for label, s, e in spans[aid]:
            lines.append(f"{aid}\t{s}\t{e}" if task == "si" else f"{aid}\t{label}\t{s}\t{e}")
    return "".join(line + "\n" for line in lines)
