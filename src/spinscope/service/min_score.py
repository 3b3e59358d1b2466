"""Minimum scores per layer: what a view shows of a document (issue 22 item 5).

Each scored layer has a default minimum (``settings.default("min_score")``, then the store's latest
calibration, see :func:`spinscope.service.review.min_scores`); the analyst raises or lowers it per
layer (``--min-score techniques=0.5`` in the CLI, ``?min_score=techniques:0.5`` in the API and on the
pages). Views filter a copy of the document; the store and the exports keep every item.

What a layer's minimum applies to:

- ``techniques``, ``narratives``: the item's ``score``;
- ``claims``: the claim's ``score``, except claims someone denies: a denial is a fact of the text
  (who rejects what), kept whatever the check-worthiness;
- ``roles``: an entity's ``role.score`` (the role is hidden, the actor stays) and each mention role's;
- ``labels``: a framing label's ``score`` where it has one;
- ``quotes``: the quote's ``score`` (how often such a quote is right, content and speaker); quotes
  stored before quotes had one are always shown.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from spinscope.core.document import Document
from spinscope.errors import SpinscopeError
from spinscope.settings import default

LAYERS = ("techniques", "claims", "quotes", "roles", "labels", "narratives")
UNSCORED: frozenset[str] = frozenset()  # layers without a score, refused a minimum above 0: none now


class MinScoreError(SpinscopeError, ValueError):
    """A minimum score that cannot be used (the interfaces turn it into a 400 or a usage error)."""


def defaults() -> dict[str, float]:
    """The settings table's minimum per layer."""
    return {k: float(v) for k, v in dict(default("min_score")).items()}


def parse(values: Iterable[str] | str | None) -> dict[str, float]:
    """``["techniques=0.5", "claims=0.6"]`` or ``"techniques:0.5,claims:0.6"`` -> ``{layer: value}``.

    ``=`` and ``:`` both separate a layer from its value; a layer may be named once.
    """
    if values is None:
        return {}
    items = [values] if isinstance(values, str) else list(values)
    out: dict[str, float] = {}
    for item in items:
        for part in (p.strip() for p in str(item).split(",")):
            if not part:
                continue
            sep = "=" if "=" in part else ":"
            layer, _, raw = part.partition(sep)
            layer = layer.strip()
            if not _ or not raw.strip():
                raise MinScoreError(f"a minimum score is LAYER=VALUE (e.g. techniques=0.5); got {part!r}")
            if layer not in LAYERS:
                raise MinScoreError(f"no scored layer {layer!r}; layers: {', '.join(LAYERS)}")
            try:
                value = float(raw)
            except ValueError:
                raise MinScoreError(f"the minimum score for {layer} must be a number from 0 to 1; got {raw.strip()!r}") from None
            if not (0.0 <= value <= 1.0) or math.isnan(value):
                raise MinScoreError(f"the minimum score for {layer} must be from 0 to 1; got {raw.strip()}")
            if layer in UNSCORED and value > 0:
                raise MinScoreError(f"{layer} carry no score, so no minimum above 0 applies to them")
            if layer in out:
                raise MinScoreError(f"the minimum score for {layer} is given twice")
            out[layer] = value
    return out


def effective(base: Mapping[str, float] | None = None, overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """The defaults (``base``, else the settings), with the analyst's ``overrides`` on top."""
    out = dict(defaults() if base is None else base)
    out.update(overrides or {})
    return out


def _keep(score: float | None, minimum: float) -> bool:
    return minimum <= 0 or score is None or score >= minimum


def shown(doc: Document, minimums: Mapping[str, float]) -> Document:
    """A copy of ``doc`` holding only what the minimums let through (``doc`` is left as it is)."""
    out = Document.from_dict(doc.to_dict())
    out.meta = dict(doc.meta)
    m = {k: float(v) for k, v in minimums.items()}
    if "techniques" in m:
        out.techniques = [t for t in out.techniques if _keep(t.score, m["techniques"])]
    if "claims" in m:
        out.claims = [c for c in out.claims if c.denied_by or _keep(c.score, m["claims"])]
    if "quotes" in m:
        out.quotes = [q for q in out.quotes if _keep(q.score, m["quotes"])]
    if "narratives" in m:
        out.narratives = [n for n in out.narratives if _keep(n.score, m["narratives"])]
    for ent in out.entities:
        if "roles" in m:
            if ent.role is not None and not _keep(getattr(ent.role, "score", None), m["roles"]):
                ent.role = None
            ent.mention_roles = [r for r in ent.mention_roles if _keep(r.score, m["roles"])]
        if "labels" in m:
            ent.labels = [lab for lab in ent.labels if _keep(_score_of(lab), m["labels"])]
    if "labels" in m:  # labels of unnamed targets (issue 22), the same minimum
        out.framing = [lab for lab in out.framing if _keep(_score_of(lab), m["labels"])]
    return out


def hidden_counts(doc: Document, minimums: Mapping[str, float]) -> dict[str, int]:
    """Per layer, how many items the minimums hide (for the page's "n hidden below the minimum")."""
    view = shown(doc, minimums)
    counts = {
        "techniques": len(doc.techniques) - len(view.techniques),
        "claims": len(doc.claims) - len(view.claims),
        "quotes": len(doc.quotes) - len(view.quotes),
        "narratives": len(doc.narratives) - len(view.narratives),
        "roles": sum(e.role is not None for e in doc.entities) - sum(e.role is not None for e in view.entities),
        "labels": sum(len(e.labels) for e in doc.entities) - sum(len(e.labels) for e in view.entities)
        + len(doc.framing) - len(view.framing),
    }
    return {k: v for k, v in counts.items() if v}


def _score_of(label: Any) -> float | None:
    return label.get("score") if isinstance(label, dict) else getattr(label, "score", None)


def for_view(store: Any, server: Mapping[str, float] | None = None, query: str | Iterable[str] | None = None) -> dict[str, float]:
    """The minimums a view applies: the settings and the store's latest calibration, then the
    server's ``--min-score``, then the request's ``min_score`` (raises :class:`MinScoreError`)."""
    from spinscope.service.review import min_scores

    return effective(effective(min_scores(store), server), parse(query))


def view(doc: Document, minimums: Mapping[str, float]) -> tuple[dict[str, Any], dict[str, str]]:
    """The document's JSON form as a view shows it, and headers that say which minimums applied
    (``x-spinscope-min-score``) and how many items each hid (``x-spinscope-hidden``): the body stays
    the contract's form."""
    hidden = hidden_counts(doc, minimums)
    headers = {"x-spinscope-min-score": as_text(minimums), "x-spinscope-hidden": as_text(hidden)}
    return shown(doc, minimums).to_dict(), headers


def as_text(values: Mapping[str, float]) -> str:
    """``{"techniques": 0.5}`` -> ``"techniques:0.5"`` (the query parameter's form)."""
    return ",".join(f"{k}:{v:g}" for k, v in values.items())


# How often each layer is right at its default minimum, on our labelled data (docs/quality.md has the
# splits, the commands and what each layer does not do). Pages show these beside the layers.
QUALITY_DOC = "docs/quality.md"
QUALITY: dict[str, str] = {
    "techniques": "at the default 0.75, 77% of the spans shown mark a persuasion technique and 38% name the "
                  "right one (PTC dev, held out; each span's reason gives its technique score); 17% of "
                  "gold spans are found. Russian (paragraph level): no score reaches 0.75 on our test fold, "
                  "so none is shown by default; at 0.62 (chosen on dev) 9 of 11 shown are right",
    "quotes": "at the default 0.6, 75% of the quotes shown are right in content and speaker, and 63% of the "
              "right ones are shown (PolNeAR dev; 58% right with no minimum)",
    "claims": "at the default 0.45, 95% of the sentences shown are check-worthy and 93% of the check-worthy "
              "ones are shown (CheckThat! 2024 dev; 99% / 72% on dev-test); a denied claim is shown whatever its score",
    "roles": "at the default 0.6, on statement texts held out from tuning 27 of 30 roles shown were right and "
             "115 of 116 neutral actors got none, but only 27 of 55 cast actors were found",
    "labels": "at the default 0.7, 34 of 36 labels shown are framing labels (statement set); 33 of 38 found",
    "narratives": "at the default 0.8, the SemEval-2025 classifier shows almost nothing (2 of 274 items on our "
                  "SemEval val split, both right; 32% right with no minimum) and the codebook matcher 28 of its 31 "
                  "items, 26 right (its invented labelled set)",
}
