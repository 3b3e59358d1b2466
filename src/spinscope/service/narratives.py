"""Narratives across the corpus: discovery runs over the store, cluster listings, and the narratives
layer's counts per outlet and week. Used by the CLI, the API and the web. Promotion to a codebook and
posted codebooks are in :mod:`spinscope.service.codebooks`.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from spinscope.analyzers.narratives.discovery import (
    DISTANCE_THRESHOLD,
    Cluster,
    Unit,
    assign,
    discover,
    iso_week,
    usable,
)
from spinscope.errors import ConfigError
from spinscope.store import StoreProtocol

Encode = Callable[[Sequence[str]], np.ndarray]


def _encoder() -> Encode:
    from spinscope.models.encoder import shared_encoder

    return shared_encoder().encode


def _units(rows: list[dict[str, Any]]) -> list[Unit]:
    units = [Unit(r["doc_id"], r["start"], r["end"], r["text"], r["kind"], r["source"], r["published"]) for r in rows]
    return [u for u in units if usable(u)]


def _row(c: Cluster) -> dict[str, Any]:
    dates = c.dates()
    rep = c.representative
    return {
        "id": c.id, "label": c.label, "keywords": c.keywords, "size": len(c.members),
        "n_documents": len(c.documents), "outlets": c.outlets(),
        "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
        "weekly": c.weekly(), "representative": rep.text if rep else None,
        "representative_doc": rep.doc_id if rep else None, "representative_start": rep.start if rep else None,
        "representative_end": rep.end if rep else None, "centroid": c.centroid.astype(np.float32).tobytes(),
        "members": [{"doc_id": m.doc_id, "start": m.start, "end": m.end, "kind": m.kind, "similarity": s}
                    for m, s in zip(c.members, c.similarities, strict=True)],
    }


def _cluster(row: dict[str, Any]) -> Cluster:
    members = [Unit(m["doc_id"], m["start"], m["end"], m["text"], m["kind"] or "sentence", m["source"],
                    m["published"]) for m in row["members"]]
    c = Cluster(row["id"], members, np.frombuffer(row["centroid"], dtype=np.float32).copy(), list(row["keywords"]))
    c.similarities = [float(m["similarity"] or 0.0) for m in row["members"]]
    c.representative = next((u for u in members if (u.doc_id, u.start, u.end) == (
        row["representative_doc"], row["representative_start"], row["representative_end"])), None)
    return c


_discover_lock = threading.Lock()


def discover_narratives(store: StoreProtocol, min_size: int = 3, rebuild: bool = False,
                        distance: float = DISTANCE_THRESHOLD, encode: Encode | None = None) -> dict[str, Any]:
    """Cluster the corpus into recurring narratives, or assign new documents to the stored clusters.

    The first run, and every ``rebuild``, clusters every stored claim and sentence. Later runs only
    look at documents no run has seen: their units join the nearest existing cluster when close
    enough (ids stay stable); ``rebuild`` is how new narratives among them are found.
    """
    if min_size < 2:
        raise ConfigError(f"--min-size must be at least 2 documents, got {min_size}")
    encode = encode or _encoder()
    with _discover_lock:
        existing = [] if rebuild else store.narrative_clusters()
        if rebuild:
            store.clear_narrative_discovery()
        rows = store.discovery_units(unseen_only=bool(existing))
        units = _units(rows)
        seen = sorted({r["doc_id"] for r in rows})
        vectors = encode([u.text for u in units]) if units else np.zeros((0, 384), dtype=np.float32)
        if existing:
            clusters, joined = assign([_cluster(r) for r in existing], units, vectors)
            mode = "assigned"
        else:
            clusters = discover(units, vectors, min_size=min_size, distance=distance)
            joined = sum(len(c.members) for c in clusters)
            mode = "discovered"
        store.save_narrative_clusters([_row(c) for c in clusters], seen,
                                      {"min_size": str(min_size), "distance": str(distance)})
    return {"mode": mode, "documents": len(seen), "units": len(units), "clustered_units": joined,
            "clusters": len(clusters)}


def cluster_json(row: dict[str, Any]) -> dict[str, Any]:
    """A stored cluster as ``spinscope narratives list --format json`` and the API give it."""
    return {
        "id": row["id"], "label": row["label"], "keywords": row["keywords"], "size": row["size"],
        "n_documents": row["n_documents"], "outlets": row["outlets"], "first_seen": row["first_seen"],
        "last_seen": row["last_seen"], "weekly": row["weekly"],
        "representative": {"document": row["representative_doc"], "start": row["representative_start"],
                           "end": row["representative_end"], "text": row["representative"]},
        "members": [{"document": m["doc_id"], "start": m["start"], "end": m["end"], "kind": m["kind"],
                     "text": m["text"], "source": m["source"], "published": m["published"]}
                    for m in row.get("members", [])],
    }


def list_clusters(store: StoreProtocol) -> list[dict[str, Any]]:
    return [cluster_json(r) for r in store.narrative_clusters()]


def get_cluster(store: StoreProtocol, cluster_id: int) -> dict[str, Any]:
    return cluster_json(store.narrative_cluster(cluster_id))


def narrative_overview(store: StoreProtocol, stance: str = "asserts") -> list[dict[str, Any]]:
    """Codebook and taxonomy narratives: publications that take ``stance`` toward each (``asserts``:
    pushing it, the default; narratives stored before stance existed count as asserted), per outlet
    and per ISO week, and beside them the publications of every stance. Most pushed first."""
    if stance not in ("asserts", "refutes", "reports", "any"):
        raise ConfigError(f"stance must be asserts, refutes, reports or any; got {stance!r}")
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    per_outlet: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    per_week: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in store.narrative_layer_rows():
        key = (r["taxonomy"], r["narrative_id"])
        g = groups.setdefault(key, {"taxonomy": r["taxonomy"], "id": r["narrative_id"], "label": r["label"],
                                    "parent": r["parent"], "documents": set(),
                                    "stances": {"asserts": set(), "refutes": set(), "reports": set()}})
        own = r.get("stance") or "asserts"
        g["stances"].setdefault(own, set()).add(r["doc_id"])
        if stance != "any" and own != stance:
            continue
        g["documents"].add(r["doc_id"])
        per_outlet[key][r["source"] or "(unknown)"].add(r["doc_id"])
        week = iso_week(r["published"])
        if week:
            per_week[key][week].add(r["doc_id"])
    out = []
    for key, g in groups.items():
        out.append({
            **{k: v for k, v in g.items() if k not in ("documents", "stances")}, "stance": stance,
            "documents": len(g["documents"]),
            "stances": {k: len(v) for k, v in g["stances"].items()},
            "outlets": dict(sorted(((o, len(d)) for o, d in per_outlet[key].items()), key=lambda kv: (-kv[1], kv[0]))),
            "weekly": [{"week": w, "documents": len(d)} for w, d in sorted(per_week[key].items())],
        })
    out.sort(key=lambda n: (n["taxonomy"], -n["documents"], n["id"]))
    return out
