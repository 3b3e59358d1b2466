"""The ``roles`` analyzer: how the document casts each actor (hero, villain, victim) -> ``Entity.role``."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from spinscope.analyzers.roles.mention_model import model_files, shared_role_model
from spinscope.analyzers.roles.taxonomy import CONTRACT_NAME
from spinscope.core.annotations import MentionRole, Role
from spinscope.core.document import Document
from spinscope.core.registry import Analyzer, Param, register
from spinscope.models.windows_cache import CACHE_KEY, document_states

ROLE_TYPES = ("PERSON", "ORG", "GPE", "NORP")


@register
class Roles(Analyzer):
    """Sets ``entities[].role`` and ``entities[].mention_roles`` (SemEval-2025 Task 10 taxonomy).

    Each of an actor's first ``max_mentions`` mentions is classified in its own context: features
    pooled from the document's one shared encoder pass (``doc.cache``, also read by
    ``narratives_semeval25``), then logistic-regression heads. Each mention read gets its own role
    in ``mention_roles``; the actor's role is the mean of their probabilities.
    Actors of other types (dates, places as such) keep ``role = null`` and no mention roles.
    """

    name = "roles"
    version = "2"
    assigns = ("entities.role", "entities.mention_roles")
    requires = ("entities",)
    provides = (CACHE_KEY,)  # the shared encoder pass, read again by narratives_semeval25
    params = (
        Param("max_mentions", 20, "Mentions per actor read to decide its role (the first ones).", type=int, low=1, high=50),
        Param("types", ",".join(ROLE_TYPES), "Entity types that get a role (comma-separated).", type=str),
    )

    def model_files(self) -> list[Path]:
        return model_files()

    def initialize(self) -> None:
        self.model_ = shared_role_model()
        self.types_ = {t.strip() for t in self.config["types"].split(",") if t.strip()}

    def prefetch(self, doc: Document) -> None:
        document_states(doc)  # the shared encoder pass needs only the text: it can run beside the parse

    def __call__(self, doc: Document) -> Document:
        self.ensure_initialized()
        self.clear_layers(doc)
        states = document_states(doc)  # always: the narratives read the same pass
        for entity in doc.entities:
            if entity.type not in self.types_ or not entity.mentions:
                continue
            spans = [(m.start, m.end) for m in entity.mentions[: self.config["max_mentions"]]]
            per_mention = self.model_.classify(doc.text, spans, states)
            p_main = np.stack([r.p_main for r in per_mention])
            p_fine = np.stack([r.p_fine for r in per_mention])
            main, fine, score = self.model_.aggregate(p_main, p_fine)
            entity.role = Role(main=CONTRACT_NAME[main], fine=fine, score=_score(score))
            entity.mention_roles = [
                MentionRole(start, end, CONTRACT_NAME[r.main], r.fine, _score(r.score))
                for (start, end), r in zip(spans, per_mention, strict=True)
            ]
        return doc


def _score(p: float) -> float:
    # float32 first, so a score reads the same whatever the platform's float64 rounding.
    return round(float(np.float32(p)), 4)
