"""The analyzer's entity roles on real news: SemEval-2025 train documents against the annotated mentions.

    python -m training.roles.real_news [--docs 120] [--show]

For each annotated mention, the entity the analyzer found holding it: where that entity has a role,
is its main role the mention's annotated one? A check that rules written on our invented statement
set do not misfire on news far from it (precision only: an entity without a role is not counted).
The annotations are per mention and the analyzer casts per actor, so agreement is bounded well below
1 even for right rules. Reads the data in place (never copied), the first ``--docs`` files by name.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from spinscope.core.document import Document  # noqa: E402
from spinscope.core.pipeline import Pipeline  # noqa: E402
from training.semeval25.data import documents, role_rows  # noqa: E402

ANALYZERS = ["parse", "entities", "quotes", "claims", "roles"]


def check(n_docs: int, show: bool = False) -> dict[str, float | int]:
    docs = documents()
    by_file: dict[str, list] = {}
    for r in role_rows(docs):
        by_file.setdefault(r.file, []).append(r)
    pipe = Pipeline(ANALYZERS, threaded=False)
    c: Counter = Counter()
    for file in sorted(by_file)[:n_docs]:
        doc = pipe(Document(id=file, text=docs[file]))
        c["entities_with_a_role"] += sum(e.role is not None for e in doc.entities)
        for r in by_file[file]:
            start, end = r.span()
            ent = next((e for e in doc.entities for m in e.mentions if m.start < end and start < m.end), None)
            if ent is None or ent.role is None:
                continue
            right = ent.role.main.capitalize() == r.main
            c["mentions_given"] += 1
            c["mentions_right"] += right
            if show and not right:
                print(f"WRONG {file} {r.mention!r}: annotated {r.main}, analyzer {ent.role.main} (by {ent.role.by})")
    return {"documents": min(n_docs, len(by_file)), **c,
            "precision": round(c["mentions_right"] / c["mentions_given"], 3) if c["mentions_given"] else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=120)
    ap.add_argument("--show", action="store_true", help="print every disagreement")
    args = ap.parse_args()
    for k, v in check(args.docs, args.show).items():
        print(f"{k}\t{v}")


if __name__ == "__main__":
    main()
