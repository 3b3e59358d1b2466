"""The 14 SemEval-2020 Task 11 (PTC) techniques, their one-line definitions, and the 2023 mapping.

Names are the official label strings (some contain commas: split files on tabs, never on commas).
Definitions paraphrase Da San Martino et al. (EMNLP 2019) and are what ``reason`` shows a reader.

Mapping to SemEval-2023 Task 3 (23 techniques). PTC merged some techniques that 2023 splits again,
so a PTC label maps to one or more 2023 labels; the first one listed is the default used when output
must carry a single 2023 name. The 2023 labels with no PTC counterpart are listed in
``SEMEVAL2023_UNMAPPED``: a PTC-trained model never produces them.
"""

from __future__ import annotations

PTC_TECHNIQUES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)

DEFINITIONS: dict[str, str] = {
    "Appeal_to_Authority": "a claim is said to be true because an authority or expert says so",
    "Appeal_to_fear-prejudice": "support is sought by stoking fear or prejudice about the alternatives",
    "Bandwagon,Reductio_ad_hitlerum": "join because everyone does, or reject because a hated group does",
    "Black-and-White_Fallacy": "only two options are presented when more exist",
    "Causal_Oversimplification": "a single cause is assumed for an issue with many causes",
    "Doubt": "the credibility of someone or something is questioned",
    "Exaggeration,Minimisation": "something is made larger, better or worse, or played down, than it is",
    "Flag-Waving": "an appeal to group or national pride to justify an idea",
    "Loaded_Language": "words with strong emotional implications",
    "Name_Calling,Labeling": "the object of the campaign is labelled as something feared, hated or loved",
    "Repetition": "the same message is repeated so the audience accepts it",
    "Slogans": "a brief, striking phrase that may include labelling and stereotyping",
    "Thought-terminating_Cliches": "a stock phrase that discourages critical thought and discussion",
    "Whataboutism,Straw_Men,Red_Herring": (
        "the opponent is charged with hypocrisy, their position is distorted, or the topic is changed"
    ),
}

SEMEVAL2023_TECHNIQUES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_Fear-Prejudice",
    "Appeal_to_Hypocrisy",
    "Appeal_to_Popularity",
    "Appeal_to_Time",
    "Appeal_to_Values",
    "Causal_Oversimplification",
    "Consequential_Oversimplification",
    "Conversation_Killer",
    "Doubt",
    "Exaggeration-Minimisation",
    "False_Dilemma-No_Choice",
    "Flag_Waving",
    "Guilt_by_Association",
    "Loaded_Language",
    "Name_Calling-Labeling",
    "Obfuscation-Vagueness-Confusion",
    "Questioning_the_Reputation",
    "Red_Herring",
    "Repetition",
    "Slogans",
    "Straw_Man",
    "Whataboutism",
)

# PTC name -> SemEval-2023 names it covers (first = default single name).
PTC_TO_SEMEVAL2023: dict[str, tuple[str, ...]] = {
    "Appeal_to_Authority": ("Appeal_to_Authority",),
    "Appeal_to_fear-prejudice": ("Appeal_to_Fear-Prejudice",),
    # 2023 renamed Bandwagon to Appeal_to_Popularity and Reductio ad hitlerum to Guilt_by_Association.
    "Bandwagon,Reductio_ad_hitlerum": ("Appeal_to_Popularity", "Guilt_by_Association"),
    "Black-and-White_Fallacy": ("False_Dilemma-No_Choice",),
    "Causal_Oversimplification": ("Causal_Oversimplification",),
    "Doubt": ("Doubt",),
    "Exaggeration,Minimisation": ("Exaggeration-Minimisation",),
    "Flag-Waving": ("Flag_Waving",),
    "Loaded_Language": ("Loaded_Language",),
    "Name_Calling,Labeling": ("Name_Calling-Labeling",),
    "Repetition": ("Repetition",),
    "Slogans": ("Slogans",),
    "Thought-terminating_Cliches": ("Conversation_Killer",),
    # 2023 split the merged class again; Whataboutism also gained the sibling Appeal_to_Hypocrisy.
    "Whataboutism,Straw_Men,Red_Herring": ("Whataboutism", "Straw_Man", "Red_Herring", "Appeal_to_Hypocrisy"),
}

SEMEVAL2023_UNMAPPED: tuple[str, ...] = tuple(
    t for t in SEMEVAL2023_TECHNIQUES if not any(t in targets for targets in PTC_TO_SEMEVAL2023.values())
)

TAXONOMIES = ("ptc2020", "semeval2023")


def to_taxonomy(technique: str, taxonomy: str = "ptc2020") -> str:
    """The name of a PTC technique in the requested taxonomy.

    >>> to_taxonomy("Black-and-White_Fallacy", "semeval2023")
    'False_Dilemma-No_Choice'
    """
    if technique not in DEFINITIONS:
        raise ValueError(f"unknown PTC technique {technique!r}; known: {', '.join(PTC_TECHNIQUES)}")
    if taxonomy == "ptc2020":
        return technique
    if taxonomy == "semeval2023":
        return PTC_TO_SEMEVAL2023[technique][0]
    raise ValueError(f"taxonomy must be one of {', '.join(TAXONOMIES)}; got {taxonomy!r}")


def reason(technique: str, trigger: str, max_chars: int = 80) -> str:
    """``Loaded_Language: words with strong emotional implications — "smear campaign"``."""
    words = " ".join(trigger.split())
    if len(words) > max_chars:
        words = words[: max_chars - 1].rstrip() + "…"
    return f'{technique}: {DEFINITIONS[technique]} — "{words}"'


# -- display: the one place that names, colours and labels techniques for people -------------------

# One background per PTC technique; a SemEval-2023 name takes the colour of the PTC technique it
# comes from, so switching taxonomy keeps the highlights. Seven Okabe-Ito colours (told apart with
# every common colour-vision deficiency), tinted 55% toward white so black text stays readable, each
# used twice: plain, and striped with an underline in the full colour (PTC_STRIPED). Techniques that
# are easily confused (Loaded Language / Name Calling, Repetition / Causal Oversimplification) differ
# in hue; tests/highlight/test_palette.py checks the separations under simulated deficiencies.
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7",
}
TINTS: dict[str, str] = {
    "orange": "#f1ca73", "sky": "#a2d6f3", "green": "#73cab2", "yellow": "#f7f097",
    "blue": "#73b1d5", "vermillion": "#e8a673", "purple": "#e3b5cf",
}
PTC_HUES: dict[str, str] = {
    "Loaded_Language": "vermillion",
    "Name_Calling,Labeling": "purple",
    "Flag-Waving": "blue",
    "Exaggeration,Minimisation": "yellow",
    "Doubt": "sky",
    "Appeal_to_fear-prejudice": "orange",
    "Causal_Oversimplification": "green",
    "Repetition": "vermillion",
    "Slogans": "purple",
    "Black-and-White_Fallacy": "blue",
    "Whataboutism,Straw_Men,Red_Herring": "yellow",
    "Appeal_to_Authority": "sky",
    "Bandwagon,Reductio_ad_hitlerum": "orange",
    "Thought-terminating_Cliches": "green",
}
PTC_STRIPED: frozenset[str] = frozenset({
    "Repetition", "Slogans", "Black-and-White_Fallacy", "Whataboutism,Straw_Men,Red_Herring",
    "Appeal_to_Authority", "Bandwagon,Reductio_ad_hitlerum", "Thought-terminating_Cliches",
})
PTC_COLORS: dict[str, str] = {name: TINTS[hue] for name, hue in PTC_HUES.items()}
OTHER_COLOR = "#e0e0e0"

# SemEval-2023 name -> the PTC technique it was split from.
SEMEVAL2023_TO_PTC: dict[str, str] = {
    name: ptc for ptc, names in PTC_TO_SEMEVAL2023.items() for name in names
}

# Techniques that put a label on someone, in every taxonomy: an actor's page lists these when they
# sit in a sentence that mentions the actor.
LABELLING_TECHNIQUES: tuple[str, ...] = (
    "Name_Calling,Labeling",
    "Loaded_Language",
    *(n for p in ("Name_Calling,Labeling", "Loaded_Language") for n in PTC_TO_SEMEVAL2023[p] if n != p),
)


def ptc_name(name: str) -> str | None:
    """The PTC technique a name of any supported taxonomy stands for, or None when unknown."""
    if name in DEFINITIONS:
        return name
    return SEMEVAL2023_TO_PTC.get(name)


def known_techniques() -> tuple[str, ...]:
    """Every technique name of every supported taxonomy (PTC first), without repeats."""
    return tuple(dict.fromkeys((*PTC_TECHNIQUES, *SEMEVAL2023_TECHNIQUES)))


def technique_color(name: str) -> str:
    """The highlight colour of a technique of any taxonomy (grey for names we do not know)."""
    base = ptc_name(name)
    return PTC_COLORS.get(base, OTHER_COLOR) if base else OTHER_COLOR


def technique_style(name: str) -> tuple[str, str | None]:
    """(background tint, full colour of the stripes' underline or None for a plain one) of a technique."""
    base = ptc_name(name)
    if base is None or base not in PTC_HUES:
        return OTHER_COLOR, None
    return PTC_COLORS[base], (OKABE_ITO[PTC_HUES[base]] if base in PTC_STRIPED else None)


def technique_label(name: str) -> str:
    """A readable technique name: ``"Exaggeration,Minimisation"`` -> ``"Exaggeration / Minimisation"``."""
    return " / ".join(part.replace("_", " ") for part in name.split(","))
