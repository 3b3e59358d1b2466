"""The ``techniques`` analyzer: persuasion-technique spans from the shipped MiniLM span tagger (ONNX).

Each span carries the technique (SemEval-2020 PTC name, or its SemEval-2023 name with
``taxonomy="semeval2023"``), a score (mean token probability over the span) and a reason a reader can
check: the technique's definition and the words that triggered it.
"""

from __future__ import annotations

from spinscope.analyzers.techniques.runner import MODEL_DIR, VARIANTS
from spinscope.analyzers.techniques.taxonomy import TAXONOMIES, reason, to_taxonomy
from spinscope.core.document import Document, Technique
from spinscope.core.registry import Analyzer, register
from spinscope.errors import ConfigError

if not (MODEL_DIR / VARIANTS["int8"]).exists():
    # A partial install without the weights: spinscope.analyzers skips this module (debug log).
    raise ModuleNotFoundError(f"technique model missing: {MODEL_DIR / VARIANTS['int8']}", name=__name__)


@register
class Techniques(Analyzer):
    """Span-level persuasion techniques; overlapping spans of different techniques are kept.

    >>> from spinscope.core.document import Document
    >>> doc = Techniques()(Document(id="x", text=""))
    >>> doc.techniques
    []
    """

    name = "techniques"
    version = "1"
    assigns = ("techniques",)
    requires = ()
    defaults = {"variant": "int8", "threads": 2, "taxonomy": "ptc2020", "min_score": 0.0}

    def __init__(self, **config) -> None:
        super().__init__(**config)
        if self.config["taxonomy"] not in TAXONOMIES:
            raise ConfigError(
                f"The 'taxonomy' option of techniques must be one of {', '.join(TAXONOMIES)}. "
                f"Got {self.config['taxonomy']!r}."
            )
        if not 0.0 <= float(self.config["min_score"]) <= 1.0:
            raise ConfigError(
                f"The 'min_score' option of techniques must be in [0, 1]. Got {self.config['min_score']!r}."
            )

    def initialize(self) -> None:
        from spinscope.analyzers.techniques.runner import load_model

        self.model_ = load_model(variant=self.config["variant"], threads=int(self.config["threads"]))

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        self.ensure_initialized()
        # One model call for the whole batch: windows of all documents are batched together.
        outs = self.model_.token_outputs([d.text for d in docs], hidden=self.model_.needs_hidden)
        for doc, out in zip(docs, outs, strict=True):
            for p in self.model_.spans(doc.text, out):
                if p.score < self.config["min_score"]:
                    continue
                doc.techniques.append(
                    Technique(
                        start=p.start,
                        end=p.end,
                        technique=to_taxonomy(p.technique, self.config["taxonomy"]),
                        score=round(p.score, 4),
                        reason=reason(p.technique, doc.text[p.start : p.end]),
                    )
                )
        return docs
