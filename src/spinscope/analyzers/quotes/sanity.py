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
from bisect import bisect_right

from spinscope.analyzers.quotes.candidate import Candidate
from spinscope.analyzers.quotes.lexicon import CUE_VERBS
from spinscope.core.spans import SpanIndex

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
SHORT_OWN = 40  # characters: a content this short inside its speaker and cue is the attribution itself


def crosses_paragraph(text: str, c: Candidate) -> bool:
    """An indirect content that runs from a line with no sentence end (a headline) across a blank
    line into the next paragraph. Reports whose content goes on over a paragraph break after a
    finished sentence exist (PolNeAR marks some) and stay."""
    if c.kind == "direct":
        return False
    m = PARAGRAPH_BREAK.search(text, c.content[0], c.content[1])
    return m is not None and not _SENTENCE_END.search(text, c.content[0], m.start())


_SENTENCE_END = re.compile(r"[.!?…:\"'”’][\s)]*$")  # '' closes a quote in some corpora (PolNeAR)


# What opens a channel phrase rather than something said ("with Nordwire", "in an interview with …").
# Not "of", "for", "to", "on": "accused X of P", "blamed X for P" have such contents.
_CHANNEL_START = re.compile(r"(?:with|via|through|in (?:an? |the )?(?:interview|statement|conversation|"
                            r"comments?|remarks|briefing|post|message|letter|tweet)s?|"
                            r"to (?:the )?(?:reporters|journalists|press|media|correspondents))\b", re.I)


def verbless_fragment(text: str, idx, c: Candidate) -> bool:
    """An indirect content of a few words that is a channel phrase ("with Nordwire", "in a
    statement") or a clause cut after its auxiliary ("It has")."""
    if c.kind == "direct":
        return False
    toks = [t for t in idx.between(*c.content) if not (t.is_punct or t.is_space)]
    if not toks or len(toks) > SHORT_FRAGMENT:
        return False
    # The document's text, not spaCy's Doc.text, which joins every token again on each read.
    if _CHANNEL_START.match(text, toks[0].idx) and not any(t.pos_ == "VERB" for t in toks):
        return True
    return len(toks) <= 2 and toks[0].pos_ == "PRON" and all(t.pos_ in ("PRON", "AUX", "PART") for t in toks)


def holds_speaker(c: Candidate) -> bool:
    """The content is its own speaker and cue ("the agency reported" as what the agency said): it
    starts inside the speaker and ends by the end of the cue."""
    if c.speaker is None or not (c.speaker[0] <= c.content[0] < c.speaker[1]):
        return False  # the content must start inside the speaker's words
    end = max(c.speaker[1], c.cue[1]) if c.cue else c.speaker[1]
    return c.content[1] <= end + 1 and c.content[1] - c.content[0] <= SHORT_OWN  # a few words, no report


def holds_cue(c: Candidate) -> bool:
    """An indirect content that holds its own cue ("reaffirm our readiness …" reported by
    "reaffirm"): the cue says that something is said, it is not part of it. Asked of statements
    only: PolNeAR marks such contents in news ("which he said were …"), 6 of them on dev."""
    return c.kind == "indirect" and c.cue is not None and c.content[0] <= c.cue[0] < c.content[1]


def keep(text: str, idx, c: Candidate) -> bool:
    """Whether a candidate is a report worth writing (see the module's notes)."""
    return not (crosses_paragraph(text, c) or verbless_fragment(text, idx, c) or holds_speaker(c))


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


# The statement's own voice: the first person, or its verdict on what it just reported ("Such
# statements have nothing to do with reality").
_FIRST_PERSON = re.compile(r"(?:We|I|Our|Us|Such\s+(?:statements|claims|accusations|allegations|remarks|"
                           r"assertions|insinuations|fabrications))\b")


def own_voice_cut(text: str, c: Candidate, sent_starts: list[int], quoted: list) -> None:
    """Cut a reported content where the next sentence speaks in the first person outside quotation
    marks: "… accused Ostland of blocking convoys. We reject these accusations." is Brandt's report
    and then the statement's own answer, not one report; so is "Such statements …"."""
    if c.kind == "direct":
        return
    # Only the sentences starting inside the content (sorted starts, found by bisection).
    for k in range(bisect_right(sent_starts, c.content[0]), len(sent_starts)):
        start = sent_starts[k]
        if start >= c.content[1]:
            return
        if _FIRST_PERSON.match(text, start) and not any(q.start < start < q.end for q in quoted):
            end = start
            while end > c.content[0] and text[end - 1] in " \t\r\n.":
                end -= 1
            c.content = (c.content[0], end)
            return


def dangling(idx, c: Candidate) -> bool:
    """An indirect content of a few words that ends on a preposition or an article ("yet another
    statement by"): cut before what was said. Asked of statements only: PolNeAR marks such short
    contents in news ("expressed support for"), 7 of them on dev."""
    if c.kind == "direct":
        return False
    toks = [t for t in idx.between(*c.content) if not (t.is_punct or t.is_space)]
    return 0 < len(toks) <= SHORT_FRAGMENT + 2 and toks[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ")


def in_title(c: Candidate, title_end: int) -> bool:
    """The cue sits in a statement's title line ("Comment by … on the statement of …"): a title
    names the text, it reports nothing."""
    return c.cue is not None and c.cue[0] < title_end


_SELF = frozenset({"i", "we", "me", "us"})


def quotation_insides(quoted: list) -> SpanIndex:
    """The insides of the quoted stretches by position (for :func:`nested_in_quotation`), built once
    per document."""
    inside: SpanIndex = SpanIndex()
    for q in quoted:
        inside.add(q.inner_start, q.inner_end, q)
    return inside


def nested_in_quotation(text: str, c: Candidate, insides: SpanIndex) -> bool:
    """A report whose cue sits inside someone's quoted words: "\"I have said from the first day that
    these accusations were false,\" she told reporters". Its content ends at the closing mark (it had
    run on into "she told reporters …"); True when its speaker is the quoted voice itself ("I",
    "we"): the quotation already gives those words, with their speaker."""
    if c.kind == "direct" or c.cue is None:
        return False
    held = insides.at(c.cue[0])
    if not held:
        return False
    q = insides.item(min(held))  # the first stretch holding the cue
    if c.content[0] < q.inner_end < c.content[1]:
        end = q.inner_end
        while end > c.content[0] and text[end - 1] in EDGE:
            end -= 1
        c.content = (c.content[0], end)
    who = text[c.speaker[0] : c.speaker[1]].lower() if c.speaker else ""
    return who in _SELF


def cue_adjunct_cut(idx, c: Candidate) -> None:
    """ "who alleged at a press conference in Lemberg that P": a content that starts with the cue's
    own prepositional phrase (where or when it was said) starts at P, its that-clause."""
    if c.kind == "direct" or c.cue is None or c.content[0] < c.cue[1]:
        return
    cue = {t.i for t in idx.between(*c.cue)}
    toks = [t for t in idx.between(*c.content) if not t.is_space]
    k = next((k for k, t in enumerate(toks) if t.lower_ == "that" and t.dep_ == "mark"
              and t.head.dep_ == "ccomp" and t.head.head.i in cue), None)
    if not k or k + 1 >= len(toks):
        return
    # Each word before the "that" belongs to a phrase hanging on the cue ("at a press conference").
    for t in toks[:k]:
        if t.is_punct:
            continue
        top = t
        while top.head.i not in cue and top.head.i != top.i:
            top = top.head
        if top.head.i not in cue or top.dep_ not in ("prep", "npadvmod", "advmod"):
            return
    c.content = (toks[k + 1].idx, c.content[1])


def verbless_tail_cut(text: str, idx, c: Candidate, sent_starts: list[int]) -> None:
    """A content that runs a few words into the next sentence with no verb ('Ostland was "starving
    the population". Such statements'): the report ends with its sentence."""
    if c.kind == "direct":
        return
    k = bisect_right(sent_starts, c.content[1] - 1) - 1
    if k < 0 or sent_starts[k] <= c.content[0]:
        return
    tail = [t for t in idx.between(sent_starts[k], c.content[1]) if not (t.is_punct or t.is_space)]
    if not tail or len(tail) > SHORT_FRAGMENT or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return
    end = sent_starts[k]
    while end > c.content[0] and text[end - 1] in " \t\r\n.":
        end -= 1
    c.content = (c.content[0], end)


def noun_clause_cut(text: str, idx, c: Candidate) -> None:
    """ "Reports circulated by X that P are false": a content that is the that-clause of a noun before
    it ends with that clause; the noun's own verb after it ("are false", the statement's verdict on the
    reports) is not what X said."""
    if c.kind == "direct":
        return
    toks = [t for t in idx.between(c.content[0] - 5, c.content[1]) if not t.is_space]
    mark = next((t for t in toks[:2] if t.lower_ == "that" and t.dep_ == "mark"), None)
    if mark is None or mark.idx + 4 < c.content[0]:
        return
    clause = mark.head
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp", "appos") or noun.pos_ not in ("NOUN", "PROPN") or noun.idx >= mark.idx:
        return
    end = clause.right_edge.idx + len(clause.right_edge.text)
    after = [t for t in toks if t.idx >= end and t.idx < c.content[1]]
    # Only where the noun's own predicate follows in the content: its verb, outside the clause.
    if end >= c.content[1] or not any(t.pos_ in ("VERB", "AUX") and noun.head.i == t.i for t in after):
        return
    while end > c.content[0] and text[end - 1] in EDGE:
        end -= 1
    c.content = (c.content[0], end)



_TELLING = re.compile(r"\s+(?:is|was|'s)\s+(?:(?:very|most|particularly|also|rather)\s+)?telling\s*,?\s+that\b", re.I)


def expletive_telling(text: str, c: Candidate) -> bool:
    """ "It is telling that the ambassador chose to repeat ...": "it" is no speaker and "telling" no
    report; the sentence is the writer's own comment."""
    if c.speaker is None or text[c.speaker[0] : c.speaker[1]].lower() != "it":
        return False
    return _TELLING.match(text, c.speaker[1]) is not None


# What "according to" may name that is nobody: "reliable information", "available data".
_FACELESS = frozenset({"information", "data", "intelligence"})


def faceless_source(text: str, idx, c: Candidate) -> bool:
    """ "According to reliable information, P": information no one is named for is no speaker; P is
    the writer's own claim (a statement's, its issuer's), not a quote of "reliable information"."""
    if c.speaker is None or c.cue is None or not text[c.cue[0] : c.cue[1]].lower().startswith("according"):
        return False
    toks = [t for t in idx.between(*c.speaker) if not (t.is_punct or t.is_space)]
    if not toks or any(t.pos_ == "PROPN" or t.ent_type_ or t.pos_ == "ADP" for t in toks):
        return False  # "data from the ministry", "Ostlandic intelligence": someone is named
    head = next((t for t in toks if t.head.i == t.i or not (c.speaker[0] <= t.head.idx < c.speaker[1])), None)
    return head is not None and head.lemma_.lower() in _FACELESS


# Verbs of trying: an accusation they govern has not been made ("is attempting to blame X"). Only
# accusing verbs: PolNeAR marks "plans to call on", "is seeking to contrast", "wanted to know" as reports.
_ATTEMPT = frozenset({"attempt", "try", "seek", "strive"})
_ACCUSING = frozenset({"blame", "accuse"})


def only_attempted(idx, c: Candidate) -> bool:
    """ "The command is attempting to conceal this fact and to blame Veloria for its own crimes": a cue
    verb that is what someone tries or means to do reports nothing said (its "content" was the blamed)."""
    if c.kind == "direct" or c.cue is None:
        return False
    verbs = [t for t in idx.between(*c.cue) if t.pos_ == "VERB"]
    if not verbs:
        return False
    t = verbs[-1]
    if t.lemma_.lower() not in _ACCUSING:
        return False
    for _ in range(3):  # "to conceal this fact and to blame": the second infinitive is a conjunct of the first
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    return t.dep_ == "xcomp" and t.tag_ == "VB" and t.head.lemma_.lower() in _ATTEMPT


def according_elsewhere(text: str, c: Candidate, sent_starts: list[int]) -> bool:
    """ "The line has 12 stops ..., according to the council. Construction began in 2024 ...": "according
    to X" gives the source of its own sentence; a content wholly in a later sentence is the writer's."""
    if c.kind == "direct" or c.cue is None or not text[c.cue[0] : c.cue[1]].lower().startswith("according"):
        return False
    k = bisect_right(sent_starts, c.cue[0])
    return k < len(sent_starts) and c.content[0] >= sent_starts[k]


# A link to another story: "READ MORE: Ostland says Kessian drones hit hospital".
LINK_LINE = re.compile(r"[ \t]*(?:read more|read also|also read|more on this|see also|related(?: stories| articles)?|"
                        r"recommended|you may also like|trending)\s*[:|–—-]", re.I)


def on_link_line(text: str, c: Candidate) -> bool:
    """The cue sits on a "READ MORE: ..." line: the headline of another story, not a report in this one."""
    anchor = c.cue[0] if c.cue else c.content[0]
    line_start = text.rfind("\n", 0, anchor) + 1
    return LINK_LINE.match(text, line_start) is not None


def so_called_cut(text: str, c: Candidate) -> None:
    """A speaker span that opens inside "so-called" ("called Human Rights Council of Veloria", as the
    tagger cuts it) starts after it."""
    if c.speaker is None or not text.startswith("called ", c.speaker[0]) or \
            not text[max(0, c.speaker[0] - 3) : c.speaker[0]].lower().endswith("so-"):
        return
    c.speaker = (c.speaker[0] + len("called "), c.speaker[1])
