"""Read the CheckThat! 2024 task 1 English splits (research use only; never copied into the repo).

The train file has one upstream defect: two records joined on one physical line (see the dataset's
SOURCE.md). It is split here, so train has 22,501 rows as documented.
"""

from __future__ import annotations

import re
from pathlib import Path

CT24 = Path("/work/shared/datasets/checkthat2024-task1-en")
SPLITS = {
    "train": "CT24_checkworthy_english_train.tsv",
    "dev": "CT24_checkworthy_english_dev.tsv",
    "dev-test": "CT24_checkworthy_english_dev-test.tsv",
}
# A record is "<id>\t<text>\t<Yes|No>"; the defective line holds two of them back to back.
_RECORD = re.compile(r"(\d+)\t(.*?)\t(Yes|No)(?=\d+\t|$)")


def load_split(name: str, root: Path = CT24) -> tuple[list[str], list[int]]:
    """Return (texts, labels) for one split, labels 1 = check-worthy."""
    texts: list[str] = []
    labels: list[int] = []
    raw = (root / SPLITS[name]).read_text(encoding="utf-8")
    lines = raw.replace("\r\n", "\n").split("\n")
    for line in lines[1:]:  # header: Sentence_id, Text, class_label
        if not line.strip():
            continue
        records = _RECORD.findall(line)
        if not records:
            raise ValueError(f"{name}: unreadable line {line[:80]!r}")
        for _sid, text, label in records:
            texts.append(text)
            labels.append(1 if label == "Yes" else 0)
    return texts, labels


if __name__ == "__main__":
    for split in SPLITS:
        t, y = load_split(split)
        print(split, len(t), sum(y))
