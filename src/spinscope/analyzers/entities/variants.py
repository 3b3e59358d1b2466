"""Name variants string equality misses: "Ministry of Defense" / "Defense Ministry", a truncated
"Port" of "Port Arvel", and one type per actor by a vote over its mentions.
"""

from __future__ import annotations

import re
from collections import Counter

from spinscope.core.document import Entity

# Bodies named either way round: "Ministry of Defense" = "Defense Ministry".
BODIES = r"Ministry|Department|Office|Committee|Council|Agency|Service|Bureau|Commission|Directorate"
OF_FORM = re.compile(rf"^(?P<pre>.*?)\b(?P<body>{BODIES})\s+(?:of|for)\s+(?:the\s+)?(?P<what>.+)$", re.I)
ADJ_FORM = re.compile(rf"^(?P<pre>.*?)(?P<what>(?:[A-Z][\w-]*\s+){{1,3}}?)(?P<body>{BODIES})$")
# Words that open a name but name nothing on their own when cut from it ("Port" of "Port Arvel").
PLACE_HEADS = frozenset({"Port", "Fort", "Mount", "Lake", "Cape", "San", "Santa", "Saint", "St.", "New", "North",
                         "South", "East", "West", "Upper", "Lower", "Great"})
# Context words that say a mention is a place: "in Ostland", "to Ostland".
PLACE_BEFORE = re.compile(r"(?:\bin|\bfrom|\bacross|\bwithin|\binto|\bnear|\bambassador to|\benvoy to|\bvisit to)\s+$",
                          re.I)

# Stronger context: "residential areas of Aleppo and Hama", "the outskirts of Dorsk". A place whatever
# NER said (spaCy sm gives "Hama" PERSON, "Aleppo" NORP there): these nouns are followed by places,
# and so are the names coordinated with the first.
AREA_OF = re.compile(
    r"\b(?:areas|outskirts|suburbs|districts|villages|towns|cities|city|town|village|province|region|port|mayor)"
    r"\s+of\s+(?:[A-Z][\w-]+(?:,\s+|\s+and\s+))*$"
)

# What happens or stands in a place: "a press conference in Lemberg", "a district court in Harn" (not
# "confidence in Macron"): a place whatever NER said, like AREA_OF.
EVENT_IN = re.compile(
    r"\b(?:press\s+conference|conference|summit|meeting|talks|rally|court|hospital|embassy|consulate|forum|"
    r"ceremony|parade|protests?|demonstrations?|clashes|fighting|explosions?|blasts?|airport|port|station|"
    r"headquarters|base|camp)\s+in\s+$")


def body_key(name: str) -> str | None:
    """One key for both word orders of a body's name, or None when the name is not a body."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    m = OF_FORM.match(name)
    if m and m.group("pre").strip().count(" ") < 3:
        pre, body, what = m.group("pre"), m.group("body"), m.group("what")
    else:
        m = ADJ_FORM.match(name)
        if not m:
            return None
        what, body = m.group("what"), m.group("body")
        pre = m.group("pre")
    words = [w.lower() for w in f"{pre} {what}".split() if w.lower() not in ("of", "the", "for", "and")]
    return f"{body.lower()}|{' '.join(sorted(words))}"


def merge_truncated(entities: list[Entity]) -> None:
    """A one-word place head ("Port") joins the one longer name it opens ("Port Arvel")."""
    for short in list(entities):
        if " " in short.name or short.name not in PLACE_HEADS or short.type == "PERSON":
            continue
        longer = [e for e in entities if e is not short and e.name.startswith(short.name + " ")]
        if len(longer) != 1:
            continue
        target = longer[0]
        target.mentions.extend(short.mentions)
        target.mentions.sort(key=lambda m: (m.start, m.end))
        for a in [short.name, *short.aliases]:
            if a != target.name and a not in target.aliases:
                target.aliases.append(a)
        entities.remove(short)


def vote_types(text: str, entities: list[Entity], votes: dict[int, Counter], fixed: set[int]) -> None:
    # votes and fixed are keyed by id(entity): grouping reorders and merges the list.
    """Each actor keeps one type: the most frequent over its mentions (ties: the first seen), with
    place context ("in Ostland") voting GPE; alias-table types stay as they are."""
    for ent in entities:
        if id(ent) in fixed:
            continue
        count = votes.get(id(ent), Counter()).copy()
        for m in ent.mentions:
            if PLACE_BEFORE.search(text[max(0, m.start - 20) : m.start]) and " " not in ent.name:
                count["GPE"] += 1
            if (AREA_OF.search(text[max(0, m.start - 60) : m.start])
                    or EVENT_IN.search(text[max(0, m.start - 30) : m.start])) and " " not in ent.name:
                count["GPE"] += 2  # outvotes a mistyped mention or two
        if count:
            top = max(count.values())
            ent.type = next(t for t in count if count[t] == top)


# What only a state has, after its possessive: "Tarsk's parliament", "Tarsk's Foreign Ministry" (not
# "government" or "army": "Hamas's government", a group's).
STATE_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:capital|parliament|(?:foreign|defen[cs]e|interior)\s+ministry|prime\s+minister)\b", re.I)
# A demonym made from a place's name: "Ostland" -> "Ostlandic", "Marvania" -> "Marvanian", "Dorna" -> "Dornan".
DEMONYM_SUFFIXES = ("ic", "ian", "an", "n", "ese", "i")  # "ic" only after "-land" ("Islamic" is no demonym)
# The last word of a newspaper's name: "Morning Courier", "Dorna Herald".
NEWS_HEADS = frozenset("Courier Herald Times Gazette Tribune Chronicle Telegraph Journal Observer Dispatch".split())


def _adjectival(parsed) -> set[str]:
    """The words that modify a common noun somewhere ("Ostlandic troops", "the Marvanian side")."""
    return {t.text for t in parsed if t.dep_ in ("amod", "compound", "nmod") and t.head.pos_ == "NOUN"
            and t.head.is_lower and t.head.i > t.i}


# Endings of a people's or nation's word made from its country's name: "Ostland" -> "Ostlandic", "Dorna" -> "Dornan".
NATION_SUFFIXES = ("ic", "ian", "an", "n", "ese", "i", "ish")


def _nation_word(name: str, tokens) -> bool:
    """Whether a one-word name has a nation's shape: a "-landic" word ("Ostlandic"), or one in "-ian"/"-ese"
    the tagger reads as an adjective ("Marvanian"). Not "-ic" or "-an" alone: "Koranic verses", "the
    Vatican bureaucracy"."""
    if re.search(r"land(?:ic|ish)$", name):
        return True
    return name.endswith(("ian", "ese")) and any(t.tag_ == "JJ" and not t.is_sent_start for t in tokens)


def _nation_of(word: str, place: str) -> bool:
    """ "Dornan" of "Dorna", "Ostlandic" of "Ostland", "Kessian" of "Kessia"; not "Lorna" of "Lorn"."""
    if len(place) < 4 or place == word or " " in place:
        return False
    stems = {place, place[:-1]} if place[-1] in "aeo" else {place}
    return any(word == stem + suf for stem in stems for suf in NATION_SUFFIXES)


def _attributive(tok) -> bool:
    """A word before the common noun it modifies ("Ostlandic troops", "the Ostlandic occupiers")."""
    if tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ in ("NOUN", "ADJ") and tok.head.is_lower \
            and tok.head.i > tok.i:  # ADJ: "Ostlandic general claims", a headline's noun tagged ADJ
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.is_alpha


def _demonym(parsed, ent: Entity, entities: list[Entity]) -> bool:
    """A one-word name of a nation's shape that every mention puts before a common noun ("Ostlandic
    propaganda", "the Ostlandic occupiers"): a people or nation, NORP as spaCy types "Russian"; not a
    word of a longer person's name ("Christian" of "Christian Berg")."""
    name = ent.name
    if " " in name or len(name) < 5 or name.isupper() or not name[:1].isupper() or ent.type == "NORP":
        return False
    if any(e is not ent and e.type == "PERSON" and name in e.name.split() for e in entities):
        return False
    tokens = []
    for m in ent.mentions:
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) != 1 or not _attributive(span[0]):
            return False
        tokens.append(span[0])
    return bool(tokens) and _nation_word(name, tokens)


def text_types(parsed, text: str, entities: list[Entity], fixed_names: set[str]) -> None:
    """Types the text itself gives away, over NER's votes (issue 22): a name with a demonym used as an
    adjective ("Ostland" / "Ostlandic troops") is a place; what only a state has
    ("Tarsk's parliament") makes a place; a newspaper's name ("Morning Courier") an organisation."""
    words = set(re.findall(r"\b[A-Z][a-z][\w-]*", text))
    adjectival = _adjectival(parsed)  # once per text, not a scan of it per candidate demonym
    for ent in entities:
        if ent.name in fixed_names:
            continue
        name = ent.name
        if ent.type in ("ORG", "PERSON", "FAC", "GPE") and _demonym(parsed, ent, entities):
            # Only where the text names no country of the word: with "Ostland" named too, the roles layer
            # reads a NORP "Ostlandic" as a people ("detention of Ostlandic journalists": innocent) and
            # its "its" ("Ostlandic minister says ... hurt its own farmers") on the statement set (s21,
            # s23), so there NER's type stays until the roles layer reads a nation's word as its country.
            if not any(_nation_of(name, w) for w in words):  # "Ostland" nowhere in the text
                ent.type = "NORP"  # "Ostlandic" PERSON, the only name of its nation in a statement (issue 22)
            continue
        if " " not in name and len(name) >= 4 and not name.isupper() and (
                ent.type in ("ORG", "PERSON", "FAC") or ent.type == "NORP" and name.endswith("ia")):
            # only NER's clear mistakes: a continent ("Europe", LOC, "European") stays a LOC; a people
            # ("Serb", "Arab": "Serbian") stays a NORP, a country in "-ia" ("Veloria": "Velorian") does not
            stems = {name, name[:-1]} if name[-1] in "aeiouy" else {name}
            demonyms = [stem + suf for stem in stems for suf in DEMONYM_SUFFIXES
                        if (suf != "ic" or stem.endswith("land")) and stem + suf != name
                        and stem + suf in words and stem + suf in adjectival]
            if demonyms and not any(e is not ent and e.type == "PERSON" and name in e.name.split() for e in entities):
                # (the demonym itself keeps NER's type here: see _demonym's caller above)
                ent.type = "GPE"
                continue
            if ent.type != "PERSON" and any(STATE_AFTER.match(text[m.end:m.end + 40]) for m in ent.mentions):
                ent.type = "GPE"
                continue
        if len(name.split()) >= 2 and name.split()[-1] in NEWS_HEADS and ent.type == "PERSON":
            ent.type = "ORG"
