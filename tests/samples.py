"""Hand-written annotated documents shared by the render, export and schema tests (and a check of them).

The texts are written for these tests: hostile markup, both quote styles, CRLF, a line separator and
characters outside the BMP, so every export has to keep offsets exact.
"""

from __future__ import annotations

from pathlib import Path

from spinscope.core.document import Claim, Document, Entity, Evidence, Quote, Span, Technique

HOSTILE_TEXT = (
    'Minister Anna Kovacs said: "The West runs a vile smear campaign."\n'
    "Critics denied it, according to Radio Nord.\n\n"
    "A second paragraph <script>alert(1)</script> & more.\r\n"
    "Emoji \U0001f600 and a line\u2028separator, “curly” & 'single' quotes."
)


def full_doc() -> Document:
    """Every layer filled, overlapping spans, hostile text, title, source, url and reasons."""
    doc = Document(
        id="d1",
        text=HOSTILE_TEXT,
        title='Vile "smear" <script>alert("t")</script>',
        source='Radio "Nord" <b>',
        url="javascript:alert(1)",
        published="2025-05-12",
        issuer="Ministry <i>of</i> Truth",
        meta={"path": "x/d1.txt", "near_duplicate_of": "d0"},
    )
    doc.sentences += [Span(0, 65), Span(66, 109), Span(111, 164), Span(166, len(HOSTILE_TEXT))]
    doc.techniques += [
        Technique(42, 64, "Loaded_Language", 0.91, 'says "vile" <script>x()</script>'),
        Technique(28, 64, "Name_Calling,Labeling", 0.4),
        Technique(110, 140, "Made_Up_Technique", 0.2),
        Technique(166, 176, "Doubt", 0.55, "emoji & \u2028"),
    ]
    doc.quotes.append(Quote("direct", Span(27, 65), Span(21, 25), Span(9, 20), "Anna Kovacs", None))
    doc.quotes.append(Quote("indirect", Span(75, 84), Span(84, 86), None, None, "Radio Nord"))
    doc.quotes.append(Quote("mixed", Span(190, 197), None, None, 'Bob "the <b>"', None))
    doc.claims.append(Claim(28, 130, 0.8, "Anna Kovacs", ["Critics", "Bob, Jr."]))
    doc.claims.append(Claim(111, 166, 0.3, None, []))  # ends after the CRLF
    doc.entities.append(Entity("Anna Kovacs", "PERSON", ["Anna Kovacs", "Kovacs"], [Span(9, 20)]))
    doc.entities.append(Entity("Radio Nord", "ORG", [], [Span(98, 108)]))
    doc.evidence.append(Evidence(66, 84, "absent"))
    return doc


def sparse_doc() -> Document:
    """Only what the base pipeline fills: sentences and entities."""
    text = "Karsby council met on Tuesday.\nRuth Engel chaired it."
    doc = Document(id="sparse", text=text, title="Council")
    doc.sentences += [Span(0, 30), Span(31, 53)]
    doc.entities.append(Entity("Ruth Engel", "PERSON", [], [Span(31, 41)]))
    return doc


def example_documents(folder: Path) -> int:
    """How many documents the example folder holds: one per line of a JSONL file, one per other article file."""
    from spinscope.ingest.reader import SUPPORTED

    n = 0
    for f in folder.rglob("*"):
        if f.is_file() and f.suffix in SUPPORTED and not any(p.startswith(".") for p in f.relative_to(folder).parts):
            n += sum(1 for line in f.read_text(encoding="utf-8").splitlines() if line.strip()) if f.suffix == ".jsonl" else 1
    return n
