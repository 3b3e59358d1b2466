"""SemEval-2023 Task 3 subtask 3 (paragraph techniques) from the shared copies, any language.

Paragraph ``n`` of an article is line ``n`` (1-based) of its text file; the gold file lists the
paragraphs that were annotated (an empty label field means "no technique"). Nothing from the data
is copied into the repo: callers read it from ``/work/shared`` (or ``SPINSCOPE_DATA``) each time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA = Path(os.environ.get("SPINSCOPE_DATA", "/work/shared/datasets"))
FOLDERS = {"ru": "semeval2023-task3-multi/ru", "fr": "semeval2023-task3-multi/fr",
           "de": "semeval2023-task3-multi/ge", "it": "semeval2023-task3-multi/it",
           "pl": "semeval2023-task3-multi/po", "en": "semeval2023-task3-en/en"}


@dataclass(frozen=True)
class Paragraph:
    lang: str
    split: str  # the organisers' split: train or dev
    article: str
    number: int
    text: str
    labels: tuple[str, ...]


def read_gold(path: Path) -> dict[tuple[str, int], tuple[str, ...]]:
    gold: dict[tuple[str, int], tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        labels = tuple(x for x in (parts[2] if len(parts) > 2 else "").split(",") if x)
        gold[(parts[0], int(parts[1]))] = labels
    return gold


def paragraphs(lang: str, split: str = "train") -> list[Paragraph]:
    """Every annotated paragraph of one language's split, in article and paragraph order."""
    root = DATA / FOLDERS[lang]
    gold_file = root / f"{split}-labels-subtask-3.txt"
    if not gold_file.exists():
        return []
    gold = read_gold(gold_file)
    out: list[Paragraph] = []
    lines_of: dict[str, list[str]] = {}
    for (art, n), labels in sorted(gold.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        if art not in lines_of:
            text = (root / f"{split}-articles-subtask-3" / f"article{art}.txt").read_text(encoding="utf-8")
            lines_of[art] = text.split("\n")
        lines = lines_of[art]
        text = lines[n - 1] if n - 1 < len(lines) else ""
        out.append(Paragraph(lang, split, art, n, text, labels))
    return out


def article_split(article: str, folds: int = 5) -> int:
    """A fixed fold of an article id (ours, not the organisers'): stable across runs and machines."""
    import hashlib

    return int(hashlib.sha256(article.encode()).hexdigest(), 16) % folds
