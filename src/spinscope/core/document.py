"""The document model: text exactly as read, plus standoff annotations.

Every annotation holds character offsets into ``Document.text`` (Python ``str`` indices, end
exclusive). The text is never normalised or rewritten; analyzers only append annotations. The JSON
form produced by :meth:`Document.to_dict` is the contract described in ``docs/schema/document.v1.json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from spinscope.errors import SpanError

SCHEMA_VERSION = "1"


def check_offsets(start: int, end: int, text_len: int, what: str = "span") -> None:
    """Raise SpanError unless ``0 <= start <= end <= text_len``."""
    if not (isinstance(start, int) and isinstance(end, int)):
        raise SpanError(f"{what} offsets must be ints, got start={start!r}, end={end!r}")
    if not 0 <= start <= end <= text_len:
        raise SpanError(
            f"{what} [{start}, {end}) does not fit a text of {text_len} characters; "
            "offsets are str indices with an exclusive end"
        )


@dataclass(slots=True)
class Span:
    """A bare character range ``[start, end)`` into the document text."""

    start: int
    end: int


@dataclass(slots=True)
class Entity:
    """A named actor, grouped over its mentions ("Anna Kovacs", "Kovacs")."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    labels: list[dict[str, Any]] = field(default_factory=list)  # framing labels, filled later
    role: str | None = None  # protagonist / antagonist / innocent, filled later


@dataclass(slots=True)
class Technique:
    """A span that uses a persuasion technique (SemEval-2020 PTC name)."""

    start: int
    end: int
    technique: str
    score: float
    reason: str = ""


@dataclass(slots=True)
class Quote:
    """Something someone said: its content, the cue ("said"), the speaker and the medium."""

    kind: str  # direct | indirect | mixed
    content: Span
    cue: Span | None = None
    speaker: Span | None = None
    speaker_name: str | None = None
    via: str | None = None


@dataclass(slots=True)
class Claim:
    """A check-worthy assertion, who asserts it and who denies it."""

    start: int
    end: int
    score: float
    asserted_by: str | None = None
    denied_by: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Evidence:
    """A place where the text says evidence is present or absent ("offered no proof")."""

    start: int
    end: int
    kind: str  # present | absent


LIST_LAYERS: dict[str, type] = {
    "sentences": Span,
    "entities": Entity,
    "techniques": Technique,
    "quotes": Quote,
    "claims": Claim,
    "evidence": Evidence,
}
META_FIELDS = ("id", "title", "source", "url", "published", "lang", "issuer")


@dataclass
class Document:
    """One article: metadata, its exact text, and annotation layers.

    >>> doc = Document(id="a1", text="Hello world")
    >>> doc.sentences.append(Span(0, 11))
    >>> doc.to_dict()["sentences"]
    [{'start': 0, 'end': 11}]
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str = "en"
    issuer: str | None = None
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    techniques: list[Technique] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    # Ingestion facts that travel with the document but are not annotations.
    meta: dict[str, Any] = field(default_factory=dict)
    # Transient per-process state (the spaCy parse, token offsets); never serialised.
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def snippet(self, span: Span | Technique | Claim | Evidence) -> str:
        """The text a span covers."""
        return self.text[span.start : span.end]

    def spans(self) -> list[tuple[str, Span | Technique | Claim | Evidence]]:
        """Every offset-bearing annotation as (path, span), for validation and exports."""
        out: list[tuple[str, Any]] = []
        for i, s in enumerate(self.sentences):
            out.append((f"sentences[{i}]", s))
        for i, e in enumerate(self.entities):
            out.extend((f"entities[{i}].mentions[{j}]", m) for j, m in enumerate(e.mentions))
        for i, t in enumerate(self.techniques):
            out.append((f"techniques[{i}]", t))
        for i, q in enumerate(self.quotes):
            out.append((f"quotes[{i}].content", q.content))
            for part in ("cue", "speaker"):
                if getattr(q, part) is not None:
                    out.append((f"quotes[{i}].{part}", getattr(q, part)))
        for i, c in enumerate(self.claims):
            out.append((f"claims[{i}]", c))
        for i, ev in enumerate(self.evidence):
            out.append((f"evidence[{i}]", ev))
        return out

    def validate(self) -> None:
        """Raise SpanError if any annotation falls outside the text."""
        n = len(self.text)
        for path, span in self.spans():
            check_offsets(span.start, span.end, n, f"{self.id}: {path}")

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON form (plain dicts and lists)."""
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for name in META_FIELDS:
            out[name] = getattr(self, name)
        out["text"] = self.text
        for name in LIST_LAYERS:
            out[name] = [asdict(item) for item in getattr(self, name)]
        out["meta"] = dict(self.meta)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_dict` output; offsets are checked."""
        kwargs: dict[str, Any] = {k: data.get(k) for k in META_FIELDS}
        kwargs["lang"] = kwargs.get("lang") or "en"
        kwargs["text"] = data["text"]
        kwargs["meta"] = dict(data.get("meta") or {})
        for name, kind in LIST_LAYERS.items():
            kwargs[name] = [_build(kind, item) for item in data.get(name) or []]
        doc = cls(**kwargs)
        doc.validate()
        return doc


def _build(kind: type, item: dict[str, Any]) -> Any:
    if kind is Span:
        return Span(int(item["start"]), int(item["end"]))
    if kind is Entity:
        return Entity(
            name=item["name"],
            type=item["type"],
            aliases=list(item.get("aliases") or []),
            mentions=[_build(Span, m) for m in item.get("mentions") or []],
            labels=list(item.get("labels") or []),
            role=item.get("role"),
        )
    if kind is Quote:
        return Quote(
            kind=item["kind"],
            content=_build(Span, item["content"]),
            cue=_build(Span, item["cue"]) if item.get("cue") else None,
            speaker=_build(Span, item["speaker"]) if item.get("speaker") else None,
            speaker_name=item.get("speaker_name"),
            via=item.get("via"),
        )
    names = {f.name for f in fields(kind)}
    return kind(**{k: v for k, v in item.items() if k in names})
