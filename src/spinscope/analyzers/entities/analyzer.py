"""Named actors grouped over their mentions inside one document, with the labels the text gives them.

"Finance Minister Anna Kovacs" ... "Kovacs" ... "Ms Kovacs's office" are one entity; so are
"Islamic State", "ISIS" and "Daesh" (through the alias table in ``spinscope/analyzers/entities/aliases.tsv``, which
users extend with ``--aliases FILE``); so are "Syrian Observatory for Human Rights" and a later "SOHR"
(acronym of an earlier name, or defined in parentheses).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from spinscope.analyzers.entities.credits import credit_ranges, in_credit
from spinscope.analyzers.entities.labels import SCORES, anaphor_target, framing_labels, unnamed_labels
from spinscope.analyzers.entities.recover import places, propagate, recover
from spinscope.analyzers.entities.variants import body_key, merge_truncated, text_types, vote_types
from spinscope.analyzers.parse.boilerplate import Boilerplate
from spinscope.core.document import Document, Entity, Label, Span
from spinscope.core.registry import Analyzer, Param, register
from spinscope.core.spans import SpanIndex
from spinscope.errors import ConfigError

KEEP_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}
# Leading words spaCy sometimes puts inside an entity that are not part of the name.
# A leading "the", and a cue word NER runs into a name on a lead-in line ("Stated Stone:"; "Said"
# stays: it is a given name too).
LEADING_NOISE = re.compile(r"^(?:the|The|THE|Stated|Continued|Added|Explained|Wrote|Noted|Declared|Replied)\s+")
TRAILING_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
HONORIFICS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Madam"}


@dataclass
class AliasTable:
    """Canonical names and their variants; a variant maps to (canonical, type)."""

    variants: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: str | None = None) -> AliasTable:
        table = cls()
        bundled = resources.files("spinscope.analyzers.entities").joinpath("aliases.tsv").read_text(encoding="utf-8")
        table._read(bundled, "bundled aliases.tsv")
        if extra:
            path = Path(extra)
            if not path.is_file():
                raise ConfigError(f"alias file {extra!r} does not exist; give a TSV of canonical<TAB>type<TAB>a|b|c")
            table._read(path.read_text(encoding="utf-8"), extra)
        return table

    def _read(self, text: str, origin: str) -> None:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise ConfigError(f"{origin}, line {n}: expected canonical<TAB>type<TAB>variants, got {line!r}")
            canonical, etype, variants = (p.strip() for p in parts)
            for v in [canonical, *variants.split("|")]:
                if v.strip():
                    self.variants[v.strip()] = (canonical, etype)


TRAILING_CONNECTOR = re.compile(r"(?:\s+(?:of|and|for|the|on|in|de))+\s*$")


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a mention to its name, keeping exact offsets.

    Drops a leading "the", a trailing possessive, whatever follows a line break (NER runs over
    headline ends: "Foreign Ministry\n\nThe Ministry"), and dangling connectors ("Affairs of").
    """
    surface = text[start:end]
    if "\n" in surface:
        end = start + surface.index("\n")
        surface = text[start:end].rstrip()
        end = start + len(surface)
    m = TRAILING_CONNECTOR.search(surface)
    if m and m.start() > 0:
        end = start + m.start()
        surface = text[start:end]
    m = LEADING_NOISE.match(surface)
    if m and end - start > m.end():
        start += m.end()
        surface = text[start:end]
    m = TRAILING_POSSESSIVE.search(surface)
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def _is_name(words: str) -> bool:
    """True when every word is capitalised (or a connector inside a name such as "of")."""
    tokens = [t for t in re.split(r"\s+", words) if t]
    return all(t[0].isupper() or t in {"of", "and", "for", "al-", "de"} for t in tokens)


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name) if t and t not in HONORIFICS]


def _earlier_person(tokens: list[str], etype: str, entities: list[Entity], people: dict[str, set[int]]) -> int | None:
    """The latest person whose full name holds every word of ``tokens`` (a surname, or a first and
    last name), or (for a PERSON mention) whose every name word is in ``tokens``.

    Only persons sharing a name word can fit (``people``), latest first: a scan of every earlier
    entity per mention grew with the number of actors in the document."""
    sharing = set().union(*(people.get(t, ()) for t in tokens))
    for i in sorted(sharing, reverse=True):
        ent = entities[i]
        if ent.type != "PERSON":
            continue
        names = _name_tokens(ent.name)
        if tokens and all(t in names for t in tokens):
            return i
        if etype == "PERSON" and names and all(t in tokens for t in names):
            return i
    return None


def _note_person(ent: Entity, idx: int, people: dict[str, set[int]]) -> None:
    """Index a person's name words, so that a later surname finds the persons it may be."""
    if ent.type == "PERSON":
        for t in _name_tokens(ent.name):
            people.setdefault(t, set()).add(idx)


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


@register
class Entities(Analyzer):
    """Named entities (spaCy NER + alias table) grouped into actors with aliases and mentions."""

    name = "entities"
    version = "11"  # 11: a predicate labels an actor only through its own noun or a group noun ("Ostland's strikes were a legitimate act" labels no Ostland); "Veloria's ill-wishers" label no Veloria; "such militants" after one named organisation are its label (issue 22); 4: credits kept out, body name variants merged, one type per actor (issue 11); 5: a lead-in cue word ("Stated Stone:") is no part of a name; 6: labels are evaluative words only, titles their own kind (issue 22); 7: a label on a name NER missed is not an unnamed target; 8: missed, cut and mistyped names recovered (recover.py, issue 22); 9: a title's place ("Special Envoy for Marvania") cut off the name, types from the text (demonyms, "X's government", newspapers), "sanctions regime" and "defender Tim Oster" no labels; 10: a nation's word that is the only name of its nation a NORP, a scare-quoted name after "so-called" an ORG, "[Ambassador to the] UN Henrik Soll" cut, "Debris from ..." and a full stop no names, towns "near X"/"a press conference in X"/"the villages of X and Y" places, "5th Guards Brigade" whole, a title given once
    assigns = ("entities", "framing")
    requires = ("parse",)
    params = (
        Param("aliases", None, "extra alias table, a TSV of canonical<TAB>type<TAB>a|b|c (--aliases FILE)",
              type=str, nullable=True),
    )

    def check(self) -> None:
        super().check()
        extra = self.config["aliases"]
        if extra is not None and not Path(extra).is_file():
            raise ConfigError(
                f"The 'aliases' option of entities must be an existing file; got {extra!r}. "
                "Give a TSV of canonical<TAB>type<TAB>a|b|c."
            )

    def initialize(self) -> None:
        from spacy.matcher import PhraseMatcher

        from spinscope.models.spacy_model import load_english

        self.aliases_ = AliasTable.load(self.config["aliases"])
        nlp = load_english()
        # Case-sensitive (ORTH) so "US" does not match "us" and "IS" does not match "is".
        self.matcher_ = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher_.add("ALIAS", [nlp.make_doc(v) for v in self.aliases_.variants])

    def __call__(self, doc: Document) -> Document:
        parsed = doc.cache["parse"]
        text = doc.text
        ner: list[tuple[int, int, str]] = []  # (start, end, spaCy type)
        for ent in parsed.ents:
            if ent.label_ in KEEP_TYPES:
                # a sentence's full stop NER ran into the name ("the city of Lesk[.]"): a token of its own
                end = ent[-2].idx + len(ent[-2]) if len(ent) > 1 and ent[-1].text == "." \
                    and ent[-2].text[:1].isupper() else ent.end_char
                s, e = _clean(text, ent.start_char, end)
                if text[s:e].strip():
                    ner.append((s, e, ent.label_))
        # Titles cut off names, organisations named with an organisation word (recover.py): mentions
        # the small model misses, cuts or mistypes.
        ner, titles = recover(parsed, text, ner)
        # By position, each with its spaCy type: overlaps by bisection, not a scan per match.
        mentions: SpanIndex[str] = SpanIndex()
        for s, e, etype in ner:
            mentions.add(s, e, etype)
        for _, ts, te in self.matcher_(parsed):
            span = parsed[ts:te]
            s, e = span.start_char, span.end_char
            overlapping = mentions.overlapping(s, e)
            # A longer NER mention covering this one wins when the extra words are part of a name
            # ("Latin America"), not when NER swallowed ordinary words ("Later the Foreign Ministry").
            covering = [f for f in map(mentions.span, overlapping) if f[0] <= s and e <= f[1] and f != (s, e)]
            if any(_is_name(text[f[0]:s] + " " + text[e:f[1]]) for f in covering):
                continue
            for n in overlapping:
                mentions.remove(n)
            mentions.add(s, e, self.aliases_.variants[text[s:e]][1])
        # Names NER found elsewhere (and countries of bodies) where it missed them: after the alias
        # table, whose mentions these must not cover.
        spans = [(*mentions.span(n), mentions.item(n)) for n in mentions.numbers()]
        countries = places(text, spans)
        echoes = propagate(parsed, text, spans, countries)
        for s, e, etype in echoes:
            mentions.add(s, e, etype)
        credits = credit_ranges(text)
        page = Boilerplate.of(doc)  # "Privacy Policy and Terms", "Email" on a share bar: no actors
        found = sorted({(*mentions.span(n), mentions.item(n)) for n in mentions.numbers()
                        if not in_credit(*mentions.span(n), credits)  # "© Mark Ellis/Nordwire"
                        and not (page and page.touches(*mentions.span(n)))})
        entities = self._group(text, found, {(s, e) for s, e, _ in echoes})
        text_types(parsed, text, entities, {e.name for e in entities if e.name in self.aliases_.variants})
        for ent in entities:
            ent.labels = [Label(**rec) for m in ent.mentions for rec in framing_labels(parsed, m)]
            if ent.name in countries:
                ent.type = "GPE"  # the country a body belongs to ("Ministry of Defence of Valmora")
            for m in ent.mentions:
                a, b = titles.get(m.start, (0, 0))
                if b:  # the words cut off the name ("Major General"), in place of a title found inside them
                    ent.labels = [lab for lab in ent.labels if not (lab.kind == "title" and a <= lab.start and lab.end <= b)]
                    if not any(lab.kind == "title" and lab.start <= a and b <= lab.end for lab in ent.labels):
                        # (not when the labeller found it whole: "[Foreign Ministry] Spokeswoman" once)
                        ent.labels.append(Label(start=a, end=b, label=text[a:b], kind="title", score=SCORES["title"]))
        self.clear_layers(doc)
        doc.entities.extend(entities)
        # Labels of targets the text does not name ("the government's ill-wishers"): their own layer.
        taken = [(lab.start, lab.end) for ent in entities for lab in ent.labels]
        named = {t.i for ent in entities for m in ent.mentions
                 for t in parsed.char_span(m.start, m.end, alignment_mode="expand") or ()}
        for rec in unnamed_labels(parsed, taken, named):
            if page and page.touches(rec["start"], rec["end"]):
                continue
            target = anaphor_target(parsed, rec, entities)
            (target.labels if target is not None else doc.framing).append(Label(**rec))
        return doc

    def _group(self, text: str, found: list[tuple[int, int, str]], echoes: set[tuple[int, int]]) -> list[Entity]:
        entities: list[Entity] = []
        by_key: dict[str, int] = {}  # a normalised surface/alias -> index into entities
        votes: dict[int, Counter] = {}  # id(entity) -> NER types of its mentions
        fixed: set[int] = set()  # id(entity) of alias-table entries: their type is the table's
        people: dict[str, set[int]] = {}  # a name word -> the persons whose name has (or had) it
        for s, e, etype in found:
            surface = text[s:e]
            idx = self._match(surface, etype, entities, by_key, people)
            if idx is None:
                canonical, ctype = self.aliases_.variants.get(surface, (surface, etype))
                entities.append(Entity(name=canonical, type=ctype, aliases=[], mentions=[]))
                idx = len(entities) - 1
                self._index(canonical, idx, by_key)
                _note_person(entities[idx], idx, people)
                if surface in self.aliases_.variants:
                    fixed.add(id(entities[idx]))
            ent = entities[idx]
            if (s, e) not in echoes:  # a name's echo where NER missed it does not vote on its type
                votes.setdefault(id(ent), Counter())[etype] += 1
            ent.mentions.append(Span(s, e))
            if surface != ent.name and surface not in ent.aliases:
                ent.aliases.append(surface)
            self._index(surface, idx, by_key)
            # A longer full name seen later becomes the entity's name ("Kovacs" then "Anna Kovacs").
            if ent.type == "PERSON" and len(_name_tokens(surface)) > len(_name_tokens(ent.name)):
                if ent.name not in ent.aliases:
                    ent.aliases.append(ent.name)
                ent.aliases = [a for a in ent.aliases if a != surface]
                ent.name = surface
                _note_person(ent, idx, people)
        self._absorb_acronyms_defined_in_parentheses(text, entities)
        merge_truncated(entities)
        vote_types(text, entities, votes, fixed)
        for ent in entities:
            ent.mentions.sort(key=lambda m: (m.start, m.end))
        return entities

    def _index(self, surface: str, idx: int, by_key: dict[str, int]) -> None:
        by_key.setdefault(surface.lower(), idx)
        canonical = self.aliases_.variants.get(surface)
        if canonical:
            by_key.setdefault(canonical[0].lower(), idx)
        acro = _acronym(surface)
        if acro:
            by_key.setdefault(acro.lower(), idx)
        body = body_key(surface)
        if body:
            by_key.setdefault("body:" + body, idx)  # "Ministry of Defense" = "Defense Ministry"

    def _match(
        self, surface: str, etype: str, entities: list[Entity], by_key: dict[str, int], people: dict[str, set[int]]
    ) -> int | None:
        canonical = self.aliases_.variants.get(surface)
        for key in (surface.lower(), canonical[0].lower() if canonical else None):
            if key and key in by_key:
                return by_key[key]
        if surface.isupper() and len(surface) >= 2 and surface.lower() in by_key:
            return by_key[surface.lower()]
        body = body_key(surface)
        if body and "body:" + body in by_key:
            return by_key["body:" + body]
        tokens = _name_tokens(surface)
        # spaCy often mislabels a lone surname ("Kovacs's office") as ORG/GPE: a surname of an earlier
        # person is that person whatever its NER type.
        if etype == "PERSON" or (len(tokens) == 1 and canonical is None):
            return _earlier_person(tokens, etype, entities, people)
        return None

    @staticmethod
    def _absorb_acronyms_defined_in_parentheses(text: str, entities: list[Entity]) -> None:
        """ "Syrian Democratic Council (SDC)": merge the acronym's entity into the long name's."""
        first_start = {id(e): e.mentions[0].start for e in entities if e.mentions}
        for long in list(entities):
            for m in long.mentions:
                after = text[m.end : m.end + 16]
                hit = re.match(r"\s*\(([A-Z][A-Za-z.\-]{1,10})\)", after)
                if not hit:
                    continue
                acro = hit.group(1)
                for other in list(entities):
                    if other is long or other.name != acro and acro not in other.aliases:
                        continue
                    long.mentions.extend(other.mentions)
                    long.aliases.extend(a for a in [other.name, *other.aliases] if a not in long.aliases and a != long.name)
                    entities.remove(other)
        entities.sort(key=lambda e: first_start.get(id(e), 0))
