"""Write the behaviour snapshot: every layer of the default pipeline on examples/ and our own texts.

The redesign of the package layout (issue 10) must not change a single annotation; the test in
``test_snapshot.py`` re-analyses the same inputs and compares with the file written here. Run it
again only when an analyzer's output is meant to change, and say why in the commit:

    python tests/snapshots/make_snapshot.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SNAPSHOT = HERE / "annotations.jsonl"
INPUTS = [REPO / "examples", HERE / "texts"]
# Facts of the run, not of the analysis: where the file was, which pipeline hash ran, and where
# the text was published (the store's publications, which analyze_files lists; tested in tests/engine).
VOLATILE_META = ("path", "pipeline_version", "publications")
# Scores are stored to 4 decimals and compared to this: rounding (5e-5) plus float noise of the kernels.
SCORE_TOLERANCE = 2e-4


def comparable(doc: dict) -> dict:
    """A document's JSON with run facts dropped and scores rounded to 4 decimals.

    The bundled models agree across CPUs to about 1e-6 (docs/determinism.md); the test compares
    scores to SCORE_TOLERANCE, so a score that rounds the other way on another CPU still matches.
    """
    doc = json.loads(json.dumps(doc))
    for key in VOLATILE_META:
        doc["meta"].pop(key, None)
    for layer in ("techniques", "claims", "narratives"):
        for item in doc.get(layer) or []:
            item["score"] = round(float(item["score"]), 4)
    for entity in doc.get("entities") or []:
        for role in [entity.get("role"), *(entity.get("mention_roles") or [])]:
            if role:
                role["score"] = round(float(role["score"]), 4)
    return doc


def analyse() -> list[dict]:
    from spinscope import analyze_files

    docs, errors = analyze_files(INPUTS)
    if errors:
        raise SystemExit(f"snapshot inputs failed: {errors}")
    return sorted((comparable(d.to_dict()) for d in docs), key=lambda d: d["id"])


def main() -> None:
    docs = analyse()
    with SNAPSHOT.open("w", encoding="utf-8") as fp:
        for d in docs:
            fp.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(docs)} documents to {SNAPSHOT}", file=sys.stderr)


if __name__ == "__main__":
    main()
