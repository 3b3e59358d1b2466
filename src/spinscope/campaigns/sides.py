"""Who is on whose side, and which sentences are claims at all: what keeps contradictions honest.

A contradiction pairs a claim with its denial *by another side*. A ministry's own statement is not
contradicted by "Moscow" when the ministry is Moscow's: the denier is the asserter's own government.
Two names are one side when they are the same name (one inside the other, "the ministry" and "the
Ministry of Foreign Affairs of Russia"), or when both name the same state's government: a country
("Russia"), its capital or seat ("Moscow", "the Kremlin"), or a government body or office of it
("Russian foreign ministry", "Velorian defence ministry"). An opposition leader or a newspaper of
the same country is not its government: only government words make a name a state's voice.

Lead-in lines ("... issued the following statement on Saturday:"), headlines and photo captions
are never claims, whatever the claims layer kept: :func:`not_a_claim` says so from the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Capitals, seats and short forms of states that news on disinformation names most; a demonym in
# -ian ("Velorian", "Syrian") is read as its country by dropping the final n, so invented and
# unlisted countries work too.
_STATES: dict[str, tuple[str, ...]] = {
    "russia": ("russian", "moscow", "kremlin", "russian federation"),
    "ukraine": ("ukrainian", "kyiv", "kiev"),
    "united states": ("us", "u.s.", "usa", "american", "washington", "white house", "pentagon", "state department"),
    "united kingdom": ("uk", "u.k.", "britain", "british", "london", "downing street", "whitehall"),
    "france": ("french", "paris", "elysee", "élysée", "quai d'orsay"),
    "germany": ("german", "berlin"),
    "china": ("chinese", "beijing", "prc"),
    "syria": ("syrian", "damascus"),
    "iran": ("iranian", "tehran"),
    "israel": ("israeli", "jerusalem", "tel aviv"),
    "turkey": ("turkish", "ankara", "türkiye"),
    "belarus": ("belarusian", "minsk"),
    "poland": ("polish", "warsaw"),
    "european union": ("eu", "brussels", "european commission"),
    "nato": ("alliance",),
    "georgia": ("georgian", "tbilisi"),
    "moldova": ("moldovan", "chisinau"),
    "serbia": ("serbian", "belgrade"),
    "hungary": ("hungarian", "budapest"),
    "venezuela": ("venezuelan", "caracas"),
    "north korea": ("pyongyang", "dprk"),
    "india": ("indian", "new delhi", "delhi"),
    "pakistan": ("pakistani", "islamabad"),
    "saudi arabia": ("saudi", "riyadh"),
    "egypt": ("egyptian", "cairo"),
    "lebanon": ("lebanese", "beirut"),
    "iraq": ("iraqi", "baghdad"),
    "italy": ("italian", "rome"),
    "spain": ("spanish", "madrid"),
    "japan": ("japanese", "tokyo"),
}
_ALIASES = {alias: state for state, aliases in _STATES.items() for alias in (state, *aliases)}
# A name is a state's voice when it is a capital, a seat or a country alone, or holds one of these.
_GOVERNMENT = re.compile(
    r"\b(?:ministry|ministries|minister|government|president|presidency|prime minister|premier|chancellor|"
    r"spokes(?:man|woman|person)|embassy|ambassador|envoy|mission|cabinet|officials?|authorities|army|"
    r"navy|military|forces|defen[cs]e|foreign affairs|state|regime|administration|kremlin|parliament|"
    r"security council|intelligence|diplomats?)\b",
    re.I,
)
_WORD = re.compile(r"[\w.'’-]+")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)

# A lead-in announces what follows; it asserts nothing itself.
_LEAD_IN = re.compile(
    r"(?:\b(?:the )?following (?:statement|comment|remarks?|declaration|text)\b|:\s*$|\bsaid in a statement on\b"
    r"\s*\w*\s*[.:]?$|\bissued (?:a|the) (?:statement|declaration|comment)\b\W*$)",
    re.I,
)
_CAPTION = re.compile(
    r"^\s*(?:\(?(?:photo|image|picture|pictured|caption|file photo|video|illustration|credit)\b\s*[:(|-]?)", re.I
)
_CAPTION_TAIL = re.compile(r"\((?:photo|image|picture|file|reuters|afp|ap)\b[^)]*\)\s*$", re.I)


@lru_cache(maxsize=65536)
def _norm(name: str) -> str:
    return _LEADING.sub("", " ".join(name.casefold().split()))


def states_of(name: str | None) -> frozenset[str]:
    """The states a name speaks for: {"russia"} for "Moscow" or "Russian foreign ministry"; {} for a person."""
    return _states_of(name) if name else frozenset()


@lru_cache(maxsize=65536)  # a corpus names the same few parties over and over
def _states_of(name: str) -> frozenset[str]:
    low = _norm(name)
    if low in _ALIASES:
        return frozenset({_ALIASES[low]})
    if not _GOVERNMENT.search(low):
        return frozenset()
    found: set[str] = set()
    words = _WORD.findall(low)
    for n in (3, 2, 1):  # multi-word names first: "white house", "new delhi"
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n]).strip(".'’")
            if phrase in _ALIASES:
                found.add(_ALIASES[phrase])
    for w in words:
        w = w.strip(".'’").removesuffix("'s").removesuffix("’s")
        if w.endswith("ian") and len(w) > 5:
            found.add(_ALIASES.get(w, w[:-1]))  # "velorian" -> "veloria"
    # "Veloria's government", "the Ministry of Foreign Affairs of Dunmark": unlisted countries.
    for m in (_POSSESSIVE.search(name), _OF_STATE.search(name)):
        if m:
            found.add(_ALIASES.get(m.group(1).casefold(), m.group(1).casefold()))
    return frozenset(found)


_POSSESSIVE = re.compile(r"\b([A-Z][a-z]{2,})(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?i:" + _GOVERNMENT.pattern + ")")
_OF_STATE = re.compile(r"\bof\s+(?:the\s+)?([A-Z][a-z]{2,})\s*$")


def same_name(a: str | None, b: str | None) -> bool:
    """One name, however worded: equal, or one inside the other as whole words."""
    return bool(a and b) and _same_name(a, b)  # type: ignore[arg-type]


@lru_cache(maxsize=65536)
def _same_name(a: str, b: str) -> bool:
    x, y = _norm(a), _norm(b)
    if x == y:
        return True
    return bool(re.search(rf"\b{re.escape(x)}\b", y) or re.search(rf"\b{re.escape(y)}\b", x))


def same_side(asserter: Iterable[str | None], deniers: Iterable[str]) -> bool:
    """Whether any denier is one of the asserter's names (speaker, issuer, outlet) or their state."""
    mine = [a for a in asserter if a]
    states = frozenset().union(*(states_of(a) for a in mine)) if mine else frozenset()
    for d in deniers:
        if any(same_name(a, d) for a in mine):
            return True
        theirs = states_of(d)
        # A bare country name ("Veloria") is its government: one side with that state's bodies.
        if states & theirs or _norm(d) in states or any(_norm(a) in theirs for a in mine):
            return True
    return False


_NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|nobody|neither|nor|without)\b|n't\b", re.I)


# A contrast after the proposition negates the alternative, not the proposition: "failed because of
# corrosion, not sabotage"; "not only" adds.
_CONTRAST_TAIL = re.compile(r"(?:,|\s-+|\s—)\s*(?:and\s+|but\s+)?not\s+[^,.;]+$|\bnot only\b", re.I)


def negated(text: str) -> bool:
    """Whether a proposition is negated (an odd number of negations): "never switched off"."""
    return len(_NEGATION.findall(_CONTRAST_TAIL.sub("", text.rstrip(" .")))) % 2 == 1


def opposed(asserted: str, denied: str) -> bool:
    """Whether denying ``denied`` contradicts ``asserted``: both must say it the same way round.
    Denying "the ship never switched off its transponder" agrees with "the ship switched it off"."""
    return negated(asserted) == negated(denied)


def headline_end(text: str) -> int:
    """Where the headline ends: the first line when it stands alone without a final full stop; else 0."""
    first, sep, _ = text.partition("\n")
    line = first.rstrip()
    if not sep or not line or line.endswith((".", "!", "?\"", ".\"")):
        return 0
    return len(first)


def not_a_claim(text: str, start: int, end: int, from_start: bool = True) -> bool:
    """A lead-in, a headline or a caption: true when the span at ``start:end`` of ``text`` is one.

    ``text`` may be the text around the claim only; ``from_start`` says whether it begins where the
    document does (else no headline can be told).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if from_start and end <= headline_end(text):
        return True
    if _CAPTION.match(line) or _CAPTION_TAIL.search(line):
        return True
    return bool(_LEAD_IN.search(line.rstrip()) and _LEAD_IN.search(text[start:line_end if line_end >= 0 else len(text)]))


# A document that stands apart from the claims it relays: a fact-check (its headline or labels), or
# a report that says right after the claim that it could not be verified ("Neither account could be
# verified."). It tells who claims what; it asserts none of it, so it is no claim side of a pair.
_FACT_CHECK_TITLE = re.compile(r"^\s*(?:fact[- ]?check|debunked|misleading|false)\b", re.I)
_UNVERIFIED = re.compile(
    r"\b(?:could not|cannot|can't|was unable to|were unable to)\s+(?:be\s+)?(?:independently\s+)?"
    r"(?:verif|confirm)\w*|\bneither (?:account|claim|version|side's account)\b",
    re.I,
)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def stands_apart(title: str | None, sentence_after: str) -> bool:
    """Whether the claim's document only relays it: a fact-check, or "could not be verified" in the
    claim's sentence or the one after it (``sentence_after``: the text from the claim's end on)."""
    if title and _FACT_CHECK_TITLE.match(title):
        return True
    ends = list(_SENTENCE_END.finditer(sentence_after))
    window = sentence_after[: ends[1].end()] if len(ends) > 1 else sentence_after
    return _UNVERIFIED.search(window) is not None
