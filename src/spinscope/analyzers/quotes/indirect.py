"""Indirect speech over the dependency parse: "said that …", "X, she said", "accused X of …",
"warned …", "urged X to …" and "According to X, …"."""

from __future__ import annotations

from spinscope.analyzers.quotes.candidate import Candidate, Range, strip_range
from spinscope.analyzers.quotes.lexicon import CUE_VERBS, OBJECT_OF_VERBS
from spinscope.analyzers.quotes.syntax import RELATIVE, cue_range, np_range, speaker_token

MIN_CONTENT = 12  # characters; shorter "content" is a parse fragment, not a report
CLAIM_OBJECTS = frozenset({"responsibility", "credit", "victory"})
TO_VERBS = frozenset({"urge", "warn", "promise", "pledge", "vow", "threaten", "call", "ask", "demand"})


def _subtree(tok) -> Range:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def _in_relative_clause(verb) -> bool:
    cur = verb
    for _ in range(4):
        if cur.dep_ in ("relcl", "acl"):
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head is cur:
            return False
        cur = cur.head
    return False


def _before_next_report(clause, start, end: int) -> int:
    """Cut a content before a second report in the same sentence: "denied that P and said that Q"
    (P ends at "and"), "said that P, the broadcaster reported" (P ends at the comma)."""
    doc = clause.doc
    for t in doc[clause.i + 1 :]:
        if t.idx >= end:
            break
        if t.pos_ != "VERB" or t.lemma_.lower() not in CUE_VERBS:
            continue
        conj = t.dep_ == "conj" and any(c.dep_ == "ccomp" for c in t.children)
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
        inverted = subj is not None and subj.left_edge.i > clause.i and doc[subj.left_edge.i - 1].text in (",", "—", "–")
        if conj or inverted:
            first = subj.left_edge if inverted else t
            cut = first.i
            while cut > 0 and doc[cut - 1].dep_ in ("cc", "punct", "aux", "advmod") and doc[cut - 1].idx > start.idx:
                cut -= 1
            return min(end, doc[cut].idx)
    return end


def _without(outer: Range, inner: Range) -> Range:
    """The larger part of ``outer`` left when ``inner`` is cut out of it."""
    left = (outer[0], inner[0])
    right = (inner[1], outer[1])
    return left if left[1] - left[0] >= right[1] - right[0] else right


def _as_aside(verb) -> Range | None:
    """ "P, as she said at the outset", "As BuzzFeed first reported, P": the clause the "as" aside
    hangs on is what the aside's subject said (the aside itself has no object of its own)."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None  # "as she told reporters that …": a report of its own
    return _without(_subtree(verb.head), _subtree(verb))


def _content_of(verb, text: str) -> tuple[Range, str] | None:
    lemma = verb.lemma_.lower()
    aside = _as_aside(verb)
    if aside is not None:
        return aside, "aside"  # the rule of "which, it said, showed" too: its clause only, first
    # In a headline "A, Moscow says B" spaCy makes both A and B clauses of "says", and what Moscow
    # says is B: a clause after the verb comes first when nothing sets the verb off from it. Not in
    # "P, the minister said, whose only job is ...", where a misparsed relative clause follows.
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    after_first = nxt is not None and not nxt.is_punct and not nxt.is_space
    children = sorted(verb.children, key=lambda c: c.i < verb.i) if after_first else verb.children
    for child in children:
        mark = next((c for c in child.lefts if c.dep_ == "mark" and c.lower_ in ("that", "whether", "if")), None)
        # A "that" clause the parser called adverbial ("reported, citing X, that ...") is content too.
        clause = child.dep_ == "ccomp" or (child.dep_ == "advcl" and mark is not None and mark.lower_ == "that")
        if clause and not (child.i < verb.i and child.right_edge.i >= verb.i):
            # Either side: "said that X" or "X, she said" (spaCy often makes the clause the ccomp).
            start = child.left_edge
            if mark is None and child.i > verb.i:
                # "said in an interview with Velpress that …": the parser may start the clause
                # before its "that"; the content still begins after it.
                # (Even when it misreads "Velpress that talks" as a relative clause.)
                lead = verb.doc[child.left_edge.i : child.i]
                mark = next((t for t in lead if t.lower_ == "that" and not any(
                    x.pos_ in ("VERB", "AUX") for x in verb.doc[child.left_edge.i : t.i])), None)
            if mark is not None:
                start = mark.nbor(1)  # the content is the clause, not its "that" (nor "citing X," before it)
            end = _subtree(child)[1]
            if child.i > verb.i:
                # Reports run to the end of the sentence ("… serve, should the chance arise"), but
                # a cue inside a relative clause keeps its report inside that clause.
                if not _in_relative_clause(verb):
                    end = max(end, verb.sent.end_char)
                end = _before_next_report(child, start, end)
            else:
                start = verb.sent[0] if verb.sent[0].i < start.i else start
            return (start.idx, end), "ccomp"
    if lemma == "claim":
        # "claimed responsibility for the attack": the claim is the responsibility taken.
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_OBJECTS), None)
        if obj is not None:
            return _subtree(obj), "claimed-responsibility"
    if lemma in OBJECT_OF_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        # "accused X of Y": the parser hangs "of Y" on the verb or on X.
        owners = [verb] if obj is None else [verb, obj]
        want = OBJECT_OF_VERBS[lemma]
        prep = next((c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == want), None)
        if obj is not None and prep is not None:
            return (obj.left_edge.idx, max(_subtree(prep)[1], _subtree(obj)[1])), "object-of"
    if lemma in TO_VERBS:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < child.i), None)
                start = obj.left_edge.idx if obj is not None else child.left_edge.idx
                return (start, _subtree(child)[1]), "to-clause"
    # "The plan will fail, she said." spaCy hangs "said" off the reported clause.
    head = verb.head
    lead = verb.left_edge.i
    marks = (",", "—", "–", "”", '"', "''")
    # The comma may open the verb's own subtree (", the broadcaster reported") or sit just before it.
    after_comma = verb.doc[lead].text in marks or (lead > 0 and verb.doc[lead - 1].text in marks)
    if (verb.dep_ in ("parataxis", "ccomp") and head.i < verb.i and after_comma
            and head.pos_ in ("VERB", "AUX", "NOUN", "ADJ")):
        sent = verb.sent
        return _without((sent.start_char, sent.end_char), _subtree(verb)), "inverted"
    return None


def _according_to(tok, text: str) -> Candidate | None:
    """``According to X, …`` / ``…, according to X.``: X is the speaker, the clause the content."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    phrase = (tok.idx, _subtree(nxt)[1])
    sent = tok.sent
    content = _without((sent.start_char, sent.end_char), phrase)
    content = strip_range(text, *content, chars=" \t\r\n,;:—–-.")
    if content[1] - content[0] < MIN_CONTENT:
        return None
    return Candidate("indirect", content, cue=(tok.idx, nxt.idx + len(nxt.text)), speaker=np_range(pobj),
                     rule="according-to")


def indirect_quotes(text: str, parsed) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in parsed:
        if tok.lower_ == "according":
            cand = _according_to(tok, text)
            if cand is not None:
                out.append(cand)
            continue
        if tok.lemma_.lower() not in CUE_VERBS or tok.pos_ != "VERB":
            continue
        found = _content_of(tok, text)
        if found is None:
            continue
        (start, end), rule = found
        content = strip_range(text, start, end, chars=" \t\r\n,;:—–-.")
        if content[1] - content[0] < MIN_CONTENT:
            continue
        spk = speaker_token(tok)
        cand = Candidate("indirect", content, cue=cue_range(tok), speaker=np_range(spk) if spk is not None else None,
                         rule=rule)
        rel = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE), None)
        if rel is not None and tok.dep_ == "relcl" and cand.speaker is not None:
            # "Jan Kovar, who said that …": the speaker as written is "who"; its name is Kovar's.
            cand.speaker, cand.refers_to = (rel.idx, rel.idx + len(rel.text)), cand.speaker
        out.append(cand)
    return out
