"""Russian sentences, tokens, morphology and syntax; kept in ``doc.cache["ru_parse"]`` for later analyzers."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spinscope.analyzers.ru import nlp
from spinscope.core.document import Document, Span
from spinscope.core.registry import Analyzer, register


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1  # index of the head token in the document's token list; -1 for the root
    rel: str = ""


@dataclass
class RuParse:
    """Tokens of the whole document (offsets into its text) and each sentence's token range.

    Lookups are indexed once (by start offset, by head), so analyzers stay linear in the length of
    a long document instead of scanning every token per mention or quote.
    """

    tokens: list[Token]
    sentences: list[tuple[int, int, int, int]]  # (start char, end char, first token, end token)

    def __post_init__(self) -> None:
        self._starts = [t.start for t in self.tokens]
        self._by_start = {t.start: i for i, t in enumerate(self.tokens)}
        self._children: list[list[int]] = [[] for _ in self.tokens]
        for i, t in enumerate(self.tokens):
            if t.head >= 0:
                self._children[t.head].append(i)

    def tokens_between(self, start: int, end: int) -> list[int]:
        out = []
        for i in range(bisect_left(self._starts, start), len(self.tokens)):
            if self.tokens[i].start >= end:
                break
            if self.tokens[i].end <= end:
                out.append(i)
        return out

    def token_at(self, start: int) -> int | None:
        """The index of the token starting at this character, if one does."""
        return self._by_start.get(start)

    def children(self, i: int) -> list[int]:
        return self._children[i]


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """razdel's sentences within each line: a title or a paragraph without a final stop ends at its line."""
    from razdel import sentenize

    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        out.extend((pos + s.start, pos + s.stop) for s in sentenize(line))
        pos += len(line) + 1
    return out


def parse_text(text: str) -> RuParse:
    from razdel import tokenize

    tokens: list[Token] = []
    sentences: list[tuple[int, int, int, int]] = []
    words: list[list[str]] = []
    for sent_start, sent_end in _sentence_bounds(text):
        first = len(tokens)
        for tok in tokenize(text[sent_start:sent_end]):
            tokens.append(Token(sent_start + tok.start, sent_start + tok.stop, tok.text))
        if len(tokens) == first:
            continue
        sentences.append((sent_start, sent_end, first, len(tokens)))
        words.append([t.text for t in tokens[first:]])
    if words:
        for (_, _, first, _), morph in zip(sentences, nlp.load_morph().map(words), strict=True):
            for k, mt in enumerate(morph.tokens):
                tokens[first + k].pos, tokens[first + k].feats = mt.pos, dict(mt.feats)
        for (_, _, first, _), syn in zip(sentences, nlp.load_syntax().map(words), strict=True):
            for k, st in enumerate(syn.tokens):
                head = int(st.head_id)
                tokens[first + k].head = first + head - 1 if head > 0 else -1
                tokens[first + k].rel = st.rel
    return RuParse(tokens, sentences)


@register
class RuParseAnalyzer(Analyzer):
    """razdel sentences and tokens, slovnet morphology and dependency syntax, over the exact text."""

    name = "ru_parse"
    version = "1"
    languages = ("ru",)
    assigns = ("sentences",)
    provides = ("ru_parse",)

    def model_files(self):
        return nlp.model_files()

    def __call__(self, doc: Document) -> Document:
        self.clear_layers(doc)
        parsed = parse_text(doc.text)
        doc.cache["ru_parse"] = parsed
        doc.sentences = [Span(s, e) for s, e, _, _ in parsed.sentences]
        return doc
