"""Russian quotes and speakers, in Russian press conventions, and the issuer of a statement.

Shapes (tried in this order; a content found once is not found again):

- ``«…», — сказал X`` / ``«…» — заявила X``: a quotation then a dash, a speech verb and the speaker;
- ``X заявил: «…»``: a speech verb and a colon before the quotation;
- ``по словам X, …`` and ``как заявил X, …`` (at the start or the end of the sentence);
- ``X подчеркнул, что …``: reported speech, the speaker the verb's subject in slovnet's syntax;
- ``…, заявил X.`` / ``…, — сообщает ТАСС.``: a speech verb and speaker closing the sentence.

The speaker span is resolved to an entity (``speaker_name`` is its name, which joins the English
documents' actors), to the latest person for a pronoun (он, она), and otherwise kept as written
("политолог"). The issuer of a «Комментарий/Заявление/Брифинг официального представителя …» is the
person or body the title (or the first line) names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spinscope.analyzers.ru import nlp
from spinscope.analyzers.ru.entities import english_names, group, join_bodies, lemma
from spinscope.analyzers.ru.parse import RuParse, parse_text
from spinscope.analyzers.ru.translit import name_key
from spinscope.core.document import Document, Entity, Quote, Span
from spinscope.core.registry import Analyzer, register

_PAST = (r"(?:сказал|заявил|подчеркнул|отметил|добавил|сообщил|пояснил|указал|написал|ответил|уточнил|признал"
         r"|констатировал|рассказал|заметил|напомнил|резюмировал|предупредил|заверил|утверждал|настаивал"
         r"|посетовал|возмутил|выразил уверенность|высказал мнение|передал|процитировал)(?:а|и|о)?(?:сь)?")
_PRESENT = (r"(?:говорит|заявляет|сообщает|считает|полагает|пишет|подчеркивает|подчёркивает|отмечает|утверждает"
            r"|уверяет|настаивает|передает|передаёт|указывает|признает|признаёт|говорят|заявляют|сообщают"
            r"|считают|пишут|отмечают|утверждают|уверен(?:а|ы)?)")
CUE = rf"\b(?:{_PAST}|{_PRESENT})\b"
OPEN, CLOSE = "«„“", "»“”"
_Q = rf"[{OPEN}](?P<c>[^{OPEN}{CLOSE}]{{2,}}?)[{CLOSE}]"
_TAIL = r"(?P<sp>[^.!?;:\n«»(]+)"  # the speaker phrase after a cue, to the end of its clause

DASH_AFTER = re.compile(rf"{_Q}\s*,?\s*[—–-]{{1,2}}\s*(?P<cue>{CUE})\s+{_TAIL}")
COLON = re.compile(rf"(?P<cue>{CUE})[^.!?\n:«»]{{0,60}}?:\s*{_Q}")
ACCORDING_START = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<cue>[Пп]о (?:словам|мнению|данным|информации)|[Кк]ак (?:{_PAST}|{_PRESENT}))\s+"
    r"(?P<sp>[^,.!?\n]+?),\s*(?P<c>[^.!?\n]+)"
)
POSSESSIVE = re.compile(r"(?P<cue>\b[Пп]о (?P<sp>его|её|ее|их) (?:словам|мнению|данным)),\s*(?P<c>[^.!?\n]+)")
ACCORDING_END = re.compile(
    rf"(?P<c>[^.!?\n]{{12,}}?),\s*(?:[—–-]\s*)?(?P<cue>по (?:словам|мнению|данным)|как (?:{_PAST}|{_PRESENT}))\s+"
    r"(?P<sp>[^.!?\n]+?)\s*(?:[.!?]|$)"
)
THAT = re.compile(rf"(?P<cue>{CUE})(?P<mid>[^,.!?\n«»]{{0,50}}?),\s*(?:что|будто)\s+(?P<c>[^\n]+?)(?=[.!?](?:\s|$)|\n|$)")
TRAILING = re.compile(rf"(?P<c>[^.!?\n]{{15,}}?),\s*(?:[—–-]\s*)?(?P<cue>{CUE})\s+(?P<sp>[^.!?\n]+?)\s*(?:[.!?]|$)")

PRONOUNS = {"он": "Masc", "она": "Fem", "они": "", "его": "Masc", "её": "Fem", "ее": "Fem", "их": ""}
MEDIA = {"интервью", "эфире", "программе", "передаче", "статье", "колонке"}
PREPOSITIONS = {"в", "во", "на", "из", "с", "со", "к", "ко", "у", "о", "об", "по", "для", "при", "после", "перед"}
# Shapes that name a topic rather than a proposition: "сообщил о создании …", "объявил о продлении …".
ABOUT = re.compile(r"(?P<cue>\b(?:сообщил|рассказал|заявил|объявил|говорил|предупредил)(?:а|и)?)\s+(?:о|об)\s+(?P<c>[^.!?\n]+)")
ISSUER_TITLE = re.compile(
    r"^\s*(?:Комментарий|Заявление|Брифинг|Ответ|Выступление|Интервью|Сообщение|Обращение)\b(?P<rest>[^\n]*)",
)


def _mention_index(entities: list[Entity]) -> list[tuple[int, int, Entity]]:
    return sorted((m.start, m.end, e) for e in entities for m in e.mentions)


class Speakers:
    """Resolves a speaker phrase (character range) to a span and a name."""

    def __init__(self, text: str, parsed: RuParse, entities: list[Entity]) -> None:
        self.text, self.parsed, self.mentions = text, parsed, _mention_index(entities)

    def entity_in(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        # Not a place or body after a preposition or a medium ("на совещании в Красноярске", "в интервью РБК").
        inside = [m for m in self.mentions if m[0] >= start and m[1] <= end
                  and self.word_before(start, m[0]) not in PREPOSITIONS | MEDIA]
        for etype in ("PERSON", "ORG", "GPE"):  # a person named in the phrase speaks for the body
            hits = [m for m in inside if m[2].type == etype]
            if hits:
                return hits[0]
        return None

    def word_before(self, start: int, pos: int) -> str:
        words = self.text[start:pos].lower().split()
        return words[-1] if words else ""

    def gender_at(self, start: int, end: int) -> str:
        """Gender slovnet read on the last token of a range ("Fem", "Masc" or "")."""
        idx = self.parsed.tokens_between(start, end)
        return self.parsed.tokens[idx[-1]].feats.get("Gender", "") if idx else ""

    def latest_person(self, before: int, gender: str = "") -> tuple[int, int, Entity] | None:
        people = [m for m in self.mentions if m[1] <= before and m[2].type == "PERSON"]
        if gender:  # "она" is the latest woman named, "он" the latest man
            people = [m for m in people if self.gender_at(m[0], m[1]) in (gender, "")] or people
        return people[-1] if people else None

    def resolve(self, start: int, end: int) -> tuple[Span, str] | None:
        raw = self.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        start, end = start + lead, start + len(raw.rstrip())
        if start >= end:
            return None
        found = self.entity_in(start, end)
        if found is not None:
            # The phrase up to and with the name ("официальный представитель МИД России Мария Захарова").
            return Span(start, found[1]), found[2].name
        first = self.text[start:end].split()[0].lower().strip(",")
        if first in PRONOUNS:
            person = self.latest_person(start, PRONOUNS[first])
            span = Span(start, start + len(first))
            return (span, person[2].name) if person else None
        if self.role_noun(start):
            # "— пояснил учёный", "Дипломат также отметила": a bare role noun takes up the latest person.
            person = self.latest_person(start)
            if person is not None:
                return Span(start, start + len(first)), person[2].name
        words = self.text[start:end].split()
        phrase = " ".join(words[:6])
        if not phrase[:1].isalpha():
            return None
        return Span(start, start + len(phrase)), phrase

    def role_noun(self, start: int) -> bool:
        """An animate common noun opening the phrase ("министр", "эксперт") with no name of its own."""
        idx = self.parsed.token_at(start)
        if idx is None:
            return False
        tok = self.parsed.tokens[idx]
        return tok.pos == "NOUN" and tok.feats.get("Animacy") == "Anim"

    def subject_of(self, cue_start: int, sent_start: int) -> tuple[int, int] | None:
        """The character range of the cue verb's subject in the syntax (with its dependents)."""
        toks = self.parsed.tokens
        verb = self.parsed.token_at(cue_start)
        if verb is None:
            return None
        kids = self.parsed.children(verb)
        subj = next((i for i in kids if toks[i].rel in ("nsubj", "nsubj:pass")), None)
        if subj is None:
            # "В МИД заявили, что …": the body is the place the plural verb speaks from.
            obl = next((i for i in kids if toks[i].rel == "obl" and i < verb), None)
            if obl is None:
                return None
            subj = obl
        span = [subj]
        for i in range(subj + 1, len(toks)):  # dependents to the right (names in apposition, genitives)
            h = toks[i].head
            while h not in (-1, subj) and h not in span and h > subj:
                h = toks[h].head
            if h == subj or h in span:
                span.append(i)
            else:
                break
        lo = min(i for i in span)
        while lo > 0 and toks[lo - 1].head in span and toks[lo - 1].start >= sent_start:
            lo -= 1
        return toks[lo].start, toks[max(span)].end


# The reported-speech shapes, tried in this order: (pattern, kind, speaker named in the match).
SHAPES = (
    (DASH_AFTER, "direct", True), (COLON, "direct", False), (ACCORDING_START, "indirect", True),
    (POSSESSIVE, "indirect", True), (ACCORDING_END, "indirect", True), (THAT, "indirect", False),
    (ABOUT, "indirect", False), (TRAILING, "indirect", True),
)


def find_quotes(text: str, parsed: RuParse, entities: list[Entity]) -> list[Quote]:
    sp = Speakers(text, parsed, entities)
    quotes: list[Quote] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, c0: int, c1: int, cue: re.Match, who: tuple[Span, str] | None, group_name: str = "cue") -> None:
        raw = text[c0:c1]
        c0 += len(raw) - len(raw.lstrip(" «„\"—–-"))
        c1 = c0 + len(text[c0:c1].rstrip(" ,.»“\"—–-"))
        if c1 - c0 < 3 or any(a < c1 and c0 < b for a, b in taken):
            return
        taken.append((c0, c1))
        content = text[c0:c1]
        if kind == "indirect" and any(ch in content for ch in OPEN):
            kind = "mixed"
        quotes.append(Quote(kind=kind, content=Span(c0, c1), cue=Span(cue.start(group_name), cue.end(group_name)),
                            speaker=who[0] if who else None, speaker_name=who[1] if who else None))

    for s, e, _, _ in parsed.sentences:
        sentence = text[s:e]
        # In this order: an earlier shape keeps the content it took. "named": the match holds the speaker
        # (group sp); otherwise the speaker is the subject before the cue. TRAILING's content is the
        # clause (a quotation that closes before the cue is DASH_AFTER's).
        for pattern, kind, named in SHAPES:
            for m in pattern.finditer(sentence):
                who = (sp.resolve(s + m.start("sp"), s + m.end("sp")) if named
                       else _subject(sp, s, s + m.start("cue")))
                add(kind, s + m.start("c"), s + m.end("c"), _shift(m, s), who)
    quotes.sort(key=lambda q: (q.content.start, q.content.end))
    return quotes


class _Shifted:
    """A match's group offsets moved from the sentence to the document."""

    def __init__(self, m: re.Match, offset: int) -> None:
        self.m, self.offset = m, offset

    def start(self, g: str) -> int:
        return self.m.start(g) + self.offset

    def end(self, g: str) -> int:
        return self.m.end(g) + self.offset


def _shift(m: re.Match, offset: int) -> _Shifted:
    return _Shifted(m, offset)  # type: ignore[return-value]


def _subject(sp: Speakers, sent_start: int, cue_start: int) -> tuple[Span, str] | None:
    subj = sp.subject_of(cue_start, sent_start)
    if subj is not None and subj[0] < cue_start:
        who = sp.resolve(*subj)
        if who is not None:
            return who
    # No parse subject before the cue: the nearest actor named earlier in the sentence.
    before = [m for m in sp.mentions if sent_start <= m[0] and m[1] <= cue_start]
    if before:
        start, end, ent = before[-1]
        return Span(start, end), ent.name
    return None


def find_issuer(doc: Document, entities: list[Entity]) -> str | None:
    """Who issues a statement, from its title or first line ("Комментарий официального представителя …")."""
    for source in (doc.title or "", doc.text.split("\n", 1)[0]):
        m = ISSUER_TITLE.match(source)
        if not m:
            continue
        line = m.group("rest")
        parsed = parse_text(line)
        ner = nlp.load_ner()
        found = [(s + sp.start, s + sp.stop, {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}.get(sp.type, sp.type))
                 for s, e, _, _ in parsed.sentences for sp in ner(line[s:e]).spans]
        named = group(line, parsed, join_bodies(line, found))
        people = [e for e in named if e.type == "PERSON"]
        if people:
            return _same_in_text(people[0], entities)
        # A department speaks for its ministry: the body we know an English name for, else the first.
        bodies = [e for e in named if e.type == "ORG"]
        known = [e for e in bodies if e.name in known_names()]
        if known or bodies:
            return (known or bodies)[-1].name
        for word in re.findall(r"[А-ЯЁа-яё]+", line):  # a body NER missed ("пресс-службы Кремля")
            hit = english_names().get(lemma(word))
            if hit is not None and hit[0] == "ORG":
                return hit[1]
    return None


def known_names() -> set[str]:
    return {name for _, name in english_names().values()}


def _same_in_text(ent: Entity, entities: list[Entity]) -> str:
    """The text's own name for the title's actor ("М.В.Захаровой" in a title -> "Maria Zakharova")."""
    if ent.type != "PERSON":
        return ent.name
    surname = name_key(ent.name.split()[-1])
    for other in entities:
        if other.type == "PERSON" and name_key(other.name.split()[-1]) == surname:
            return other.name if len(other.name.split()) >= len(ent.name.split()) else ent.name
    return ent.name


def issuers_in(items: list[Quote]) -> Iterator[str]:  # pragma: no cover - helper for docs
    yield from (q.speaker_name for q in items if q.speaker_name)


@register
class RuQuotes(Analyzer):
    """Who says what in Russian text: direct and reported speech, speakers, and a statement's issuer."""

    name = "ru_quotes"
    version = "1"
    languages = ("ru",)
    assigns = ("quotes", "issuer")
    requires = ("ru_parse", "sentences", "entities")

    def model_files(self):
        return nlp.model_files()

    def __call__(self, doc: Document) -> Document:
        self.clear_layers(doc)
        doc.quotes = find_quotes(doc.text, doc.cache["ru_parse"], doc.entities)
        issuer = find_issuer(doc, doc.entities)
        if issuer:
            doc.issuer = issuer
        return doc
