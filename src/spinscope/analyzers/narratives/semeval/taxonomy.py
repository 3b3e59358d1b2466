"""The SemEval-2025 Task 10 narrative taxonomy: two levels, two domains, and ``Other``.

``narratives.txt`` and ``subnarratives.txt`` are the organisers' label lists (label names only),
with the three subnarratives the gold uses but the list lacks added. A subnarrative's label is
``<coarse>: <sub>``; ``<coarse>: Other`` means the coarse narrative with no listed subnarrative.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
OTHER = "Other"
TAXONOMY = "semeval2025"
DOMAINS = {"CC": "climate change", "URW": "Ukraine-Russia war"}


def _lines(name: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip())


@cache
def coarse_labels() -> tuple[str, ...]:
    """The coarse narratives, ``Other`` excluded."""
    return tuple(x for x in _lines("narratives.txt") if x != OTHER)


@cache
def fine_labels() -> tuple[str, ...]:
    """The subnarratives, ``Other`` excluded (``<coarse>: Other`` included)."""
    return tuple(x for x in _lines("subnarratives.txt") if x != OTHER)


def parent_of(fine: str) -> str:
    """The coarse narrative of a subnarrative label."""
    for coarse in coarse_labels():
        if fine.startswith(coarse + ": "):
            return coarse
    raise ValueError(f"{fine!r} is no subnarrative of the SemEval-2025 taxonomy")


def domain_of(label: str) -> str:
    return label.split(":", 1)[0]


def label_id(label: str) -> str:
    """A stable, URL-safe id: ``URW.discrediting-ukraine.ukraine-is-associated-with-nazism``."""
    parts = [p.strip() for p in label.split(":")]
    slug = [re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-") for p in parts[1:]]
    return ".".join([parts[0], *slug])


def description(label: str) -> str:
    """The text a label is compared with: its words without the domain code, sub after coarse,
    with the domain spelled out (``climate change: criticism of climate movement: ...``)."""
    domain, _, rest = label.partition(": ")
    rest = rest.replace(": Other", "")
    return f"{DOMAINS.get(domain, domain)}: {rest}"
