"""Read PolNeAR brat files into attribution relations (research data: read in place, never copied).

Each relation is ``(content, cue, source)``; each part is a list of ``(start, end)`` fragments into
the article text (brat discontinuous spans use ``;``) or None. Covered text is re-derived from offsets
because some upstream lines carry raw newlines inside the text column.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(os.environ.get("POLNEAR_DIR", "/work/shared/datasets/polnear"))
Frags = list[tuple[int, int]]


@dataclass
class Relation:
    content: Frags
    cue: Frags | None
    source: Frags | None


@dataclass
class Article:
    name: str
    text: str
    relations: list[Relation] = field(default_factory=list)


def _frags(spec: str) -> Frags:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[Relation]:
    spans: dict[str, Frags] = {}
    events: list[dict[str, str]] = []
    # split on "\n" only: universal-newline reading would break lines at stray "\r" characters
    for line in path.read_text(encoding="utf-8").split("\n"):
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2 and " " in cols[1]:
            _, spec = cols[1].split(" ", 1)
            try:
                spans[cols[0]] = _frags(spec)
            except ValueError:
                continue
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(a.split(":", 1) for a in cols[1].split() if ":" in a))
    rels = []
    for ev in events:
        if "Content" not in ev or ev["Content"] not in spans:
            continue
        rels.append(
            Relation(
                content=spans[ev["Content"]],
                cue=spans.get(ev.get("Cue", "")),
                source=spans.get(ev.get("Source", "")),
            )
        )
    return rels


def load(split: str, limit: int | None = None) -> list[Article]:
    """Articles of a split, one annotator each (the first annotation file by name)."""
    if split == "test":
        raise SystemExit("PolNeAR test is held back for independent scoring; use train or dev")
    base = ROOT / split
    arts = []
    for txt in sorted((base / "text").glob("*.txt"))[:limit]:
        anns = sorted((base / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        arts.append(Article(txt.stem, text, read_ann(anns[0])))
    return arts
