"""Actor roles across the corpus (hero, villain, victim), for the API and the actor page."""

from __future__ import annotations

from collections import Counter
from typing import Any

from spinscope.errors import NotFoundError
from spinscope.store import StoreProtocol

MAIN_ROLES = ("protagonist", "antagonist", "innocent")
FRIENDLY = {"protagonist": "hero", "antagonist": "villain", "innocent": "victim"}
NO_OUTLET = "(no outlet)"


def actor_roles(store: StoreProtocol, name: str) -> dict[str, Any]:
    """How often the documents cast ``name`` in each main role, its fine roles, and per outlet.

    An actor the corpus has never given a role (the ``roles`` analyzer did not run) gets zero
    counts, not an error; an unknown actor is a NotFoundError.
    """
    if not store.has_actor(name):
        raise NotFoundError(f"No actor named {name!r}; see /api/actors for the names.")
    rows = store.actor_roles(name)
    counts = Counter(r["main"] for r in rows)
    fine = Counter(f for r in rows for f in r["fine"])
    outlets: dict[str, Counter[str]] = {}
    for r in rows:
        outlets.setdefault(r["source"] or NO_OUTLET, Counter())[r["main"]] += 1
    return {
        "ok": True,
        "actor": name,
        "documents": len({r["doc_id"] for r in rows}),
        "counts": {m: counts.get(m, 0) for m in MAIN_ROLES},
        "friendly": FRIENDLY,
        "fine": [{"fine": k, "n": v} for k, v in sorted(fine.items(), key=lambda kv: (-kv[1], kv[0]))],
        "outlets": sorted(
            ({"source": s, **{m: c.get(m, 0) for m in MAIN_ROLES}, "total": sum(c.values())} for s, c in outlets.items()),
            key=lambda o: (-o["total"], o["source"]),
        ),
        "by_document": rows,
    }


def role_summary(store: StoreProtocol, limit: int = 20) -> dict[str, Any]:
    """The actors most often cast as protagonist, antagonist and innocent."""
    return {"ok": True, "friendly": FRIENDLY, "roles": {m: store.role_leaders(m, limit) for m in MAIN_ROLES}}
