"""Quotes and attribution: who said what, through whom, and who issued the document.

Fills ``doc.quotes`` with :class:`~spinscope.core.document.Quote` (kind direct / indirect / mixed, content,
cue, speaker span, resolved ``speaker_name``, ``via``) and sets ``doc.issuer`` for statement
documents. Rules over the spaCy parse find direct quotes, indirect speech and "According to X"; the
bundled ONNX tagger (MiniLM fine-tuned on PolNeAR) finds the many reports rules miss.
"""

from __future__ import annotations

from bisect import bisect_right

from spinscope.analyzers.quotes.candidate import Candidate, trim
from spinscope.analyzers.quotes.direct import direct_quotes
from spinscope.analyzers.quotes.indirect import indirect_quotes
from spinscope.analyzers.quotes.issuer import detect_issuer
from spinscope.analyzers.quotes.link import link
from spinscope.analyzers.quotes.marks import scan
from spinscope.analyzers.quotes.merge import merge
from spinscope.analyzers.quotes.speakers import SpeakerResolver
from spinscope.analyzers.quotes.tagger import MODEL_DIR
from spinscope.analyzers.quotes.via import citing, find_via
from spinscope.core.document import Document, Quote, Span
from spinscope.core.registry import Analyzer, register
from spinscope.errors import ConfigError


@register
class Quotes(Analyzer):
    """Direct, indirect and mixed quotes with resolved speakers; the issuer of statement documents.

    Options
    -------
    tagger (bool | "auto"): use the bundled attribution tagger as well as the rules; "auto" (default)
        uses it when its model file is installed, false runs the rules alone.
    lead ("tagger" | "rules"): whose content boundaries win where both found the same report.

    >>> from spinscope.core.pipeline import Pipeline
    >>> from spinscope.core.document import Document
    >>> doc = Pipeline(["parse", "entities", "quotes"])(Document(id="d", text='"We will win," Anna Kovacs said.'))
    >>> [(q.kind, doc.text[q.content.start:q.content.end], q.speaker_name) for q in doc.quotes]
    [('direct', 'We will win', 'Anna Kovacs')]
    """

    name = "quotes"
    version = "2"  # 2: the bundled tagger joins the rules
    assigns = ("quotes", "issuer")
    requires = ("parse", "entities")
    defaults = {"tagger": "auto", "lead": "rules"}

    def initialize(self) -> None:
        mode = self.config["tagger"]
        if mode not in (True, False, "auto"):
            raise ConfigError(f"The 'tagger' option of quotes must be true, false or \"auto\". Got {mode!r}.")
        if self.config["lead"] not in ("tagger", "rules"):
            raise ConfigError(f"The 'lead' option of quotes must be \"tagger\" or \"rules\". Got {self.config['lead']!r}.")
        present = (MODEL_DIR / "model.onnx").is_file()
        if mode is True and not present:
            raise ConfigError(
                f"quotes: the attribution tagger is missing from {MODEL_DIR}; reinstall spinscope "
                "or run with the option tagger=false (rules only)"
            )
        self.tagger_ = None
        if mode is True or (mode == "auto" and present):
            from spinscope.analyzers.quotes.tagger import SpanTagger

            self.tagger_ = SpanTagger()

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        parsed = doc.cache["parse"]
        quoted = scan(text)
        rules = direct_quotes(text, parsed, quoted) + indirect_quotes(text, parsed)
        tagged = link(text, self.tagger_.tag(text)) if self.tagger_ is not None else None
        cands = merge(text, rules, tagged, quoted, lead=self.config["lead"])
        issuer = detect_issuer(doc)
        resolver = SpeakerResolver(doc, issuer=_entity_name(doc, issuer))
        sent_starts = [s.start for s in doc.sentences]
        for c in cands:
            self._channel(doc, c, sent_starts)
            # An unsourced paraphrase in a statement keeps speaker_name None: claims fall back to doc.issuer.
            name, _ = resolver.resolve(c.speaker)
            doc.quotes.append(
                Quote(
                    kind=c.kind,
                    content=Span(*trim(text, *c.content, strip=" \t\r\n")),
                    cue=Span(*c.cue) if c.cue else None,
                    speaker=Span(*c.speaker) if c.speaker else None,
                    speaker_name=name,
                    via=c.via,
                )
            )
        if issuer is not None:
            doc.issuer = resolver.issuer
        return doc

    @staticmethod
    def _channel(doc: Document, c: Candidate, sent_starts: list[int]) -> None:
        """Set ``via``; for "X reported, citing Y" make Y the speaker and X the channel."""
        anchor = c.cue[0] if c.cue else c.content[0]
        i = bisect_right(sent_starts, anchor) - 1
        if i < 0:
            return
        sent = (doc.sentences[i].start, doc.sentences[i].end)
        chain = citing(doc.text, sent, c.content)
        if chain is not None:
            who, reporter = chain
            if c.speaker is None or (c.speaker[0] < reporter[1] and reporter[0] < c.speaker[1]):
                c.speaker = who
                c.via = doc.text[reporter[0] : reporter[1]]
                return
        c.via = find_via(doc.text, sent, c.content)


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
