"""Russian claims, denials and evidence markers, by rule.

A claim here is a proposition someone puts forward or rejects:

- a **denial** names what is denied and who denies it: ``X опроверг(ла) сообщения о том, что P``,
  ``X назвал(а) фейком/ложью/провокацией сообщения о P``, ``P не соответствует действительности``
  (``заявил X`` after it, or the sentence's quoted speaker), ``X отверг(ла) обвинения в P``;
- an **accusation**: ``X обвинил(а) Y в P``;
- **reported speech** (the Russian quotes analyzer's indirect contents): P, asserted by the speaker.

Evidence markers: absent (``без каких-либо доказательств``, ``не представив доказательств``,
``голословн…``, ``бездоказательн…``) and present (``представил(а) доказательства``, ``подтверждается
документами``).

Scores are the share of such rule hits that were right on our invented Russian set (see
docs/russian.md); there is no Russian check-worthiness data to calibrate them on.
"""

from __future__ import annotations

import re

from spinscope.core.document import Claim, Document, Evidence, Quote
from spinscope.core.registry import Analyzer, register

DENIAL_SCORE = 0.85
ACCUSATION_SCORE = 0.8
REPORTED_SCORE = 0.6

_WHO = r"(?P<who>[А-ЯЁA-Z][^,.!?\n«»]{1,80}?)"
_FAKE = r"(?:фейк(?:ом|ами)?|ложью|вымыслом|провокацией|клеветой|дезинформацией|вбросом|выдумкой|инсинуациями|абсурдом|чушью)"
DENIALS = [
    re.compile(rf"{_WHO}\s+(?:опроверг(?:ла|ли)?|отверг(?:ла|ли)?|отрица(?:ет|ют|л|ла|ли))\s+"
               r"(?:(?:сообщени[яей]|информаци[юи]|данные|утверждени[яей]|заявлени[яей]|обвинени[яей]|слухи)\s+)?"
               r"(?:о том,\s*(?:что|будто)\s+|об?\s+|в\s+)(?P<c>[^.!?\n]+)"),
    re.compile(rf"{_WHO}\s+назвал(?:а|и)?\s+(?:[^.!?\n]{{0,30}}?){_FAKE}\s+"
               r"(?:сообщени[яей]|информаци[юи]|утверждени[яей]|заявлени[яей]|обвинени[яей]|данные|публикаци[юи])\s+"
               r"(?:о том,\s*(?:что|будто)\s+|об?\s+|в\s+)?(?P<c>[^.!?\n]+)"),
    re.compile(rf"{_WHO}\s+назвал(?:а|и)?\s+(?P<c>(?:сообщени|информаци|утверждени|заявлени|обвинени|публикаци)[^.!?\n]+?)\s+{_FAKE}"),
]
NOT_TRUE = re.compile(
    r"(?P<c>[^.!?\n]{10,}?),?\s+(?:не соответству(?:ет|ют) действительности|является (?:ложью|фейком|вымыслом)"
    r"|не имеет ничего общего с действительностью|(?:—|-)\s*(?:ложь|фейк|вымысел))"
    r"(?:,\s*(?:[—–-]\s*)?(?:заявил|сказал|подчеркнул|отметил|сообщил)(?:а|и)?\s+(?P<who>[^.!?\n]+))?"
)
ACCUSATION = re.compile(rf"{_WHO}\s+обвини(?:л|ла|ли|ет|ют)\s+(?P<target>[^.!?\n]{{2,60}}?)\s+в\s+(?P<c>[^.!?\n]+)")

EVIDENCE = [
    (re.compile(r"без (?:каких-(?:либо|то) |всяких |каких бы то ни было )?(?:доказательств|оснований|фактов)"), "absent"),
    (re.compile(r"не (?:представи|предостави|приве)(?:в|л|ла|ли)\s+(?:никаких\s+|каких-либо\s+)?(?:доказательств|фактов)"), "absent"),
    (re.compile(r"\bголословн\w*|\bбездоказательн\w*|\bничем не подкреплен\w*|\bне подкреплен\w* (?:фактами|доказательствами)"), "absent"),
    (re.compile(r"(?:представи|предостави|приве)(?:л|ла|ли)\s+(?:неопровержимые\s+)?доказательства"), "present"),
    (re.compile(r"подтвержда(?:ется|ются) (?:документами|данными|фактами)"), "present"),
]


def _speaker_of(doc: Document, start: int, end: int) -> str | None:
    """The speaker of a quote that covers ``[start, end)``, else the document's issuer."""
    for q in doc.quotes:
        if isinstance(q, Quote) and q.speaker_name and q.content.start <= start < q.content.end + 2:
            return q.speaker_name
    return doc.issuer


def _name(doc: Document, start: int, end: int) -> str:
    """An entity named in the range, else the words as written."""
    for ent in doc.entities:
        for m in ent.mentions:
            if start <= m.start and m.end <= end:
                return ent.name
    return doc.text[start:end].strip()


_ABOUT = re.compile(r"(?:[Ии]нформаци[яи]|[Сс]ообщени[яей]|[Дд]анные|[Уу]тверждени[яей]|[Пп]убликаци[яи])\s+"
                    r"(?:о том,\s*(?:что|будто)\s+|об?\s+)")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The proposition alone: no "Информация о том, что", no closing evidence marker or punctuation."""
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip(" «\"—–-"))
    about = _ABOUT.match(text, start, end)
    if about:
        start = about.end()
    for pattern, _ in EVIDENCE:
        m = pattern.search(text, start, end)
        if m and m.start() > start:
            end = min(end, m.start())
    end = start + len(text[start:end].rstrip(" ,.»\"—–-"))
    return start, end


def find_claims(doc: Document) -> list[Claim]:
    text = doc.text
    out: list[Claim] = []

    def add(c0: int, c1: int, score: float, asserted: str | None, denied: list[str]) -> None:
        c0, c1 = _trim(text, c0, c1)
        if c1 - c0 < 8:
            return
        for claim in out:
            if claim.start < c1 and c0 < claim.end:
                for name in denied:
                    if name not in claim.denied_by:
                        claim.denied_by.append(name)
                return
        out.append(Claim(start=c0, end=c1, score=score, asserted_by=asserted, denied_by=list(denied)))

    for pattern in DENIALS:
        for m in pattern.finditer(text):
            add(m.start("c"), m.end("c"), DENIAL_SCORE, None, [_name(doc, m.start("who"), m.end("who"))])
    for m in NOT_TRUE.finditer(text):
        who = _name(doc, m.start("who"), m.end("who")) if m.group("who") else _speaker_of(doc, m.start(), m.end())
        add(m.start("c"), m.end("c"), DENIAL_SCORE, None, [who] if who else [])
    for m in ACCUSATION.finditer(text):
        add(m.start("c"), m.end("c"), ACCUSATION_SCORE, _name(doc, m.start("who"), m.end("who")), [])
    for q in doc.quotes:
        if q.kind in ("indirect", "mixed"):
            add(q.content.start, q.content.end, REPORTED_SCORE, q.speaker_name or doc.issuer, [])
    out.sort(key=lambda c: (c.start, c.end))
    return out


def find_evidence(text: str) -> list[Evidence]:
    found = {(m.start(), m.end(), kind) for pattern, kind in EVIDENCE for m in pattern.finditer(text)}
    return [Evidence(start=s, end=e, kind=k) for s, e, k in sorted(found)]


@register
class RuClaims(Analyzer):
    """Denied, alleged and reported propositions in Russian text, and where evidence is said to be absent."""

    name = "ru_claims"
    version = "1"
    languages = ("ru",)
    assigns = ("claims", "evidence")
    requires = ("sentences", "entities", "quotes", "issuer")

    def __call__(self, doc: Document) -> Document:
        self.clear_layers(doc)
        doc.claims = find_claims(doc)
        doc.evidence = find_evidence(doc.text)
        return doc
