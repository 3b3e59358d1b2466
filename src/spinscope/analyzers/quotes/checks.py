"""Checks on attributions before they are kept: a speaker names an actor, a cue reports speech, a
content says something, and credits or bylines are nobody's quote.

Each check answers for one candidate so a bad find is dropped (or its speaker cleared) without
touching the rest of the document.
"""

from __future__ import annotations

import re

from spinscope.analyzers.entities.credits import credit_ranges
from spinscope.analyzers.quotes.candidate import Candidate, Range, overlap
from spinscope.analyzers.quotes.lexicon import CUE_VERBS
from spinscope.analyzers.quotes.syntax import np_range, relative_subject, speaker_token
from spinscope.core.spans import TokenStarts

# Verbs the tagger sometimes takes for cues that report an act, not speech ("The council approved
# three routes").
NON_SPEECH_VERBS = frozenset(
    """approve adopt pass sign vote ratify open close build launch hold meet visit carry fund
    release publish issue take give receive order ban allow permit""".split()
)
# A content that only names a claim is not a report of one: "denied the report", "these reports".
BARE_CLAIM = re.compile(
    r"^(?:(?:the|these|this|those|such|that|his|her|their|its|our|any|all)\s+(?:\w+\s+)?)?"
    r"(?:reports?|claims?|allegations?|accusations?|statements?|stor(?:y|ies)|rumou?rs?|charges?|lies)"
    r"(?:\s+as\s+\w+(?:\s+\w+)?|\s+(?:made\s+|issued\s+|voiced\s+)?by\s+[^,;.]*)?$",
    re.I,
)
# Nouns naming something said; a relative clause on one describes it ("the claim that was rejected").
CLAIM_NOUNS = frozenset("claim statement allegation accusation report remark charge story rumour rumor".split())
WHEN = frozenset({"DATE", "TIME"})
# Demonyms the parser calls proper nouns: "Ostlandic", "Velorian".
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ic|ian|ese)$")


def _within(inner: Range, outer: Range) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _in_any(span: Range, ranges: list[Range]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in ranges)


def _cue_is_act(idx: TokenStarts, cue: Range) -> bool:
    verbs = [t for t in idx.between(*cue) if t.pos_ in ("VERB", "AUX") and not t.is_stop]
    return bool(verbs) and all(t.lemma_.lower() in NON_SPEECH_VERBS and t.lemma_.lower() not in CUE_VERBS
                               for t in verbs)


def _fragment(idx: TokenStarts, content: Range) -> bool:
    """A few words ending on a function word: "allegations by", "images which"."""
    toks = [t for t in idx.between(*content) if not (t.is_punct or t.is_space)]
    if not toks:
        return True
    return len(toks) <= 3 and (toks[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ") or toks[-1].lower_ in ("which", "who"))


def _relative_start(idx: TokenStarts, content: Range) -> bool:
    """A content opening on a relative pronoun that is its clause's subject ("the claim that was
    rejected"): it describes the noun, it does not report what was said."""
    toks = [t for t in idx.between(*content) if not (t.is_punct or t.is_space)]
    if not toks or toks[0].lower_ not in ("that", "which") or toks[0].dep_ not in ("nsubj", "nsubjpass"):
        return False
    return toks[0].head.dep_ == "relcl" and toks[0].head.head.lemma_.lower() in CLAIM_NOUNS


def _later_act(idx: TokenStarts, c: Candidate) -> bool:
    """A sentence after the cue's that reports an act ("… reported that P. The assembly approved
    two lines."): the tagger ran the cue on into a sentence of the reporter's own."""
    if c.cue is None or c.cue[1] > c.content[0]:
        return False
    first = idx.between(c.content[0], c.content[0] + 1)
    cue = idx.between(*c.cue)
    if not first or not cue or first[0].sent.start == cue[0].sent.start:
        return False
    return first[0].sent.root.lemma_.lower() in NON_SPEECH_VERBS


# A cue of keeping quiet: what follows is what the speaker does not say (the writer's point).
SILENCE = re.compile(r"\b(?:silent|silence|keeps? quiet|kept quiet|ignor(?:e|es|ed|ing)|turns? a blind eye)\b", re.I)


def drop_non_reports(text: str, idx: TokenStarts, cands: list[Candidate]) -> list[Candidate]:
    """Candidates that report speech: no bare claim nouns as content, no act verbs as cue, none in a
    credit or byline."""
    credits = credit_ranges(text)
    out = []
    for c in cands:
        body = text[c.content[0] : c.content[1]].strip(" .,;:\"'“”")
        if BARE_CLAIM.match(body):
            continue
        if c.cue is not None and c.rule == "tagger" and _cue_is_act(idx, c.cue):
            continue
        if c.cue is not None and SILENCE.search(text[c.cue[0] : c.cue[1]]) or SILENCE.search(" ".join(body.split()[:4])):
            continue  # "Ambassador Soll prefers to stay silent about the fact that P": P is not his to say
        if c.rule == "tagger" and (_fragment(idx, c.content) or _later_act(idx, c) or _relative_start(idx, c.content)):
            continue
        if _in_any(c.content, credits):
            continue
        if c.speaker is not None and _in_any(c.speaker, credits):
            c.speaker = None
        out.append(c)
    return out


def valid_speaker(idx: TokenStarts, span: Range) -> bool:
    """A speaker span names an actor: it holds a noun, a name or a pronoun, and is not a bare
    demonym or adjective ("Ostlandic", "Western")."""
    toks = [t for t in idx.between(*span) if not (t.is_punct or t.is_space)]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") or _counted_people(t) for t in toks):
        return False
    if all(t.ent_type_ in WHEN for t in toks if t.pos_ != "DET"):
        return False  # "Sunday", "June 2012": a time says when, not who
    words = [t for t in toks if t.pos_ not in ("DET",)]
    if len(words) == 1:
        w = words[0]
        group = w.tag_ in ("NNS", "NNPS") or w.text.endswith("s")  # "Democrats", "Mexicans" speak
        if (w.pos_ == "ADJ" and not _counted_people(w)) or (not group and (w.ent_type_ == "NORP" or (DEMONYM.match(w.text) and w.ent_type_ != "PERSON"))):
            return False
    return True


# Quantifiers that stand for people as a subject: "Many thought that …", "some fear that …".
QUANTIFIERS = frozenset({"many", "some", "most", "few", "several", "others", "both", "all"})


def _counted_people(t) -> bool:
    """ "Many", "26%" (in a poll report), "Those over 60": a count of people, when it is a subject."""
    if t.pos_ == "NUM" and t.ent_type_ == "PERCENT":
        return True  # the number of "26%" (the parser calls "%" punctuation)
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return t.lower_ in QUANTIFIERS or (t.pos_ == "NUM" and t.ent_type_ == "CARDINAL")


def repair_speaker(idx: TokenStarts, span: Range) -> Range | None:
    """An invalid speaker widened to the noun phrase it belongs to ("Another" -> "Another slide",
    "Ostlandic" -> "the Ostlandic General Staff"), else None."""
    for t in idx.between(*span):
        head = t.head
        if head is not t and head.pos_ in ("NOUN", "PROPN") and not (span[0] <= head.idx < span[1]):
            wider = np_range(head)
            if valid_speaker(idx, wider):
                return wider
    return None


def cue_speaker(idx: TokenStarts, cue: Range) -> tuple[Range, Range | None] | None:
    """(speaker span, what it refers to) for the subject of a cue verb, when it names an actor.

    A relative subject stays the span as written, as PolNeAR marks it ("Beck, who said": "who"),
    and refers to the noun the clause hangs on, whose name the resolver gives it.
    """
    found = _cue_subject_token(idx, cue)
    if found is None:
        return None
    verb, spk = found
    span = np_range(spk)
    if not valid_speaker(idx, span):
        return None
    rel = relative_subject(verb)
    if rel is not None:
        return (rel.idx, rel.idx + len(rel.text)), span
    return span, None


def _cue_subject_token(idx: TokenStarts, cue: Range):
    """(verb, subject token) of the first verb of the cue that has a subject, else None."""
    for t in idx.between(*cue):
        if t.pos_ == "VERB":
            spk = speaker_token(t)
            if spk is not None:
                return t, spk
    return None


def reporter_np(idx: TokenStarts, reporter: Range) -> Range:
    """The noun phrase of a reporter chain: "the agency reported" -> "the agency"; "The Nordwire
    news agency" stays."""
    toks = idx.between(*reporter)
    for t in toks:
        if t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS:
            spk = speaker_token(t)
            if spk is not None:
                return np_range(spk)
    for t in toks:
        if t.pos_ in ("NOUN", "PROPN") and not (reporter[0] <= t.head.idx < reporter[1] and t.head is not t):
            s, e = np_range(t)
            return max(s, reporter[0]), min(e, reporter[1])
    return reporter


def take_cue_subject(idx: TokenStarts, c: Candidate) -> None:
    """Give ``c`` its cue verb's subject as the speaker where the parse knows better.

    With no speaker at all the subject speaks ("Time, Mr. Pence added, was on their side"). A
    tagger speaker is the nearest tagged source, which the parse beats when they differ: "Christie
    on Sunday defended …" (not "Sunday"), "Clinton, speaking … en route to Tampa, said" (not
    "Tampa"). Rule speakers come from the parse already.
    """
    if c.cue is None or (c.speaker is not None and c.rule != "tagger"):
        return
    found = cue_speaker(idx, c.cue)
    if found is None or (_within(found[0], c.content) and not _within(c.cue, c.content)):
        # A "subject" inside the content is what was said, not who said it, unless the content
        # ran over its own attribution ('"P," Praeli said. "Q"' tagged as one content).
        return
    if c.speaker is None:
        c.speaker, c.refers_to = found
        return
    _, subj = _cue_subject_token(idx, c.cue)
    # The maker of the subject agrees with the parse ("Photographs published by the city council
    # show": the council speaks through them).
    makers = [(a.idx, a.right_edge.idx + len(a.right_edge.text)) for a in subj.subtree if a.dep_ == "agent"]
    if not overlap(found[0], c.speaker) and not any(overlap(m, c.speaker) for m in makers):
        c.speaker, c.refers_to = found
    elif found[1] is not None and c.refers_to is None and found[0] != c.speaker and overlap(found[0], c.speaker):
        # "Rayburn, who once again accused …": the tagger's "who once" is the relative pronoun, which
        # stands for the name the clause hangs on.
        c.speaker, c.refers_to = found


# "72 percent of voters", "three of four Americans", "a majority of", "26%": a share of those asked.
SHARE = re.compile(
    r"^(?:just |only |about |nearly |almost |more than |fewer than |less than )?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b)|(?:one|two|three|four|five|six|seven|eight|nine|\w+-thirds?|half)"
    r"\s+(?:of|in)\s+\w+|(?:a|the)\s+(?:majority|minority|plurality)\b)",
    re.I,
)
POLL_NOUNS = frozenset({"poll", "survey"})


def poll_speaker(text: str, idx: TokenStarts, c: Candidate) -> None:
    """ "A Bloomberg poll showed that 72 percent of voters said P", "In a CNN poll, 38 percent said
    P": a share of those asked speaks through the poll, so the poll is the source (as PolNeAR
    marks it); the share stays in the content's own words."""
    if c.speaker is None or not SHARE.match(text[c.speaker[0] : c.speaker[1]].strip()):
        return
    toks = idx.between(*c.speaker)
    if not toks:
        return
    sent = toks[0].sent
    polls = [t for t in sent if t.lemma_.lower() in POLL_NOUNS and t.idx < c.speaker[0] and t.pos_ == "NOUN"]
    if polls:
        c.speaker, c.refers_to = np_range(polls[-1]), None
