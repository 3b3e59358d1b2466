"""Mentions spaCy's small model misses, cuts or mistypes, by the constructions that give them away.

* A rank or office in front of a name ("Major General Igor Konashenkov", typed ORG; or "Major General"
  an ORG of its own): the person is the name; the words in front are a title (issue 22).
* A proper name with an organisation word: "the Helping Hands charity", "the charity Water for
  All", "the Rassvet farm cooperative", "Valmora Civil Guard", "Kessian General Staff".
* A name with "Without"/"Against" ("Doctors Without Borders", found as "Without Borders", a PERSON).
* People named after a word for people: "two correspondents of ..., Ilya Tarov and Vera Sokol".
* A name (or a person's surname) found elsewhere in the text, where NER missed it ("Ostland has
  sent ..."), and the country a body belongs to ("Ministry of Foreign Affairs of Ostland"), a GPE.

Each rule needs capitalised words in running text: a title-case headline line proves nothing.
"""

from __future__ import annotations

import re

from spinscope.core.spans import SpanIndex

Mention = tuple[int, int, str]  # (start, end, spaCy type)
NOT_NAMES = frozenset("DATE TIME ORDINAL CARDINAL MONEY PERCENT QUANTITY".split())

# Ranks and offices that stand before a person's name (labels.TITLE_WORDS and military ranks).
TITLE_WORDS = frozenset("""
minister spokesman spokeswoman spokesperson envoy representative ambassador president secretary governor mayor
commander general chief senator premier chancellor colonel lieutenant major captain sergeant admiral brigadier
marshal commissioner deputy prosecutor judge attorney lieutenant-general lieutenant-colonel major-general
""".split())
AMBIGUOUS_TITLES = frozenset("major general chief deputy judge attorney marshal captain".split())
# Capitalised words that end an organisation's name ("Civil Guard", "General Staff", "Aerospace Forces").
ORG_HEADS = frozenset("""
Guard Guards Staff Forces Force Army Navy Corps Union Foundation Cooperative Co-operative Fund Society
Association Brigade Front Party Movement Council Committee Agency Service Command Federation Alliance
Coalition Institute Charity Trust Battalion Regiment Militia Ministry Department Bureau Office
""".split())
# Military units named with their number ("5th Guards Brigade", "72nd Rifle Regiment").
UNIT_HEADS = frozenset("Brigade Battalion Regiment Division Corps Army Fleet Squadron Company Detachment".split())
ORDINAL_BEFORE = re.compile(r"(?<![\w-])\d+(?:st|nd|rd|th)\s$")
# Lower-case nouns naming an organisation next to its proper name ("the Rassvet farm cooperative").
ORG_NOUNS = frozenset("""
charity cooperative co-operative foundation fund union association society group movement party organisation
organization network channel agency company firm coalition alliance brigade militia battalion newspaper
broadcaster institute trust federation club
""".split())
# The country a government body belongs to: "Ministry of Foreign Affairs of Ostland", "Embassy of Veloria".
# ("Ministry of Health", "US Department of Energy", "Government of National Accord" name no country.)
JURISDICTION = re.compile(
    r"(?:\b(?:Ministry|Department)\s+of\s+[A-Z][\w ]*?|\bEmbassy)"
    r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$"
)
# "Foreign Ministry of Tarsk", "Defence Ministry of Kessia": with the body's field before it, "of" names its
# country ("Ministry of Health" names none).
OWNED_BODY = re.compile(r"\b[A-Z][a-z]+\s+(?:Ministry|Department)\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w-]+)$")
PREPOSITION_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Without|Against|Beyond)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b"
)
# People named after the word for what they are: "two correspondents of the Ostvision channel, Ilya Tarov
# and Vera Sokol" (spaCy sm: nothing, and a NORP), "the journalist Ilya Tarov".
PEOPLE = (r"(?:journalist|correspondent|reporter|photographer|cameraman|activist|blogger|lawyer|doctor|nurse|"
          r"teacher|student|volunteer|aid worker|priest|farmer|colleague|brother|sister|son|daughter|wife|husband|"
          r"prisoner|detainee|hostage)")
FULL_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}"
PEOPLE_LIST = re.compile(
    rf"\b{PEOPLE}s\b[^,.;:\n]{{0,60}},\s+(?P<names>{FULL_NAME}(?:,\s+{FULL_NAME})*,?\s+and\s+{FULL_NAME})(?=[,.;]|\s+[a-z])"
)
PEOPLE_ONE = re.compile(rf"\b(?:the|a|an)\s+{PEOPLE}\s+(?P<names>{FULL_NAME})\b")
NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Za-z]+)*$")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def headline(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` is in title case ("Ostlandic Jets Strike Depots")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text[start:end if end >= 0 else len(text)]) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def strip_title(text: str, start: int, end: int, etype: str) -> tuple[int, int, str, tuple[int, int] | None]:
    """ "Major General Igor Konashenkov" -> the name, PERSON, and where the title is.

    The name is what follows the last title word: one to three name-shaped words, two at least
    unless NER called the whole a PERSON ("General Motors" stays as it is)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    last = max((i for i, w in enumerate(words) if w.group().lower() in TITLE_WORDS), default=None)
    if last is None:
        return start, end, etype, None
    rest = [w.group() for w in words[last + 1:]]
    if not rest or len(rest) > 3 or not all(NAME_WORD.match(w) for w in rest) or rest[-1] in ORG_HEADS:
        return start, end, etype, None
    title = [w.group().lower() for w in words[:last + 1]]
    # "General Motors", "Major League Baseball": one ambiguous word is a title only before a PERSON.
    if etype != "PERSON" and (len(rest) < 2 or (len(title) == 1 and title[0] in AMBIGUOUS_TITLES)):
        return start, end, etype, None
    return start + words[last + 1].start(), end, "PERSON", (start, start + words[last].end())


# An office for a place right before a name NER ran the place into ("Special Envoy for Marvania Daniel
# Price", "Minister of Defence Ivan Petrov"): the place belongs to the title.
OFFICE_FOR = re.compile(
    r"\b(?:envoy|ambassador|minister|secretary|representative|commissioner|rapporteur|coordinator)"
    r"\s+(?:for|to|of)\s+(?:the\s+)?$", re.I)


def strip_office_place(text: str, start: int, end: int, etype: str) -> tuple[int, int, str, tuple[int, int] | None]:
    """ "[Special Envoy for] Marvania Daniel Price" -> "Daniel Price", PERSON, title "Special Envoy for Marvania".

    The place is the longest opening of the name that the text uses on its own elsewhere ("Marvania",
    "Foreign Affairs"), else the first of three words; two or three name words must be left."""
    m = OFFICE_FOR.search(text[max(0, start - 60):start])
    words = list(re.finditer(r"\S+", text[start:end]))
    if not m or len(words) < 3 or not all(NAME_WORD.match(w.group()) or ACRONYM.match(w.group()) for w in words):
        return start, end, etype, None  # "[Ambassador to the] UN Henrik Soll": an acronym may be the place
    n = len(words)
    elsewhere = [k for k in range(1, n - 1)
                 if any(not (start <= h.start() < end) for h in re.finditer(
                     rf"(?<![\w-]){re.escape(' '.join(w.group() for w in words[:k]))}(?![\w-])(?!\s+[A-Z])", text))]
    k = max(elsewhere, default=1 if n == 3 else 0)
    rest = words[k:]
    if not k or not 2 <= len(rest) <= 3 or rest[-1].group() in ORG_HEADS \
            or not all(NAME_WORD.match(w.group()) for w in rest):
        return start, end, etype, None
    # The title opens at the office's capitalised words ("Special Envoy"), not at an owner ("Norland's").
    office = max(0, start - 60) + m.start()
    lead = re.search(r"(?:(?!(?:The|A|An|This|That)\s)[A-Z][a-z]+\s+)*$", text[max(0, office - 60):office])
    title_start = office - len(lead.group()) if lead else office
    return start + rest[0].start(), end, "PERSON", (title_start, start + words[k - 1].end())


def _titles_alone(text: str, found: list[Mention], titles: dict[int, tuple[int, int]]) -> None:
    """ "Major General" (ORG) just before "Pavel Dorn" (PERSON): the person's title, no actor."""
    found.sort()
    for (s, e, _), (s2, _e2, t2) in zip(found[:-1], found[1:], strict=True):
        words = text[s:e].split()
        if t2 == "PERSON" and text[e:s2] == " " and all(w.lower() in TITLE_WORDS for w in words):
            titles[s2] = (s, e)
    found[:] = [m for m in found if m[1] + 1 not in titles or titles[m[1] + 1] != (m[0], m[1])]


def _add(found: list[Mention], s: int, e: int, etype: str) -> None:
    """Put (s, e) in, dropping the mentions inside it; not when a mention only partly overlaps it."""
    if any(a < e and s < b and not (s <= a and b <= e) for a, b, _ in found):
        return
    found[:] = [m for m in found if not (s <= m[0] and m[1] <= e)]
    found.append((s, e, etype))


def _cap(tok) -> bool:
    return bool(NAME_WORD.match(tok.text)) or (tok.text[:1].isupper() and tok.text.isalpha())


def org_names(parsed, text: str, found: list[Mention]) -> None:
    """Organisations named with an organisation word, added to ``found`` as ORG."""
    toks = list(parsed)
    lines: dict[int, bool] = {}  # line start -> headline: one look per line, not per word
    i = 0
    while i < len(toks):
        tok = toks[i]
        line = text.rfind("\n", 0, tok.idx) + 1
        if _cap(tok) and line not in lines:
            lines[line] = headline(text, tok.idx)
        if not _cap(tok) or lines[line]:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and _cap(toks[j + 1]) and not toks[j + 1].is_sent_start:
            j += 1
        run = toks[i:j + 1]
        while run and run[0].ent_type_ in NOT_NAMES:
            run = run[1:]  # "on Monday Foreign Ministry"
        if run and run[0].is_sent_start and run[0].pos_ not in ("PROPN", "ADJ"):
            run = run[1:]  # "Volunteers Civil Guard": a sentence's first word is capitalised anyway
        while run and run[0].pos_ in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "NUM"):
            run = run[1:]  # "that The General Staff", "This Office will": no part of the name
        before = toks[run[0].i - 1] if run and run[0].i > 0 else None
        after = toks[j + 1] if j + 1 < len(toks) else None
        coordinated = before is not None and before.lower_ in ("and", "of", "for", "&") and before.i > 0 \
            and _cap(toks[before.i - 1])  # "Law and Justice Party": where the name begins is unclear
        if len(run) >= 2 and run[-1].text in ORG_HEADS and run[-1].pos_ == "PROPN" and not _covered(run[-1], found) \
                and not coordinated:
            _add(found, run[0].idx, run[-1].idx + len(run[-1].text), "ORG")  # "Kessian General Staff"
        elif run and before is not None and before.lower_ == "the" and all(t.pos_ == "PROPN" for t in run):
            # "the Rassvet farm cooperative": lower-case nouns between the name and the organisation word
            k = j + 1
            while k < len(toks) and toks[k].pos_ == "NOUN" and toks[k].dep_ == "compound" and toks[k].is_lower:
                k += 1
            if k < len(toks) and toks[k].lower_ in ORG_NOUNS and toks[k].is_lower and _plain(run, found):
                _add(found, run[0].idx, run[-1].idx + len(run[-1].text), "ORG")
        if run and before is not None and before.lower_ in ORG_NOUNS and before.is_lower and before.i > 0 \
                and toks[before.i - 1].lower_ == "the" and _plain(run, found):
            # "the charity Water for All": the name after the organisation word, with its connectors
            end = run[-1].idx + len(run[-1].text)
            m = re.match(r"(?:\s+(?:for|of)\s+[A-Z][\w'-]*)+", text[end:])
            if after is not None and m and "\n" not in m.group():
                end += m.end()
            _add(found, run[0].idx, end, "ORG")
        i = j + 1


def _covered(tok, found: list[Mention]) -> bool:
    return any(a <= tok.idx < b for a, b, _ in found)


def _plain(run, found: list[Mention]) -> bool:
    """No place, people or date word inside: "the Ostlandic charity" is Ostland's, not a name."""
    s, e = run[0].idx, run[-1].idx + len(run[-1].text)
    if any(t.ent_type_ not in ("", "ORG", "PERSON") for t in run):
        return False
    return not any(a < e and s < b and t in ("GPE", "NORP", "LOC") for a, b, t in found)


# A name in scare quotes: 'the so-called "Free Dorna Legion"' (spaCy sm: nothing, or "Dorna" alone).
_QUOTED_WORD = r"(?:[A-Z][\w'’-]*|of|the|for|and|de|al-)"
QUOTED_NAME = re.compile(
    rf"(?P<open>[\"“«‘])(?P<name>[A-Z][\w'’-]*(?:\s+{_QUOTED_WORD}){{1,5}})(?<![\s,])(?P<close>[\"”»’])")
SO_CALLED = re.compile(r"\bso[-\s]called\s*$", re.I)
# The head of a quoted group's name ("Free Dorna Legion", "Sons of Kolm", "Sankt Gallen Mafia"): not a
# document's ("War Logs") or a person's nickname ("Creepy Lawyer").
GROUP_HEADS = ORG_HEADS | frozenset("""
Legion Legions Mafia Group Brotherhood Sector Helmets Squad Squads Hundred Company Network Centre Center
Initiative Volunteers Shield Sons Brothers Soldiers Wolves Falcons Tigers Lions Eagles Hawks Martyrs Defenders
Fighters Partisans Rangers Knights Commandos Brigades Battalions Units Cells Committees Councils
""".split())


def quoted_names(parsed, text: str, found: list[Mention]) -> None:
    """A capitalised name of two to six words in scare quotes, headed by a word for a group, as an ORG:
    after "so-called" ('the so-called "Free Dorna Legion"'), or as the subject of a verb ('the "Sons of
    Kolm" shelled the market'). A quotation of a sentence, a headline, a title of a work ("the so-called
    'War Logs'") or a nickname ("'Creepy Lawyer' for ...") is none."""
    for m in QUOTED_NAME.finditer(text):
        s, e = m.start("name"), m.end("name")
        words = m.group("name").split()
        head = words[words.index("of") - 1] if "of" in words else words[-1]
        if not words[-1][:1].isupper() or head not in GROUP_HEADS or headline(text, s):
            continue
        if not SO_CALLED.search(text[max(0, m.start() - 12):m.start()]):
            if not re.search(r"(?:^|[.;:!?]\s+|\bthe\s+)$", text[max(0, m.start() - 6):m.start()], re.I):
                continue  # 'our "Articles of Organization" which was issued': a document's title
            span = parsed.char_span(s, e, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if root is None or root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX") \
                    or not all(t.pos_ == "PROPN" or not t.text[:1].isupper() for t in span):
                continue
        _add(found, s, e, "ORG")


def unit_numbers(text: str, found: list[Mention]) -> None:
    """ "the 5th Guards Brigade": a military unit's number is part of its name (NER: "Guards Brigade")."""
    for n, (s, e, t) in enumerate(found):
        m = ORDINAL_BEFORE.search(text[max(0, s - 8):s])
        if t == "ORG" and m and text[s:e].split()[-1] in UNIT_HEADS \
                and not any(a < s <= b for a, b, _ in found if (a, b) != (s, e)):
            found[n] = (s - len(m.group()), e, t)


# Places named after a word for places: "near the villages of Dol and Mirsk", "the town of Brask".
PLACE_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])(?!\s+[A-Z])"
PLACES_OF = re.compile(
    rf"\b(?:villages|towns|cities|settlements|village|town|city|settlement)\s+of\s+"
    rf"(?P<names>{PLACE_NAME}(?:(?:,\s+|\s+and\s+){PLACE_NAME})*)")


def place_names(text: str, found: list[Mention]) -> None:
    """Towns NER missed after a word for towns ("the villages of Dol and Mirsk": "Mirsk" missed), as GPE."""
    for m in PLACES_OF.finditer(text):
        if headline(text, m.start()):
            continue
        for name in re.finditer(PLACE_NAME, m.group("names")):
            s, e = m.start("names") + name.start(), m.start("names") + name.end()
            if not any(a < e and s < b for a, b, _ in found):
                found.append((s, e, "GPE"))


def preposition_names(text: str, found: list[Mention]) -> None:
    """ "Doctors Without Borders": one ORG, not a PERSON "Without Borders"."""
    for m in PREPOSITION_NAME.finditer(text):
        if not headline(text, m.start()):
            _add(found, m.start(), m.end(), "ORG")


def people_names(text: str, found: list[Mention]) -> None:
    """Persons named after a word for people: "two correspondents ..., Ilya Tarov and Vera Sokol"."""
    for m in [*PEOPLE_LIST.finditer(text), *PEOPLE_ONE.finditer(text)]:
        if headline(text, m.start()):
            continue
        for name in re.finditer(FULL_NAME, m.group("names")):
            s, e = m.start("names") + name.start(), m.start("names") + name.end()
            if not any(a < e and s < b and t in ("ORG", "GPE", "FAC", "LOC") for a, b, t in found):
                _add(found, s, e, "PERSON")


def places(text: str, found: list[Mention]) -> set[str]:
    """Countries that bodies here belong to ("Ministry of Defence of Valmora" -> "Valmora")."""
    out = set()
    for s, e, _ in found:
        m = JURISDICTION.search(text[s:e]) or OWNED_BODY.search(text[s:e])
        if m:
            out.add(m.group("place"))
        elif re.search(r"(?:\b[A-Z][a-z]+\s+(?:Ministry|Department)|\bEmbassy)$", text[s:e]):
            # "the Embassy of [Veloria]", "Foreign Ministry of [Tarsk]" with the country its own mention
            m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w-]+)(?![\w-])(?!\s+[A-Z])", text[e:e + 40])
            if m and any(a == e + m.start(1) for a, _b, _t in found):
                out.add(m.group(1))
    return out


def propagate(parsed, text: str, found: list[Mention], known: set[str]) -> list[Mention]:
    """The mentions NER missed of names it found elsewhere (or of ``known`` places), with the type
    of their first mention (GPE for a place): a proper noun standing alone, not inside a longer name.
    They join their actor without voting on its type (NER's doubt about a name stays one vote each)."""
    types: dict[str, str] = {name: "GPE" for name in known}
    for s, e, t in sorted(found):
        if t == "PERSON" and " " in text[s:e]:
            # "Pavel Dorn" ... "Dorn told reporters"; a PERSON even where NER called a lone "Dorn" a GPE,
            # so that an echo before the full name still joins the person
            types.setdefault(text[s:e].split()[-1], t)
    for s, e, t in sorted(found):
        types.setdefault(text[s:e], t)
    lower_words = set(re.findall(r"\b[a-z][\w-]*", text))
    names = [n for n in types if NAME_WORD.match(n.split()[0]) and len(n) >= 3
             and not (" " not in n and n.lower() in lower_words)]  # "Justice": a common word NER took for a name
    by_char = {t.idx: t for t in parsed}
    taken = SpanIndex.of((s, e) for s, e, _ in found)
    added: list[Mention] = []
    added_at: SpanIndex[None] = SpanIndex()
    for name, hits in _occurrences(text, names).items():  # in ``types`` order, as each name was tried
        for s, e in hits:
            tok = by_char.get(s)
            if tok is None or tok.pos_ != "PROPN" or taken.overlapping(s, e) or added_at.overlapping(s, e):
                continue
            prev = parsed[tok.i - 1] if tok.i > 0 else None
            nxt = by_char.get(e) or by_char.get(e + 1)
            if (prev is not None and not tok.is_sent_start and _cap(prev)) or (nxt is not None and _cap(nxt)):
                continue  # part of a longer name
            if nxt is not None and nxt.lower_ in ("'s", "’s") and nxt.i + 1 < len(parsed) and _cap(parsed[nxt.i + 1]):
                continue  # "Tarsk's Interior Ministry": the body is the actor there, whose speaker NER left alone
            added.append((s, e, types[name]))
            added_at.add(s, e)
    return added


_RUN = re.compile(r"[\w-]+")
_WORD_START = re.compile(r"(?<![\w-])[\w-]+")


def _occurrences(text: str, names: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Each name's whole-word matches, non-overlapping and in text order (what ``re.finditer`` of the
    name between word boundaries gives), found in one pass over the text's words: a name can only
    start where a word starts, and its first word must be that word. Linear in the text, where a
    search of the whole text per name cost names × text (7 s of 9 for the entities of 400 KB)."""
    by_run: dict[str, list[str]] = {}
    for name in names:
        by_run.setdefault(_RUN.match(name).group(), []).append(name)
    hits: dict[str, list[tuple[int, int]]] = {name: [] for name in names}
    for word in _WORD_START.finditer(text):
        s = word.start()
        for name in by_run.get(word.group(), ()):
            e = s + len(name)
            if text.startswith(name, s) and not (e < len(text) and (text[e].isalnum() or text[e] in "_-")) \
                    and not (hits[name] and hits[name][-1][1] > s):
                hits[name].append((s, e))
    return hits


TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(TITLE_WORDS))})\s+$", re.I)
NAME_AFTER = re.compile(r"^\s((?:[A-Z][a-z]+\s){1,2}[A-Z][a-z]+)(?![\w-])(?!\s+[A-Z])")
# Words between "Deputy" and "Minister" name an office's field, no actor ("Deputy Agriculture Minister").
OFFICE_FIELD = (re.compile(r"\b(?:Deputy|Vice|Acting)\s+$"), re.compile(r"^\s+(?:Minister|Secretary|Commissioner)\b"))
CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                     "July August September October November December".split())


def _office_people(text: str, found: list[Mention], titles: dict[int, tuple[int, int]]) -> None:
    """Offices NER typed as organisations, and the people after them.

    "Foreign Ministry spokeswoman Vera Ostrova" with the name typed ORG: a PERSON. "Foreign Ministry
    Spokesman Pavel Grek" as one ORG and the name missed: the ORG is the title of the PERSON after it.
    "Deputy Agriculture Minister": "Agriculture" is the office's field, no actor."""
    out: list[Mention] = []
    for s, e, t in sorted(found):
        words = text[s:e].split()
        if OFFICE_FIELD[0].search(text[max(0, s - 12):s]) and OFFICE_FIELD[1].match(text[e:e + 20]) and t == "ORG":
            continue
        if t != "PERSON" and 2 <= len(words) <= 3 and all(NAME_WORD.match(w) for w in words) \
                and words[-1] not in ORG_HEADS and TITLE_BEFORE.search(text[max(0, s - 30):s]) \
                and not any(w in CALENDAR for w in words) and not headline(text, s):
            t = "PERSON"  # "Foreign Ministry spokeswoman [Vera Ostrova]" typed ORG
        m = NAME_AFTER.match(text[e:e + 60])
        if t == "ORG" and words and words[-1].lower() in TITLE_WORDS and m and not headline(text, s) \
                and not any(w in CALENDAR or w in ORG_HEADS for w in m.group(1).split()):
            ps, pe = e + m.start(1), e + m.end(1)
            if not any(a < pe and ps < b for a, b, _ in found):
                titles[ps] = (s, e)  # "Foreign Ministry Spokesman [Pavel Grek]"
                out.append((ps, pe, "PERSON"))
                continue
        out.append((s, e, t))
    found[:] = out


def _common_word(text: str, found: list[Mention]) -> None:
    """A lone capitalised word at a line's or quotation's start that the text also writes in lower case
    ("'Hypocrisy at its finest': ..." and "calling the remarks 'hypocrisy at its finest'") is no name."""
    lower = set(re.findall(r"\b[a-z][\w-]*", text))
    found[:] = [(s, e, t) for s, e, t in found
                if " " in text[s:e] or t == "GPE" or text[s:e].lower() not in lower
                or not (s == 0 or text[s - 1] in "\n" + QUOTES)]


QUOTES = "\"'“”‘’«»"


def _sentence_nouns(parsed, text: str, found: list[Mention]) -> None:
    """A lone word that the text writes capitalised only at a sentence's start, where the tagger reads a
    common noun that a mass noun's "from"/"of" follows ("Debris from one drone damaged a kindergarten",
    NER: PERSON), is no name. Not a country before a comma ("Ostland, she added, had supplied grain",
    tagged NN too)."""
    by_char: dict = {}  # built for the rare mention that fits at its own place (a pass over every token)

    def common(h) -> bool:
        return h is not None and h.is_sent_start and h.tag_ in ("NN", "NNS") and h.i + 1 < len(parsed) \
            and parsed[h.i + 1].lower_ in ("from", "of")

    out = []
    for s, e, t in found:
        word = text[s:e]
        # the word's own place first: the scan of the text runs for the rare mention that fits there
        span = parsed.char_span(s, e) if t in ("PERSON", "ORG", "FAC") and " " not in word and word.isalpha() \
            and not word.isupper() else None
        if span is not None and len(span) == 1 and common(span[0]):
            by_char = by_char or {tok.idx: tok for tok in parsed}
            hits = [by_char.get(m.start()) for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
            if hits and all(common(h) for h in hits) \
                    and not any(a < b2 and s2 < b and (a, b) != (s, e) for a, b, _ in found
                                for s2, b2 in [(h.idx, h.idx + len(word)) for h in hits]):
                continue
        out.append((s, e, t))
    found[:] = out


def recover(parsed, text: str, ner: list[Mention]) -> tuple[list[Mention], dict[int, tuple[int, int]]]:
    """NER's mentions with titles cut off and organisation and preposition names found; the titles
    (the name's start -> the title's span). ``propagate`` runs later, over the alias table's mentions too."""
    titles: dict[int, tuple[int, int]] = {}
    found: list[Mention] = []
    for s, e, t in ner:
        s2, e2, t2, title = strip_title(text, s, e, t)
        if not title:
            s2, e2, t2, title = strip_office_place(text, s, e, t)
        if title:
            titles[s2] = title
        found.append((s2, e2, t2))
    _titles_alone(text, found, titles)
    _office_people(text, found, titles)
    _common_word(text, found)
    _sentence_nouns(parsed, text, found)
    org_names(parsed, text, found)
    quoted_names(parsed, text, found)
    unit_numbers(text, found)
    place_names(text, found)
    preposition_names(text, found)
    people_names(text, found)
    return sorted(found), titles
