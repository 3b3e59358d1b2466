"""Resolve a speaker span to a name: a named entity, or the earlier actor a pronoun, a role
("the minister", "the agency") or a surname points back to.

Resolution is deliberately local and explainable: the nearest earlier candidate that fits wins, with
the previous quote's speaker first for pronouns, as news copy tends to keep one speaker in focus.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spinscope.analyzers.quotes.candidate import Range
from spinscope.analyzers.quotes.lexicon import (
    FEMALE_WORDS,
    FIRST_PERSON,
    GROUP_PRONOUNS,
    MALE_WORDS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    SPEAKER_TYPES,
)
from spinscope.core.document import Document
from spinscope.core.spans import SpanIndex

WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
# Words that end a title before a name: a clause's "that" and the verbs of saying and being.
_CLAUSE_WORDS = frozenset(
    "that has have had is are was were said says warned warns told claimed claims added stated reported".split()
)
ROLE_CONTEXT = 60  # characters around a mention searched for its title or role ("Finance Minister")
PRONOUN_REACH = 1500  # characters back a pronoun may reach for its antecedent
RELATIVE_REACH = 80  # characters between a name and the "who" that refers to it


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    name: str
    type: str


REPORTING = re.compile(r"\b(?:said|says|added|adds|told|tells|reported|reports|stated|announced|noted|claimed|wrote)\b")


@dataclass
class SpeakerResolver:
    """Resolves speakers of one document; keeps the speakers already seen for pronouns."""

    doc: Document
    issuer: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    history: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, name, type)
    surfaces: list[tuple[int, str, str, str]] = field(default_factory=list)  # (offset, text, name, type)

    def __post_init__(self) -> None:
        for ent in self.doc.entities:
            if ent.type in SPEAKER_TYPES:
                self.mentions.extend(Mention(m.start, m.end, ent.name, ent.type) for m in ent.mentions)
        self.mentions.sort(key=lambda m: m.start)
        # Lookups read the mentions near an offset (by bisection): scans of every mention of the
        # document per speaker made long documents quadratic (issue 14).
        self._near = SpanIndex.of((m.start, m.end) for m in self.mentions)
        self._starts = [m.start for m in self.mentions]
        self._sent_ends: list[int] | None = None  # the parse's sentences, listed on first use
        self._sents: list = []
        self._role_carriers: dict[str, list[int]] = {}  # role word -> numbers of the mentions carrying it
        self._by_surname: dict[str, list[int]] | None = None
        self._gender = self._genders()

    def _earlier(self, before: int):
        """The mentions starting before ``before``, latest first."""
        for i in range(bisect_left(self._starts, before) - 1, -1, -1):
            yield self.mentions[i]

    def _starting(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in ``[lo, hi]``, in order."""
        return [self.mentions[n] for n in self._near.starting_in(lo, hi)]

    def _genders(self) -> dict[str, str]:
        """Gender of a person from honorifics and gendered roles next to its mentions."""
        out: dict[str, str] = {}
        text = self.doc.text
        for m in self.mentions:
            if m.type != "PERSON":
                continue
            # Only the honorific or title right before the name, and an apposition right after it.
            words = {w.lower() for w in WORD.findall(text[max(0, m.start - 25) : m.start])[-2:]}
            after = text[m.end : m.end + 40]
            if after.startswith(","):
                words |= {w.lower() for w in WORD.findall(after.split(",")[1])}
            if words & FEMALE_WORDS:
                out.setdefault(m.name, "female")
            elif words & MALE_WORDS:
                out.setdefault(m.name, "male")
        return out

    def resolve(self, span: Range | None) -> tuple[str | None, str | None]:
        """(name, type) for a speaker span; the literal text when nothing better is known."""
        if span is None:
            return None, None
        text = self.doc.text[span[0] : span[1]]
        name, etype = self._resolve(span, text)
        if name is not None:
            self.history.append((span[0], name, etype or ""))
            self.surfaces.append((span[0], text.lower(), name, etype or ""))
        return name, etype

    def _resolve(self, span: Range, text: str) -> tuple[str | None, str | None]:
        inside = [m for m in self._starting(span[0] - self._near.widest, span[1] - 1)
                  if m.start < span[1] and span[0] < m.end]
        low = text.lower().strip()
        # "The spokesman, Omar Haddad, said": the name in apposition right after the role.
        # Not the clause after "According to the ministry, Kessian forces shelled ...": an apposition
        # ends the phrase (", Omar Haddad, said", "..., Omar Haddad.").
        appos = next((m for m in self._starting(span[1], span[1] + 3) if 0 <= m.start - span[1] <= 3
                      and self.doc.text[span[1] : m.start].strip() == ","
                      and self.doc.text[m.end : m.end + 1] in ("", ",", ".", ";", ")", "\n")), None)
        if inside:
            own = self._own_body(text, inside)
            if own is not None:
                return own, "ORG"  # "The Ministry of Defence warns" in the ministry's own statement
            located = _located_body(self.doc.text, span, inside)
            if located is not None:
                return located, "ORG"  # "A district court in Harn said": the court, not Harn
            # "a spokesman for the Foreign Ministry": a person beats the body they speak for, and the
            # name after a title beats an owner before it ("Ostland's Interior Minister Ada Weiss").
            # An owner NER took for a person ("Dunmark's negotiator, Erik Saari,") is no speaker
            # when a person's name follows in apposition.
            persons = [m for m in inside if m.type == "PERSON" and not (appos is not None and self._owner(m))]
            if persons:
                return persons[-1].name, persons[-1].type
            titled = [m for m in inside if m.start >= span[0] and self._titled(m)]
            if titled:
                # "Foreign Ministry spokeswoman Vera Ostrova": the name after a person's role is the
                # person, whatever type NER gave it (not the ministry before the role).
                return titled[-1].name, "PERSON"
            if appos is not None and appos.type == "PERSON" and (_person_head(text) or self._owner(inside[-1])):
                # "A spokesman for the ministry, Jan Kovar,"; "Dunmark's negotiator, Erik Saari,"
                return appos.name, appos.type
            if _person_head(text) or self._role_cut_off(span, text):
                # The name in apposition inside the phrase, whatever type NER gave it.
                named = [m for m in inside if self.doc.text[max(span[0], m.start - 2) : m.start].strip() == ","]
                if named:
                    return named[-1].name, "PERSON"
            phrase = _modified_head(self.doc.text, span, inside)
            if phrase is not None:
                return phrase, "ORG"  # "the Velorian army": the army speaks, not Veloria
            joined = self._joined_org(inside)
            if joined is not None:
                return joined, "ORG"  # "the Russian General Staff": the staff, not "Russian"
            if self.issuer and _bare_body(text, inside) is not None and \
                    re.search(rf"\b{re.escape(_bare_body(text, inside))}\b", self.issuer.lower()):
                return self.issuer, "ORG"  # "The Embassy expects" in the embassy's own statement
            return inside[0].name, inside[0].type
        if appos is not None and low not in PERSON_PRONOUNS:
            return appos.name, appos.type
        if low in PERSON_PRONOUNS:
            return self._pronoun(span[0], PERSON_PRONOUNS[low])
        if low in FIRST_PERSON:
            return (self.issuer, "ORG") if self.issuer else (None, None)
        if low in GROUP_PRONOUNS:
            return self._group(span[0])
        if low in ("who", "which", "that"):
            # "…, who said": the name the relative clause hangs on, right before it.
            near = [m for m in self._starting(span[0] - RELATIVE_REACH - self._near.widest, span[0])
                    if m.end <= span[0] and span[0] - m.end <= RELATIVE_REACH]
            return (near[-1].name, near[-1].type) if near else (None, None)
        roles = [w for w in (x.lower() for x in WORD.findall(text)) if w in ROLE_NOUNS]
        if roles:
            found = self._role(span[0], roles[-1])
            if found[0] is not None:
                return found
            found = self._role_from_speakers(span[0], roles[-1])
            if found[0] is not None:
                return found
            if self.issuer and re.search(rf"\b{re.escape(roles[-1])}\b", self.issuer.lower()) and \
                    ROLE_NOUNS[roles[-1]] == "ORG" and len(WORD.findall(text)) <= 2:
                return self.issuer, "ORG"  # "the ministry" in the ministry's own statement
        if BARE_BODY.fullmatch(low):
            found = self._body_nearby(span, low.split()[-1])
            if found is not None:
                return found, "ORG"
        surname = self._surname(span[0], text)
        if surname is not None:
            return surname
        return text.strip(), None

    def _own_body(self, text: str, inside: list[Mention]) -> str | None:
        """The issuer, where the speaker is only a body's name that the issuer's name holds: "The Ministry
        of Defence" in the statement of the "Ministry of Defence of the Republic of Veloria", "The Embassy"
        (whatever type NER gave it) in the embassy's. A place the issuer names ("Veloria") is no body."""
        if not self.issuer or len(inside) != 1:
            return None
        name = inside[0].name
        words = [w.lower() for w in WORD.findall(name)]
        if not words or ROLE_NOUNS.get(words[0]) != "ORG" and ROLE_NOUNS.get(words[-1]) != "ORG":
            return None
        if not re.fullmatch(rf"\s*(?:the\s+)?{re.escape(name)}\s*", text, re.I):
            return None
        if not re.search(rf"\b{re.escape(name.lower())}\b", self.issuer.lower()):
            return None
        return self.issuer

    def _body_nearby(self, span: Range, noun: str) -> str | None:
        """ "Ostland's Federal Security Service (FSS) has detained two men ..., the agency said": the one
        organisation of that kind ("Service" for "the service", a state body for "the agency") named
        earlier in the same sentence or the one before. None when there are several, or where a news
        agency, a paper or a broadcaster is named there (its "the agency" may be that one)."""
        starts = [s.start for s in self.doc.sentences]
        if not starts:
            return None
        k = bisect_right(starts, span[0]) - 1
        lo = starts[max(0, k - 1)]
        kinds = BODY_KINDS[noun]
        found = set()
        for m in self._starting(lo, span[0] - 1):
            if m.end > span[0] or m.type != "ORG":
                continue
            words = m.name.split()
            if MEDIA_WORDS.search(m.name) or MEDIA_WORDS.search(self.doc.text[max(lo, m.start - 30) : m.start]):
                return None
            if words and words[-1] in kinds:
                found.add(m.name)
        window = self.doc.text[lo : span[0]]
        if MEDIA_WORDS.search(window):
            return None  # "the Ostvision news agency reported ..."
        return found.pop() if len(found) == 1 else None

    def _joined_org(self, inside: list[Mention]) -> str | None:
        """A people or place NER cut off from the body it qualifies ("Russian" + "General Staff"):
        the two names side by side, read as one organisation."""
        if len(inside) < 2 or inside[-1].type != "ORG" or inside[0].type not in ("NORP", "GPE"):
            return None
        text = self.doc.text
        if any(text[a.end : b.start].strip() for a, b in zip(inside, inside[1:], strict=False)):
            return None
        return text[inside[0].start : inside[-1].end]

    def _role_cut_off(self, span: Range, text: str) -> bool:
        """A span cut after a person's role ("the commander [of the Southern Group, Colonel General
        Anatoly Braun,]" as the tagger gives it): it opens on "of" or "for" right after the role."""
        return bool(re.match(r"\s*(?:of|for)\s", text)) and self._role_before(span[0])

    def _titled(self, m: Mention) -> bool:
        """A person's role word right before the mention ("spokeswoman Vera Ostrova")."""
        return self._role_before(m.start) and self.doc.text[m.start - 1 : m.start] == " "

    def _role_before(self, offset: int) -> bool:
        """The last word before ``offset`` is a person's role ("the commander", "spokeswoman")."""
        before = WORD.findall(self.doc.text[max(0, offset - 30) : offset])
        return bool(before) and before[-1].lower() in PERSON_ROLES

    def _owner(self, m: Mention) -> bool:
        """The mention is a possessive owner ("Dunmark's negotiator"), not the phrase's head."""
        return self.doc.text[m.end : m.end + 2] in ("'s", "’s")

    def _role_from_speakers(self, before: int, role: str) -> tuple[str | None, str | None]:
        """ "The agency said" after "The Nordwire news agency reported": an earlier speaker whose
        words carried the role."""
        for offset, surface, name, etype in reversed(self.surfaces):
            if offset < before and before - offset <= PRONOUN_REACH and re.search(rf"\b{re.escape(role)}\b", surface):
                if surface.strip() != f"the {role}" and surface.strip() != role:
                    return name, etype
        return None, None

    def _subject_person(self, before: int, fits) -> tuple[str | None, str | None]:
        """The person who is the grammatical subject of the sentence before ``before``."""
        parsed = self.doc.cache.get("parse")
        if parsed is None:
            return None, None
        if self._sent_ends is None:  # Doc.sents walks every token: once per document, not per pronoun
            self._sents = list(parsed.sents)
            self._sent_ends = [x.end_char for x in self._sents]
        last = bisect_right(self._sent_ends, before)  # the sentences ending at or before `before`
        sents = self._sents[last - 1 : last] if last else []
        for sent in sents:
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
            persons = [m for m in self._starting(lo, hi) if lo <= m.start and m.end <= hi and m.type == "PERSON" and fits(m.name)]
            if persons:
                return persons[-1].name, persons[-1].type
        return None, None

    def _pronoun(self, before: int, gender: str) -> tuple[str | None, str | None]:
        def fits(name: str) -> bool:
            return self._gender.get(name, gender) == gender

        for offset, name, etype in reversed(self.history):
            if before - offset > PRONOUN_REACH:
                break
            if (etype == "PERSON" or (not etype and _looks_personal(name))) and fits(name):
                return name, etype
        found = self._subject_person(before, fits)
        if found[0] is not None:
            return found
        for m in self._earlier(before):
            if m.end <= before and m.type == "PERSON" and fits(m.name):
                return (m.name, m.type) if before - m.end <= PRONOUN_REACH else (None, None)
        return None, None

    def claimant(self, span: Range) -> tuple[str | None, str | None]:
        """The organisation an "it" that claims responsibility stands for: the latest ORG named
        before it (a country or a people does not claim an attack); None when there is none."""
        for m in self._earlier(span[0]):
            if span[0] - m.end > PRONOUN_REACH:
                break
            if m.end <= span[0] and m.type == "ORG":
                name = m.name
                self.history.append((span[0], name, "ORG"))
                return name, "ORG"
        return None, None

    def _group(self, before: int) -> tuple[str | None, str | None]:
        for offset, name, etype in reversed(self.history):
            if before - offset > PRONOUN_REACH:
                break
            if etype in ("ORG", "NORP", "GPE"):
                return name, etype
        for m in self._earlier(before):
            if m.end <= before and m.type in ("ORG", "NORP", "GPE"):
                return m.name, m.type
        return None, None

    def _role(self, before: int, role: str) -> tuple[str | None, str | None]:
        """The latest earlier actor whose name or nearby title carries the role word."""
        carriers = self._role_carriers.get(role)
        if carriers is None:  # which mentions carry this role: once per role word and document
            carriers = self._role_carriers[role] = [
                i for i, m in enumerate(self.mentions) if self._carries(m, role, ROLE_NOUNS[role])
            ]
        j = bisect_left(carriers, bisect_left(self._starts, before)) - 1  # the latest one starting before
        if j < 0:
            return None, None
        m = self.mentions[carriers[j]]
        return m.name, m.type

    def _carries(self, m: Mention, role: str, want: str) -> bool:
        if want == "ORG" and m.type == "PERSON":
            return False
        if want == "PERSON" and m.type != "PERSON" or want == "ORG" and m.type == "NORP":
            return False  # "the ministry" is no people: not "Kessian" in "According to the ministry, Kessian forces
        if role in m.name.lower():
            return True
        # The title right before the name ("Finance Minister Anna Kovacs", "the agency Novosti")
        # or an apposition right after it ("Anna Kovacs, the finance minister,").
        text = self.doc.text
        left = re.split(r"[.;:!?\n]", text[max(0, m.start - ROLE_CONTEXT) : m.start])[-1]
        words = left.split()[-5:]
        # The title ends at a clause's verb or "that" ("The Defence Ministry has warned that Kessian ..."
        # gives "Kessian" no title "ministry").
        cut = max((i for i, w in enumerate(words) if w.lower().strip(",") in _CLAUSE_WORDS), default=-1)
        left = " ".join(words[cut + 1 :])
        if re.search(rf"\b{re.escape(role)}\s+(?:in|at|near)(?:\s+the)?\s*$", left.lower()):
            return False  # "A district court in Brenholt": the place where the court sits is no court
        after = text[m.end : m.end + ROLE_CONTEXT]
        right = after.split(",")[1] if after.startswith(",") and after.count(",") >= 1 else ""
        right = re.split(r"[.;:!?\n]", right)[0]  # an apposition ends with its sentence ("…, to three years in prison. The court")
        if REPORTING.search(right):
            right = ""  # "... near Orla, the ministry added": the attribution, not Orla's apposition
        if want == "ORG" and m.type == "ORG" and re.match(rf"\s+{re.escape(role)}\b", after.lower()):
            return True  # "the Helping Hands charity", "the Nordia agency": the kind right after the name
        return bool(re.search(rf"\b{re.escape(role)}", (left + " | " + right).lower()))

    def _surname(self, before: int, text: str) -> tuple[str, str] | None:
        words = [w for w in WORD.findall(text) if w[0].isupper()]
        if not words:
            return None
        last = words[-1].rstrip(".")
        if self._by_surname is None:  # mention numbers by the last word of their name, once
            self._by_surname = {}
            for i, m in enumerate(self.mentions):
                self._by_surname.setdefault(m.name.split()[-1], []).append(i)
        same = self._by_surname.get(last, [])
        j = bisect_left(same, bisect_left(self._starts, before)) - 1  # the latest one starting before
        if j < 0:
            return None
        m = self.mentions[same[j]]
        return m.name, m.type


# "the agency", "the service" after a state body was named: the organisations of that kind.
BARE_BODY = re.compile(r"the (?:agency|service)")
BODY_KINDS = {
    "service": frozenset({"Service"}),
    "agency": frozenset({"Service", "Agency", "Bureau", "Directorate", "Committee", "Inspectorate", "Authority"}),
}
# Where one of these is named, "the agency" may be the news agency: no guess.
MEDIA_WORDS = re.compile(r"\b(?:[Nn]ews|[Pp]ress|[Ww]ire|[Rr]euters|TV|[Tt]elevision|[Rr]adio|[Bb]roadcaster|[Cc]hannel|"
                         r"[Nn]ewspaper|[Tt]elegraph|[Nn]ovosti|TASS|AFP|AP|Interfax|[Aa]gency\s+(?:reported|said|quoted|cited))\b")


def _bare_body(text: str, inside: list[Mention]) -> str | None:
    """The body word of a speaker that is only "the Embassy" or "the Ministry" (NER named the word
    alone): the word, lower case; else None."""
    if len(inside) != 1:
        return None
    word = inside[0].name.lower()
    if ROLE_NOUNS.get(word) != "ORG" or not re.fullmatch(rf"\s*(?:the\s+)?{re.escape(word)}\s*", text, re.I):
        return None
    return word


PERSON_ROLES = frozenset(r for r, t in ROLE_NOUNS.items() if t == "PERSON") | {"spokesman", "spokeswoman"}
PREPOSITIONS = frozenset({"of", "for", "in", "at", "on", "to", "from", "with", "by"})


def _person_head(text: str) -> bool:
    """The phrase is headed by a person's role: "A spokesman for the Ostland Defence Ministry"."""
    words = [w.lower() for w in WORD.findall(text)]
    head = next((i for i, w in enumerate(words) if w in PREPOSITIONS), len(words))
    return head > 0 and words[head - 1] in PERSON_ROLES


def _modified_head(text: str, span: Range, inside: list[Mention]) -> str | None:
    """ "the Ostland army", "Western media": a place or people named only as the modifier of a head
    noun that is no name. The speaker is the whole phrase (up to a preposition), not the place."""
    last = max(inside, key=lambda m: m.end)
    # A one-word ORG is often a country the tagger did not know ("the Ostland army").
    if last.type not in ("GPE", "NORP", "LOC") and not (last.type == "ORG" and " " not in last.name):
        return None
    tail = WORD.findall(text[last.end : span[1]])
    head = []
    for w in tail:
        if w.lower() in PREPOSITIONS:
            break
        head.append(w)
    # A people's adjective modifies a capitalised head too ("the Russian General Staff" is the staff);
    # a place before a capitalised word is often part of a name NER cut short.
    capital_ok = last.type == "NORP"
    if not head or not (head[0][0].islower() or capital_ok) or head[-1].lower() in PERSON_ROLES:
        return None  # "the Pentagon spokesman" stays the Pentagon when no name is given
    start = min(m.start for m in inside)
    words = WORD.findall(text[start : span[1]])
    out = []
    for w in words:
        if w.lower() in PREPOSITIONS and out:
            break
        out.append(w)
    return " ".join(out)


_LOCATED = re.compile(r"\s*(?:(?:[Tt]he|[Aa]n?)\s+)?((?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*)\s+(?:in|at|near)\s+(?:the\s+)?")


def _located_body(text: str, span: Range, inside: list[Mention]) -> str | None:
    """ "A district court in Harn", "the city council in Selin": a body named by a common noun, the
    names only where it sits. The body speaks ("district court"), not the place; a person's role
    ("an official in Selin") is left to the rules for roles."""
    first = min(inside, key=lambda m: m.start)
    m = _LOCATED.fullmatch(text, span[0], first.start)
    if m is not None:
        return None if m.group(1).split()[-1] in PERSON_ROLES else m.group(1)
    # "The central bank of Orvia": a body of a place is the body of that place, not the place.
    m = _BODY_OF.fullmatch(text, span[0], first.start)
    if m is None or m.group(1).split()[-1] in PERSON_ROLES or first.type not in ("GPE", "LOC") \
            or text[first.end : span[1]].strip():
        return None
    return f"{m.group(1)} of {first.name}"


# Bodies that a place has, named by a common noun: "the central bank of Orvia".
_BODY_OF = re.compile(r"\s*(?:[Tt]he\s+)?((?:[a-z][\w'-]*\s+){0,2}(?:bank|court|council|parliament|assembly|"
                      r"police|army|navy|prosecutor's office|election commission|commission))\s+of\s+(?:the\s+)?")


def _looks_personal(name: str) -> bool:
    """A speaker NER did not type that reads as a person: "Mayor Ines Falk", "the spokeswoman"."""
    words = WORD.findall(name)
    low = [w.lower() for w in words]
    if any(ROLE_NOUNS.get(w) == "ORG" for w in low):
        return False
    return any(w in PERSON_ROLES for w in low) or (len(words) >= 2 and all(w[0].isupper() for w in words))
