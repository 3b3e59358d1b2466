"""What a text calls an actor: framing labels (evaluative words) and titles, kept apart.

A **label** is a word the text chose to judge the actor with: an evaluative noun ("the Harlan
*regime*", "*militants* of the Front", "were *terrorists*"), an evaluative adjective ("the
*criminal* leadership", "the *legitimate* government in Damar"), "so-called", a scare-quoted noun, a
hyphenated patron ("*Western-backed*"), or an evaluative apposition or predicate ("called the
regime *a criminal gang*"). A **title** is an office ("Deputy Foreign Minister", "spokesman"): kept,
as ``kind = "title"``, never counted as framing. The plain noun of a compound is neither ("Ostlandic
*planes*", "Kessian *formations*", "residential *areas* of Varna"): a phrase with no evaluative word
is dropped, which is what keeps precision up (issue 22: 17 of 25 labels were such nouns).

Each record: ``{label, start, end, kind, polarity, score}``; ``polarity`` is ``negative``,
``positive`` or ``None`` (titles, scare quotes alone); ``score`` the share of such labels found
right on our labelled statement set (``training/roles/statements``, see ``docs/quality.md``). The
quotes analyzer adds ``by``, the labeller (the quote's speaker, else the issuer, else the outlet).
"""

from __future__ import annotations

from spinscope.core.document import Span

NEGATIVE_NOUNS = frozenset("""
regime regimes junta juntas terrorist terrorists militant militants extremist extremists jihadist jihadists
gang gangs gangster gangsters thug thugs criminal criminals bandit bandits puppet puppets mercenary mercenaries
fascist fascists nazi nazis neo-nazi neo-nazis radical radicals warmonger warmongers aggressor aggressors
occupier occupiers invader invaders murderer murderers killer killers butcher butchers ill-wisher ill-wishers
wishers henchman henchmen crony cronies stooge stooges propagandist propagandists liar liars traitor traitors
collaborator collaborators cabal clique dictator dictators tyrant tyrants despot despots warlord warlords
provocateur provocateurs saboteur saboteurs punishers hysteria russophobes bureaucrats
""".split())
POSITIVE_NOUNS = frozenset("""
hero heroes defender defenders liberator liberators martyr martyrs saviour saviours savior saviors patriot
patriots peacemaker peacemakers
""".split())
NEGATIVE_ADJECTIVES = frozenset("""
criminal murderous brutal bloody bloodthirsty illegitimate puppet self-proclaimed self-styled notorious corrupt
rogue barbaric barbarous cowardly treacherous terrorist extremist radical nazi neo-nazi fascist aggressive cynical
illegal genocidal punitive militant hypocritical belligerent russophobic vile despicable ruthless savage evil
sinister lawless so-called
""".split())
POSITIVE_ADJECTIVES = frozenset("""
legitimate lawful heroic brave courageous valiant noble selfless fearless peace-loving
""".split())
# "Western-backed", "foreign-sponsored": who stands behind an actor, said to discredit it.
PATRON_SUFFIXES = ("-backed", "-sponsored", "-funded", "-controlled", "-installed")
PREFIXES = {"pseudo-": "negative", "so-called": "negative", "self-proclaimed": "negative"}
TITLE_WORDS = frozenset("""
minister spokesman spokeswoman spokesperson envoy representative ambassador president secretary governor mayor
member master director chairman chairwoman chair head commander general chief senator official officer
adviser advisor lawmaker diplomat premier chancellor king queen prince emissary attache attaché
""".split())
# Whose enemies a possessive names: "Veloria's ill-wishers" are not Veloria.
OPPONENTS = frozenset("wishers ill-wishers enemies enemy foes foe opponents detractors critics adversaries".split())
QUOTE_MARKS = "\"'“”‘’«»"

# How often a label of each kind was a real label on the tune texts (see the module docstring).
SCORES = {"noun": 0.9, "adjective": 0.9, "so-called": 0.95, "patron": 0.85, "scare": 0.6, "title": 0.95}


def _word(tok) -> str:
    return tok.text.lower()


# Nouns that name a thing's kind when a common noun modifies them ("sanctions regime", "visa regime",
# "tax regime": a system of rules, no actor) and a player's position before a name ("Harn defender Tim
# Oster", "defender Jonas Pikk": a title in sports reports, no praise).
SYSTEM_NOUNS = frozenset("regime regimes".split())
POSITION_NOUNS = frozenset("defender".split())


def _not_judging(tok) -> bool:
    """True when an evaluative noun judges nobody here: a compound's head with a common-noun modifier
    ("sanctions regime"), or a position noun before a name or after a team's ("Harn defender Tim Oster")."""
    w = _word(tok)
    if w in SYSTEM_NOUNS and tok.pos_ == "NOUN":
        return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.i < tok.i
                   and _evaluate(c.lower_, "NOUN") == (None, None) for c in tok.children)
    if w in POSITION_NOUNS:
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            return True  # "defender Jonas Pikk"
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)
    return False


def _evaluation(tok) -> tuple[str | None, str | None]:
    """(polarity, cue kind) of one token, or (None, None)."""
    if _not_judging(tok):
        return None, None
    return _evaluate(_word(tok), tok.pos_)


def _evaluate(w: str, pos: str) -> tuple[str | None, str | None]:
    """(polarity, cue kind) of a lower-cased word with its part of speech, or (None, None)."""
    if pos in ("NOUN", "PROPN", "ADJ", "VERB") or "-" in w:
        if w in NEGATIVE_NOUNS and pos != "ADJ":
            return "negative", "noun"
        if w in POSITIVE_NOUNS and pos != "ADJ":
            return "positive", "noun"
        if w in NEGATIVE_ADJECTIVES:
            return "negative", "so-called" if w == "so-called" else "adjective"
        if w in POSITIVE_ADJECTIVES:
            return "positive", "adjective"
        if any(w.endswith(s) for s in PATRON_SUFFIXES):
            return "negative", "patron"
        for prefix, polarity in PREFIXES.items():
            if w.startswith(prefix) and len(w) > len(prefix):
                return polarity, "noun" if pos != "ADJ" else "adjective"
    return None, None


def _compound_word(tokens: list) -> str:
    """Tokens glued by hyphens ("so - called", "ill - wishers") read as one word."""
    return "".join(t.text + t.whitespace_ for t in tokens).strip().lower().replace(" - ", "-")


def _hyphen_groups(tokens) -> list[list]:
    """Adjacent tokens joined by hyphens without spaces ("so", "-", "called") grouped as one word."""
    groups: list[list] = []
    for t in sorted(tokens, key=lambda t: t.i):
        if groups and groups[-1][-1].i == t.i - 1 and (t.text == "-" or groups[-1][-1].text == "-") \
                and not groups[-1][-1].whitespace_:
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


def _group_evaluation(group: list) -> tuple[str | None, str | None]:
    if len(group) == 1:
        return _evaluation(group[0])
    word = _compound_word(group)
    # A hyphenated modifier ("so-called", "Western-backed") is read as an adjective; a hyphenated
    # head ("ill-wishers", "pseudo-rescuers") with its last part's part of speech.
    pos = "ADJ" if group[0].dep_ in ("amod", "advmod") or word == "so-called" else group[-1].pos_
    return _evaluate(word, pos)


def _modifiers(noun, skip=()) -> list:
    """Adjectival and hyphenated modifiers of a noun ("criminal", "Western-backed", "so-called")."""
    out = []
    for child in noun.children:
        if child.i in skip:
            continue
        if child.dep_ == "amod" or (child.dep_ == "compound" and child.pos_ in ("NOUN", "ADJ")):
            out.extend(t for t in child.subtree if t.i not in skip and (not t.is_punct or t.text == "-"))
    return out


def _phrase(tokens) -> dict:
    """A label record: the words (in text order) and the character span that covers them."""
    tokens = sorted(tokens, key=lambda t: t.i)
    # Adjacent tokens keep their own spacing ("so-called"); a gap (the name itself) becomes one space.
    words = "".join(
        t.text + (t.whitespace_ if i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1 else " ")
        for i, t in enumerate(tokens)
    ).strip()
    return {"label": " ".join(words.split()), "start": tokens[0].idx, "end": tokens[-1].idx + len(tokens[-1].text)}


def _scare_quoted(noun) -> bool:
    """A noun (with its modifiers) standing between quotation marks: "the so-called 'monitors'"."""
    doc = noun.doc
    left = min(t.i for t in noun.subtree if t.i <= noun.i and not t.is_punct or t.i == noun.i)
    right = noun.i
    before = doc[left - 1] if left > 0 else None
    after = doc[right + 1] if right + 1 < len(doc) else None
    return bool(before is not None and after is not None and before.text in QUOTE_MARKS and after.text in QUOTE_MARKS)


def judge(noun, skip=()) -> dict | None:
    """The label a noun phrase headed by ``noun`` gives, or None when it judges nothing.

    The label keeps the evaluative modifiers and the noun ("criminal regime", "legitimate
    government", "so-called"); a noun that judges (regime, terrorists) is kept whole.
    """
    mods = [t for t in _modifiers(noun, skip) if not t.is_punct or t.text == "-"]
    evaluated = []
    kinds: list[str] = []
    polarity = None
    for group in _hyphen_groups(mods):
        pol, kind = _group_evaluation(group)
        if pol:
            evaluated.extend(group)
            kinds.append(kind)
            polarity = polarity or pol
    head_pol, head_kind = _evaluation(noun)
    if head_pol:
        polarity, kinds = head_pol, [head_kind, *kinds]
    if not polarity:
        if _scare_quoted(noun) and noun.pos_ == "NOUN":
            rec = _phrase([*mods, noun])
            return {**rec, "kind": "label", "polarity": None, "score": SCORES["scare"]}
        return None
    if kinds == ["so-called"] and not head_pol:
        rec = _phrase(evaluated)  # "the so-called White Helmets": the word itself is the label
    else:
        rec = _phrase([*evaluated, noun])
    score = max(SCORES[k] for k in kinds)
    return {**rec, "kind": "label", "polarity": polarity, "score": score}


def _title(noun, skip=()) -> dict | None:
    """An office title headed by ``noun`` ("Defence Ministry spokesman", "Deputy Foreign Minister")."""
    if _word(noun) not in TITLE_WORDS:
        return None
    words = [t for t in noun.subtree if t.i not in skip and t.i <= noun.i and t.dep_ in ("compound", "amod")
             and t.head.i in {noun.i, *[w.i for w in noun.subtree]} and not t.is_punct]
    # Only the contiguous run before the title word (a name inside the phrase is the actor itself).
    run = [noun]
    for t in sorted(words, key=lambda t: -t.i):
        if t.i == run[0].i - 1:
            run.insert(0, t)
    rec = _phrase(run)
    return {**rec, "kind": "title", "polarity": None, "score": SCORES["title"]}


# Nouns that stand for an actor's people ("militants of the Front", "the government in Damar",
# "volunteers from the Society", "Kessian formations"): a label on them labels the actor; a label on
# a thing or a place ("terrorist depots in Idra", "the brave mayor of Marn") does not.
GROUP_NOUNS = frozenset("""
forces force troops army armies units unit battalions battalion brigade brigades formations formation fighters
soldiers militants militant gunmen members family families staff volunteers teams team medics aircraft planes
jets warplanes pilots government governments regime regimes leadership leaders command authorities side
officials delegation people militia militias group groups police navy servicemen personnel military
workers crew crews junta gang gangs terrorists extremists mercenaries henchmen ill-wishers wishers
coalition alliance bloc engineers rescuers sappers specialists doctors nurses guards commandos
millions thousands hundreds dozens bureaucrats politicians elites sponsors allies patrons masters handlers
puppets stooges henchmen rebels insurgents separatists instructors advisers advisors charity organisation
organization movement party company firm network agents
""".split())
OF_PREPS = {"of", "in", "from"}
POSING_VERBS = frozenset("pose masquerade parade posture style present".split())


def framing_labels(parsed, mention: Span) -> list[dict]:
    """The labels and titles a text gives an actor at one mention.

    "the criminal Assad regime" -> "criminal regime"; "militants of the Front" -> "militants";
    "the so-called White Helmets" -> "so-called"; "the Helmets were terrorists" -> "terrorists";
    "called the Harlan regime 'a criminal gang'" -> "regime", "criminal gang"; "Defence Ministry
    spokesman Igor Velt" -> title "Defence Ministry spokesman"; "Ostlandic planes" -> nothing.
    """
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    root, inside = span.root, {t.i for t in span}
    out: list[dict | None] = []
    head = root.head
    phrase_head = root
    # A name modifying a noun ("the Harlan regime", "Kessian formations"): the noun's label is the
    # actor's; a title there ("Defence Ministry spokesman") is the spokesman's, not the ministry's.
    if root.dep_ == "poss" and _word(head) in OPPONENTS:
        pass  # "a fake ordered by Veloria's ill-wishers": its enemies' label (unnamed), not Veloria's
    elif root.dep_ in ("compound", "amod", "nmod", "poss") and head.pos_ in ("NOUN", "PROPN") and head.i not in inside:
        out.append(judge(head, skip=inside))
        phrase_head = head
        up = head.head
        if (head.dep_ == "pobj" and _word(head) in GROUP_NOUNS and _word(up) in OF_PREPS
                and up.head.pos_ == "NOUN" and _word(up.head) in GROUP_NOUNS):
            out.append(judge(up.head, skip=inside))  # "militants of the Grey Wolves group"
    elif (root.dep_ == "pobj" and _word(head) in OF_PREPS and head.head.pos_ == "NOUN"
          and _word(head.head) in GROUP_NOUNS):
        out.append(judge(head.head, skip=inside))
        phrase_head = head.head
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            out.append(_appositive(child))
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i not in inside:
        out.append(_appositive(head, skip=inside))
    mods = [t for t in _modifiers(root, skip=inside) if t.i < span.start]
    for group in _hyphen_groups(mods):
        pol, kind = _group_evaluation(group)
        if pol:
            out.append({**_phrase(group), "kind": "label", "polarity": pol, "score": SCORES[kind]})
    titles = [t for t in root.children if t.dep_ == "compound" and t.i < span.start and t.i not in inside
              and _word(t) in TITLE_WORDS]
    for t in titles:
        out.append(_title(t, skip=inside))
    if phrase_head is root or _word(phrase_head) in GROUP_NOUNS:
        # "Kessian formations are gangs" labels Kessia; "Ostland's strikes were 'a legitimate act of
        # self-defence'" judges the strikes, not Ostland
        out.extend(_predicates(phrase_head))
    seen: set[tuple[int, int]] = set()
    labels = []
    for rec in out:
        if rec and (rec["start"], rec["end"]) not in seen:
            seen.add((rec["start"], rec["end"]))
            labels.append(rec)
    return labels


def _appositive(noun, skip=()) -> dict | None:
    """ "Oskar Brin, the brave mayor" -> "brave mayor"; "a band of terrorists" -> "band of terrorists"."""
    rec = judge(noun, skip)
    if rec:
        return rec
    for prep in noun.children:  # "a band of terrorists", "a gang of criminals"
        if prep.dep_ == "prep" and _word(prep) == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and judge(obj):
                    inner = judge(obj)
                    rec = _phrase([noun, prep, obj])
                    return {**rec, "kind": "label", "polarity": inner["polarity"], "score": inner["score"]}
    return _title(noun, skip)


def _predicates(noun) -> list[dict | None]:
    """ "X were terrorists" (attribute of "be"); "called X 'a criminal gang'" (object predicate)."""
    out = []
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        out.extend(judge(a) for a in head.children if a.dep_ == "attr" and a.pos_ == "NOUN")
    if noun.dep_ == "dobj" and head.lemma_ in ("call", "brand", "label", "describe", "dub", "term"):
        out.extend(judge(a) for a in head.children if a.dep_ in ("oprd", "xcomp") and a.pos_ == "NOUN")
    return out


def unnamed_labels(parsed, taken: list[tuple[int, int]], named: set[int]) -> list[dict]:
    """Labels whose target the text does not name: "the legitimate Damar government's *ill-wishers*",
    "these *pseudo-rescuers*", "the *so-called* investigation", "fighting *terrorists*".

    Only a noun that judges people (an evaluative noun such as "terrorists", "puppets", or one made
    with "pseudo-"), or any noun under "so-called": an evaluative adjective on a thing ("a cynical
    lie", "terrorist depots") labels no actor. ``taken`` are the spans of the labels already given to
    named actors, ``named`` the token indices of entity mentions (a label there is a named one).
    """
    out = []
    for tok in parsed:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in named or tok.dep_ in ("compound", "amod"):
            continue
        if any(c.dep_ == "compound" and c.text[:1].isupper() and c.i < tok.i
               and _evaluate(c.lower_, "NOUN") == (None, None) for c in tok.children):
            continue  # "Arvel regime shelled ...": a name NER missed is still a named target, not an unnamed one
        if any(o.lower_ in GROUP_NOUNS and any(c.i in named for c in o.children if c.dep_ == "compound")
               for p in tok.children if p.dep_ == "prep" and p.lower_ in OF_PREPS
               for o in p.children if o.dep_ == "pobj"):
            continue  # "the militants of the Grey Wolves group": a named group's label, not an unnamed one
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_ in POSING_VERBS:
            continue  # "wants to pose as a peacemaker": the word is mocked, not given
        holder = tok.head.head if tok.dep_ == "pobj" else None  # "a gang of mercenaries": the gang's label
        if holder is not None and any(s <= holder.idx < e for s, e in taken):
            continue
        # "ill-wishers", "pseudo-rescuers": the hyphenated word ends at this noun
        word_tokens = [tok]
        if tok.i >= 2 and parsed[tok.i - 1].text == "-" and not parsed[tok.i - 2].whitespace_ \
                and not parsed[tok.i - 1].whitespace_:
            word_tokens = [parsed[tok.i - 2], parsed[tok.i - 1], tok]
        if len(word_tokens) == 1 and _not_judging(tok):
            continue  # "the harshest sanctions regime in history"
        pol, kind = _evaluate(_compound_word(word_tokens), "NOUN")
        so_called = [t for g in _hyphen_groups(_modifiers(tok)) if _compound_word(g) == "so-called" for t in g]
        if kind == "noun":
            rec = judge(tok) if len(word_tokens) == 1 else None
            rec = rec or {**_phrase(word_tokens), "kind": "label", "polarity": pol, "score": SCORES["noun"]}
        elif so_called:  # "the so-called investigation": the word and what it sneers at
            rec = {**_phrase([*so_called, tok]), "kind": "label", "polarity": "negative", "score": SCORES["so-called"]}
        else:
            continue
        if not any(rec["start"] < e and s < rec["end"] for s, e in taken):
            out.append(rec)
    return out


# "the militants", "such militants" after one armed group was named: the label is that group's.
ANAPHORIC_PEOPLE = frozenset("""
militants terrorists gunmen nationalists extremists mercenaries gangs bandits insurgents rebels fighters radicals
""".split())
DEFINITE = frozenset("the these those such this".split())


def anaphor_target(parsed, rec: dict, entities: list):
    """The one organisation a definite label of armed people points back to: "strikes on facilities used
    by the Dornan Liberation Army ... where *the militants* assembled drones", "... the so-called Legion
    shelled Kesh ... the right to defend its citizens against *such militants*". Only an ORG named in the
    label's sentence (before it) or the one before, and only when it is the only one there; else None (the
    label stays unnamed)."""
    span = parsed.char_span(rec["start"], rec["end"], alignment_mode="expand")
    if span is None or not len(span):
        return None
    noun = span[-1]
    if _word(noun) not in ANAPHORIC_PEOPLE or not any(_word(c) in DEFINITE for c in noun.children if c.dep_ in ("det", "amod", "predet")):
        return None
    sent = noun.sent
    prev = parsed[sent.start - 1].sent if sent.start > 0 else None
    lo = prev.start_char if prev is not None else sent.start_char
    near = [e for e in entities if e.type == "ORG" and any(lo <= m.start and m.end <= noun.idx for m in e.mentions)]
    return near[0] if len(near) == 1 else None
