"""Attributions whose cue is not a verb with its clause: noun cues and parenthetical asides.

- Noun cues: "a statement made by Special Envoy Tom Harlan to the effect that P", "allegations by
  the minister that P", "accusations made by the council that P". The speaker is the phrase after
  "by" (the resolver picks the person or body inside it), the content the that-clause.
- Noun cues owned by the speaker, without "by": "Harlan's claim that P", "the ministry's
  allegation that P", "his remarks that P", "her statement to the effect that P". The speaker is
  the possessor, the content the that-clause of the noun (not the rest of the sentence: "Harlan's
  claim that P was rejected" reports P only). A relative "that" ("the claim that was rejected") is
  not a content: the parse gives it no "that" marker.
- Asides in a relative clause: "images which, it said, showed P". "it"/"they" is the subject of the
  main clause (the army that released the images), not the noun the relative pronoun points to.

Regular expressions over the text find the shape; the parse gives the sentence end and the subject.
"""

from __future__ import annotations

import re

from spinscope.analyzers.quotes.candidate import Candidate, strip_range
from spinscope.analyzers.quotes.syntax import np_range
from spinscope.core.spans import TokenStarts

NOUN_CUE = (
    r"statements?|remarks?|allegations?|accusations?|claims?|assertions?|suggestions?|comments?|charges?|"
    r"warnings?|assurances?|insinuations?"
)
NOMINAL = re.compile(
    rf"\b(?P<cue>{NOUN_CUE})\s+(?:(?:made|issued|voiced|levell?ed|published|repeated)\s+)?by\s+"
    rf"(?P<who>[^,;:.!?\n\"“”]{{2,120}}?)\s*,?\s+(?:to the effect\s+)?that\s+(?P<content>\S)",
    re.I,
)
ASIDE = re.compile(
    r"\b(?:which|that|who),\s+(?P<who>it|they|he|she)\s+(?P<cue>said|says|claimed|claims|added|alleged|stated),\s+"
    r"(?P<content>\S)",
    re.I,
)
MIN_CONTENT = 12
# Lemmas of nouns that name something said or believed, for the possessive shape ("Harlan's claim that").
POSSESSIVE_CUES = frozenset(
    """statement remark allegation accusation claim assertion suggestion comment charge warning assurance
    insinuation contention insistence argument denial admission assessment promise pledge threat
    belief view fear conclusion""".split()
)


def _sentence_end(idx: TokenStarts, offset: int) -> int | None:
    toks = idx.between(offset, offset + 1)
    return toks[0].sent.end_char if toks else None


_QUESTION = re.compile(r"(?:(?:question|q)\s*:\s*)?(?:how|what|why|do|does|did|would|could|can|is|are|will|should|shall)\b", re.I)


def _asks(idx: TokenStarts, offset: int) -> bool:
    """The sentence holding ``offset`` is a question asked before it ("How would you comment on ...")."""
    toks = idx.between(offset, offset + 1)
    if not toks:
        return False
    sent = toks[0].sent
    return _QUESTION.match(sent.text) is not None


def _main_subject(idx: TokenStarts, offset: int):
    """The subject of the root verb of the sentence at ``offset``, if it comes before ``offset``."""
    toks = idx.between(offset, offset + 1)
    if not toks:
        return None
    root = toks[0].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.idx < offset and subj.pos_ != "PRON" else None


def _that_clause(noun):
    """The clause a noun cue introduces with "that": "claim that P", "statement to the effect that P".

    Returns (clause head, the "that" token) or None; a relative clause ("the claim that was
    rejected") has no "that" marker and so does not count.
    """
    owners = [noun]
    for prep in noun.children:  # "to the effect that P": the clause hangs on "effect"
        if prep.dep_ == "prep" and prep.lower_ == "to":
            owners.extend(c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "effect")
    for owner in owners:
        for child in owner.children:
            if child.dep_ in ("acl", "ccomp", "relcl", "appos") and child.i > owner.i:
                mark = next((c for c in child.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
                if mark is not None:
                    return child, mark
    return None


def possessive_quotes(text: str, parsed) -> list[Candidate]:
    """ "Harlan's claim that P", "the ministry's allegation that P", "his remarks that P"."""
    out: list[Candidate] = []
    for tok in parsed:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in POSSESSIVE_CUES:
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        found = _that_clause(tok) if owner is not None else None
        if found is None:
            continue
        clause, mark = found
        end = clause.right_edge.idx + len(clause.right_edge.text)
        content = strip_range(text, mark.nbor(1).idx, end, chars=" \t\r\n,;:—–-.")
        if content[1] - content[0] < MIN_CONTENT:
            continue
        # The possessor without its "'s": "the ministry", "Special Envoy Tom Harlan", "his".
        speaker = (owner.left_edge.idx, owner.idx + len(owner.text))
        out.append(Candidate("indirect", content, cue=(tok.idx, tok.idx + len(tok.text)), speaker=speaker,
                             rule="possessive"))
    return out


def nominal_quotes(text: str, parsed) -> list[Candidate]:
    idx = TokenStarts(parsed)
    out: list[Candidate] = possessive_quotes(text, parsed)
    for pat, rule in ((NOMINAL, "nominal"), (ASIDE, "aside")):
        for m in pat.finditer(text):
            start = m.start("content")
            end = _sentence_end(idx, start)
            if end is None:
                continue
            content = strip_range(text, start, end, chars=" \t\r\n,;:—–-.")
            if text[content[1] - 1 : content[1]] == "?" and _asks(idx, m.start()):
                # "How would you comment on the statement by X that P?": the question mark is the asker's.
                content = strip_range(text, content[0], content[1] - 1, chars=" \t\r\n,;:—–-.")
            if content[1] - content[0] < MIN_CONTENT:
                continue
            speaker = (m.start("who"), m.end("who"))
            if rule == "aside" and m.group("who").lower() in ("it", "they"):
                subj = _main_subject(idx, m.start())
                if subj is not None:
                    speaker = np_range(subj)
            out.append(Candidate("indirect", content, cue=(m.start("cue"), m.end("cue")), speaker=speaker, rule=rule))
    return out
