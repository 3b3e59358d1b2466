"""Codebooks: a researcher's own narratives, read from a TOML file.

A codebook names the narratives to look for::

    name = "veloria-state-media"          # optional; default: the file stem
    threshold = 0.62                      # optional; default: the calibrated one

    [[narrative]]
    id = "foreign-plot"
    label = "The protests are run from abroad"
    description = "Domestic unrest is staged and paid for by foreign governments."
    examples = ["The riots were organised by Dunmark's intelligence service."]
    parent = "foreign-hand"               # optional: the id of a broader narrative in this codebook

Every error names the file, the table (``[[narrative]] #3``, with its id when it has one) and the
field, so a typo in a long codebook is found at once.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spinscope.errors import ConfigError

# The generic codebook used when none is given: narratives common to state media anywhere.
DEFAULT_CODEBOOK = Path(__file__).with_name("codebook_common.toml")

_TOP_KEYS = {"name", "threshold", "description", "narrative"}
_NARRATIVE_KEYS = {"id", "label", "description", "examples", "parent"}


class CodebookError(ConfigError):
    """A codebook file cannot be used: the message names the file, the table and the field."""


@dataclass(frozen=True, slots=True)
class CodebookNarrative:
    """One narrative of a codebook."""

    id: str
    label: str
    description: str = ""
    examples: tuple[str, ...] = ()
    parent: str | None = None

    def prototypes(self) -> list[str]:
        """The texts a document's sentences are compared with: label + description, then each example."""
        head = f"{self.label}. {self.description}".strip() if self.description else self.label
        return [head, *self.examples]


@dataclass(frozen=True, slots=True)
class Codebook:
    """A named set of narratives; ``threshold`` is None unless the file sets one."""

    name: str
    narratives: tuple[CodebookNarrative, ...]
    threshold: float | None = None
    description: str = ""
    path: Path | None = field(default=None, compare=False)

    def get(self, narrative_id: str) -> CodebookNarrative:
        for n in self.narratives:
            if n.id == narrative_id:
                return n
        raise KeyError(narrative_id)


def _where(path: Path, index: int | None = None, nid: str | None = None) -> str:
    if index is None:
        return str(path)
    table = f"[[narrative]] #{index}"
    return f"{path}, {table}" + (f" (id {nid!r})" if nid else "")


def _string(value: Any, where: str, key: str, required: bool = True) -> str | None:
    if value is None:
        if required:
            raise CodebookError(f"{where}: field {key!r} is missing")
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise CodebookError(f"{where}: field {key!r} must be a non-empty string, got {value!r}")
    return value.strip()


def _narrative(raw: Any, path: Path, index: int) -> CodebookNarrative:
    if not isinstance(raw, dict):
        raise CodebookError(f"{_where(path, index)}: must be a table, got {raw!r}")
    nid = raw.get("id") if isinstance(raw.get("id"), str) else None
    where = _where(path, index, nid)
    unknown = sorted(set(raw) - _NARRATIVE_KEYS)
    if unknown:
        raise CodebookError(f"{where}: unknown field {unknown[0]!r}; allowed fields: {', '.join(sorted(_NARRATIVE_KEYS))}")
    narrative_id = _string(raw.get("id"), where, "id")
    label = _string(raw.get("label"), where, "label")
    description = _string(raw.get("description"), where, "description", required=False) or ""
    examples = raw.get("examples", [])
    if not isinstance(examples, list) or not all(isinstance(e, str) and e.strip() for e in examples):
        raise CodebookError(f"{where}: field 'examples' must be a list of non-empty strings, got {examples!r}")
    parent = _string(raw.get("parent"), where, "parent", required=False)
    return CodebookNarrative(narrative_id, label, description, tuple(e.strip() for e in examples), parent)


def parse_codebook(data: dict[str, Any], path: Path) -> Codebook:
    """A codebook from decoded TOML; CodebookError names the file, table and field of any problem."""
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise CodebookError(f"{path}: unknown top-level field {unknown[0]!r}; allowed: {', '.join(sorted(_TOP_KEYS))}")
    name = _string(data.get("name", path.stem), str(path), "name")
    threshold = data.get("threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, int | float)
                                  or not 0 <= threshold <= 1):
        raise CodebookError(f"{path}: field 'threshold' must be a number in [0, 1], got {threshold!r}")
    tables = data.get("narrative")
    if not isinstance(tables, list) or not tables:
        raise CodebookError(f"{path}: no [[narrative]] tables; a codebook needs at least one narrative")
    narratives = [_narrative(raw, path, i) for i, raw in enumerate(tables, start=1)]
    seen: dict[str, int] = {}
    for i, n in enumerate(narratives, start=1):
        if n.id in seen:
            raise CodebookError(f"{_where(path, i, n.id)}: field 'id' repeats the id of [[narrative]] #{seen[n.id]}")
        seen[n.id] = i
    for i, n in enumerate(narratives, start=1):
        if n.parent is not None and n.parent not in seen:
            raise CodebookError(f"{_where(path, i, n.id)}: field 'parent' names {n.parent!r}, which is no narrative's id here")
    description = data.get("description", "")
    if not isinstance(description, str):
        raise CodebookError(f"{path}: field 'description' must be a string, got {description!r}")
    return Codebook(name, tuple(narratives), None if threshold is None else float(threshold), description, path)


def load_codebook(path: str | Path) -> Codebook:
    """Read and check a codebook TOML file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CodebookError(f"{path}: codebook file not found") from None
    except OSError as exc:
        raise CodebookError(f"{path}: cannot read the codebook ({exc.strerror})") from None
    return codebook_from_bytes(raw, path)


def decode_toml(raw: bytes, path: Path) -> dict[str, Any]:
    """A codebook's bytes as decoded TOML; CodebookError when they are not UTF-8 TOML."""
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CodebookError(f"{path}: not UTF-8 text; a codebook is a TOML file") from None
    except tomllib.TOMLDecodeError as exc:
        raise CodebookError(f"{path}: not valid TOML: {exc}") from None


def codebook_from_bytes(raw: bytes, path: Path) -> Codebook:
    """A codebook from its content, read nowhere: ``path`` only names it in messages (and gives the
    default name). What :func:`load_codebook` reads, and how a posted codebook is checked in memory."""
    return parse_codebook(decode_toml(raw, path), path)
