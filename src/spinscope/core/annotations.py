"""The annotation types: one small dataclass per kind of standoff annotation.

Every offset is a Python ``str`` index into ``Document.text`` with an exclusive end. A field's
``metadata["help"]`` is what the REST API's OpenAPI document and ``docs/architecture.md`` show; the
layer declarations in :mod:`spinscope.core.layers` say where each type is stored and shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def described(text: str, **kwargs: Any) -> Any:
    """A dataclass field with a description for the API schema."""
    return field(metadata={"help": text}, **kwargs)


def start_offset() -> Any:
    """The ``start`` field every span-like annotation has."""
    return described("Character offset into `text` (Python str index).")


def end_offset() -> Any:
    """The ``end`` field every span-like annotation has."""
    return described("Exclusive end offset.")


@dataclass(slots=True)
class Span:
    """A bare character range ``[start, end)`` into the document text."""

    start: int = start_offset()
    end: int = end_offset()


@dataclass(slots=True)
class Role:
    """How a document casts an actor (SemEval-2025 Task 10 entity framing)."""

    main: str = described("protagonist | antagonist | innocent")
    fine: list[str] = described("Fine roles of the main role (SemEval-2025 Task 10 taxonomy).", default_factory=list)
    score: float = described("Confidence in the main role, 0-1.", default=0.0)
    by: str | None = described("The voice that casts it: a quoted speaker; null for the author or issuer.", default=None)
    evidence: list[Span] = described("The sentences that cast it.", default_factory=list)


@dataclass(slots=True)
class MentionRole:
    """How the passage around one mention casts the actor (a mention can differ from the document's role)."""

    start: int = start_offset()
    end: int = end_offset()
    main: str = described("protagonist | antagonist | innocent")
    fine: list[str] = described("Fine roles of the main role (SemEval-2025 Task 10 taxonomy).", default_factory=list)
    score: float = described("Confidence in the main role, 0-1.", default=0.0)


@dataclass(slots=True)
class Label:
    """A word the text uses to judge an actor at one of its mentions ("the *criminal* regime",
    "*so-called*"), or an office it gives it ("Defence Ministry *spokesman*")."""

    start: int = start_offset()
    end: int = end_offset()
    label: str = described("The words, in text order (a gap, such as the name between them, is one space).")
    kind: str = described("label (an evaluative word) | title (an office: never counted as framing)", default="label")
    polarity: str | None = described("negative | positive; null for a title or a scare quote alone.", default=None)
    score: float | None = described(
        "How often such a label is right (our labelled statement set), 0-1; null when not assessed.", default=None
    )
    by: str | None = described(
        "Who uses it: the speaker of the quote holding it, else the issuer, else the outlet.", default=None
    )

    # The dict form came first: code that reads ``lab["start"]`` or ``lab.get("by")`` keeps working.
    # A field left unset (None) reads as missing, as the key was missing in that form.
    def __getitem__(self, key: str) -> Any:
        if key not in self.__dataclass_fields__:
            raise KeyError(key)
        return getattr(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self.__dataclass_fields__:
            raise KeyError(f"a Label has no field {key!r}")
        setattr(self, key, value)

    def __contains__(self, key: object) -> bool:
        return key in self.__dataclass_fields__ and getattr(self, key) is not None  # type: ignore[arg-type]

    def get(self, key: str, default: Any = None) -> Any:
        value = getattr(self, key, None) if key in self.__dataclass_fields__ else None
        return default if value is None else value


@dataclass(slots=True)
class Entity:
    """A named actor, grouped over its mentions ("Anna Kovacs", "Kovacs")."""

    name: str = described("The actor's canonical name.")
    type: str = described("PERSON, ORG, GPE, NORP, ...")
    aliases: list[str] = described("Other names of the same actor in this document.", default_factory=list)
    mentions: list[Span] = described("Where the text names the actor.", default_factory=list)
    # Stored as one JSON column (as before it was a declared type), not as child rows.
    labels: list[Label] = field(
        default_factory=list, metadata={"help": "Framing labels and titles the text gives the actor.", "json": True}
    )
    role: Role | None = described("How this document frames the actor; null when not analysed.", default=None)
    mention_roles: list[MentionRole] = described(
        "The role of each mention read, in its own context (the same offsets as its mention).", default_factory=list
    )

    def __post_init__(self) -> None:
        # Labels given in their first form, plain dicts ({label, start, end}), become Labels.
        self.labels = [Label(**lab) if isinstance(lab, dict) else lab for lab in self.labels]


@dataclass(slots=True)
class Technique:
    """A span that uses a persuasion technique."""

    start: int = start_offset()
    end: int = end_offset()
    technique: str = described("Technique name (SemEval-2020 PTC, or SemEval-2023 with that taxonomy).")
    score: float = described("Model confidence, 0-1.")
    reason: str = described("The technique's definition and the words that triggered it.", default="")


@dataclass(slots=True)
class Quote:
    """Something someone said: its content, the cue ("said"), the speaker and the medium."""

    kind: str = described("direct | indirect | mixed")
    content: Span = described("What was said.")
    cue: Span | None = described("The cue word or phrase (\"said\", \"according to\").", default=None)
    speaker: Span | None = described("The speaker's words in the text.", default=None)
    speaker_name: str | None = described("The speaker resolved to a name.", default=None)
    via: str | None = described("The medium or chain (\"in an interview with ...\").", default=None)
    score: float | None = described(
        "How often such a quote is right, content and speaker (PolNeAR, 0-1); null when not scored.", default=None
    )


@dataclass(slots=True)
class Claim:
    """A check-worthy assertion, who asserts it and who denies it."""

    start: int = start_offset()
    end: int = end_offset()
    score: float = described("Check-worthiness, 0-1.")
    asserted_by: str | None = described("The quote's speaker, else the issuer, else the outlet.", default=None)
    denied_by: list[str] = described("Who denies, rejects or dismisses it.", default_factory=list)


@dataclass(slots=True)
class Evidence:
    """A place where the text says evidence is present or absent ("offered no proof")."""

    start: int = start_offset()
    end: int = end_offset()
    kind: str = described("present | absent")


@dataclass(slots=True)
class Narrative:
    """A narrative a document expresses, from a taxonomy (SemEval-2025) or a user's codebook."""

    taxonomy: str = described("`semeval2025`, or the codebook's name.")
    id: str = described("The narrative's id within its taxonomy.")
    label: str = described("The narrative's label.")
    parent: str | None = described("The coarse narrative of a subnarrative; null for a coarse one.", default=None)
    score: float = described("Confidence, 0-1.", default=0.0)
    evidence: list[Span] = described("The sentences or paragraphs that carry it.", default_factory=list)
    stance: str | None = described(
        "The document's stance toward it: asserts (pushes it), refutes (fact-check, rebuttal, denial) or "
        "reports (attributes it to others without taking a side); null when not assessed.", default=None)
