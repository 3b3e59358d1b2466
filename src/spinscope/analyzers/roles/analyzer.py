"""The ``roles`` analyzer: how the document casts each actor (hero, villain, victim) -> ``Entity.role``."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from spinscope.analyzers.roles.cues import Casting
from spinscope.analyzers.roles.decide import CALIBRATION, DEFAULT_FINE, Decision, decide
from spinscope.analyzers.roles.mention_model import model_files, shared_role_model
from spinscope.analyzers.roles.mentions import more_mentions
from spinscope.analyzers.roles.phrases import is_place
from spinscope.core.annotations import MentionRole, Role, Span
from spinscope.core.document import Document
from spinscope.core.registry import Analyzer, Param, register
from spinscope.models.windows_cache import CACHE_KEY, document_states

# LOC too: "the collective West has launched a smear campaign" (a place is never a victim: cues.is_place)
ROLE_TYPES = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")


@register
class Roles(Analyzer):
    """Sets ``entities[].role`` and ``entities[].mention_roles``: how the text casts each actor, in
    whose voice, with the sentences that cast it (issue 22).

    An actor gets a role only where the text casts it (:mod:`spinscope.analyzers.roles.cues`): harm
    it does or suffers, help, a fight against the other side, praise, an accusation, deceit, a framing
    label aimed at it, the issuer's rejection of what it said -- at its own mentions and at those
    :mod:`spinscope.analyzers.roles.mentions` adds (its name where NER missed it, its nation's
    adjective, "it" in its own report, "the brigade" for the one brigade named before). ``role.by`` is the voice (a quoted
    speaker; null for the author or issuer), ``role.evidence`` the sentences. Places, sources,
    speakers who only report and bystanders get no role (``role = null``). The SemEval-2025 head,
    run on the mentions of cast actors only, ranks the fine roles and breaks ties
    (:mod:`spinscope.analyzers.roles.decide`); ``mention_roles`` are the mentions that carry a cue.
    It runs after quotes and claims and reads them (``requires``).
    """

    name = "roles"
    # 3: roles in the text's own voice, with evidence; abstains without a cue (issue 22); 4: reads names NER
    # missed, a nation's adjective, "it" in a body's own report, earlier-named descriptions; new cue kinds
    # 5: a denied deed and what a statement rejects cast nobody in the author's voice
    # 6: a game's war words cast nobody; a statement's own side is no villain of its strikes
    # 7: an army's own voice casts its strikes as a fight and what they hit as the enemy's; patrons of harm;
    # condemned detentions, blockades, the West's smear campaigns (LOC actors); "not X but Y who"
    version = "7"
    assigns = ("entities.role", "entities.mention_roles")
    # The voices come from the quotes (and the issuer they find), the rejections from the claims.
    requires = ("entities", "quotes", "issuer", "claims")
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
        parsed = doc.cache.get("parse")
        if parsed is None:
            return doc
        casting = Casting(doc, parsed)
        rejected = casting.issuer_rejections()
        more = more_mentions(doc, parsed)  # names NER missed, a nation's adjective, "it" in its own report
        for entity in doc.entities:
            if entity.type not in self.types_ or not entity.mentions:
                continue
            spans = [(m.start, m.end) for m in entity.mentions[: self.config["max_mentions"]]]
            place = is_place(parsed, entity, doc.text)
            read = spans + casting.pronouns.get(entity.name, []) + more.get(entity.name, [])
            cues = [c for s, e in read for c in casting.mention_cues(s, e, place, entity.name, entity.type)]
            cues += casting.label_cues(entity.labels, spans)
            cues += [c for name, c in rejected if name == entity.name]
            if not cues:
                continue
            per_mention = self.model_.classify(doc.text, spans, states)
            p_main = np.stack([r.p_main for r in per_mention]).mean(axis=0)
            p_fine = np.stack([r.p_fine for r in per_mention]).mean(axis=0)
            decision = decide(cues, p_main, p_fine)
            if decision is None:
                continue
            entity.role = Role(main=decision.main, fine=decision.fine, score=_score(decision.score),
                               by=decision.by, evidence=[Span(s, e) for s, e in decision.evidence])
            entity.mention_roles = _mention_roles(decision)
        return doc


def _mention_roles(decision: Decision) -> list[MentionRole]:
    """One per mention that carries a cue, in text order, with the role its own passage gives: a
    mention cast otherwise than the actor (praised here, accused there) says so, at the score of a
    contested role."""
    seen: dict[tuple[int, int], MentionRole] = {}
    for c in sorted(decision.cues, key=lambda c: -c.weight) + sorted(decision.others, key=lambda c: -c.weight):
        if c.mention in seen:
            continue
        same = c.main == decision.main
        fine = [c.fine] if c.fine else (list(decision.fine) if same else [DEFAULT_FINE[c.main]])
        score = decision.score if same else CALIBRATION["contested"]
        seen[c.mention] = MentionRole(c.mention[0], c.mention[1], c.main, fine, _score(score))
    return [seen[k] for k in sorted(seen)]


def _score(p: float) -> float:
    # float32 first, so a score reads the same whatever the platform's float64 rounding.
    return round(float(np.float32(p)), 4)
