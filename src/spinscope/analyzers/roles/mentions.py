"""Places that speak of an actor beyond the mentions the entities layer found: what the roles
analyzer reads besides them.

* the actor's own name again, where NER missed it ("Fighters of the Eastern Front attacked ...",
  after "The Eastern Front said" was found);
* the nation's adjective for a country or people ("*Ostlandic* doctors treated the wounded" for
  Ostland), and the country for its adjective;
* "it"/"they" as the subject of what a body reports of itself ("the Federal Security Service said
  *it* had detained four saboteurs"), and "its"/"their" in that report;
* "the *brigade*" after "the Free Harim Brigade", "the *envoy*" after "Special Envoy James Brandt":
  a definite noun that is the last word of one actor's name, or of one person's title, named earlier.

Each is a span of the exact text. A word inside another actor's mention, or inside a longer name
("*Ostlandic* Armed Forces", "*Valmora* Times"), is not read: that name is its own actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spinscope.analyzers.roles.lexicon import PLACE_INSTITUTIONS, REPORT_VERBS
from spinscope.core.document import Document

# Endings of a nation's adjective or people ("Kessia" -> "Kessian", "Ostland" -> "Ostlandic",
# "Valmora" -> "Valmoran"); a final vowel of the country's name may drop ("Marvania" -> "Marvanian").
NATION_ENDINGS = ("ians", "ian", "ans", "an", "ics", "ic", "ese", "is", "i", "ns", "n", "s")
MIN_STEM = 4  # shorter stems meet by chance
BODY_TYPES = {"ORG", "GPE", "NORP"}  # what "it" and "its" may stand for (not a person)


def nation_forms(name: str) -> set[str]:
    """The other words of one nation: "Kessia" -> "Kessian", "Kessians", ...; "Ostlandic" -> "Ostland"."""
    if " " in name or not name[:1].isupper():
        return set()
    bases = {name} | ({name[:-1]} if name[-1:] in "aeo" else set())
    words = set()  # what a word ending like a nation's may come from: "Ostlandic" <- "Ostland"
    for end in NATION_ENDINGS:
        if name.endswith(end) and len(name) - len(end) >= MIN_STEM:
            stem = name[: -len(end)]
            words |= {stem, *(stem + v for v in "aeo")}
    bases |= words
    forms = {b + end for b in bases if len(b) >= MIN_STEM for end in NATION_ENDINGS} | words
    return {f for f in forms if f != name}


def same_nation(a: str, b: str) -> bool:
    """ "Kessia" and "Kessian", "Ostland" and "Ostlandic", "Ukraine" and "Ukrainians": one is the
    other with a nation's ending (a final vowel of the country's name may drop); not "Lorn" and "Lorna"."""
    return b in nation_forms(a) or a in nation_forms(b)


def more_mentions(doc: Document, parsed) -> dict[str, list[tuple[int, int]]]:
    """Entity name -> spans the roles analyzer reads for it besides ``entity.mentions``."""
    taken = sorted((m.start, m.end) for e in doc.entities for m in e.mentions)
    covered: set[int] = set()
    for s, e in taken:
        covered.update(range(s, e))
    out: dict[str, list[tuple[int, int]]] = {}

    def add(name: str, span: tuple[int, int]) -> None:
        if not covered.intersection(range(*span)) and span not in out.setdefault(name, []):
            out[name].append(span)

    forms: dict[str, set[str]] = {}  # a nation's other word -> the entities it may stand for
    owner: dict[str, str] = {}  # a name or alias -> the first entity that has it
    for ent in doc.entities:
        for name in dict.fromkeys((ent.name, *ent.aliases)):
            if name.strip():
                owner.setdefault(name, ent.name)
            if ent.type in BODY_TYPES | {"LOC"}:
                for form in nation_forms(name):
                    forms.setdefault(form, set()).add(ent.name)
    if owner:  # one pass over the text for every name, the longest first where two start together
        names = sorted(owner, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        for m in pattern.finditer(doc.text):
            if not _inside_longer_name(parsed, m.start(), m.end()):
                add(owner[m.group()], (m.start(), m.end()))
    for tok in parsed:
        if tok.idx in covered or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
            continue
        owners = set(forms.get(tok.text, ()))
        if len(owners) == 1 and not _inside_longer_name(parsed, tok.idx, tok.idx + len(tok)):
            add(owners.pop(), (tok.idx, tok.idx + len(tok)))
    # "Ostlandic servicemen evacuated ..." where NER made "Ostlandic" an entity of its own: its mentions
    # are also its country's (one country of that name in the text), so Ostland's role weighs them too.
    countries = [e for e in doc.entities if e.type == "GPE" and " " not in e.name]
    for ent in doc.entities:
        if ent.type in ("GPE", "LOC") or " " in ent.name:
            continue
        of = [c for c in countries if c.name != ent.name and same_nation(c.name, ent.name)]
        if len(of) == 1:
            out.setdefault(of[0].name, []).extend(
                (m.start, m.end) for m in ent.mentions if (m.start, m.end) not in out.get(of[0].name, []))
    for name, spans in (*_reported_self(doc, parsed).items(), *_descriptions(doc, parsed).items()):
        for span in spans:
            add(name, span)
    return out


def _descriptions(doc: Document, parsed) -> dict[str, list[tuple[int, int]]]:
    """ "the brigade" for the one actor named "... Brigade", "the envoy" for the one person titled
    "... Envoy", after its first mention; a word two actors share stands for neither."""
    heads: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for ent in doc.entities:
        if not ent.mentions:
            continue
        first[ent.name] = ent.mentions[0].start
        words = []
        if ent.type == "PERSON":
            words = [lab["label"].split()[-1] for lab in ent.labels if lab.get("kind") == "title" and lab["label"]]
        elif ent.type in BODY_TYPES and " " in ent.name:
            words = [ent.name.split()[-1]]
        for w in words:
            heads.setdefault(w.lower(), set()).add(ent.name)
    out: dict[str, list[tuple[int, int]]] = {}
    for tok in parsed:
        owners = heads.get(tok.lower_)
        if not owners or len(owners) != 1 or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ in ("compound", "amod", "poss") for c in tok.children):
            continue  # "the brigade", not "the Kessian brigade" (another one) nor "a brigade"
        name = next(iter(owners))
        if tok.idx > first[name] and not _inside_longer_name(parsed, tok.idx, tok.idx + len(tok)):
            out.setdefault(name, []).append((tok.idx, tok.idx + len(tok)))
    return out


def _inside_longer_name(parsed, start: int, end: int) -> bool:
    """Whether a capitalised word of a name stands right before or after ``[start, end)`` in its
    sentence: "Ostlandic Armed Forces", "the Valmora Times", "Radio Valmora"."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return True
    before = parsed[span.start - 1] if span.start > 0 else None
    after = parsed[span.end] if span.end < len(parsed) else None
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return True
    return (before is not None and not span[0].is_sent_start and before.pos_ == "PROPN"
            and before.text[:1].isupper() and before.dep_ == "compound")


def _reported_self(doc: Document, parsed) -> dict[str, list[tuple[int, int]]]:
    """ "The service said (on Thursday) (that) *it* had detained ...": the body speaks of itself.
    Only a body (not a person: "it" is no "he") that is the subject of the reporting verb, and
    only in the reported clause."""
    entity_at: dict[int, int] = {}
    for n, ent in enumerate(doc.entities):
        for m in ent.mentions:
            for t in parsed.char_span(m.start, m.end, alignment_mode="expand") or ():
                entity_at.setdefault(t.i, n)
    out: dict[str, list[tuple[int, int]]] = {}
    for verb in parsed:
        if verb.lemma_ not in REPORT_VERBS or verb.pos_ != "VERB":
            continue
        speaker = _subject_entity(verb, entity_at, doc)
        if speaker is None:
            continue
        # "it"/"its" for any body; "they"/"their" only for a people ("Kessians said they ..."): a body's
        # "they" is often the people it speaks of ("the Red Cross said they were evacuated").
        words = ("it", "its", "they", "their") if speaker[1] == "NORP" else ("it", "its")
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for t in _clause_pronouns(clause):
                if t.lower_ in words:
                    out.setdefault(speaker[0], []).append((t.idx, t.idx + len(t)))
    return out


def _subject_entity(verb, entity_at: dict[int, int], doc: Document) -> tuple[str, str] | None:
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        n = entity_at.get(child.i)
        if n is None:  # "Ostland's Federal Security Service said": the name under the head
            names = {entity_at[t.i] for t in child.subtree if t.i in entity_at and t.head.i == child.i
                     and t.dep_ == "compound"}
            n = names.pop() if len(names) == 1 else None
            if n is not None and doc.entities[n].type in ("GPE", "LOC") and child.lower_ in PLACE_INSTITUTIONS:
                n = None  # "The Halden clinic confirmed that it had treated ...": the clinic, not the town
        if n is not None and doc.entities[n].type in BODY_TYPES:
            return doc.entities[n].name, doc.entities[n].type
    return None


def _clause_pronouns(clause) -> Iterable:
    """The clause's own "it"/"they" subjects and "its"/"their", not those of a clause inside it
    with a subject of its own ("said it had detained saboteurs who said they ...")."""
    own = [clause]
    own += [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
    for verb in own:
        for t in verb.children:
            if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("it", "they"):
                yield t
            if t.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj"):
                yield from (p for p in t.children if p.dep_ == "poss" and p.lower_ in ("its", "their"))
