"""What a phrase says, read from spaCy's parse: the syntax tests the cues (:mod:`cues`) are made of.

Which noun stands for an actor ("militants *of* the Front", "the Norland-*led* coalition"), whether a
target is the other side's, whether a clause deprives, holds responsible or fires upon, whether a
sentence rejects what was said, whether a name is a place. Each takes spaCy tokens and returns a
token or a flag; none reads the document's other layers.
"""

from __future__ import annotations

import re

from spinscope.analyzers.entities.labels import (
    GROUP_NOUNS,
    NEGATIVE_ADJECTIVES,
    NEGATIVE_NOUNS,
    POSITIVE_NOUNS,
    judge,
)
from spinscope.analyzers.roles.lexicon import (
    ACT_NOUNS,
    ACTION_NOUNS,
    AID_NOUNS,
    BASELESS,
    BLAMED_FOR,
    CIVILIAN_WORDS,
    CLAIM_NOUNS,
    CONDEMN_VERBS,
    CRIME_VERBS,
    CRIME_WORDS,
    DECEIT_OBJECTS,
    DECEIT_VERBS,
    DENY_VERBS,
    DETENTION_NOUNS,
    GAME_WORDS,
    GOOD_STANCE,
    HARM_NOUNS,
    HARM_VERBS,
    HELD_PEOPLE,
    INTEND_VERBS,
    MEASURE_NOUNS,
    OWN_HARM_NOUNS,
    OWNED_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLAY_WORDS,
    QUANTITY_WORDS,
    REPORT_VERBS,
    REQUEST_VERBS,
    RUN_VERBS,
    SHOW_VERBS,
    STOP_VERBS,
    SUSPECT_WORDS,
    SUSPICION_NOUNS,
    VILLAIN_WORDS,
    WEAPON_NOUNS,
    WELCOME_VERBS,
)

PLACE_TYPES = {"GPE", "LOC", "FAC"}
UNDER_WHAT = frozenset("fire attack attacks shelling bombardment strikes".split())
# A game's result ("4-0", "2–1"), not a date range ("on 3-4 March") nor a figure ("10-12%").
SCORE = re.compile(r"(?<![\d.,])(?<!on )\d{1,2} ?[-–] ?\d{1,2}(?![\d.,%])"
                   r"(?! ?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|per|percent|people|civilians|times))")
SELF = ("we", "our", "us")  # the issuer speaking of itself
RELATIVE = ("who", "that", "which")
LOYAL_WORDS = frozenset("loyal subordinate answerable allied".split())
OPPONENT_NOUNS = frozenset("ill-wishers wishers enemies enemy opponents opponent foes foe critics detractors adversaries".split())
PATRON_PARTICIPLES = ("led", "backed", "sponsored", "funded", "controlled", "installed")
# Nouns whose deeds are the actor's: its people, its weapons, its policies.
STANDS_FOR = GROUP_NOUNS | WEAPON_NOUNS | ACTION_NOUNS | OWNED_NOUNS

# Fine roles a label's word points at (the head's own ranking decides where none does).
LABEL_FINE = {
    "Tyrant": {"regime", "regimes", "junta", "juntas", "dictator", "dictators", "tyrant", "tyrants", "despot",
               "despots", "clique", "cabal"},
    "Terrorist": {"terrorist", "terrorists", "militant", "militants", "gang", "gangs", "extremist", "extremists",
                  "jihadist", "jihadists", "thugs", "bandits", "gangsters", "murderous", "bloody", "bloodthirsty",
                  "genocidal", "barbaric", "punitive"},
    "Corrupt": {"criminal", "criminals", "corrupt", "crony", "cronies"},
    "Deceiver": {"so-called", "liar", "liars", "propagandist", "propagandists", "cynical", "hypocritical",
                 "self-proclaimed", "self-styled", "pseudo-"},
    "Traitor": {"traitor", "traitors", "collaborator", "collaborators"},
    "Foreign Adversary": {"occupier", "occupiers", "invader", "invaders", "aggressor", "aggressors",
                          "mercenary", "mercenaries", "-backed", "-sponsored", "-funded", "puppet", "puppets"},
    "Guardian": {"legitimate", "lawful", "defender", "defenders", "liberator", "liberators", "saviour", "savior"},
    "Virtuous": {"brave", "heroic", "courageous", "valiant", "noble", "selfless", "fearless", "hero", "heroes"},
    "Martyr": {"martyr", "martyrs"},
}


def actor_phrase(root):
    """The noun that stands for the actor: "militants of *the Front*", "*Kessian* formations",
    "units of *the Armed Forces*", "volunteers from *the Society*" -> the group noun; else the name."""
    return phrase_chain(root)[-1]


def phrase_chain(root) -> list:
    """The tokens from the name up to the noun that stands for the actor (``actor_phrase``), the name
    first: a clause hanging on any of them ("workers of the charity *kidnapped* by") is about the actor."""
    chain = [root]
    head = root
    for _ in range(5):
        up = head.head
        if up.lower_ in OPPONENT_NOUNS:
            break  # "the Tolan government's ill-wishers arm the militants": its enemies' deed, not its own
        if head.dep_ in ("compound", "amod", "nmod", "poss") and up.pos_ in ("NOUN", "PROPN") \
                and up.lower_ in STANDS_FOR and up.i != head.i:
            head = up
        elif head.dep_ == "pobj" and up.lower_ in ("of", "from", "in") and up.head.lower_ in STANDS_FOR:
            head = up.head
        elif head.dep_ in ("npadvmod", "compound") and up.dep_ == "amod" and up.lower_ in PATRON_PARTICIPLES:
            head = up.head  # "the Norland-led coalition": the coalition is Norland's
        elif head.dep_ == "pobj" and up.lower_ == "to" and up.head.lower_ in LOYAL_WORDS \
                and up.head.head.pos_ in ("NOUN", "PROPN"):
            head = up.head.head  # "troops loyal to the Arvel regime": the regime's troops
        elif head.dep_ == "pobj" and up.lower_ == "by" and up.head.lemma_ in RUN_VERBS and up.head.dep_ == "acl" \
                and up.head.head.lower_ in OWNED_NOUNS:
            head = up.head.head  # "a clinic run by the charity Health Bridge": the charity's clinic
        elif head.dep_ == "pobj" and up.lower_ == "of" and up.head.lower_ in QUANTITY_WORDS and len(chain) > 1:
            head = up.head  # "two of its clinics": a part of what is the actor's
        else:
            break
        chain.append(head)
    return chain


def relative_subject(verb) -> bool:
    """ "that is fighting", "who stayed", "whose staff evacuated": the antecedent does the verb."""
    for c in verb.children:
        if c.dep_ == "nsubj" and (c.lower_ in RELATIVE or any(p.lower_ == "whose" for p in c.children)):
            return True
    return False


def villain(tok) -> bool:
    """A target on the other side: "terrorist positions", "depots of the militants", or an incoming
    weapon ("shot down nine drones"). A military target alone ("army checkpoints") is not: whose it is
    decides who the attacker is."""
    return tok.lower_ in WEAPON_NOUNS - {"aircraft", "planes", "jets", "warplanes", "helicopters", "tanks"} or any(
        t.lower_ in VILLAIN_WORDS for t in tok.subtree)


def deprives(verb) -> bool:
    """ "leaving millions of people without electricity", "left the town without water", "have deprived
    millions of people of access to medicines"."""
    if verb.lemma_ == "deprive":  # the parse may hang "of access" on the people deprived
        return any(c.dep_ == "dobj" for c in verb.children) and any(
            t.lower_ == "of" for t in verb.subtree if t.i > verb.i)
    return verb.lemma_ == "leave" and any(c.dep_ == "prep" and c.lower_ == "without" for c in verb.children) \
        and any(c.dep_ == "dobj" for c in verb.children)


def has_aid(tok) -> bool:
    return any(t.lemma_ in AID_NOUNS or t.lower_ in AID_NOUNS for t in tok.subtree)


def responsible_for_harm(verb, any_object: bool = False) -> bool:
    """ "bears full responsibility for the crimes", "is responsible for the attack", "we hold X
    responsible for this crime" (``any_object``: the "for" phrase may hang on the verb too, and
    "responsible" on the object: "hold the group and its leader responsible")."""
    words = list(verb.children)
    if any_object:
        words += [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree if t.dep_ in ("amod", "oprd")]
    for c in words:
        if c.lower_ in ("responsibility", "responsible"):
            holders = [c, verb] if any_object else [c]
            for holder in holders:
                for prep in holder.children:
                    if prep.lower_ == "for" and any(t.lemma_ in BLAMED_FOR or t.lower_ in BLAMED_FOR
                                                    for t in prep.subtree):
                        return True
    return False


def harm_noun(noun) -> bool:
    """ "the shelling", "attacks", and "an act of intimidation" (the act is the harm)."""
    if noun.lemma_ in HARM_NOUNS or noun.lower_ in HARM_NOUNS:
        return True
    if noun.lower_ in ACT_NOUNS and any(c.dep_ == "amod" and c.lower_ in ("terrorist", "criminal") for c in noun.children):
        return True  # "a terrorist act"
    return noun.lower_ in ACT_NOUNS and any(
        p.lower_ == "of" and any(o.lower_ in HARM_NOUNS or o.lemma_ in HARM_NOUNS for o in p.children)
        for p in noun.children)


def cleft_focus(tok) -> bool:
    """ "*It* is Norland that ...", "It was the rebels ... who shelled": ``tok`` is the focus of a cleft."""
    be = tok.head
    return tok.dep_ == "attr" and be.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children)


def contrasted(focus) -> bool:
    """ "It is *not Ostland* but Norland who ...": the negated first conjunct of a cleft's focus."""
    return any(c.dep_ == "neg" for c in focus.head.children) and any(
        c.dep_ == "cc" and c.lower_ == "but" for c in focus.children)


def cleft_verbs(focus) -> list:
    """The verbs a cleft's focus does: its relative clause, wherever the parse hung it ("It was the
    rebels, armed by instructors, *who shelled*": hung on "instructors"), and a participle on the
    copula ("..., *killing* eight civilians")."""
    be = focus.head
    out = []
    for t in be.subtree:
        if t.i > focus.i and t.dep_ in ("relcl", "ccomp") and t.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE for c in t.children):
            out.append(t)
            break  # the first relative clause after the focus is the cleft's
    out += [c for c in be.children if c.dep_ == "advcl" and c.pos_ == "VERB"]
    return out


def called_false(claim) -> bool:
    """ "Reports ... that X struck a block *are false*": the claim noun is the subject of a baseless."""
    return claim.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in BASELESS for c in claim.head.children)


def scoreline(verb) -> bool:
    """ "Tarsk United destroyed FC Valmora *4-0*": a game's result, not a fight."""
    for c in verb.children:
        if c.dep_ in ("dobj", "npadvmod", "advmod", "prep"):
            # the span's own text: Doc.text would rebuild the whole document's text on every call
            if SCORE.search(verb.doc[c.left_edge.i:c.right_edge.i + 1].text):
                return True
    return False


def reports_game(text: str) -> bool:
    """A report of a game (a match, a chess game, an e-sports tournament): three distinct words only
    games use, or two and a score ("4-1"), one of them of the play itself ("coach", "scored",
    "grandmaster"). Its war words are the game's ("stormed the defence")."""
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())) & GAME_WORDS
    return bool(words & PLAY_WORDS) and (len(words) >= 3 or (len(words) >= 2 and SCORE.search(text) is not None))


def judged_by_subject(be) -> str | None:
    """ "The real *peacemakers* are the doctors ...", "The *aggressors* are ...": the polarity of an
    evaluative noun that is the copula's subject (its attribute is whom it labels)."""
    for c in be.children:
        if c.dep_ == "nsubj" and c.lower_ in POSITIVE_NOUNS:
            return "positive"
        if c.dep_ == "nsubj" and c.lower_ in NEGATIVE_NOUNS:
            return "negative"
    return None


def judged_deed(noun) -> str | None:
    """ "X's strikes were *a legitimate act* of self-defence", "X's policy is *a crime*": the polarity of
    what a deed of X (an action noun) is called; None when it is not judged."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be" or noun.lower_ not in ACTION_NOUNS | OWN_HARM_NOUNS:
        return None
    for attr in noun.head.children:
        if attr.dep_ == "attr" and attr.pos_ == "NOUN" and (label := judge(attr)) and label.get("polarity"):
            return label["polarity"]
    return None


def praised_stance(noun) -> bool:
    """ "We *appreciate* the *balanced* assessment of X", "*welcome* X's *principled* position": a stance
    or work the speaker welcomes and calls good (diplomatic praise; "we note X's position" is not)."""
    return noun.dep_ == "dobj" and noun.head.lemma_ in WELCOME_VERBS and any(
        c.dep_ == "amod" and c.lower_ in GOOD_STANCE for c in noun.children)


def intended(verb) -> bool:
    """ "They want to provoke us and then *blame* Ostland", "plans to accuse": a deed someone means to do,
    not one done (only for accusations: a planned attack still casts its planner)."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "conj":
            tok = tok.head
        elif tok.dep_ == "xcomp" and tok.head.lemma_ in INTEND_VERBS:
            return True
        else:
            return False
    return False


def so_called(noun) -> bool:
    """ "the *so-called* mission": one token or three (so / - / called)."""
    return any(c.lower_ == "so-called" or (c.lower_ == "called" and any(x.lower_ == "so" for x in c.children))
               for c in noun.children)


def held_hostage(verb) -> bool:
    """ "held hostage by pirates", "kept captive": captivity is harm to whoever is held."""
    return verb.lemma_ in ("hold", "keep", "take") and any(
        c.lower_ in ("hostage", "hostages", "captive", "captives") for c in verb.children)


def asked_to_stop_harm(noun):
    """The requesting verb when ``noun`` is asked to stop a harm: "call *on X* to end its aggression",
    "urged *X* to stop the shelling"; else None."""
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "on":
        verb = noun.head.head
    else:
        return None
    if verb.lemma_ not in REQUEST_VERBS:
        return None
    for x in verb.children:
        if x.dep_ == "xcomp" and x.lemma_ in STOP_VERBS and any(
                o.dep_ == "dobj" and (harm_noun(o) or o.lemma_ in ("war", "campaign")) for o in x.children):
            return verb
        if x.dep_ == "xcomp" and x.lemma_ in STOP_VERBS and any(
                d.dep_ in ("xcomp", "dobj") and deceives(d) for d in x.children):
            return verb  # "call on our Tarvian colleagues to stop spreading disinformation"
        if x.dep_ == "xcomp" and x.lemma_ in ("release", "free") and any(
                o.dep_ == "dobj" and (o.lower_ in ("him", "her", "them") or o.lower_ in HELD_PEOPLE) for o in x.children):
            return verb  # "call on the Kessian authorities to release him": they hold him
    return None


def deceives(verb) -> bool:
    """ "spreading disinformation", "fabricating evidence", "lying": a deed of deceit."""
    return verb.pos_ == "VERB" and (verb.lemma_ in DECEIT_VERBS or verb.lemma_ in SHOW_VERBS and any(
        o.dep_ == "dobj" and o.lower_ in DECEIT_OBJECTS for o in verb.children))


def under_fire(tok) -> bool:
    """ "came *under fire*", "is under attack", or the fire noun itself: being fired upon -- not a deed
    done under fire ("carried 14 wounded out ... while under mortar fire" is a rescue)."""
    if tok.lower_ in UNDER_WHAT:
        return tok.dep_ == "pobj" and tok.head.lower_ == "under"
    return tok.lemma_ in ("come", "be", "remain", "stay", "fall", "find", "get") and any(
        p.lower_ == "under" and any(o.lower_ in UNDER_WHAT for o in p.children)
        for p in tok.children if p.dep_ == "prep")


def targeted(verb) -> bool:
    """ "was to be *the target of the attack*": the subject is whom the harm was aimed at."""
    bes = [verb, *[c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"]]
    return any(a.dep_ == "attr" and a.lemma_ == "target" and any(
        p.lower_ == "of" and any(harm_noun(o) for o in p.children) for p in a.children)
        for be in bes for a in be.children)


def fell_victim(verb) -> bool:
    """ "fell victim to the shelling"."""
    return verb.lemma_ == "fall" and any(c.lower_ in ("victim", "victims", "prey") for c in verb.children)


def negated(tok) -> bool:
    """ "do *not* strike civilian targets", "*never* attacked": the clause denies the deed."""
    return any(c.dep_ == "neg" for c in tok.children)


def speaks_next(name) -> bool:
    """Whether a reporting verb follows the name: "killing five people, the town's mayor, Olga Ren,
    *told* ...": the parse took the speaker for an object (not "wounding the chief doctor, Nina Vasko,
    the head of the administration, Lev Orin, told": she is the victim)."""
    doc = name.doc
    i = max(t.i for t in name.subtree if t.i <= name.i or t.dep_ in ("compound", "flat")) + 1
    while i < len(doc) and doc[i].is_punct:
        i += 1
    return i < len(doc) and doc[i].lemma_ in REPORT_VERBS and doc[i].pos_ == "VERB"


def convicted_for(verb) -> bool:
    """ "sentenced ... *for taking bribes*", "detained *for murder*", "*for embezzling* city funds": held
    for a crime."""
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(
        t.lemma_ in CRIME_WORDS or t.lower_ in CRIME_WORDS or t.pos_ == "VERB" and t.lemma_ in CRIME_VERBS
        for t in p.subtree) for p in verb.children)


def on_suspicion(verb) -> bool:
    """ "arrested X *on suspicion of* taking bribes", "detained on charges of": law enforcement at work."""
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ in SUSPICION_NOUNS for o in p.children)
               for p in verb.children)


def condemned_measure(obj) -> bool:
    """ "illegal unilateral sanctions", "a package of illegal sanctions": a measure the text condemns."""
    for t in obj.subtree:
        if t.lower_ in MEASURE_NOUNS and any(c.dep_ == "amod" and c.lower_ in NEGATIVE_ADJECTIVES for c in t.children):
            return True
    return False


def suspect(tok) -> bool:
    """ "three men suspected of robbing", "two suspects": people the police hold, not victims."""
    return tok.lower_ in SUSPECT_WORDS or any(c.lower_ in SUSPECT_WORDS for c in tok.children)


def condemned_detention(noun) -> bool:
    """ "condemns the arrest of X by Y": a detention the text condemns (a reported arrest is law enforcement)."""
    return noun.lemma_ in DETENTION_NOUNS and noun.dep_ == "dobj" and noun.head.lemma_ in CONDEMN_VERBS


def armed_harm(arms) -> bool:
    """Arms a harm is done with: "is killing civilians *with weapons* supplied by X"; or arms said to be
    used for harm: "missiles, which the Kessian military uses to strike civilian targets"."""
    if any(c.dep_ == "relcl" and c.lemma_ == "use" and any(
            x.dep_ == "xcomp" and x.lemma_ in HARM_VERBS and any(t.lower_ in CIVILIAN_WORDS for t in x.subtree)
            for x in c.children) for c in arms.children):
        return True
    return arms.dep_ == "pobj" and arms.head.lower_ == "with" and (
        arms.head.head.lemma_ in HARM_VERBS or fires_on(arms.head.head))


def recipients(verb) -> list:
    """Whom a verb gives to: "supplying weapons *to the Corps*", "pour weapons *into the region*"."""
    return [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "into")
            for p in prep.children if p.dep_ == "pobj"]


def fires_on(verb) -> bool:
    """ "was fired upon", "fired on the convoy", "opened fire at/on": shooting at someone."""
    if verb.lemma_ == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
        return any(c.lower_ in ("on", "upon", "at") for c in verb.children)
    return verb.lemma_ == "fire" and any(c.lower_ in ("on", "upon", "at") for c in verb.children)


def rejects(sent) -> bool:
    """A sentence that rejects what was said, in the issuer's own voice: "We reject these
    unsubstantiated accusations", "These allegations are absurd", "We will not let such statements go
    unanswered" -- not "The agency denied the minister's claim" (someone else rejects it)."""
    for t in sent:
        if t.dep_ == "nsubj" and t.head.lemma_ in DENY_VERBS and t.lower_ not in SELF:
            return False
    for t in sent:
        if t.lemma_ in DENY_VERBS and any(c.dep_ == "dobj" and c.lower_ in CLAIM_NOUNS for c in t.children):
            return True
        if t.lower_ in CLAIM_NOUNS and any(c.lower_ in BASELESS for c in t.children):
            return True
        if t.lower_ in CLAIM_NOUNS and t.dep_ == "nsubj" and any(
                c.dep_ == "acomp" and c.lower_ in BASELESS for c in t.head.children):
            return True
        if t.lower_ == "unanswered":
            return True
    return False


def label_fine(label: str) -> str | None:
    words = label.lower().split()
    for fine, cues in LABEL_FINE.items():
        for w in words:
            if w in cues or any(c.startswith("-") and w.endswith(c) or c.endswith("-") and w.startswith(c)
                                for c in cues):
                return fine
    return None


def is_place(parsed, entity, text: str) -> bool:
    """A place as such: typed GPE/LOC/FAC, or named after "in"/"near" or as "the town of X"."""
    if entity.type in PLACE_TYPES:
        return True
    for m in entity.mentions:
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ == "pobj" and (root.head.lower_ in PLACE_PREPS or (
                root.head.lower_ == "of" and root.head.head.lower_ in PLACE_NOUNS)):
            return True
    return False
