"""Campaigns, outlet profiles and contradictions as JSON-ready values, for the CLI, API and pages.

Detection reads the whole store, so the app caches each result per store change and per option set
(:func:`cached_detection`); the CLI calls the plain functions.
"""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import Query
from pydantic import StringConstraints

from spinscope.campaigns import DetectionOptions, detect_campaigns, outlet_profiles, parse_window
from spinscope.campaigns.options import SIGNAL_PATTERN, SIGNALS, WINDOW_PATTERN
from spinscope.campaigns.records import Detection
from spinscope.errors import ConfigError, NotFoundError
from spinscope.service.state import AppState, ReadOnlyError
from spinscope.store import StoreProtocol

# Columns of the campaigns and outlets CSV downloads (lists are joined with "; ").
CAMPAIGN_COLUMNS = ("id", "signal", "start", "end", "outlets", "documents", "first_outlet", "score", "refuted_by")
OUTLET_COLUMNS = ("outlet", "documents", "undated", "first_published", "last_published", "words",
                  "technique_spans", "techniques_per_1000_words", "technique_share", "republication_rate",
                  "top_techniques", "speakers", "issuers", "narratives", "campaigns")


def options(window: str = "24h", min_outlets: int = 3, signals: str | list[str] | None = None,
            min_weight: int = 1) -> DetectionOptions:
    """Options from the strings a CLI flag or query parameter gives (``signals``: comma-separated)."""
    if isinstance(signals, str):
        signals = [s.strip() for s in signals.split(",") if s.strip()]
    return DetectionOptions(window=parse_window(window), min_outlets=min_outlets, min_weight=min_weight,
                            signals=tuple(signals) if signals else tuple(SIGNALS))


def detection_json(result: Detection) -> dict[str, Any]:
    """The whole result: campaigns, the network (nodes, edges) and what was left out."""
    return {
        **result.summary(),
        "campaigns": [c.to_dict() for c in result.campaigns],
        "network": {
            "nodes": [{"outlet": o, **n} for o, n in result.nodes.items()],
            "edges": [{"source": a, "target": b, **e} for (a, b), e in result.edges.items()],
        },
    }


def find_campaign(result: Detection, campaign_id: str) -> dict[str, Any]:
    for c in result.campaigns:
        if c.id == campaign_id:
            return c.to_dict()
    raise NotFoundError(f"no campaign {campaign_id!r} with these options (ids depend on the documents in it)")


def profiles_json(store: StoreProtocol, result: Detection) -> dict[str, Any]:
    rows = outlet_profiles(store, result)
    return {"outlets": rows, "undated_documents": result.undated, "documents_without_outlet": result.no_outlet}


def compare(profiles: list[dict[str, Any]], names: list[str]) -> list[dict[str, Any]]:
    """The profiles of the named outlets, in the order named; an unknown name fails naming the known ones."""
    by_name = {p["outlet"]: p for p in profiles}
    missing = [n for n in names if n not in by_name]
    if missing:
        raise NotFoundError(f"no outlet {', '.join(map(repr, missing))}; outlets: {', '.join(by_name)}")
    return [by_name[n] for n in names]


def campaign_rows(result: Detection) -> list[dict[str, Any]]:
    return [{"id": c.id, "signal": c.signal, "start": c.start, "end": c.end, "outlets": "; ".join(c.outlets),
             "documents": "; ".join(c.documents), "first_outlet": c.first["outlet"], "score": c.score,
             "refuted_by": "; ".join(r["outlet"] for r in c.refuted_by)} for c in result.campaigns]


def outlet_rows(profiles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def join(items: list[dict[str, Any]], key: str, count: str) -> str:
        return "; ".join(f"{i[key]} ({i[count]})" for i in items)

    return [{
        **{k: p[k] for k in OUTLET_COLUMNS[:10]},
        "top_techniques": join(p["top_techniques"], "technique", "spans"),
        "speakers": "; ".join(f"{s['speaker']} ({s['quotes']} quotes, {s['denied']}/{s['claims']} claims denied)"
                              for s in p["speakers"]),
        "issuers": join(p["issuers"], "issuer", "documents"),
        "narratives": join(p["narratives"], "narrative", "documents"),
        "campaigns": "; ".join(p["campaigns"]),
    } for p in profiles]


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """CSV text; a cell that a spreadsheet would run as a formula (= + - @) is quoted with '."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v)
                         for k, v in r.items()})
    return out.getvalue()


def contradictions(store: StoreProtocol, threshold: float | None = None, limit: int = 50,
                   writer: StoreProtocol | None = None) -> list[dict[str, Any]]:
    """Stored contradiction pairs (brought up to date through ``writer``); see campaigns/contradictions.py."""
    from spinscope.campaigns.contradictions import contradictions as stored

    return stored(store, threshold, limit, writer=writer)


# -- the app's cache: one computation per store change and option set ------------------------------
# One entry per kind, keyed by (store change, options): the latest option set stays cached and a
# client varying the options cannot grow the cache.
def cached_detection(st: AppState, opts: DetectionOptions) -> Detection:
    store = st.reader()
    return st.cached("campaigns", (store.change_token(), opts), lambda: detect_campaigns(store, opts))


def cached_profiles(st: AppState, opts: DetectionOptions) -> dict[str, Any]:
    result = cached_detection(st, opts)
    store = st.reader()
    return st.cached("outlets", (store.change_token(), opts), lambda: profiles_json(store, result))


def cached_contradictions(st: AppState, threshold: float | None, limit: int) -> list[dict[str, Any]]:
    if threshold is not None and not 0.0 < threshold <= 1.0:
        raise ConfigError(f"threshold must be in (0, 1]; got {threshold}")
    store = st.reader()
    try:
        writer: StoreProtocol | None = st.check_writable()
    except ReadOnlyError:
        writer = None
    return st.cached("contradictions", (store.change_token(), threshold, limit),
                     lambda: contradictions(store, threshold, limit, writer))


def campaign_query(
    window: Annotated[str, StringConstraints(pattern=WINDOW_PATTERN),
                      Query(description="Time window of coordination: 24h, 90m, 2d, 1w.")] = "24h",
    min_outlets: Annotated[int, Query(ge=2, description="Outlets a campaign needs at least.")] = 3,
    signal: Annotated[list[Annotated[str, StringConstraints(pattern=SIGNAL_PATTERN)]] | None, Query(
        description="republication, claim or narrative; repeat for several (default: all).")] = None,
    min_weight: Annotated[int, Query(ge=1, description="Stories two outlets must share to stay linked.")] = 1,
) -> DetectionOptions:
    """Detection options from query parameters (a FastAPI dependency of the API routes and pages)."""
    names = [s.strip() for item in signal or [] for s in item.split(",") if s.strip()]
    return options(window, min_outlets, names or None, min_weight)
