"""Claims and denials: check-worthy assertions, who asserts them, who denies them; evidence markers.

Candidates are the quotes' contents (asserted by the speaker) and the sentences outside quotes
(asserted by ``doc.issuer``, else the outlet ``doc.source``). The bundled ONNX check-worthiness model
scores them; those at or above the threshold become claims. Denials found by
:mod:`spinscope.analyzers.claims.denials` are linked to the claim they target (the stated proposition by
embedding similarity, else the claim they hang off or the nearest earlier one), and a denied
proposition with no earlier claim becomes a claim of its own, kept whatever its score.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from spinscope.analyzers.claims.denials import FALSE_WORDS, Denial, DenialFinder, is_denial_cue, strip_clause
from spinscope.analyzers.claims.not_claims import NotClaims
from spinscope.analyzers.claims.scorer import load_check_worthiness
from spinscope.analyzers.claims.scorer import model_files as scorer_files
from spinscope.analyzers.quotes.lexicon import ROLE_NOUNS
from spinscope.core.document import Claim, Document, Quote
from spinscope.core.registry import Analyzer, Param, register
from spinscope.models.encoder import model_files as encoder_files
from spinscope.models.encoder import shared_encoder

_PARAGRAPH = re.compile(r"\n\s*\n")
# A speaker the quotes layer could not resolve who is the text's own first person.
_FIRST_PERSON = frozenset("i me we us".split())
# A denial that names what it answers as accusations links to what was reported as one.
ACCUSATIONS = frozenset({"accusation", "allegation", "charge", "claim", "insinuation"})
ACCUSING = ("accus", "alleg", "charg", "blam", "claim")
_EDITOR_NOTE = re.compile(r"\[[^\]\n]{1,160}\]")
# "accused X of P", "blamed X for P", "charged X with P": a content that opens on the accused.
ACCUSED_OF = ("accus", "blam", "charg")


# A sentence that clears someone of an accusation: it reports no accusation of its own.
_CLEARS = re.compile(
    r"\b(?:acquit\w*|exonerat\w*|not guilty|cleared (?:him|her|them|it|\w+ \w+) of|cleared of|"
    r"fail(?:ed|s)? to (?:prove|establish|show|substantiate)|(?:dropped|dismissed|withdrew) (?:all |the )?charges|"
    r"(?:no|insufficient) (?:evidence|proof))\b",
    re.IGNORECASE,
)


# Words of a body's name ("General Staff", "Defence Ministry"): such a voice is no person.
_BODY_WORDS = frozenset(w for w, t in ROLE_NOUNS.items() if t == "ORG") | {"staff", "service", "forces", "headquarters"}
# "his words" answers one of a voice's claims when it is this close to the denial's sentence (MiniLM cosine)
# and this much closer than any other claim of that voice.
OWNED_SIMILARITY = 0.25
OWNED_MARGIN = 0.1
_FILLER = frozenset("a an the of to and or in on is was are were that this these those another pure".split())


def _says_something(label: str) -> bool:
    """The label says more than that the words are false: "a lie meant to justify the shelling of
    civilian infrastructure", not "a lie" or "another fairy tale"."""
    words = [w for w in re.findall(r"[a-z]+", label.lower()) if w not in _FILLER and w not in FALSE_WORDS]
    return len(words) >= 3


def _titled(doc: Document, who: str, role: str, before: int) -> bool:
    """The voice ``who`` carries the role word where it speaks or is named before ``before``: the speaker
    words of its quotes ("the commander ..., Colonel General Anatoly Braun") or the words right before a
    mention of its entity ("Colonel General Anatoly Braun")."""
    # The role word as a title, not as a word of a body's name ("General Staff").
    body = "|".join(sorted(_BODY_WORDS))
    pattern = re.compile(rf"\b{re.escape(role)}\b(?!\s+(?:{body})\b)", re.IGNORECASE)
    for q in doc.quotes:
        if q.speaker_name == who and q.speaker is not None and q.speaker.start < before and \
                pattern.search(doc.text[q.speaker.start : q.speaker.end]):
            return True
    for ent in doc.entities:
        if ent.name != who:
            continue
        for m in ent.mentions:
            if m.start < before:
                left = re.split(r"[.;:!?\n]", doc.text[max(0, m.start - 40) : m.start])[-1]
                if pattern.search(left) or pattern.search(doc.text[m.start : m.end]):
                    return True
    return False


def _sentence_span(doc: Document, c: _Candidate) -> tuple[int, int]:
    sent = doc.sentences[c.sentence]
    return sent.start, sent.end


def _any_in(offsets: list[int], start: int, end: int) -> bool:
    """True when the sorted ``offsets`` hold one in ``[start, end)``."""
    i = bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end


def _cue_subject(doc: Document, q: Quote) -> str | None:
    """The parsed subject of a quote's cue ("Western media claim that …") when no speaker was found."""
    parsed = doc.cache.get("parse")
    if parsed is None or q.cue is None:
        return None
    span = parsed.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    for tok in span or []:
        # "compound": spaCy sometimes attaches the subject of a present-tense cue as a noun
        # compound ("[Western media] claim that …"). Of two subjects the one nearest the verb: a
        # dateline's city ("KORSK, March 14 - Sarkand has accused …") is parsed as a subject too.
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "compound")]
        for child in sorted(subjects, key=lambda c: abs(c.i - tok.i))[:1]:
            if child.pos_ != "PRON":
                # Without a date or dash hung on its left ("March 14 - Sarkand").
                skip = {t.i for c in child.lefts if c.dep_ in ("npadvmod", "punct") for t in c.subtree}
                sub = [t for t in child.subtree if t.i not in skip or t.i > child.i]
                return doc.text[sub[0].idx : sub[-1].idx + len(sub[-1].text)]
    return None


def _same_side(denier: str | None, asserter: str | None) -> bool:
    """A party does not deny itself: "Ministry of Foreign Affairs of Veloria" and "Veloria" are one
    side, so the ministry's own counter-claim is never "denied by" its government."""
    if not denier or not asserter:
        return denier == asserter
    a, b = denier.lower(), asserter.lower()
    return a == b or re.search(rf"\b{re.escape(b)}\b", a) is not None or re.search(rf"\b{re.escape(a)}\b", b) is not None


_DEMONYM = re.compile(r"\b[A-Z][a-z]+(?:ian|ish|ese|ic|i)\b")
_OFFICIAL = re.compile(r"\b(?:minist(?:er|ry)|spokes(?:man|woman|person)|president|prime minister|ambassador|envoy|"
                       r"general|government|army|armed forces|military|defen[cs]e|embassy|foreign)\b", re.I)
_NOT_OFFICIAL = re.compile(r"\b(?:opposition|exiled|former|dissident|rebel|separatist)\b", re.I)
_BODY = re.compile(r"\b(?:minist(?:ry|er)|government|army|armed forces|military|embassy|general staff|command)\b", re.I)


def _same_government(doc: Document, denier: str | None, asserter: str | None) -> bool:
    """ "Brevian Foreign Minister Anna Stolt" and the "Brevian Defence Ministry" speak for one government:
    her "blatant disinformation" never denies her own ministry's claim. Only officials titled with the same
    people's adjective as a state body's name; an opposition leader of that people is another side."""
    if not denier or not asserter or not _BODY.search(asserter):
        return False
    theirs = set(_DEMONYM.findall(asserter))
    if not theirs:
        return False
    titles = [denier] if _OFFICIAL.search(denier) else []
    for ent in doc.entities:
        if ent.name != denier:
            continue
        for m in ent.mentions:
            left = re.split(r"[.;:!?\n,]", doc.text[max(0, m.start - 60) : m.start])[-1]
            if _OFFICIAL.search(left):
                titles.append(left)
    return any(theirs & set(_DEMONYM.findall(t)) and not _NOT_OFFICIAL.search(t) for t in titles)


@dataclass
class _Candidate:
    start: int
    end: int
    sentence: int
    asserted_by: str | None
    score: float = 0.0
    denied_by: list[str] = field(default_factory=list)
    cue: str | None = None  # the reporting word of the quote it comes from ("accused"), lower case


@register
class Claims(Analyzer):
    """Check-worthy claims with ``asserted_by``/``denied_by``, and evidence markers.

    Options: see ``params`` (``spinscope analyzers`` lists them).

    >>> from spinscope.core.pipeline import Pipeline
    >>> from spinscope.core.document import Document
    >>> text = ("Mayor Elena Varga said troops shelled the village of Dorna on Monday. "
    ...         "Defence Minister Ivan Petrov denied that his troops shelled Dorna.")
    >>> doc = Pipeline(["parse", "entities", "quotes", "claims"])(Document(id="d", text=text, source="Wire"))
    >>> [(doc.text[c.start:c.end], c.asserted_by, c.denied_by) for c in doc.claims]
    [('troops shelled the village of Dorna on Monday', 'Elena Varga', ['Ivan Petrov'])]
    """

    name = "claims"
    version = "14"  # 14: a "READ MORE: ..." link line is no claim (issue 22); 13: "We reject these fabrications" (a plural false-word object) answers the voices quoted before, like "such statements", not the statement's own account just before it (issue 22); 12: an official titled with a people's adjective ("Brevian Foreign Minister Anna Stolt") never denies a state body of that people ("Brevian Defence Ministry"); an opposition or former official may (issue 22); 11: an unresolved first-person speaker ("Let me remind ... that P") asserts as the issuer, never "me" (issue 22); 10: a verdict sentence ("This claim is false.") is no claim even where no outlet is known; a report's cue subject is the one nearest its verb, never a dateline's city (issue 22); 9: "called the general's words 'a lie meant to ...'" denies the one claim of that voice the label is about (else nothing); "the minister's claims" only that voice's; "these accusations were false" answers no ruling that clears (issue 22); 8: "Contrary to the claims of X, ..."; a plural denial promotes no low-scored fragment; 7: "consider X a provocation", "called the accusations a fairy tale"; 6: an accusation's claim starts at its verb ("accused X of P"); 5: "has nothing to do with reality" and kin deny; "the accusations made by X that P" is X's claim P, denied; 4: a narrated denial is no claim; "this is a lie" after the denier's own account links to nothing older; 3: no headline, caption, credit, byline or lead-in claims; "such statements" rejections (issue 22); 2: editor's notes in quotes are the outlet's; "We deny" in a statement is the issuer's
    assigns = ("claims", "evidence")
    # Speakers and cues come from quotes, denials' subjects from the parse and entities, the
    # outlet's claims are asserted by the issuer quotes detected.
    requires = ("parse", "sentences", "entities", "quotes", "issuer")
    params = (
        Param("threshold", None, "minimum check-worthiness score for a claim; null uses the model's "
              "tuned threshold", type=float, low=0, high=1, nullable=True),
        Param("min_words", 4, "shorter candidates are not scored", type=int, low=1),
        Param("link_similarity", 0.4, "cosine similarity (MiniLM) from which a denied proposition is the "
              "same claim as an earlier one in the document", type=float, low=-1, high=1),
    )

    def model_files(self) -> list[Path]:
        return [*scorer_files(), *encoder_files()]

    def initialize(self) -> None:
        self.scorer_ = load_check_worthiness()
        thr = self.config["threshold"]
        self.threshold_ = float(thr) if thr is not None else self.scorer_.threshold

    @property
    def encoder_(self):
        """The sentence encoder, loaded when a denial first states a proposition to link (a cold
        start on a document without one does not pay for it)."""
        return shared_encoder()

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            self.clear_layers(doc)
        # Headline, captions, credits, lead-ins and datelines of each document: no claims there.
        nots = [NotClaims(doc.text, doc.title) for doc in docs]
        per_doc = [self._candidates(doc, nc) for doc, nc in zip(docs, nots, strict=True)]
        flat = [(doc, c) for doc, cands in zip(docs, per_doc, strict=True) for c in cands]
        # One batched model call for the whole batch of documents.
        scores = self.scorer_.score([doc.text[c.start : c.end] for doc, c in flat])
        for (_, c), s in zip(flat, scores, strict=True):
            c.score = float(s)
        for doc, cands, nc in zip(docs, per_doc, nots, strict=True):
            self._annotate(doc, cands, nc)
        return docs

    # -- candidates ---------------------------------------------------------------------------
    def _outlet(self, doc: Document) -> str | None:
        return doc.issuer or doc.source

    def _candidates(self, doc: Document, nc: NotClaims) -> list[_Candidate]:
        text, out = doc.text, []
        covered = [False] * len(doc.sentences)
        starts = [sent.start for sent in doc.sentences]
        for q in doc.quotes:
            denial = q.cue is not None and is_denial_cue(text[q.cue.start : q.cue.end])
            # Only the sentences the quote overlaps (sentences are sorted and disjoint): a bisect, not a
            # scan of every sentence per quote, which made long documents quadratic.
            first = max(0, bisect_right(starts, q.content.start) - 1)
            for i in range(first, bisect_left(starts, q.content.end)):
                sent = doc.sentences[i]
                s, e = max(sent.start, q.content.start), min(sent.end, q.content.end)
                if s >= e:
                    continue
                # The sentence is the quote's when its cue is in it or the quote fills most of it; a
                # stray fragment elsewhere leaves the sentence a candidate of its own too.
                cue_in = q.cue is not None and sent.start <= q.cue.start < sent.end
                covered[i] = covered[i] or cue_in or (e - s) >= 0.5 * (sent.end - sent.start)
                if denial:
                    continue  # the denier does not assert what it denies; the denial finder handles it
                speaker = q.speaker_name or (text[q.speaker.start : q.speaker.end] if q.speaker else None)
                if speaker is not None and speaker.strip().lower() in _FIRST_PERSON:
                    # "Let me remind ... that P": "me" is no asserter's name; a statement's issuer speaks,
                    # else nobody known (not the outlet, which reports the words).
                    who = doc.issuer
                else:
                    who = speaker or _cue_subject(doc, q) or self._outlet(doc)
                # "[banned in Ostland]" inside a quote is the editor's note: the outlet's, not the speaker's.
                cue = text[q.cue.start : q.cue.end].lower() if q.cue is not None else None
                if cue and cue.split()[-1].startswith(ACCUSED_OF) and s == q.content.start and \
                        sent.start <= q.cue.start and not text[q.cue.end : s].strip():
                    # "accused [Russia of attacks on civilians]": the words after the cue name the
                    # accused, not what is claimed; with its verb the claim reads as said.
                    s = q.cue.end - len(cue.split()[-1])
                last = s
                for note in _EDITOR_NOTE.finditer(text, s, e):
                    self._add(out, nc, last, note.start(), i, who, cue)
                    self._add(out, nc, note.start() + 1, note.end() - 1, i, self._outlet(doc))
                    last = note.end()
                self._add(out, nc, last, e, i, who, cue)
        for i, sent in enumerate(doc.sentences):
            if not covered[i]:
                self._add(out, nc, sent.start, sent.end, i, self._outlet(doc))
        return out

    def _add(self, out: list[_Candidate], nc: NotClaims, s: int, e: int, sent: int, who: str | None,
             cue: str | None = None) -> None:
        text = nc.text
        # A headline without a full stop can share a sentence with the first paragraph: split there.
        for piece in _PARAGRAPH.split(text[s:e]):
            if not piece.strip():
                continue
            ps = text.index(piece, s)
            s = ps + len(piece)
            # The clause's edges first, then no headline, caption or dateline (whose cut must not let
            # strip_clause take the sentence's first word: "- About 1,200 workers").
            kept = nc.trim(*strip_clause(text, ps, ps + len(piece)))
            if kept is None:
                continue
            a, b = kept
            if b > a and len(text[a:b].split()) >= self.config["min_words"]:
                out.append(_Candidate(a, b, sent, who, cue=cue))

    # -- denials, claims, evidence ------------------------------------------------------------
    def _annotate(self, doc: Document, cands: list[_Candidate], nc: NotClaims) -> None:
        outlet = self._outlet(doc)
        # Who speaks at an offset: the quote holding it (by the finder's position index), else the outlet.
        finder = DenialFinder(doc, lambda off: finder.index.speaker_at(off) or outlet, outlet)
        vectors: dict[tuple[int, int], np.ndarray] = {}  # span -> embedding, each span encoded once per doc
        denials = finder.find()
        # The narration's sentence that is a denial ("Veloria has dismissed the allegation as a
        # provocation", a statement's "These accusations are groundless") asserts nothing: it is the
        # denial, shown on the claim it answers, and no later denial answers it. So is a fact-check's
        # "This claim is false" where no outlet is known to deny in its name.
        said = sorted(d.cue[0] for d in denials if d.main)
        # a cue inside the candidate: the first cue at or after its start lies before its end (bisection,
        # not a scan of every cue per candidate)
        cands = [c for c in cands if c.cue is not None or not _any_in(said, c.start, c.end)]
        by_sentence = _BySentence(cands)
        for d in denials:
            if d.denier:
                self._link(doc, by_sentence, d, vectors, nc)
        kept = [c for c in by_sentence.all if c.score >= self.threshold_ or c.denied_by]
        kept.sort(key=lambda c: (c.start, c.end))
        for c in kept:
            doc.claims.append(Claim(c.start, c.end, round(c.score, 4), c.asserted_by, list(c.denied_by)))
        doc.evidence.extend(finder.evidence())

    def _link(self, doc: Document, cands: _BySentence, d: Denial, vectors: dict, nc: NotClaims) -> None:
        target = None
        if d.proposition is not None:
            target = self._similar(doc, cands, d, vectors)
            if target is None:
                kept = nc.trim(*d.proposition)
                if kept is None:
                    return  # what a headline denies is the headline's, not a claim
                s, e = kept
                if len(doc.text[s:e].split()) < self.config["min_words"]:
                    return
                target = _Candidate(s, e, d.sentence, d.claimant)
                target.score = float(self.scorer_.score([doc.text[s:e]])[0])
                cands.append(target)
        elif d.local:
            same = [c for c in cands.in_sentences(d.sentence, d.sentence + 1) if c.start < d.cue[0]]
            target = same[-1] if same else None
        if target is None and d.proposition is None and d.owner is not None:
            owned = self._owned(doc, cands, d)
            if owned is None and d.owner_only:
                return  # "called the general's words a lie" with no one general among the voices: no guess
            if owned is not None and d.owner_only:
                target = self._owned_target(doc, owned, d, vectors)
                if target is not None and not _same_side(d.denier, target.asserted_by) \
                        and d.denier not in target.denied_by:
                    target.denied_by.append(d.denier)
                return
        else:
            owned = None
        if target is None and d.proposition is None:
            earlier = [
                c for c in cands.in_sentences(d.sentence - 3, d.sentence)
                if c.asserted_by != d.denier and d.denier not in c.denied_by
                and not _same_government(doc, d.denier, c.asserted_by)
            ]
            if owned is not None:
                # "rejected the minister's claims": only that voice's claims
                earlier = [c for c in earlier if c.asserted_by == owned[0].asserted_by]
            if d.answers:
                # "Contrary to the claims of Ms Marsh": the claims of the voice it names.
                words = {w for w in re.findall(r"[A-Z][\w'-]+", d.answers) if w not in ("Ms", "Mr", "Mrs", "Dr")}
                named = [c for c in earlier if c.asserted_by and words & set(c.asserted_by.split())]
                earlier = named or earlier
            if d.target_noun in ACCUSATIONS:
                # "rejected the accusations": what was reported with "accused", "alleged", "blamed".
                accused = [c for c in earlier if c.cue and c.cue.split()[-1].startswith(ACCUSING)]
                # Else a claim that accuses, not a ruling that clears ("the court ... saying
                # prosecutors had failed to prove she had steered a contract"): "these accusations
                # were false" does not answer the court.
                earlier = accused or [c for c in earlier if not _CLEARS.search(doc.text, *_sentence_span(doc, c))]
            if d.plural:
                # "such statements", "these accusations": someone's words, so a quoted voice's claims
                # before the outlet's own narration.
                quoted = [c for c in earlier if c.asserted_by not in (self._outlet(doc), doc.source)]
                earlier = quoted or earlier
            target = max(earlier, key=lambda c: (c.sentence, c.start)) if earlier else None
            if target is not None and d.target_noun is None and not d.plural:
                # "This is pure fiction" right after the denier's own account ("… were circulating
                # fabricated stories about a strike"): "this" is what that account describes, not an
                # older claim of someone else's.
                before = [c for c in cands.in_sentences(d.sentence - 1, d.sentence + 1) if c.end <= d.cue[0]]
                latest = max(before, key=lambda c: (c.sentence, c.start)) if before else None
                if latest is not None and latest is not target and latest.asserted_by == d.denier:
                    target = None
            if target is not None and d.plural:
                # "such statements": every claim of the voice answered, in the sentences looked at.
                for c in earlier:
                    # Only its claims: a low-scored fragment of that voice is not promoted to one by the denial.
                    if c is not target and c.asserted_by == target.asserted_by and c.score >= self.threshold_ \
                            and not _same_side(d.denier, c.asserted_by):
                        c.denied_by.append(d.denier)
        if target is not None and not _same_side(d.denier, target.asserted_by) and d.denier not in target.denied_by \
                and not _same_government(doc, d.denier, target.asserted_by):
            target.denied_by.append(d.denier)

    def _owned(self, doc: Document, cands: _BySentence, d: Denial) -> list[_Candidate] | None:
        """The claims (shown ones, before the denial: the sentences ``_similar`` reads) of the one voice
        the denial's owner names: "the general's words" -> the voice titled general, "Braun's remarks" ->
        Braun. None when no voice or more than one fits."""
        pool = [c for c in cands.ordered([*cands.in_sentences(0, min(3, d.sentence)),
                                          *cands.in_sentences(max(3, d.sentence - 10), d.sentence)])
                if c.score >= self.threshold_ and c.asserted_by and c.asserted_by != d.denier]
        head = d.owner.split()[-1]  # "Ms Marsh" -> Marsh, "the Ostlandic general" -> general
        # "the general" is a person: the voice titled general, not the "General Staff"
        person = ROLE_NOUNS.get(head.lower()) == "PERSON"
        fits = set()
        for who in {c.asserted_by for c in pool}:
            if head[0].isupper():
                if head in who.split():
                    fits.add(who)
            elif person:
                if not _BODY_WORDS & set(who.lower().split()) and _titled(doc, who, head, d.cue[0]):
                    fits.add(who)
            elif re.search(rf"\b{re.escape(head)}\b", who.lower()) or _titled(doc, who, head, d.cue[0]):
                fits.add(who)
        if len(fits) != 1:
            return None
        who = fits.pop()
        return [c for c in pool if c.asserted_by == who]

    def _owned_target(self, doc: Document, owned: list[_Candidate], d: Denial, vectors: dict) -> _Candidate | None:
        """Which of a voice's claims "his words" are: the only one, else the one clearly closest in
        meaning to the denial's sentence ('a lie meant to justify the shelling of civilian
        infrastructure' answers the claim about artillery in schools, not the one about villages
        taken); None when none stands out."""
        if len(owned) == 1:
            return owned[0]
        if d.topic is None or not _says_something(doc.text[d.topic[0] : d.topic[1]]):
            return None  # "called the general's words a lie": nothing says which
        spans = [d.topic] + [(c.start, c.end) for c in owned]
        missing = list(dict.fromkeys(sp for sp in spans if sp not in vectors))
        for sp, vec in zip(missing, self.encoder_.encode([doc.text[a:b] for a, b in missing]), strict=True):
            vectors[sp] = vec
        sims = np.stack([vectors[sp] for sp in spans[1:]]) @ vectors[spans[0]]
        order = np.argsort(-sims)
        best, second = float(sims[order[0]]), float(sims[order[1]])
        if best >= OWNED_SIMILARITY and best - second >= OWNED_MARGIN:
            return owned[int(order[0])]
        return None

    def _similar(self, doc: Document, cands: _BySentence, d: Denial, vectors: dict) -> _Candidate | None:
        """The earlier candidate (not in the denial's own sentence) closest in meaning to the proposition."""
        # Denials answer nearby claims or the lede: the ten sentences before, and the first three.
        # Bounded so: a denial compares with at most 13 sentences' candidates, whatever the length.
        window = cands.in_sentences(max(3, d.sentence - 10), d.sentence + 1)
        pool = [
            c for c in cands.ordered([*cands.in_sentences(0, min(3, d.sentence + 1)), *window])
            if c.sentence < d.sentence or (c.sentence == d.sentence and c.end <= d.cue[0])
        ]
        if not pool:
            return None
        # Each candidate is compared alone and with its whole sentence, where names often sit
        # ("Officials in Dorna said troops shelled the village" vs "denied firing on Dorna");
        # a candidate that is nearly its whole sentence stands for it.
        sents = []
        for c in pool:
            x = doc.sentences[c.sentence]
            sents.append((x.start, x.end) if (c.end - c.start) < 0.9 * (x.end - x.start) else (c.start, c.end))
        spans = [d.proposition] + [(c.start, c.end) for c in pool] + sents
        missing = list(dict.fromkeys(sp for sp in spans if sp not in vectors))
        for sp, vec in zip(missing, self.encoder_.encode([doc.text[a:b] for a, b in missing]), strict=True):
            vectors[sp] = vec
        vecs = np.stack([vectors[sp] for sp in spans])
        n = len(pool)
        sims = np.maximum(vecs[1 : n + 1] @ vecs[0], vecs[n + 1 :] @ vecs[0])
        best = int(np.argmax(sims))
        return pool[best] if sims[best] >= self.config["link_similarity"] else None


class _BySentence:
    """A document's candidates by sentence, so linking a denial looks at a few sentences, not all.

    Candidates keep their position in the document's list: where several qualify, the one picked is
    the one a scan of the whole list would pick.
    """

    def __init__(self, cands: list[_Candidate]) -> None:
        self.all = cands
        self.order: dict[int, int] = {}
        self.sentences: dict[int, list[_Candidate]] = {}
        for c in cands:
            self._index(c)

    def _index(self, c: _Candidate) -> None:
        self.order[id(c)] = len(self.order)
        self.sentences.setdefault(c.sentence, []).append(c)

    def append(self, c: _Candidate) -> None:
        self.all.append(c)
        self._index(c)

    def in_sentences(self, start: int, end: int) -> list[_Candidate]:
        """Candidates of sentences ``start`` to ``end - 1``, by sentence, in list order within each."""
        return [c for i in range(max(0, start), end) for c in self.sentences.get(i, ())]

    def ordered(self, cands: list[_Candidate]) -> list[_Candidate]:
        """``cands`` once each, in list order."""
        unique = {id(c): c for c in cands}
        return sorted(unique.values(), key=lambda c: self.order[id(c)])
