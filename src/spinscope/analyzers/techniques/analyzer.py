"""The ``techniques`` analyzer: persuasion-technique spans from the shipped MiniLM span tagger (ONNX).

Each span carries the technique (SemEval-2020 PTC name, or its SemEval-2023 name with
``taxonomy="semeval2023"``), a score (the estimated probability that the span marks a persuasion
technique, the verifier's, fitted on PTC dev: what the views' minimum reads) and a reason a reader can
check: the words that triggered the technique, its definition, and the technique's own score (the
estimated probability that this technique, not only some technique, is used there). Spans end on whole phrases, need a content
word, and Repetition needs something that repeats (``span_rules.py``).
"""

from __future__ import annotations

from pathlib import Path

from spinscope.analyzers.parse.boilerplate import Boilerplate
from spinscope.analyzers.techniques.reasons import explain, vocabulary
from spinscope.analyzers.techniques.tagger import MODEL_DIR, VARIANTS, load_tagger, model_files
from spinscope.analyzers.techniques.taxonomy import TAXONOMIES, to_taxonomy
from spinscope.core.document import Document, Technique
from spinscope.core.registry import Analyzer, Param, register


@register
class Techniques(Analyzer):
    """Span-level persuasion techniques; overlapping spans of different techniques are kept.

    >>> from spinscope.core.document import Document
    >>> doc = Techniques()(Document(id="x", text=""))
    >>> doc.techniques
    []
    """

    name = "techniques"
    version = "4"  # 4: score = the verifier's "marks a technique", the technique's own score in the reason (issue 22 item 5)
    assigns = ("techniques",)
    requires = ()
    params = (
        Param("variant", "int8", "model file: int8 (shipped) or fp32 (when exported locally)",
              choices=tuple(VARIANTS)),
        Param("threads", 2, "onnxruntime intra-op threads", type=int, low=1),
        Param("taxonomy", "ptc2020", "technique names: SemEval-2020 PTC or their SemEval-2023 names",
              choices=tuple(TAXONOMIES)),
        Param("min_score", 0.0, "drop spans whose score (probability the span marks a technique) is below this",
              type=float, low=0, high=1),
    )

    def model_files(self) -> list[Path]:
        return model_files(MODEL_DIR, self.config["variant"])

    def initialize(self) -> None:
        self.model_ = load_tagger(variant=self.config["variant"], threads=self.config["threads"])

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: list[Document]) -> list[Document]:
        self.ensure_initialized()
        # One model call for the whole batch: windows of all documents are batched together.
        outs = self.model_.token_outputs([d.text for d in docs], hidden=self.model_.needs_hidden)
        for doc, out in zip(docs, outs, strict=True):
            self.clear_layers(doc)
            page = Boilerplate.of(doc)  # share buttons and cookie notices carry no technique
            words: frozenset[str] | None = None  # the text's words, read once if a Repetition span needs them

            for p in self.model_.spans(doc.text, out):
                if p.score < self.config["min_score"] or (page and page.touches(p.start, p.end)):
                    continue
                if p.technique == "Repetition" and words is None:
                    words = vocabulary(doc.text)
                doc.techniques.append(
                    Technique(
                        start=p.start,
                        end=p.end,
                        technique=to_taxonomy(p.technique, self.config["taxonomy"]),
                        score=round(p.score, 4),
                        reason=explain(p.technique, doc.text[p.start : p.end], words) + technique_score(p.label_score),
                    )
                )
        return docs


def technique_score(label_score: float) -> str:
    """The technique's own score, for the reason: the span's ``score`` says whether it marks a
    technique at all (the views' minimum reads it), this whether it is the technique named.

    >>> technique_score(0.4149)
    ' Technique score 0.41: the estimated chance that this technique, not only some technique, is used here.'
    """
    return f" Technique score {label_score:.2f}: the estimated chance that this technique, not only some technique, is used here."
