"""Small helpers over the spaCy parse: noun-phrase spans and cue spans (tokens by offset: core.spans)."""

from __future__ import annotations

from spinscope.analyzers.quotes.candidate import Range

# Dependents that belong to a speaker's name or description ("spokesman for the ministry").
# An apposition without a comma ("the state broadcaster VTV") is part of the name too.
NP_RIGHT = frozenset({"compound", "amod", "nummod", "poss", "prep", "pobj", "flat", "case", "nmod", "appos"})
RELATIVE = frozenset({"who", "which", "that", "whom"})


def np_range(tok) -> Range:
    """Characters of the noun phrase headed by ``tok``, without relative clauses or appositions."""
    left = tok.left_edge
    # Left dependents of a subject are its own (determiners, titles); stop at a comma or a line
    # break though (a headline without a full stop runs into the first sentence in the parse).
    for t in tok.doc[left.i : tok.i]:
        if t.is_punct or "\n" in t.text or "\n" in t.whitespace_:
            left = t.nbor(1)
    while left.i < tok.i and left.is_space:
        left = left.nbor(1)
    right = tok
    for child in tok.rights:
        if child.dep_ not in NP_RIGHT or any(t.is_punct for t in tok.doc[right.i + 1 : child.i]):
            break
        if child.dep_ == "prep" and _when(child):
            break  # "Governor Ada Brenner on Sunday": the date is not part of who speaks
        if "\n" in tok.doc[right.i : child.right_edge.i + 1].text:
            break
        right = child.right_edge
    return left.idx, right.idx + len(right.text)


def _when(prep) -> bool:
    """A prepositional phrase that says when: "on Sunday", "in June 2012"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def speaker_token(verb):
    """The subject of a cue verb; a relative pronoun gives way to the noun it modifies."""
    # Nearest first: in "The tolls, port director Lena Brandt added, would stay" the parser may
    # give "added" two subjects, and the one next to the verb is its own.
    for child in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        lo, hi = sorted((child.i, verb.i))
        if "\n" in verb.doc[lo:hi].text:
            continue  # a headline the parser ran into the first sentence is not the subject
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "there"):
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "nsubj" and child.lower_ == "it":
            return child  # "it said", "although it does say that …" (not the passive "it is said")
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return speaker_token(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        # "X denied the report, saying that …": X says; also through an infinitive with no subject
        # of its own ("X defended the plan to close two lines, saying …").
        found = speaker_token(verb.head)
        if found is None and verb.head.dep_ == "acl" and verb.head.tag_ == "VB":
            head = verb.head.head
            while head.pos_ not in ("VERB", "AUX") and head.head is not head:
                head = head.head
            found = speaker_token(head) if head.pos_ in ("VERB", "AUX") else None
        return found
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        after_comma = verb.i > 0 and verb.doc[verb.i - 1].text in (",", "—", "–", "-")
        if after_comma or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUE_VERBS):
            # "X defended the plan, saying …" (the parser hangs "saying" on "plan"): X says; so
            # does the ministry in "The ministry issued a statement saying …".
            head = noun.head
            while head.pos_ not in ("VERB", "AUX") and head.head is not head:
                head = head.head
            return speaker_token(head) if head.pos_ in ("VERB", "AUX") else None
        return noun  # "stories alleging …", "ledgers showing …": the stories, the ledgers
    return None


# Verbs whose object is a text its subject puts out: "released a statement saying …".
ISSUE_VERBS = frozenset(
    "release issue publish post put send deliver make give tweet write file plant circulate spread distribute "
    "air run broadcast submit sign pen draft leak".split()
)


def relative_subject(verb):
    """The relative pronoun that is the subject of a cue in a relative clause ("Beck, who said"),
    else None. PolNeAR marks the pronoun as the source; its name is the noun the clause hangs on."""
    if verb.dep_ != "relcl":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE), None)


def cue_range(verb) -> Range:
    """The cue: the verb with the auxiliaries and negation right before it ("has not said")."""
    start = verb
    for t in reversed(list(verb.lefts)):
        if t.dep_ in ("aux", "auxpass", "neg") and t.i == start.i - 1:
            start = t
    end = verb
    for t in verb.rights:
        if t.dep_ == "prt" and t.i == end.i + 1:
            end = t
    return start.idx, end.idx + len(end.text)

