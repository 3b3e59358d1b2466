"""The subtask-2 file: ``file<TAB>narrative;...<TAB>subnarrative;...`` (lists in parallel, ``Other``
for none). Read with CRLF or LF line endings; written with LF."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spinscope.analyzers.narratives.semeval.taxonomy import OTHER


class FormatError(ValueError):
    """A line of a narratives file that does not parse; says which file and line."""


def read_narratives(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """``{file: (coarse labels, fine labels)}``; repeated labels kept once, in first-seen order."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise FormatError(f"{path}:{number}: expected 3 tab-separated columns (file, narratives, "
                              f"subnarratives), got {len(cols)}")
        coarse = _unique(x.strip() for x in cols[1].split(";") if x.strip())
        fine = _unique(x.strip() for x in cols[2].split(";") if x.strip())
        if not coarse or not fine:
            raise FormatError(f"{path}:{number}: empty label list; write {OTHER!r} for none")
        out[cols[0]] = (coarse, fine)
    return out


def format_narratives(rows: Iterable[tuple[str, list[str], list[str]]]) -> str:
    """One line per ``(file, coarse, fine)``; empty lists are written as ``Other``."""
    lines = []
    for file, coarse, fine in rows:
        lines.append(f"{file}\t{';'.join(coarse) or OTHER}\t{';'.join(fine) or OTHER}")
    return "".join(line + "\n" for line in lines)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
