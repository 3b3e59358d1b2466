"""Last checks on a quote before it is written: what no analyst would cite as a report (issue 22).

- A report never runs across a paragraph break: a headline with a cue in it ("Ostland Denies US
  Secretary of State's Claims") is the outlet's headline, not a quote whose content is the headline
  plus the next paragraph's dateline.
- An indirect content of a few words with no verb ("with Nordwire", "in a statement") is the channel
  or a fragment of the cue, not what was said.
- A speaker's name is an actor: never a bare pronoun ("you", "it"), a reporting verb ("Denies") or
  text with stray punctuation (", security sources"). A name NER took from a title-case headline
  ("Ostland Denies US") is cut at the verb.
"""

from __future__ import annotations

import re

from spinscope.analyzers.quotes.candidate import Candidate
from spinscope.analyzers.quotes.lexicon import CUE_VERBS

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
# Pronouns and relative words that are no name when nothing resolved them.
PRONOUNS = frozenset(
    "i me you we us they them it he him she her who whom which that this these those one someone "
    "somebody anyone everyone its their his our your".split()
)
# Third-person and past forms of the reporting verbs, as a title-case headline writes them.
VERB_FORMS = frozenset(
    {f"{v}s" for v in CUE_VERBS} | {f"{v}es" for v in CUE_VERBS} | {f"{v[:-1]}ies" for v in CUE_VERBS if v.endswith("y")}
    | {f"{v}ed" for v in CUE_VERBS} | {f"{v}d" for v in CUE_VERBS if v.endswith("e")}
    | {"says", "said", "slams", "blasts", "rejects", "denies", "warns", "accuses", "urges", "claims"}
)
# Verb forms that are also nouns that speak ("Reports said", "Claims that ..."): kept as names.
NOUNS_TOO = frozenset(
    "reports claims comments answers replies notes remarks charges estimates questions calls posts tweets "
    "promises pledges vows demands hopes fears doubts signals hints statements".split()
)
EDGE = " \t\r\n,;:.—–-\"'“”‘’()[]"
SHORT_FRAGMENT = 4  # words: an indirect content this short with no verb is a fragment


def crosses_paragraph(text: str, c: Candidate) -> bool:
    """The content, or the stretch from the cue to the content, spans a blank line."""
    lo = min(c.content[0], c.cue[0]) if c.cue else c.content[0]
    hi = max(c.content[1], c.cue[1]) if c.cue else c.content[1]
    return PARAGRAPH_BREAK.search(text, lo, hi) is not None and c.kind != "direct"


def verbless_fragment(idx, c: Candidate) -> bool:
    """An indirect content of at most a few words without a verb ("with Nordwire")."""
    if c.kind == "direct":
        return False
    toks = [t for t in idx.between(*c.content) if not (t.is_punct or t.is_space)]
    if len(toks) > SHORT_FRAGMENT:
        return False
    # Two words need a full verb ("It has" is a clause cut short); more may rest on "is"/"was".
    verbs = ("VERB",) if len(toks) <= 2 else ("VERB", "AUX")
    return not any(t.pos_ in verbs for t in toks)


def holds_speaker(c: Candidate) -> bool:
    """The content overlaps its own speaker ("the agency reported" as what the agency said)."""
    return c.speaker is not None and c.speaker[0] < c.content[1] and c.content[0] < c.speaker[1]


def keep(text: str, idx, c: Candidate) -> bool:
    """Whether a candidate is a report worth writing (see the module's notes)."""
    return not (crosses_paragraph(text, c) or verbless_fragment(idx, c) or holds_speaker(c))


def clean_name(name: str | None) -> str | None:
    """The speaker's name without stray punctuation, cut before a headline's verb; None when what
    is left is a pronoun, a verb or nothing."""
    if name is None:
        return None
    name = name.strip(EDGE)
    words = name.split()
    for i, w in enumerate(words):
        if w.lower() in VERB_FORMS and w.lower() not in NOUNS_TOO and (i > 0 or len(words) == 1):
            words = words[:i]
            break
    name = " ".join(words).strip(EDGE)
    if not name or name.lower() in PRONOUNS or (name.lower() in VERB_FORMS and name.lower() not in NOUNS_TOO):
        return None
    return name


RESPONSIBILITY = re.compile(r"\s*(?:the\s+)?(?:responsibility|credit)\b", re.I)


def claims_responsibility(text: str, c: Candidate) -> bool:
    """ "It has claimed responsibility for the attack": only an organisation (an armed group, a
    party) claims an attack, never the country the sentence before was about."""
    if c.cue is None or not text[c.cue[0] : c.cue[1]].lower().startswith("claim"):
        return False
    return RESPONSIBILITY.match(text, c.content[0]) is not None
