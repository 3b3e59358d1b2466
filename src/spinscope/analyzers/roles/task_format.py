"""The task's tab-separated files: entity mentions (input) and role annotations (gold or predicted).

Offsets in these files are **inclusive** at the end (``text[start:end + 1] == mention``); in memory a
:class:`Mention` keeps them as the file has them and :meth:`Mention.span` gives the usual
exclusive range. Annotation files of the task have CRLF line endings; both kinds are read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spinscope.analyzers.roles.taxonomy import check_role


@dataclass(slots=True)
class Mention:
    """One row: a mention of an entity in ``file``, and (in annotation files) its roles."""

    file: str
    mention: str
    start: int
    end: int  # inclusive, as in the task's files
    main: str | None = None
    fine: list[str] = field(default_factory=list)

    def span(self) -> tuple[int, int]:
        """The exclusive Python range of the mention."""
        return self.start, self.end + 1

    @property
    def key(self) -> tuple[str, int, int]:
        return self.file, self.start, self.end


class FormatError(ValueError):
    """A line of a task file that does not parse; says which file and line."""


def _rows(path: Path) -> Iterable[tuple[int, list[str]]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.rstrip("\r")
        if line.strip():
            yield number, line.split("\t")


def read_mentions(path: Path, with_roles: bool = False) -> list[Mention]:
    """Rows of a mentions file (``file mention start end``) or, with ``with_roles``, an annotation
    file (``file mention start end main fine...``)."""
    out: list[Mention] = []
    need = 6 if with_roles else 4
    for number, cols in _rows(Path(path)):
        if len(cols) < need:
            raise FormatError(f"{path}:{number}: expected at least {need} tab-separated columns, got {len(cols)}")
        try:
            start, end = int(cols[2]), int(cols[3])
        except ValueError:
            raise FormatError(f"{path}:{number}: start and end must be integers, got {cols[2]!r}, {cols[3]!r}") from None
        if end < start:
            raise FormatError(f"{path}:{number}: end {end} is before start {start}")
        row = Mention(cols[0], cols[1], start, end)
        if with_roles:
            row.main, row.fine = cols[4], [c for c in cols[5:] if c]
            try:
                check_role(row.main, row.fine)
            except ValueError as exc:
                raise FormatError(f"{path}:{number}: {exc}") from None
        out.append(row)
    return out


def read_annotations(path: Path) -> list[Mention]:
    """Rows of a role annotation file, gold or predicted."""
    return read_mentions(path, with_roles=True)


def format_annotations(rows: Iterable[Mention]) -> str:
    """The task's annotation format, one LF-terminated line per mention."""
    lines = []
    for r in rows:
        if r.main is None:
            raise ValueError(f"{r.file} {r.mention!r} {r.start}-{r.end} has no main role")
        lines.append("\t".join([r.file, r.mention, str(r.start), str(r.end), r.main, *r.fine]))
    return "".join(line + "\n" for line in lines)


def realign(text: str, row: Mention, radius: int = 3) -> Mention:
    """The row with offsets moved to where ``row.mention`` really is within ``radius`` characters.

    Eleven train rows of the task are off by one or two characters; a mention found nowhere near
    its offsets is returned unchanged (the caller decides).
    """
    if text[row.start:row.end + 1] == row.mention:
        return row
    for shift in sorted(range(-radius, radius + 1), key=abs):
        s = row.start + shift
        if s >= 0 and text[s:s + len(row.mention)] == row.mention:
            return Mention(row.file, row.mention, s, s + len(row.mention) - 1, row.main, list(row.fine))
    return row
