"""Why a span was given its technique: the trigger words in it and what about them fits (issue 22).

The tagger does not say which words decided; these cues are a reader's aid, written for each PTC
technique: words and shapes that carry it ("so-called" for doubt, a superlative for exaggeration, "our
nation" for flag-waving). A reason names the cue words it found in the span and why they fit; where
none of ours is there, it says so, and gives the definition, rather than inventing a cause.

    >>> explain("Loaded_Language", "a brutal smear campaign")
    'Loaded Language: "brutal", "smear": charged words that push a feeling about the subject rather than describe it. (Definition: words with strong emotional implications.)'
"""

from __future__ import annotations

import re

from spinscope.analyzers.techniques.taxonomy import DEFINITIONS, technique_label

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

# Per technique: (cue words or phrases, lower case; why such words fit the technique).
CUES: dict[str, tuple[frozenset[str], str]] = {
    "Loaded_Language": (frozenset(
        """brutal barbaric savage heinous vile shameful disgraceful outrageous monstrous evil sinister smear
        hysteria hysterical scandalous appalling atrocious cynical criminal bloody ruthless reckless
        disastrous catastrophic shocking horrific horrible terrible destroy destroyed devastating slaughter
        massacre crusade witch-hunt hunt propaganda lies lie lying insane crazy absurd pathetic cowardly
        treacherous betrayal betrayed humiliating aggressive aggression tyranny regime thugs puppet""".split()),
        "charged words that push a feeling about the subject rather than describe it"),
    "Name_Calling,Labeling": (frozenset(
        """regime terrorists terrorist thugs thug puppet puppets traitor traitors extremists extremist
        radicals radical fascist fascists nazi nazis junta criminals criminal dictator tyrant warmonger
        warmongers militants jihadists bandits mercenaries agents stooge stooges clown clowns liar liars
        so-called""".split()),
        "a label that makes the audience fear, hate or dismiss whom it names"),
    "Flag-Waving": (frozenset(
        """nation national patriot patriots patriotic homeland motherland fatherland country people
        sovereignty sovereign flag heroes heroic glory pride proud compatriots""".split()),
        "an appeal to the pride or identity of a group to justify a position"),
    "Exaggeration,Minimisation": (frozenset(
        """never always all every everyone nobody nothing everything entire whole totally completely
        absolutely unprecedented biggest largest worst best greatest only mere merely just simply
        unimaginable endless countless huge massive enormous""".split()),
        "absolute or superlative wording that makes the matter bigger or smaller than a plain account would"),
    "Doubt": (frozenset(
        """so-called alleged allegedly supposed supposedly claimed questionable dubious credibility
        really whether unverified purported purportedly""".split()),
        "wording that questions the credibility of a person or a report instead of answering it"),
    "Appeal_to_fear-prejudice": (frozenset(
        """threat threaten threatens danger dangerous fear afraid risk catastrophe disaster destroy
        destruction invasion invade chaos collapse deadly die death kill killing war terror""".split()),
        "a danger raised to win support for the speaker's side"),
    "Causal_Oversimplification": (frozenset(
        """because therefore thus caused cause causes led lead leads due result responsible blame
        blamed fault consequence""".split()),
        "wording that ties the matter to a single cause"),
    "Black-and-White_Fallacy": (frozenset("either or only choice alternative unless must no other".split()),
        "wording that presents two options, or one, as if no others existed"),
    "Appeal_to_Authority": (frozenset(
        """experts expert scientists scientist according professor studies study officials doctors
        authorities confirmed""".split()),
        "the claim rests on who says it rather than on evidence"),
    "Bandwagon,Reductio_ad_hitlerum": (frozenset(
        """everyone everybody majority most millions all hitler nazi nazis fascist fascists stalin""".split()),
        "agreement urged because many agree, or rejection because a hated group holds the view"),
    "Slogans": (frozenset(), "a short, striking phrase built to be repeated"),
    "Thought-terminating_Cliches": (frozenset(
        """enough period end simply just it is what it is that's nothing more to say""".split()),
        "a stock phrase that closes the discussion"),
    "Whataboutism,Straw_Men,Red_Herring": (frozenset("what about while yet but instead meanwhile".split()),
        "a turn to the other side's faults or to another matter instead of an answer"),
    "Repetition": (frozenset(), "words repeated so the message sinks in"),
}


def vocabulary(text: str) -> frozenset[str]:
    """The lower-cased words of a text, for :func:`explain`'s Repetition reasons (once per document)."""
    return frozenset(w.lower() for w in _WORD.findall(text))


def _cue_words(technique: str, trigger: str, context: str | frozenset[str] | None) -> list[str]:
    words = _WORD.findall(trigger)
    if technique == "Repetition":
        # The words of the span that the rest of the text also uses.
        seen = context if isinstance(context, frozenset) else vocabulary(context or "")
        return [w for w in words if len(w) > 3 and w.lower() in seen][:3]
    if technique == "Slogans":
        short = len(words) <= 8 and (trigger.rstrip().endswith("!") or trigger.strip().istitle())
        return [trigger.strip()] if short else []
    cues, _ = CUES.get(technique, (frozenset(), ""))
    lower = [w.lower() for w in words]
    found = [w for w, lw in zip(words, lower, strict=True) if lw in cues or lw.rstrip("'’s") in cues]
    if technique == "Exaggeration,Minimisation":
        found += [w for w in words if w.lower().endswith("est") and len(w) > 5 and w not in found]
    if technique == "Flag-Waving":
        text = " ".join(lower)
        found += [p for p in ("our country", "our nation", "our people") if p in text]
    return list(dict.fromkeys(found))[:4]


def explain(technique: str, trigger: str, context: str | frozenset[str] | None = None, max_chars: int = 80) -> str:
    """A reason for a span: the cue words found in ``trigger`` and why they fit ``technique``, then
    the definition. ``context`` (the text, or its :func:`vocabulary`, for Repetition) is optional."""
    name = technique_label(technique)
    definition = DEFINITIONS.get(technique, "")
    found = _cue_words(technique, trigger, context)
    why = CUES.get(technique, (frozenset(), ""))[1]
    if found:
        quoted = ", ".join(f'"{w}"' for w in found)
        if technique == "Repetition":
            head = f"{name}: {quoted}, also used elsewhere in the text: {why}."
        else:
            head = f"{name}: {quoted}: {why}."
    else:
        words = " ".join(trigger.split())
        if len(words) > max_chars:
            words = words[: max_chars - 1].rstrip() + "…"
        head = f'{name}: the model read "{words}" this way; none of our cue words for it is there.'
    return f"{head} (Definition: {definition}.)"
