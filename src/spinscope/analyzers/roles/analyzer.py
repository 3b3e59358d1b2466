"""The ``roles`` analyzer: how the document casts each actor (hero, villain, victim) -> ``Entity.role``."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from spinscope.analyzers.roles.mention_model import model_files, shared_role_model
from spinscope.analyzers.roles.taxonomy import CONTRACT_NAME
from spinscope.core.annotations import Role
from spinscope.core.document import Document
from spinscope.core.registry import Analyzer, Param, register

ROLE_TYPES = ("PERSON", "ORG", "GPE", "NORP")


@register
class Roles(Analyzer):
    """Sets ``entities[].role`` (SemEval-2025 Task 10 taxonomy) from the actor's mentions in context.

    Each of an actor's first ``max_mentions`` mentions is classified in its own window (the shared
    int8 MiniLM encoder's states over the mention and the window, then logistic-regression heads);
    the actor's role is the mean of their probabilities.
    Actors of other types (dates, places as such) keep ``role = null``.
    """

    name = "roles"
    version = "1"
    assigns = ("entities.role",)
    requires = ("entities",)
    params = (
        Param("max_mentions", 4, "Mentions per actor read to decide its role (the first ones).", type=int, low=1, high=50),
        Param("types", ",".join(ROLE_TYPES), "Entity types that get a role (comma-separated).", type=str),
    )

    def model_files(self) -> list[Path]:
        return model_files()

    def initialize(self) -> None:
        self.model_ = shared_role_model()
        self.types_ = {t.strip() for t in self.config["types"].split(",") if t.strip()}

    def __call__(self, doc: Document) -> Document:
        self.ensure_initialized()
        self.clear_layers(doc)
        for entity in doc.entities:
            if entity.type not in self.types_ or not entity.mentions:
                continue
            spans = [(m.start, m.end) for m in entity.mentions[: self.config["max_mentions"]]]
            p_main, p_fine = self.model_.probabilities(doc.text, spans)
            main, fine, score = self.model_.aggregate(p_main, p_fine)
            entity.role = Role(main=CONTRACT_NAME[main], fine=fine, score=round(float(np.float32(score)), 4))
        return doc
