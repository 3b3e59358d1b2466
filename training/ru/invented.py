"""Score the Russian analyzers on our invented Russian set (tests/fixtures/ru/invented.jsonl).

Usage: python -m training.ru.invented [--holdout]   (prints the figures docs/russian.md quotes)

Each item lists the quotes an analyst would mark as (a fragment of the content, the speaker's name).
A quote counts as found when some quote's content contains the fragment; its speaker is right when
the speaker names are one person (:func:`~spinscope.analyzers.ru.translit.name_key`). Speaker accuracy
is right speakers over expected quotes (a missed quote counts as wrong).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from spinscope.analyzers.ru.translit import name_key
from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

FIXTURE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "ru" / "invented.jsonl"
# Written after the rules were frozen and scored once, never tuned on (docs/russian.md).
HOLDOUT = FIXTURE.with_name("invented_holdout.jsonl")


def load(path: Path = FIXTURE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def analyse(items: list[dict[str, Any]], pipeline: Pipeline | None = None) -> list[Document]:
    pipeline = pipeline or Pipeline(threaded=False)
    docs = [Document(id=it["id"], text=it["text"], title=it.get("title"), lang="ru") for it in items]
    return pipeline.pipe(docs)


def same_person(found: str, expected: str) -> bool:
    """One person: equal keys, or a surname alone where the text never gives the first name
    ("Zakharova" for "Maria Zakharova" in a text that says only «М.В.Захаровой»)."""
    a, b = name_key(found), name_key(expected)
    return a == b or (" " not in a and a == b.split()[-1])


def score(items: list[dict[str, Any]], docs: list[Document]) -> dict[str, Any]:
    expected = found = right = 0
    errors: list[str] = []
    issuers = issuers_right = 0
    extra = 0  # quotes found where the analyst marked none (a neutral report, a statement without quotes)
    for it, doc in zip(items, docs, strict=True):
        if not it["quotes"]:
            extra += len(doc.quotes)
            errors.extend(f"{it['id']}: unexpected quote {doc.snippet(q.content)!r}" for q in doc.quotes)
        for fragment, speaker in it["quotes"]:
            expected += 1
            hits = [q for q in doc.quotes if fragment in doc.text[q.content.start : q.content.end]]
            if not hits:
                errors.append(f"{it['id']}: missed {fragment!r}")
                continue
            found += 1
            names = [q.speaker_name for q in hits if q.speaker_name]
            if any(same_person(n, speaker) for n in names):
                right += 1
            else:
                errors.append(f"{it['id']}: {fragment!r} gave {names} for {speaker!r}")
        if it["kind"] == "statement":
            issuers += 1
            if doc.issuer and same_person(doc.issuer, it["issuer"]):
                issuers_right += 1
            else:
                errors.append(f"{it['id']}: issuer {doc.issuer!r}, expected {it['issuer']!r}")
    return {
        "items": len(items),
        "expected_quotes": expected,
        "found": found,
        "speaker_right": right,
        "speaker_accuracy": right / expected if expected else 0.0,
        "speaker_accuracy_of_found": right / found if found else 0.0,
        "issuers_right": f"{issuers_right}/{issuers}",
        "quotes_in_items_without_any": extra,
        "errors": errors,
    }


def main() -> None:
    items = load(HOLDOUT if "--holdout" in sys.argv else FIXTURE)
    report = score(items, analyse(items))
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
