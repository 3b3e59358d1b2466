"""The ``codebook`` analyzer: a user's codebook narratives on the shared ``narratives`` layer.

    spinscope analyze articles/ --codebook my-codebook.toml
    spinscope analyze articles/ -a parse,codebook --set codebook.file=my-codebook.toml

Without a file it uses the bundled generic codebook (``codebook_common.toml``). It shares the layer
with the SemEval-2025 classifier, so it removes only its own items (taxonomy = the codebook's name)
before writing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from spinscope.analyzers.narratives import stance
from spinscope.analyzers.narratives.codebook import DEFAULT_CODEBOOK, Codebook, load_codebook
from spinscope.analyzers.narratives.codebook_matcher import Prototypes, default_threshold, match
from spinscope.analyzers.narratives.crosslingual import (
    MultilingualPrototypes,
    crosses_languages,
    threshold_for,
)
from spinscope.core.document import Document
from spinscope.core.registry import Analyzer, Param, register
from spinscope.models.encoder import model_files as encoder_files
from spinscope.models.encoder import shared_encoder


@register
class CodebookNarratives(Analyzer):
    """Narratives of a codebook (TOML) found by sentence-embedding similarity, with evidence sentences."""

    name = "codebook"
    version = "3"  # 2: stance on every narrative; evidence never boilerplate; 3: unsure single-sentence pushes dropped
    assigns = ("narratives",)
    requires = ("sentences",)
    # Any language: a document in another language than the codebook's is matched in the multilingual
    # space (narratives/crosslingual.py), English ones in the MiniLM space as before.
    languages = ("*",)
    params = (
        Param("file", None, "Codebook TOML file; null: the bundled generic codebook.", type=str, nullable=True),
        Param("threshold", None, "Similarity a sentence or paragraph needs to carry a narrative; null: the "
              "codebook's own `threshold`, else the calibrated default.", type=float, low=0.0, high=1.0,
              nullable=True),
    )

    def check(self) -> None:
        super().check()
        if getattr(self, "codebook", None) is not None:
            return  # given (a posted codebook, in_memory) or read already
        # Read when the pipeline is built, so a bad codebook fails before the first document with
        # file/table/field (never in the constructor: constructors do no I/O).
        path = Path(self.config["file"]) if self.config["file"] else DEFAULT_CODEBOOK
        self.codebook: Codebook = load_codebook(path)
        # An edited codebook must re-analyse stored documents: its content is part of the version.
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:8]
        self.version = f"{type(self).version}+{digest}"  # type: ignore[misc]

    @classmethod
    def in_memory(cls, codebook: Codebook, content: bytes) -> CodebookNarratives:
        """An instance over a codebook already parsed from ``content`` (a posted one): no file is read
        or written for it, and it is not one of the pipeline's shared per-process instances, so it
        goes when its caller drops it. The version carries the content's digest, as for a file."""
        analyzer = cls()
        analyzer.codebook = codebook  # check() reads no file for it
        analyzer.version = f"{cls.version}+{hashlib.sha256(content).hexdigest()[:8]}"  # type: ignore[misc]
        return analyzer

    @property
    def threshold(self) -> float:
        if self.config["threshold"] is not None:
            return float(self.config["threshold"])
        if self.codebook.threshold is not None:
            return self.codebook.threshold
        return default_threshold(len(self.codebook.narratives))

    def model_files(self) -> list[Path]:
        return encoder_files()

    def initialize(self) -> None:
        self.encoder_ = shared_encoder()
        self.prototypes_ = Prototypes.of(self.codebook, self.encoder_.encode)
        self.vocab_ = {n.id: stance.vocabulary([n.label, n.description, *n.examples]) for n in self.codebook.narratives}
        self.multilingual_ = MultilingualPrototypes(self.codebook)  # embedded when a first such document comes

    def clear_layers(self, doc: Document) -> None:
        doc.narratives[:] = [n for n in doc.narratives if n.taxonomy != self.codebook.name]

    def owns(self, layer: str, item: Any) -> bool:
        return layer == "narratives" and item.taxonomy == self.codebook.name

    def __call__(self, doc: Document) -> Document:
        self.clear_layers(doc)
        if crosses_languages(doc.lang):
            # A threshold given for the codebook is on MiniLM's scale: this space has its own.
            threshold = threshold_for(len(self.codebook.narratives))
            found = match(doc.text, doc.sentences, self.codebook, self.multilingual_.get(), threshold,
                          self.multilingual_.encode)
            doc.narratives.extend(found)  # stance reads English cue words: not judged in other languages
            return doc
        found = match(doc.text, doc.sentences, self.codebook, self.prototypes_, self.threshold, self.encoder_.encode)
        # Quotes, when the pipeline ran them, tell whose voice each evidence sentence is.
        stance.assign(doc.text, found, doc.sentences, doc.quotes, self.vocab_)
        doc.narratives.extend(n for n in found if not stance.unsure_push(n, doc.text))
        return doc
