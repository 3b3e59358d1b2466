"""Sentences and tokens from spaCy; the parse is kept in ``doc.cache["parse"]`` for later analyzers."""

from __future__ import annotations

from spinscope.analyzers.parse.boilerplate import Boilerplate, find
from spinscope.analyzers.parse.slices import slice_bounds
from spinscope.core.document import Document, Span
from spinscope.core.registry import Analyzer, Param, register
from spinscope.models.spacy_model import load_english

# Longer texts are parsed in slices (at line breaks, see slices.py), one slice at a time: spaCy's
# working memory while parsing is ~3 KB per character of the text it is given, so a 200 KB slice
# (or a whole-text batch of slices) made the peak grow with the document. News articles are far
# shorter than a slice, so they are parsed whole.
MAX_SLICE = 50_000


@register
class Parse(Analyzer):
    """spaCy tokenisation, tagging, dependency parse and NER, over the exact document text."""

    name = "parse"
    version = "4"  # 4: page boilerplate marked (its own layer) and left out of sentences (issue 22); 3: texts over 50 KB parsed in 50 KB slices (was 200 KB)
    assigns = ("sentences", "boilerplate")
    provides = ("parse",)  # the spaCy Doc in doc.cache["parse"]
    requires = ()
    params = (Param("batch_size", 8, "texts per spaCy nlp.pipe batch", type=int, low=1),)

    def initialize(self) -> None:
        self.nlp_ = load_english()

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        short = [d for d in docs if len(d.text) <= MAX_SLICE]
        for doc, parsed in zip(short, self.nlp_.pipe([d.text for d in short], batch_size=self.config["batch_size"]), strict=False):
            self._set(doc, parsed)
        for doc in docs:
            if len(doc.text) > MAX_SLICE:
                self._set(doc, self._parse_long(doc.text))
        return docs

    def _parse_long(self, text: str):
        from spacy.tokens import Doc

        # Cut at a line break as before; a text without one (a 1 MB single line) at a sentence end or
        # a space, never inside a word.
        pieces = [text[s:e] for s, e in slice_bounds(text, MAX_SLICE)]
        # Doc.from_docs keeps the exact characters (whitespace included), so offsets stay valid.
        return Doc.from_docs([self.nlp_(piece) for piece in pieces], ensure_whitespace=False)

    @staticmethod
    def _set(doc: Document, parsed) -> None:
        if parsed.text != doc.text:  # pragma: no cover - spaCy guarantees this; we rely on it
            raise AssertionError("spaCy changed the text; offsets would be wrong")
        doc.cache["parse"] = parsed
        doc.boilerplate = find(doc.text)
        marks = Boilerplate(doc.boilerplate)
        sentences = []  # built whole and assigned: the write rule is replace
        for sent in parsed.sents:
            # spaCy keeps trailing whitespace in a sentence; the contract's spans start and end on text.
            raw = sent.text
            stripped = raw.strip()
            if not stripped:
                continue
            start = sent.start_char + (len(raw) - len(raw.lstrip()))
            # Page boilerplate (share buttons, cookie notices) is no sentence of the article: the
            # layers that read sentences never see it (boilerplate.py).
            for s, e in marks.outside(start, start + len(stripped)) if marks else [(start, start + len(stripped))]:
                piece = doc.text[s:e]
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    sentences.append(Span(s + lead, s + len(piece.rstrip())))
        doc.sentences = sentences
