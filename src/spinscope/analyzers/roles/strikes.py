"""Military strikes in a side's own voice: who strikes, and whose forces, arms or positions are struck.

"Ostlandic aircraft destroyed three weapons depots of the Black Banner Front, spokesman Velt said":
in the voice of the striker's side the striker fights and the owner of what it struck is the enemy.
In a neutral voice neither is cast: destroying depots or tanks is war, not harm to the innocent.
Pure syntax over a spaCy parse; which voice is the striker's side is decided in ``cues``.
"""

from __future__ import annotations

from spinscope.analyzers.roles.lexicon import MILITARY_TARGETS, WEAPON_NOUNS

# The verbs of a strike and the nouns of one ("carried out strikes on", "launched an attack on").
STRIKE_VERBS = frozenset("strike hit destroy bomb shell target shoot eliminate attack pound neutralise neutralize".split())
STRIKE_NOUNS = frozenset("strike strikes airstrike airstrikes attack attacks raid raids sorties bombing shelling".split())
STRIKE_CARRIERS = frozenset("carry launch conduct mount deliver".split())  # "carried out strikes on"
# What an army owns besides its positions and weapons.
MILITARY_THINGS = MILITARY_TARGETS | WEAPON_NOUNS | frozenset("""
army armies forces troops units soldiers servicemen fighters post posts facility facilities boat boats ship ships
vessel vessels ammunition headquarters convoy convoys column columns battery batteries radar radars airfield
""".split())
OWN_POSSESSIVES = frozenset("its our their my his her".split())
# What a strike must not have hit for its owner to be the enemy in the striker's voice.
CIVILIAN_THINGS = frozenset("""
hospital hospitals school schools home homes house houses village villages town towns market markets church mosque
shelter shelters kindergarten clinic clinics bakery residential civilians civilian people children families
city cities capital region regions area areas district districts neighbourhood neighborhood street streets
""".split())


def struck_owner(tok):
    """If ``tok`` (the head of an actor's mention) owns what a strike hits -- "depots *of the Front*",
    "*Kessian* drones", "facilities used *by the Army*", "strikes on posts *of the Kessian army*" --
    the strike's verb (or noun) and the nouns between them; else None."""
    path = []
    t = tok
    for _ in range(8):
        if t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != t.i:
            t = t.head
        elif t.dep_ in ("pobj", "agent") and t.head.lower_ in ("of", "by") and t.head.head.i != t.i:
            t = t.head.head
            if t.tag_ == "VBN" and t.dep_ == "acl":  # "facilities used by X"
                t = t.head
        elif t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN"):
            t = t.head
        else:
            break
        path.append(t)
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_ in STRIKE_VERBS:
            return t.head, path
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "against") and (
                t.head.head.lower_ in STRIKE_NOUNS or t.head.head.lemma_ in STRIKE_VERBS):
            return t.head.head, path
    return None


def military(path) -> bool:
    """What was struck is the other side's war: its forces, arms, depots, posts -- not a school."""
    words = {t.lower_ for t in path}
    return bool(words & MILITARY_THINGS) and not words & CIVILIAN_THINGS


def striker(strike):
    """The subject doing the strike: "X destroyed", "X carried out strikes"; None when passive or unsaid."""
    verb = strike.head if strike.pos_ == "NOUN" and strike.dep_ in ("dobj", "nsubjpass") else strike
    for _ in range(3):  # "drones had crossed into its airspace and struck a depot": the first verb's subject
        for c in verb.children:
            if c.dep_ == "nsubj":
                return c
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def military_objects(verb) -> bool:
    """Whether everything ``verb`` hits is the other side's war: "destroyed three weapons depots of the
    Front", "carried out strikes on command posts" (the targets of a strike noun it governs)."""
    if verb.lemma_ not in STRIKE_VERBS and verb.lemma_ not in STRIKE_CARRIERS:
        return False
    targets = []
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        if o.lower_ in STRIKE_NOUNS and verb.lemma_ in STRIKE_CARRIERS:
            targets += [p for prep in o.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
                        for p in prep.children if p.dep_ == "pobj"]
        elif verb.lemma_ in STRIKE_VERBS:
            targets.append(o)
    # "attacked its checkpoints", "shelled our positions": the speaker's own, struck by the other side
    return bool(targets) and all(military(list(t.subtree)) and not any(
        w.lower_ in OWN_POSSESSIVES for w in t.subtree) for t in targets)
