"""The document's stance toward each narrative it carries: ``asserts``, ``refutes`` or ``reports``.

A narrative detector fires on topic: a fact-check of the "Western smear" story talks about the
same cable, the same ministry and the same "fabrication" as the story itself. Stance is read from
who speaks each evidence sentence and what the document's own voice does with it:

* **refutes**: the document is a fact-check (``Claim:``/``Verdict:`` labels, "Fact check" or
  "No, ..." headlines), or an evidence sentence in the document's own voice calls the narrative
  false ("The claim that the images were fabricated is misleading"), or the narrative is only
  voiced by others and the document's own voice answers it ("... is baseless", "In fact ...",
  "There is no evidence ...").
* **reports**: every evidence sentence is attributed to someone else (a quote of the quotes layer,
  or a reporting verb: "the ministry said", "according to", "Claim: ...") and the document's own
  voice does not take a side.
* **asserts**: an evidence sentence says it in the document's own voice, unanswered.

Refutation words that belong to the narrative itself are not refutations of it: "fabrication" in
a document pushing "accusations against Veloria are fabricated" is the narrative speaking, so each
narrative's own vocabulary (label, description, examples) is taken out of the cue list for it.

The rules were written and tuned on the tune half of tests/fixtures/stance/stance.jsonl and scored
on its test half (bench/eval_stance.py; figures in docs/narratives.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spinscope.core.annotations import Narrative, Quote, Span

ASSERTS, REFUTES, REPORTS = "asserts", "refutes", "reports"
STANCES = (ASSERTS, REFUTES, REPORTS)

# A fact-check's own labels and headlines.
_FACT_CHECK = re.compile(
    r"(?im)^\s*(?:fact[- ]?check\b|debunked\b|misleading\b|false\b|verdict\s*:|rating\s*:|claim\s*:|no,\s)"
    r"|\?\s*(?:no|false|misleading|not true)\b[^\n]{0,3}$"
)
# Words with which a document's own voice calls something untrue or unsupported. Matched whole-word,
# case-insensitively; a narrative's own words are removed from this list for that narrative.
_REFUTE_WORDS = (
    "false", "falsely", "misleading", "unsupported", "not supported", "no evidence", "no proof",
    "offered no evidence", "offered none", "baseless", "unfounded", "groundless", "debunked", "debunk",
    "untrue", "not true", "myth", "wishful thinking", "says otherwise", "say otherwise", "does not make it",
    "no sign of",
)
# What a denial narrative says of the accusation it denies ("invented, with no evidence at all").
_NO_EVIDENCE = frozenset({"no evidence", "no proof", "offered no evidence", "offered none", "no sign of"})
# Insults any side throws ("Western lies", "state propaganda"): a refutation only when the sentence
# names a claim, story or narrative they apply to ("The backfire story is propaganda").
_PEJORATIVES = ("fantasy", "fabricated", "fabrication", "disinformation", "propaganda", "lie", "lies", "insult",
                "theatre")
_CLAIM_NOUN = re.compile(r"\b(?:claims?|story|stories|narratives?|notion|idea|allegations?|accusations?|charges?|"
                         r"tale|theory|version|talk)\b", re.I)
# A short answer in the document's own voice: "It does not.", "It has not: parliament passed ...".
_ANSWER = re.compile(r"^\s*(?:it|that)\s+(?:is|was|does|did|has|have|had)\s+not\s*(?:[.:;]|$)", re.I)
# A sentence in the document's voice that answers what came before it.
_CONTRAST = re.compile(r"^\s*(?:but|yet|in fact|however|actually|the data|the record|the evidence)\b", re.I)
# Sentences that attribute what they say to someone else.
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|saying|told|tells|claim(?:s|ed|ing)?|accus(?:e|es|ed|ing)|alleg(?:e|es|ed|ing)|"
    r"describ(?:e|es|ed|ing)|call(?:s|ed|ing)?(?!\s+(?:a|an)\s)|insists?|insisted|repeats?|repeated|according to|"
    r"reported|aired|touts?|warn(?:s|ed)|argu(?:e|es|ed)|maintain(?:s|ed)|believe|"
    r"shared the claim|wants? the world to|branded|labelled|labeled|citing)\b"
    # Rejecting speaks of what someone said only with its object: "denied that ...", "rejected the
    # accusation", "dismissed the report as ..."; "Dunmark rejected it at once" (an offer) is an act.
    r"|\b(?:dismiss|reject|den)(?:ed|ied|ies|s|y)?\s+(?:that\b|(?:the|these|those|this|such|all|any|its|their)\s+"
    r"(?:\w+\s+){0,2}(?:claims?|accusations?|allegations?|reports?|stor(?:y|ies)|charges?|findings?|statements?)\b)",
    re.I,
)
# "sites that call themselves independent" and "the so-called investigation": naming, not reporting.
_SELF_NAMING = re.compile(r"\b(?:call|calls|called|describe|describes|described)\s+(?:themselves|itself|himself|herself)\b"
                          r"|\bso-called\b", re.I)
# A quote gives a sentence to someone else only when the quotes layer is sure of it: its default
# minimum (settings' min_score for quotes). Below it, the layer's guesses (a "quote" cued by
# "proposed" or "responded to") would hand a pusher's own sentences to a speaker no one sees.
QUOTE_TRUSTED = 0.6
# A narrative pushed by a single body sentence (the headline not counted) counts only with this
# score: one sentence near the matcher's threshold states the topic ("Dunmark's parliament elected a
# new speaker", "The fishing season in the Gulf of Tarn opened") more often than it pushes the story.
# Chosen on all 151 documents of tests/fixtures/stance pooled (docs/narratives.md): from 0.7 to 0.85
# the pooled asserts precision is 0.93-0.95 at recall 0.77-0.80; without the rule 0.84 at 0.82.
SINGLE_SENTENCE_PUSH = 0.8
# "Claim:" heads the proposition a fact-check examines: attributed by construction.
_CLAIM_LABEL = re.compile(r"^\s*claim\s*:", re.I)
# Newsroom boilerplate that never carries a narrative, whatever its topic words.
BOILERPLATE = re.compile(
    r"\b(?:declined to comment|did not (?:immediately )?(?:respond|comment|reply)|could not be reached|"
    r"no injuries|not immediately (?:clear|available)|was not available for comment|no date has been set|"
    r"could not (?:independently )?verify)\b",
    re.I,
)
_WORD = re.compile(r"[a-z]+")


# Words of falsehood: a narrative that uses one of them is itself a denial ("the accusations are
# fabricated"), and then all of them are its own words, not refutations of it.
_DENIAL_FAMILY = frozenset(
    "fabricated fabrication fabricate fake fakes lie lies lying smear smears disinformation propaganda invented "
    "invent doctored false baseless fantasy fiction slander hoax unfounded groundless".split()
)


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The lower-case words of a narrative's label, description and examples (see ``_DENIAL_FAMILY``)."""
    words = frozenset(w for t in texts for w in _WORD.findall(t.lower()))
    return words | _DENIAL_FAMILY if words & _DENIAL_FAMILY else words


def refute_cue(text: str, vocab: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` calls something untrue, with words not of the narrative's own vocabulary."""
    low = text.lower()
    cues = _REFUTE_WORDS + (_PEJORATIVES if _CLAIM_NOUN.search(text) else ())
    denial = bool(vocab & _DENIAL_FAMILY)
    for cue in cues:
        words = cue.split()
        if len(words) == 1 and words[0] in vocab:
            continue
        if denial and cue in _NO_EVIDENCE:
            continue  # "with no evidence at all" is what a denial narrative says of the accusation
        if re.search(rf"\b{re.escape(cue)}\b", low):
            return True
    return bool(_ANSWER.match(text))


def is_fact_check(text: str) -> bool:
    """A fact-check's labels or headline in the document's first lines or anywhere as a label line."""
    return _FACT_CHECK.search(text) is not None


def _quoted(quotes: Sequence[Quote], span: Span) -> bool:
    for q in quotes:
        if (q.speaker is None and q.cue is None) or (q.score is not None and q.score < QUOTE_TRUSTED):
            continue
        c = q.content
        if c.start < span.end and span.start < c.end:
            return True
    return False


def attributed(text: str, span: Span, quotes: Sequence[Quote]) -> bool:
    """Whether the sentence at ``span`` voices someone else: a quote, a reporting verb or a Claim: label."""
    sentence = text[span.start:span.end]
    sentence = _SELF_NAMING.sub("", sentence)
    return bool(_CLAIM_LABEL.match(sentence) or _ATTRIBUTION.search(sentence) or _quoted(quotes, span))


def sentences_in(spans: Sequence[Span], sentences: Sequence[Span]) -> list[Span]:
    """The sentences inside the evidence spans (a paragraph cited by the SemEval model), or the spans."""
    out = [s for s in sentences if any(e.start <= s.start and s.end <= e.end for e in spans)]
    return out or list(spans)


def headline(text: str) -> Span | None:
    """The first line when it is a headline: a line of its own, without a final full stop."""
    first = text.split("\n", 1)[0]
    line = first.rstrip()
    if "\n" not in text or not line or line.endswith((".", "!")):
        return None
    return Span(len(first) - len(first.lstrip()), len(line))


def decide(text: str, evidence: Sequence[Span], sentences: Sequence[Span], quotes: Sequence[Quote],
           vocab: frozenset[str] = frozenset()) -> str:
    """The document's stance toward one narrative whose evidence sentences are ``evidence``."""
    if is_fact_check(text):
        return REFUTES
    own, others = [], []
    head = headline(text)
    for s in evidence:
        sentence = text[s.start:s.end]
        if sentence.rstrip().endswith("?"):
            continue  # a question asserts nothing ("Are Dunmark missiles massing on the border?")
        if attributed(text, s, quotes):
            others.append(s)
            # "The claim that P is misleading": the claim is attributed, the verdict is the document's.
            if re.search(r"\b(?:claim|story|narrative|notion|idea|charge|accusation)s? that\b", sentence, re.I) \
                    and refute_cue(sentence, vocab):
                return REFUTES
        else:
            if refute_cue(sentence, vocab):
                return REFUTES
            own.append(s)
    # A headline alone does not make the document push it: "Arrests after Velgrad march" heads a
    # report; a pusher says it in its body too. And a document that first gives the narrative as
    # someone else's ("Velorian TV reported that ...") and then speaks itself is answering or
    # reporting it, not pushing it: a pusher says it in its own voice first.
    def is_head(s: Span) -> bool:  # the headline, however the sentence splitter trimmed it
        return head is not None and s.start <= head.end and not text[head.end:s.end].strip()

    if _answers_others(text, sentences, quotes, {(s.start, s.end) for s in evidence}):
        return REFUTES
    body_own = [s for s in own if not is_head(s)]
    first_other = min((s.start for s in others if not is_head(s)), default=None)
    if body_own and (first_other is None or body_own[0].start < first_other):
        return ASSERTS
    # Voiced only by others or by the headline: does the document's own voice answer it afterwards?
    cited = {(s.start, s.end) for s in evidence}
    for s in sentences or [Span(0, len(text))]:
        if (s.start, s.end) in cited or s.start < min((e.start for e in evidence), default=0):
            continue
        sentence = text[s.start:s.end]
        if attributed(text, s, quotes):
            continue
        if _CONTRAST.match(sentence) or refute_cue(sentence, vocab):
            return REFUTES
    return REPORTS


def _answers_others(text: str, sentences: Sequence[Span], quotes: Sequence[Quote],
                    cited: set[tuple[int, int]]) -> bool:
    """Whether the document's own voice answers, in the next sentence, what it has just given as
    someone else's: a short answer ("Veloria's ministers repeat that the embargo hurts Dunmark more.
    It does not."), or a contrast that carries the narrative's topic ("Velgrad calls the report a
    Western invention. But the report names the servers ...")."""
    for before, s in zip(sentences, sentences[1:], strict=False):
        sentence = text[s.start:s.end]
        if attributed(text, s, quotes) or not attributed(text, before, quotes):
            continue
        if _ANSWER.match(sentence) or (_CONTRAST.match(sentence) and (s.start, s.end) in cited):
            return True
    return False


def expresses(text: str, span: Span) -> bool:
    """Whether a sentence can carry a narrative at all (newsroom boilerplate cannot)."""
    return BOILERPLATE.search(text[span.start:span.end]) is None


def assign(text: str, narratives: Sequence[Narrative], sentences: Sequence[Span], quotes: Sequence[Quote],
           vocab_of: dict[str, frozenset[str]] | None = None) -> None:
    """Set ``stance`` on each narrative from its evidence (sentences, or paragraphs split into them)."""
    for n in narratives:
        units = [s for s in sentences_in(n.evidence, sentences) if expresses(text, s)] or list(n.evidence)
        n.stance = decide(text, units, sentences, quotes, (vocab_of or {}).get(n.id, frozenset()))


def unsure_push(narrative: Narrative, text: str) -> bool:
    """Pushed on the strength of one body sentence that barely carries it: the analyzer says nothing."""
    head = headline(text)
    body = [e for e in narrative.evidence if head is None or e.start > head.end]
    return (narrative.stance == ASSERTS and len(body) <= 1
            and narrative.score is not None and narrative.score < SINGLE_SENTENCE_PUSH)
