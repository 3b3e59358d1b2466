"""Stance attributions whose content is a clause, as PolNeAR counts them: what is wanted or intended
("she wants the talks to resume", "the union plans to strike"), and what was found or known ("the
audit showed that P", "they knew that P").

Object stances ("Senator Brink endorsed the treaty") are left out on purpose: measured on our PolNeAR
validation split they add only 0.003 F1, and as quotes they would read "Brink said: the treaty" and
take the sentence away from the outlet's claims.

They only fill gaps: a stance find is added where no other rule and no tagger content overlaps
it, so a fuller report of the same sentence ("defended the plan, saying that P") keeps its
boundaries. The content is the verb's object (with its "as …" complement) or its to-clause; the speaker the
verb's subject, which must exist: "the plan was opposed" names nobody.
"""

from __future__ import annotations

from spinscope.analyzers.quotes.candidate import Candidate
from spinscope.analyzers.quotes.marks import Quoted
from spinscope.analyzers.quotes.merge import classify, quoted_index
from spinscope.analyzers.quotes.syntax import cue_range, np_range, relative_subject, speaker_token
from spinscope.core.spans import SpanIndex

# Verbs whose to-clause is what is wanted or intended: "wants the talks to resume", "vowed to fight".
WANT_VERBS = frozenset("want seek intend plan refuse decline vow pledge prefer hope".split())
# Verbs of finding and knowing whose that-clause is the content: "polls show that", "she knew that".
# ("see" is left out: "Everyone with eyes can see what is happening" is the writer's rhetoric.)
CLAUSE_VERBS = frozenset("show find know learn realize conclude determine acknowledge".split())
MIN_CHARS = 3


def _subtree(tok) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def stance_quotes(text: str, parsed) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in parsed:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma not in WANT_VERBS and lemma not in CLAUSE_VERBS:
            continue
        spk = speaker_token(tok)
        if spk is None:
            continue
        content = None
        if lemma in CLAUSE_VERBS:
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
            if clause is not None:
                mark = next((c for c in clause.lefts if c.dep_ == "mark"), None)
                start = mark.nbor(1) if mark is not None else clause.left_edge
                content = (start.idx, _subtree(clause)[1])
        else:
            clause = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i), None)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if clause is not None:
                start = obj.left_edge.idx if obj is not None and obj.i < clause.i else clause.left_edge.idx
                content = (start, _subtree(clause)[1])
        if content is None or content[1] - content[0] < MIN_CHARS:
            continue
        cand = Candidate("indirect", content, cue=cue_range(tok), speaker=np_range(spk), rule="stance")
        rel = relative_subject(tok)
        if rel is not None:  # "an adviser, who declined to be named": "who" as written, the adviser's name
            cand.speaker, cand.refers_to = (rel.idx, rel.idx + len(rel.text)), cand.speaker
        out.append(cand)
    return out


def add_stance(cands: list[Candidate], stance: list[Candidate], quoted: list[Quoted]) -> list[Candidate]:
    """``cands`` with the stance finds that overlap none of them (content or cue), in text order."""
    kept = list(cands)
    # Overlaps by bisection over what is kept so far (a scan of every kept one per find was quadratic).
    contents = SpanIndex.of(k.content for k in kept)
    cues = SpanIndex.of(k.cue for k in kept if k.cue is not None)
    marks = quoted_index(quoted)
    for c in stance:
        if contents.overlapping(*c.content) or (c.cue is not None and cues.overlapping(*c.cue)):
            continue
        c.kind = classify(c.content, quoted, marks)
        kept.append(c)
        contents.add(*c.content)
        if c.cue is not None:
            cues.add(*c.cue)
    kept.sort(key=lambda c: c.content)
    return kept
