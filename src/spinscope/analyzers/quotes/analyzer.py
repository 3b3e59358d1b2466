"""Quotes and attribution: who said what, through whom, and who issued the document.

Fills ``doc.quotes`` with :class:`~spinscope.core.document.Quote` (kind direct / indirect / mixed, content,
cue, speaker span, resolved ``speaker_name``, ``via``) and sets ``doc.issuer`` for statement
documents. Rules over the spaCy parse find direct quotes, indirect speech and "According to X"; the
bundled ONNX tagger (MiniLM fine-tuned on PolNeAR) finds the many reports rules miss.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from pathlib import Path

from spinscope.analyzers.parse.boilerplate import Boilerplate
from spinscope.analyzers.quotes.candidate import Candidate, overlap, strip_range
from spinscope.analyzers.quotes.checks import (
    drop_non_reports,
    poll_speaker,
    repair_speaker,
    reporter_np,
    take_cue_subject,
    valid_speaker,
)
from spinscope.analyzers.quotes.direct import direct_quotes
from spinscope.analyzers.quotes.indirect import indirect_quotes
from spinscope.analyzers.quotes.issuer import OWNER_FIRST, STATEMENT, detect_issuer, first_line
from spinscope.analyzers.quotes.labellers import attach_labellers, clear_labellers
from spinscope.analyzers.quotes.lexicon import CUE_VERBS
from spinscope.analyzers.quotes.link import link
from spinscope.analyzers.quotes.marks import scan
from spinscope.analyzers.quotes.merge import merge
from spinscope.analyzers.quotes.nominal import nominal_quotes
from spinscope.analyzers.quotes.sanity import (
    according_elsewhere,
    claims_responsibility,
    clean_name,
    cue_adjunct_cut,
    dangling,
    expletive_telling,
    faceless_source,
    holds_cue,
    holds_speaker,
    in_title,
    keep,
    nested_in_quotation,
    noun_clause_cut,
    on_link_line,
    only_attempted,
    own_voice_cut,
    quotation_insides,
    so_called_cut,
    verbless_tail_cut,
)
from spinscope.analyzers.quotes.score import features, load_scorer
from spinscope.analyzers.quotes.speakers import SpeakerResolver
from spinscope.analyzers.quotes.stance import add_stance, stance_quotes
from spinscope.analyzers.quotes.tagger import MODEL_DIR, load_span_tagger, model_files
from spinscope.analyzers.quotes.via import channel_phrase, citing, find_via, nested_reports
from spinscope.core.document import Document, Quote, Span
from spinscope.core.registry import Analyzer, Param, register
from spinscope.core.spans import TokenStarts
from spinscope.models.once import once

log = logging.getLogger(__name__)
TAGS_KEY = "quotes_tags"  # doc.cache: the tagger's spans, shared by prefetch and the call


@register
class Quotes(Analyzer):
    """Direct, indirect and mixed quotes with resolved speakers; the issuer of statement documents.

    Options: see ``params`` (``spinscope analyzers`` lists them).

    >>> from spinscope.core.pipeline import Pipeline
    >>> from spinscope.core.document import Document
    >>> doc = Pipeline(["parse", "entities", "quotes"])(Document(id="d", text='"We will win," Anna Kovacs said.'))
    >>> [(q.kind, doc.text[q.content.start:q.content.end], q.speaker_name) for q in doc.quotes]
    [('direct', 'We will win', 'Anna Kovacs')]
    """

    name = "quotes"
    version = "20"  # 20: "According to the ministry, Kessian forces ...": the clause after the comma is no apposition, "near Orla, the ministry added" no title of Orla; "the charity said" is the charity named before ("the Helping Hands charity"); what someone keeps silent about is no quote; a label's labeller is never the labelled actor, nor the accuser for the words naming the accused (issue 22); 19: "so-called" is no cue and no part of a speaker (issue 22); 18: a title before a name ends at a clause's verb or "that" ("The Defence Ministry has warned that Kessian ..." titles no "Kessian"); a "READ MORE: ..." line is no report (issue 22); 17: "the statement by X that P?" in a question leaves the asker's "?" out of P (issue 22); 16: "Spokeswoman X's answer to a media question about ..." is a statement issued by X (issue 22); 15: a body's name that the issuer's name holds ("The Ministry of Defence", "The Embassy" typed PERSON) is the issuer in its own statement (issue 22); 14: "citing persistent inflation" is a reason, no channel; a headline's "X accuses Y of Z" is no quote (issue 22); 13: "According to reliable information" names no speaker; "attempting to blame X" is no accusation made; "according to X" sources its own sentence only; "the central bank of Orvia" speaks, not Orvia; "the court" is neither the town it sits in nor a name whose apposition ran into the next sentence (issue 22); 12: "It is telling that P" is the writer's comment, no quote; "Reports ... that P are false" reports P, not the verdict after it (issue 22); 11: "the agency"/"the service" is the one state body of that kind named in its sentence or the one before (none where a news agency is named); "The Embassy" in the embassy's own statement is its issuer (issue 22); 10: a speaker cut after "the commander" is the named commander; 9: the name after a person's role speaks, whatever its NER type; 8: a body in a place speaks, not the place; a relative "who" the tagger ran on; where it was said and a verbless tail or "Such statements" cut off a content; 7: a report inside a quotation ends at its closing mark, none by the quoted "I" or "we"; 6: no report across a paragraph break, no verbless fragment, no pronoun or verb as a name, "it" claiming an attack is an organisation (issue 22); 2: the bundled tagger joins the rules; 3: statement genre; 4: noun cues, stance clauses, speakers; 5: the cue subject over the nearest tagged source, counted and participle speakers (issue 11)
    # entities.labels: only the "by" key of each label (who uses it); the entities analyzer owns the rest.
    assigns = ("quotes", "issuer", "entities.labels", "framing.by")
    requires = ("parse", "sentences", "entities", "framing")  # framing: its labels get their labeller
    provides = (TAGS_KEY,)  # the tagger's spans, computed once (by the prefetch beside the parse)
    params = (
        Param("tagger", "auto", "use the bundled attribution tagger as well as the rules; \"auto\" uses it "
              "when its model files are installed, false runs the rules alone", choices=("auto", True, False)),
        Param("lead", "rules", "whose content boundaries win where rules and tagger found the same report",
              choices=("rules", "tagger")),
        Param("threads", 2, "onnxruntime intra-op threads of the tagger (a threaded pipeline gives 1)", type=int, low=1),
    )

    def _use_tagger(self) -> bool:
        mode = self.config["tagger"]
        return mode is True or (mode == "auto" and all(p.is_file() for p in model_files(MODEL_DIR)))

    def model_files(self) -> list[Path]:
        # Only tagger=true insists on the files; "auto" falls back to the rules (logged in initialize).
        return model_files(MODEL_DIR) if self.config["tagger"] is True else []

    def initialize(self) -> None:
        self.tagger_ = load_span_tagger(threads=self.config["threads"]) if self._use_tagger() else None
        if self.tagger_ is None and self.config["tagger"] == "auto":
            log.warning("quotes: attribution tagger files missing from %s; running the rules alone", MODEL_DIR)

    def _tags(self, doc: Document):
        """The tagger's spans of the text (computed once: the prefetch may have done it)."""
        return once(doc, TAGS_KEY, lambda: self.tagger_.tag(doc.text))

    def prefetch(self, doc: Document) -> None:
        # The tagger needs only the text: on the sequential path it runs beside the parse.
        if self.tagger_ is not None:
            self._tags(doc)

    def __call__(self, doc: Document) -> Document:
        self.clear_layers(doc)
        text = doc.text
        parsed = doc.cache["parse"]
        quoted = scan(text)
        rules = direct_quotes(text, parsed, quoted) + indirect_quotes(text, parsed) + nominal_quotes(text, parsed)
        rules = nested_reports(rules, text)
        tagged = link(text, self._tags(doc)) if self.tagger_ is not None else None
        idx = TokenStarts(parsed)  # one offset index for every check on this document
        if tagged is not None:
            tagged = drop_non_reports(text, idx, tagged)
        cands = drop_non_reports(text, idx, merge(text, rules, tagged, quoted, lead=self.config["lead"]))
        # "Senator Brink endorsed the treaty": stance attributions, where nothing else was found.
        cands = add_stance(cands, drop_non_reports(text, idx, stance_quotes(text, parsed)), quoted)
        issuer = detect_issuer(doc)
        resolver = SpeakerResolver(doc, issuer=_entity_name(doc, issuer))
        sent_starts = [s.start for s in doc.sentences]
        insides = quotation_insides(quoted)
        page = Boilerplate.of(doc)  # share buttons, cookie notices: no quote there
        # A statement's title line ("Comment by … on the statement of …") names the text: no report.
        head = first_line(text)
        title_end = len(text) - len(text.lstrip()) + len(head) if STATEMENT.search(head) or OWNER_FIRST.search(head) else 0
        # "Sarkand accuses Lusovia of staging border 'provocation'": a headline's accusation, whose
        # "content" is the accused and the charge ("Lusovia of staging ..."); the body reports it.
        headline_end = len(text) - len(text.lstrip()) + len(head) if not title_end and _headline(text, head) else 0
        for c in cands:
            if page and (page.touches(*c.content) or (c.speaker is not None and page.touches(*c.speaker))):
                continue
            if issuer is not None:  # a statement's own "We …" answer after a report it quotes
                own_voice_cut(text, c, sent_starts, quoted)
                if dangling(idx, c) or holds_cue(c):
                    continue  # "We have noted yet another statement by …", "We reaffirm [our readiness …]"
            cue_adjunct_cut(idx, c)
            noun_clause_cut(text, idx, c)
            verbless_tail_cut(text, idx, c, sent_starts)
            if nested_in_quotation(text, c, insides):
                continue  # "\"I have said that P,\" she told …": the quotation gives P, with its speaker
            if (headline_end and in_title(c, headline_end) and _accuses(text, c)) or \
                    in_title(c, title_end) or not keep(text, idx, c) or expletive_telling(text, c) \
                    or faceless_source(text, idx, c) or only_attempted(idx, c) \
                    or according_elsewhere(text, c, sent_starts) or on_link_line(text, c):
                continue  # a headline run into the next paragraph, a verbless fragment (sanity.py)
            self._channel(doc, c, sent_starts, idx)
            if c.speaker is not None and not valid_speaker(idx, c.speaker):
                c.speaker = repair_speaker(idx, c.speaker)  # "of", ",", a bare "Ostlandic": not an actor
            take_cue_subject(idx, c)
            poll_speaker(text, idx, c)
            so_called_cut(text, c)
            if holds_speaker(c):
                continue  # "the agency reported" is who spoke, not what was said
            # An unsourced paraphrase in a statement keeps speaker_name None: claims fall back to doc.issuer.
            if c.speaker is not None and text[c.speaker[0] : c.speaker[1]].lower() == "it" and claims_responsibility(text, c):
                name, etype = resolver.claimant(c.speaker)
            else:
                name, etype = resolver.resolve(c.refers_to if c.refers_to is not None and c.speaker is not None else c.speaker)
            name = clean_name(name)
            content = strip_range(text, *c.content, chars=" \t\r\n")
            # How often such a quote is right (score.py, fitted on our PolNeAR slice).
            score = quote_score(features(c.kind, c.rule, text[c.speaker[0] : c.speaker[1]] if c.speaker else None,
                                         etype if name else None, c.cue is not None, content[1] - content[0]))
            doc.quotes.append(
                Quote(
                    kind=c.kind,
                    content=Span(*content),
                    cue=Span(*c.cue) if c.cue else None,
                    speaker=Span(*c.speaker) if c.speaker else None,
                    speaker_name=name,
                    via=c.via,
                    score=score,
                )
            )
        if issuer is not None:
            doc.issuer = resolver.issuer
        attach_labellers(doc)
        return doc

    def clear_layers(self, doc: Document) -> None:
        """Replace what this analyzer wrote: its quotes, and the ``by`` of entity labels (the labels
        themselves belong to the entities analyzer)."""
        doc.quotes.clear()
        clear_labellers(doc)

    @staticmethod
    def _channel(doc: Document, c: Candidate, sent_starts: list[int], idx: TokenStarts) -> None:
        """Set ``via``; for "X reported, citing Y" X is the speaker and Y the channel."""
        anchor = c.cue[0] if c.cue else c.content[0]
        i = bisect_right(sent_starts, anchor) - 1
        if i < 0:
            return
        sent = (doc.sentences[i].start, doc.sentences[i].end)
        chain = citing(doc.text, sent, c.content)
        if chain is not None and _citing_a_reason(idx, chain[0], c.content):
            chain = None  # "kept its rate unchanged, citing persistent inflation": a reason, no channel
        if chain is not None:
            cited, reporter = chain
            if c.speaker is None or overlap(c.speaker, cited):
                c.speaker = reporter_np(idx, reporter)
            c.via = channel_phrase(doc.text[cited[0] : cited[1]])
            return
        c.via = c.via or find_via(doc.text, sent, c.content)


def _headline(text: str, head: str) -> bool:
    """The first line is a headline: short, no sentence end or quotation mark closing it, and a blank
    line or a dateline paragraph after it."""
    if not head or len(head) > 160 or head[-1] in ".!?\"”’:":
        return False
    start = len(text) - len(text.lstrip()) + len(head)
    return re.match(r"[ \t\r]*\n[ \t\r]*\n", text[start:]) is not None


def _citing_a_reason(idx: TokenStarts, cited: tuple[int, int], content: tuple[int, int]) -> bool:
    """ "The bank kept its rate unchanged, citing persistent inflation": a "citing" that hangs on a verb
    of no speech gives a reason; "X reported, citing rescuers" and "X, citing local medics, reported"
    cite a source."""
    word = next((t for t in reversed(idx.between(max(0, cited[0] - 9), cited[0]))
                 if t.lower_ in ("citing", "quoting")), None)
    if word is None or word.lower_ != "citing":
        return False
    head = word.head
    # A head inside the content is the parser hanging "citing" on what was reported ("reported, citing
    # rescuers, that 30 civilians were killed").
    return head.i != word.i and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in CUE_VERBS \
        and not (content[0] <= head.idx < content[1])


def _accuses(text: str, c) -> bool:
    """An indirect report by "accuses"/"blames"/"charges" whose content opens right after the cue (on
    the accused)."""
    if c.kind == "direct" or c.cue is None or text[c.cue[1] : c.content[0]].strip():
        return False
    return text[c.cue[0] : c.cue[1]].lower().split()[-1].startswith(("accus", "blam", "charg"))


def quote_score(x: list[float]) -> float | None:
    """The fitted map's score for a quote's features; None when ``score.json`` is not installed."""
    scorer = load_scorer()
    return round(scorer(x), 4) if scorer is not None else None


def _entity_name(doc: Document, issuer: str | None) -> str | None:
    """The entity's canonical name when the issuer phrase is essentially that person or body.

    "Foreign Minister Sergey Lavrov" ends with a person's name, so it becomes that name; an entity
    must otherwise cover most of the phrase, so "Ministry of Foreign Affairs of Veloria" does not
    shrink to "Veloria".
    """
    if not issuer:
        return issuer
    for ent in doc.entities:
        names = [ent.name, *ent.aliases]
        if ent.type == "PERSON" and any(issuer.endswith(n) and len(n.split()) >= 2 for n in names):
            return ent.name
        if any(n == issuer for n in names):
            return ent.name
    return issuer
