"""Denials: who denies, rejects or dismisses what, found with rules over the spaCy parse.

A :class:`Denial` records the cue, the denier (resolved through the quotes' speakers and the
entities) and, when the text states it, the denied proposition ("denied *that its forces shelled the
village*"). Linking a denial to the claim it targets is the analyzer's job (it sees the claims).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spinscope.analyzers.claims.doc_index import DocIndex
from spinscope.analyzers.claims.evidence import find_evidence
from spinscope.core.document import Document, Quote

DENY_VERBS = frozenset(
    "deny reject dismiss refute rebut dispute debunk repudiate contest disavow contradict".split()
)
# Verbs that deny only when their object is a claim ("rejected the report", not "rejected the offer").
NEEDS_CLAIM_OBJECT = frozenset("reject dismiss dispute contest contradict".split())
CLAIM_NOUNS = frozenset(
    """claim report allegation accusation charge assertion story rumour rumor suggestion statement account
    figure version narrative speculation reporting information news assessment finding insinuation
    assertion contention theory publication article""".split()
)
FALSE_WORDS = frozenset(
    """baseless false untrue fabricated fabrication fake lie lies unfounded groundless absurd nonsense
    propaganda disinformation misinformation slander smear fiction fantasy hoax provocation ridiculous
    invented inaccurate misleading bogus fabrications unsubstantiated unproven slanderous tale tales fairytale
    fairytales myth myths""".split()
)
# Formulas by which a statement rejects what was said before without repeating it: "we are not going
# to let such statements go unanswered", "we categorically reject such insinuations".
_REJECTION = re.compile(
    r"\b(?:not|never|cannot|can't|won't)\b[^.;!?]{0,60}?\b(?:go|remain|leave|pass|be left)\b[^.;!?]{0,30}?\bunanswered\b",
    re.IGNORECASE,
)
# "Such statements have nothing to do with reality", "The information ... does not correspond to the
# facts": a verdict on what was said, with the claim (or a pronoun for it) as the subject.
_UNREAL = re.compile(
    r"\b(?:nothing\s+(?:at\s+all\s+)?(?:to\s+do|in\s+common)\s+with|not\s+(?:in\s+any\s+way\s+)?correspond\s+to|"
    r"(?:very\s+)?far\s+(?:removed\s+)?from)\s+(?:the\s+)?(?:reality|truth|facts|real\s+situation)\b",
    re.IGNORECASE,
)
_CLAIM_SUBJECT = re.compile(
    r"^\s*(?:(?:this|that|it|these|those)\b|(?:[\w'’-]+\s+){0,3}?(?:claims?|reports?|allegations?|accusations?|"
    r"statements?|stor(?:y|ies)|assertions?|information|insinuations?|remarks|fabrications?|version)\b)",
    re.IGNORECASE,
)
# "Contrary to the claims of Ms Marsh, no units have been moved": the sentence answers that voice.
_CONTRARY = re.compile(
    r"\bcontrary to (?:the |what )?(?:(claim|assertion|statement|allegation|accusation|report|remark|insinuation)s?"
    r"\s+(?:of|by|made by)\s+|)([A-Z][^,;.]{1,60}?)(?:\s+(?:claims?|says?|said|asserts?|alleges?))?\s*,",
    re.IGNORECASE,
)
# "these accusations were false": a predicate on what was reported as an accusation.
ACCUSATION_NOUNS = frozenset("accusation allegation charge insinuation".split())
# Verbs that deny the truth of someone's words; "rejected Trump's comments" is disagreement, unless "as false".
TRUTH_VERBS = frozenset("deny refute rebut debunk dispute contradict".split())
# Nouns that name what someone said only with its owner: "called the general's words a lie", not "words".
OWNED_NOUNS = frozenset("word remark comment".split())
LABEL_VERBS = frozenset("call label brand describe term denounce consider regard".split())
# "denied entry", "denied bail": refusals, not denials of a claim.
DENY_REFUSALS = frozenset(
    """entry access visa request bail permission service application asylum appeal license licence
    motion credit opportunity right rights benefit benefits passage treatment""".split()
)
REFERRING_PRONOUNS = frozenset("it this that these those them they".split())
LOCAL_DEPS = frozenset({"relcl", "acl", "appos", "advcl"})
# Absence markers that dispute a claim: "there is no proof", "no evidence", "has not been verified".
_DISPUTING = re.compile(r"^(?:there\b|no\b)|\s(?:verif|confirm|corroborat|substantiat)\w*$", re.IGNORECASE)
# "VELGRAD - " / "PORT SELVA, March 4 (Wire) - ": a dateline the parser may fold into a subject.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,[^-–—]*)?\s[-–—]\s")
_LEADING = re.compile(r"^(?:that|whether|of|about)\s+", re.IGNORECASE)
_EDGE = " \t\r\n\"'“”‘’,;:."


@dataclass
class Denial:
    """One denial: cue span, who denies, the stated proposition (if any), and where it points.

    ``local`` is True when the denial hangs off the sentence it is in ("…, a claim the ministry
    denied", "…, which has not been verified"), so its target is earlier in the same sentence.
    """

    cue: tuple[int, int]
    sentence: int
    denier: str | None
    proposition: tuple[int, int] | None
    local: bool
    # "such statements", "these are … accusations": it answers every claim the voice it answers made
    # just before, not only the last one.
    plural: bool = False
    # "rejected the accusations": what the denial calls the claim it answers (a claim noun's lemma).
    target_noun: str | None = None
    # The cue is its sentence's main verb ("Veloria has denied …", "These accusations are groundless"):
    # the sentence reports or makes the denial and asserts nothing of its own.
    main: bool = False
    # "the accusations made by X that P": who made the claim denied, when the text says so.
    claimant: str | None = None
    # "Contrary to the claims of Ms Marsh, ...": whose claims it answers, as the text names them.
    answers: str | None = None
    # "called the general's words a lie": whose words it answers, as the text names them ("the general").
    owner: str | None = None
    # The words answered are named only by their owner ("words", "remarks"): no owner found, no link.
    owner_only: bool = False
    # What the label says of the words ("a lie meant to justify the shelling of ..."): their subject.
    topic: tuple[int, int] | None = None


def strip_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces, quote marks and clause punctuation at both edges, and past a
    leading "that", "whether", "of" or "about"."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    m = _LEADING.match(text[start:end])
    if m:
        start += m.end()
    return _balance_marks(text, start, end)


def _balance_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Give back a quotation mark stripped at an edge when the words inside still hold its partner:
    'Ostland was "starving the population into submission"', not '... "starving ... submission'."""
    inner = text[start:end]
    if inner.count('"') % 2 == 1:
        if end < len(text) and text[end] == '"' and _opens(inner):
            end += 1
        elif start > 0 and text[start - 1] == '"' and not _opens(inner):
            start -= 1
    elif inner.count("“") > inner.count("”") and end < len(text) and text[end] == "”":
        end += 1
    elif inner.count("”") > inner.count("“") and start > 0 and text[start - 1] == "“":
        start -= 1
    return start, end


def _cue_taken(found: list[Denial], start: int, end: int) -> bool:
    """True when a denial already found has its cue in ``[start, end)``: a formula that matches
    there is the same denial, not another one."""
    return any(d.cue[0] < end and start < d.cue[1] for d in found)


def _opens(inner: str) -> bool:
    """The last straight double quote in ``inner`` opens a quotation (it follows a space or starts it)."""
    i = inner.rfind('"')
    return i == 0 or inner[i - 1].isspace() or inner[i - 1] in "([-—–"


# Word stems of DENY_VERBS, for quote cues that arrive as plain text ("denied", "disputes").
_DENY_STEMS = ("deni", "deny", "reject", "dismiss", "refut", "rebut", "disput", "debunk", "repudiat",
               "contest", "disavow", "contradict")


def is_denial_cue(cue_text: str) -> bool:
    """True for a quote cue such as "denied" or "has dismissed"."""
    return any(w.startswith(_DENY_STEMS) for w in cue_text.lower().split())


def _subtree_span(tok) -> tuple[int, int]:
    toks = list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _clause_span(clause) -> tuple[int, int]:
    """A that-clause without a trailing participle clause: "denied that P, calling it a lie" -> P."""
    start, end = _subtree_span(clause)
    for c in clause.children:
        if c.dep_ in ("advcl", "xcomp") and c.i > clause.i and c.tag_ == "VBG":
            first = next(iter(c.subtree))
            end = min(end, first.idx)
    return start, end


def _is_local(tok) -> bool:
    """The denial sits in a clause attached to something earlier in its sentence."""
    cur = tok
    for _ in range(6):
        if cur.dep_ in LOCAL_DEPS:
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


class DenialFinder:
    """Find denials in a parsed document; ``asserter`` gives who speaks at an offset."""

    def __init__(self, doc: Document, asserter, outlet: str | None = None) -> None:
        # asserter: Callable[[int], str | None], who speaks at an offset (quote speaker or outlet)
        self.doc = doc
        self.outlet = outlet
        self.text = doc.text
        self.asserter = asserter
        self.starts = [s.start for s in doc.sentences]
        # Built on first use, so each lookup reads what is near an offset, not the whole document.
        self._evidence: list | None = None
        self._index: DocIndex | None = None

    @property
    def index(self) -> DocIndex:
        if self._index is None:
            self._index = DocIndex(self.doc)
        return self._index

    def evidence(self) -> list:
        """The document's evidence markers, found once (the analyzer stores the same list)."""
        if self._evidence is None:
            self._evidence = find_evidence(self.text)
        return list(self._evidence)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def find(self) -> list[Denial]:
        parsed = self.doc.cache.get("parse")
        found: list[Denial] = []
        if parsed is not None:
            for tok in parsed:
                d = self._verbal(tok)
                if d is not None:
                    found.append(d)
        found.extend(self._no_evidence(parsed, found))
        found.extend(self._rejections(found))
        found.extend(self._unreal(found))
        found.extend(self._contrary(found))
        return found

    def _contrary(self, found: list[Denial]) -> list[Denial]:
        """ "Contrary to the claims of Ms Marsh, no Ostlandic units have been moved": the speaker at
        that point denies what the named voice claimed before."""
        out = []
        for m in _CONTRARY.finditer(self.text):
            if _cue_taken(found, m.start(), m.end()):
                continue
            noun = (m.group(1) or "claim").lower()
            out.append(Denial((m.start(), m.end()), self.sentence_of(m.start()), self.asserter(m.start()), None,
                              False, plural=True, target_noun=noun, answers=m.group(2).strip()))
        return out

    def _unreal(self, found: list[Denial]) -> list[Denial]:
        """ "Such statements have nothing to do with reality": a claim noun or a pronoun as the subject
        (the text from the sentence's start), its content when it states one ("information ... about
        P"), the speaker at that point as the denier."""
        out = []
        for m in _UNREAL.finditer(self.text):
            if _cue_taken(found, m.start(), m.end()):
                continue
            k = self.sentence_of(m.start())
            start = self.starts[k]
            subject = self.text[start : m.start()]
            if not _CLAIM_SUBJECT.match(subject) or ";" in subject:
                continue
            verb = re.search(r"\s+(?:has|have|had|is|are|was|were|does|do|did)(?:\s+not)?\s*$", subject)
            subject_end = start + (verb.start() if verb else len(subject))
            prop, claimant = None, None
            about = re.search(r"\s(?:about|that)\s", self.text[start:subject_end])
            if about:
                prop = strip_clause(self.text, start + about.end(), subject_end)
                agent = re.search(r"\sby\s+(.+)$", self.text[start : start + about.start()])
                if agent:
                    claimant = _strip_det(agent.group(1))
                if prop[1] - prop[0] < 3:
                    prop = None
            noun = re.search(r"(claim|report|allegation|accusation|statement|stor(?:y|ie)|assertion|insinuation|"
                             r"remark|fabrication)(s?)\b", subject, re.IGNORECASE)
            d = Denial((m.start(), m.end()), k, self.asserter(m.start()), prop, False,
                       plural=prop is None and noun is not None and noun.group(2) == "s",
                       main=True, claimant=claimant)
            if noun is not None:
                d.target_noun = noun.group(1).lower().replace("storie", "story")
            out.append(d)
        return out

    def _rejections(self, found: list[Denial]) -> list[Denial]:
        """ "We are not going to let such statements go unanswered": the speaker at that point
        rejects the claims reported just before it."""
        out = []
        for m in _REJECTION.finditer(self.text):
            if _cue_taken(found, m.start(), m.end()):
                continue
            out.append(Denial((m.start(), m.end()), self.sentence_of(m.start()), self.asserter(m.start()), None,
                              False, plural=True))
        return out

    # -- verbal denials: "denied that …", "dismissed the reports as baseless", "called it a lie"
    def _verbal(self, tok) -> Denial | None:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            if tok.pos_ in ("ADJ", "NOUN") and tok.lower_ in FALSE_WORDS and tok.dep_ in ("acomp", "attr"):
                return self._predicative(tok)
            if tok.pos_ == "NOUN" and tok.dep_ == "attr" and tok.lemma_.lower() in CLAIM_NOUNS and any(
                    c.dep_ == "amod" and c.lower_ in FALSE_WORDS for c in tok.children):
                # "These are unsubstantiated accusations": the pronoun points back at what was said.
                d = self._predicative(tok)
                if d is not None:
                    d.plural = d.proposition is None and tok.tag_ == "NNS"
                    d.target_noun = tok.lemma_.lower()
                return d
            return None
        if lemma in LABEL_VERBS:
            return self._labelled(tok)
        if lemma in ("fabricate", "invent") and any(c.dep_ == "nsubjpass" for c in tok.children):
            subj = next(c for c in tok.children if c.dep_ == "nsubjpass")
            if subj.lemma_.lower() in CLAIM_NOUNS or subj.lower_ in REFERRING_PRONOUNS:
                return self._make(tok, None, _is_local(tok), subject=None)
            return None
        if lemma not in DENY_VERBS:
            return None
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
        passive_subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if tok.dep_ == "relcl" and obj is None and tok.head.lemma_.lower() in CLAIM_NOUNS:
            obj = tok.head  # "a claim the ministry later denied"
        if passive_subj is not None and obj is None:
            obj = passive_subj  # "the reports were denied by …"
        proposition = None
        if clause is not None:
            proposition = _clause_span(clause)
        elif obj is not None:
            olemma = obj.lemma_.lower()
            if lemma == "deny" and olemma in DENY_REFUSALS:
                return None
            if olemma in OWNED_NOUNS and _owner(obj) is not None and (lemma in TRUTH_VERBS or self._as_false(tok)):
                # "rejected the general's remarks": his words, whichever of his claims they were
                d = self._make(tok, None, False, subject=self._subject(tok))
                _set_owner(d, obj, _owner(obj))
                return d
            if olemma in CLAIM_NOUNS or obj.lower_ in REFERRING_PRONOUNS or obj.lower_ in FALSE_WORDS:
                proposition = self._noun_content(obj)  # "denied the reports", "reject these lies"
                if proposition is None and olemma in CLAIM_NOUNS:
                    proposition = self._late_content(obj)
                if proposition is not None and olemma in CLAIM_NOUNS:
                    # "the accusations made by X that P": X's claim, denied
                    d = self._make(tok, proposition, False, subject=self._subject(tok))
                    d.claimant, d.target_noun = self._claimant(obj.idx, proposition[0]), olemma
                    return d
            elif lemma in NEEDS_CLAIM_OBJECT and not self._as_false(tok):
                return None
            elif obj.tag_ == "VBG" or lemma == "deny":
                proposition = _subtree_span(obj)  # "denied shelling the village", "denied any role in …"
        elif lemma in NEEDS_CLAIM_OBJECT:
            return None
        d = self._make(tok, proposition, _is_local(tok) and proposition is None, subject=self._subject(tok))
        if obj is not None and obj.lemma_.lower() in CLAIM_NOUNS:
            d.target_noun = obj.lemma_.lower()
            d.plural = d.proposition is None and obj.tag_ == "NNS"
            _set_owner(d, obj, _owner(obj))
        elif obj is not None and obj.tag_ == "NNS" and (obj.lower_ in FALSE_WORDS or obj.lemma_.lower() in FALSE_WORDS):
            # "We categorically reject these fabrications": someone's words, as "such statements" are (not
            # the statement's own account just before it).
            d.plural = d.proposition is None
        return d

    def _as_false(self, verb) -> bool:
        """ "dismissed X as baseless": a prep 'as' (on the verb or its object) with a false-word."""
        heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "as" and any(t.lower_ in FALSE_WORDS for t in c.subtree):
                    return True
        return False

    def _labelled(self, verb) -> Denial | None:
        """ "called the reports baseless", "described the claims as lies"."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        # "We consider this publication a crude provocation": the parser may make the complement a
        # second object.
        complement = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "attr")
                      or (c.dep_ in ("dobj", "obj") and obj is not None and c.i > obj.i)]
        owner = _owner(obj)
        if owner is not None:
            # 'called the general's words "a lie meant to ..."': the parser may make the label an apposition.
            complement += [c for c in obj.children if c.dep_ == "appos"]
        words = {t.lower_ for c in complement for t in c.subtree}
        if not (words & FALSE_WORDS or self._as_false(verb)):
            return None
        if obj is not None and not (obj.lemma_.lower() in CLAIM_NOUNS or obj.lower_ in REFERRING_PRONOUNS
                                    or (owner is not None and obj.lemma_.lower() in OWNED_NOUNS)):
            return None
        prop = self._noun_content(obj) if obj is not None else None
        # "calling it baseless" hangs off the sentence's claim; "X called the reports lies" does not.
        local = verb.dep_ in ("advcl", "xcomp", "relcl", "acl") or _is_local(verb)
        d = self._make(verb, prop, local and prop is None, subject=self._subject(verb))
        if obj is not None and obj.lemma_.lower() in CLAIM_NOUNS:
            # "called the accusations a fairy tale": what it answers, as for "rejected the accusations"
            d.target_noun = obj.lemma_.lower()
            d.plural = d.proposition is None and obj.tag_ == "NNS"
        _set_owner(d, obj, owner)
        if d.owner_only:
            labels = [c for c in complement if c is not obj]
            if labels:
                d.topic = (min(_subtree_span(c)[0] for c in labels), max(_subtree_span(c)[1] for c in labels))
        return d

    def _predicative(self, adj) -> Denial | None:
        """ "The reports are false": the subject is a claim noun or a pronoun pointing back."""
        head = adj.head
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (subj.lemma_.lower() in CLAIM_NOUNS or subj.lower_ in REFERRING_PRONOUNS):
            return None
        d = self._make(head, self._noun_content(subj), _is_local(head), subject=None, cue_tok=adj)
        if subj.lemma_.lower() in ACCUSATION_NOUNS:
            # "these accusations were false": it answers what was reported as an accusation
            d.target_noun = subj.lemma_.lower()
        return d

    def _noun_content(self, noun) -> tuple[int, int] | None:
        """ "claims that P" / "reports of P": the stated content of a claim noun."""
        for c in noun.children:
            if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children):
                return _subtree_span(c)
            if c.dep_ == "prep" and c.lower_ in ("of", "about", "that"):
                return _subtree_span(c)
        return None

    def _late_content(self, noun) -> tuple[int, int] | None:
        """ "rejects the accusations made yesterday by the Minister of Foreign Affairs, Thomas Reiner,
        that P": a that-clause the parser hung elsewhere after a long agent. The clause comes later in
        the sentence with no verb between but the noun's own participle."""
        sent = noun.sent
        mark = None
        for t in sent[noun.i - sent.start + 1 :]:
            # "denied the report, saying that P" is P said, not the report's content.
            if t.text in (";", ":") or t.tag_ == "MD" or (
                    t.pos_ in ("VERB", "AUX") and not (t.tag_ == "VBN" and t.head.i == noun.i)):
                return None
            if t.lower_ == "that" and t.dep_ == "mark":
                mark = t
                break
        if mark is None:
            return None
        clause = mark.head
        span = (mark.idx, clause.right_edge.idx + len(clause.right_edge.text))
        if clause.i < mark.i or span[1] - span[0] < 10:
            return None
        return span

    def _claimant(self, start: int, end: int) -> str | None:
        """Who made the claim named between ``start`` and ``end`` ("the accusations made by the
        Minister of Foreign Affairs, Thomas Reiner, that"): the agent's person, else its entity or words."""
        agent = re.search(r"\bby\s+(.+?)[\s,]*(?:\bthat\b)?[\s,]*$", self.text[start:end])
        if not agent:
            return None
        a0, a1 = start + agent.start(1), start + agent.end(1)
        persons = [e for e in self.doc.entities if e.type == "PERSON"
                   and any(a0 <= m.start and m.end <= a1 for m in e.mentions)]
        if persons:
            return persons[-1].name
        ent = self.index.entity_mentioned(a0, a1)
        return ent.name if ent is not None else _strip_det(self.text[a0:a1])

    def _subject(self, verb, depth: int = 0):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
        if subj is None:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        # A claim is never the denier: "said the report was false and denied it" shares "said"'s subject.
        if subj is not None and subj.lemma_.lower() in CLAIM_NOUNS:
            subj = None
        if subj is None and depth < 3 and verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and verb.head is not verb:
            head = verb.head
            # "denied that P, calling it a lie": spaCy may hang "calling" on P's verb; the caller is
            # the subject of the reporting verb above P.
            if verb.tag_ == "VBG" and head.dep_ == "ccomp" and head.head is not head:
                head = head.head
            return self._subject(head, depth + 1)
        if subj is None and verb.lemma_.lower() in DENY_VERBS:
            subj = self._left_noun(verb)
        return subj

    def _make(self, tok, proposition, local: bool, subject, cue_tok=None) -> Denial:
        cue_tok = cue_tok if cue_tok is not None else tok
        cue = (cue_tok.idx, cue_tok.idx + len(cue_tok.text))
        prop = strip_clause(self.text, *proposition) if proposition else None
        if prop is not None and prop[1] - prop[0] < 3:
            prop = None
        return Denial(cue, self.sentence_of(cue[0]), self.denier(tok, subject), prop, local, main=tok.dep_ == "ROOT")

    # -- "there is no proof of …", "which has not been verified", "offered no evidence"
    def _no_evidence(self, parsed, verbal: list[Denial]) -> list[Denial]:
        out = []
        for ev in self.evidence():
            if ev.kind != "absent" or not _DISPUTING.search(self.text[ev.start : ev.end]):
                continue  # "X offered no proof" weakens X; only "no proof", "not verified" deny a claim
            if any(d.cue[0] < ev.end and ev.start < d.cue[1] for d in verbal):
                continue
            tail = re.match(r"\s*(?:that|of|for)\s+([^.;!?]+)", self.text[ev.end :])
            prop = None
            if tail and not re.match(r"(?:the|this|these|that|his|her|their|its)\s+(?:\w+\s+)?(?:claims?|reports?|allegations?|accusations?)\b", tail.group(1), re.I):
                prop = strip_clause(self.text, ev.end + tail.start(1), ev.end + tail.end(1))
            local = False
            if parsed is not None:
                tok = next((t for t in self.index.tokens_in(parsed, ev.start, ev.end) if t.pos_ in ("VERB", "AUX")), None)
                local = tok is not None and _is_local(tok)
            before = self.text[self.starts[self.sentence_of(ev.start)] : ev.start].lower()
            aside = before.rstrip().endswith(("which", "which has", "which have"))
            local = local or aside
            # "…, which has not been verified" is the reporter's aside even inside a reported clause.
            who = self.outlet if aside and self.outlet else self.asserter(ev.start)
            out.append(Denial((ev.start, ev.end), self.sentence_of(ev.start), who, prop, local and prop is None))
        return out

    # -- who denies
    def denier(self, tok, subject) -> str | None:
        """The quote whose cue is this verb, else the subject resolved to a speaker or entity."""
        q = self._quote_at_cue(tok.idx)
        if q is not None and q.speaker_name:
            return q.speaker_name
        if subject is None:
            return self.asserter(tok.idx)
        s, e = _subtree_span(subject)
        for q in self.index.speakers_overlapping(s, e):
            return q.speaker_name
        if subject.lower_ in ("we", "us") and self.doc.issuer and self._quote_containing(tok.idx) is None:
            return self.doc.issuer  # "We categorically deny …" in a statement: its issuer denies
        if subject.pos_ == "PRON":
            inside = self._quote_containing(tok.idx)
            if inside is not None and inside.speaker_name:
                return inside.speaker_name
            personal = subject.lower_ in ("he", "she", "him", "her")
            return self._latest_entity(s, ("PERSON",) if personal else ("ORG", "GPE", "NORP", "PERSON"))
        hs, he = subject.idx, subject.idx + len(subject.text)  # the head word: "[Veloria's] ministry" is not Veloria
        ent = self.index.entity_mentioned(hs, he)
        if ent is not None:
            return ent.name
        head = subject.lower_
        ent = self.index.latest_entity_named(head, s)
        if ent is not None:
            return ent.name  # "the ministry" -> "Ministry of Defence"
        if self.doc.issuer and re.search(rf"\b{re.escape(head)}\b", self.doc.issuer.lower()):
            return self.doc.issuer  # "The ministry dismissed …" in the ministry's own statement
        return _strip_det(_DATELINE.sub("", self.text[s:e]))

    def _left_noun(self, verb):
        """The nearest noun phrase left of a subject-less denial verb on the same line.

        A headline without a full stop can merge with the first sentence and leave "Veloria's
        defence ministry on Thursday denied …" parsed without a subject; dates are skipped.
        """
        line_start = self.text.rfind("\n", 0, verb.idx) + 1
        best = None
        for chunk in self.index.chunks_between(verb.doc, line_start, verb.i):
            if chunk.root.ent_type_ in ("DATE", "TIME") or chunk.root.pos_ == "PRON":
                continue
            best = chunk.root
        return best

    def _quote_at_cue(self, offset: int) -> Quote | None:
        return self.index.quote_at_cue(offset)

    def _quote_containing(self, offset: int) -> Quote | None:
        return self.index.quote_containing(offset)

    def _latest_entity(self, offset: int, types: tuple[str, ...]) -> str | None:
        ent = self.index.latest_entity(offset, types)
        return ent.name if ent is not None else self.asserter(offset)


def _owner(noun) -> str | None:
    """ "the general's words" -> "the general": a possessive owner that is no pronoun ("his words" is
    left alone: precision first)."""
    if noun is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ == "PRON":
        return None
    toks = [t for t in poss.subtree if t.dep_ != "case"]
    return " ".join(t.text for t in toks) or None


def _set_owner(d: Denial, obj, owner: str | None) -> None:
    """Record whose words a denial answers; a noun that names words only through their owner
    ("words", "remarks") makes the owner required for a link."""
    if owner is None or d.proposition is not None:
        return
    d.owner = owner
    d.owner_only = obj.lemma_.lower() in OWNED_NOUNS
    if d.owner_only:
        d.plural = False


def _strip_det(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE)
