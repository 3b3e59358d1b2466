"""Coordinated campaigns: documents of several outlets joined by one signal within a time window.

1. Candidate links between documents of different outlets (``candidates``: near-duplicate text,
   a matching check-worthy claim, the same narrative), each within the window.
2. A link whose two claims take opposite stances (one asserts, the other refutes: ``stance``) does
   not join; it marks the later document as a refutation of the campaign.
3. Linked documents form stories (connected components), cut so that every document falls within
   the window of the story's first publication: an outlet covering it days later is not part of it.
4. The outlet network: an edge per pair of outlets in a story, its weight the number of stories
   they share; communities by label propagation over edges at or above ``min_weight``.
5. A story with at least ``min_outlets`` outlets (connected at ``min_weight``) is a campaign.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter, defaultdict

import numpy as np

from spinscope.campaigns.candidates import candidate_links
from spinscope.campaigns.corpus import CorpusView, Encode, load_corpus
from spinscope.campaigns.network import communities
from spinscope.campaigns.options import SIGNALS, DetectionOptions
from spinscope.campaigns.records import Campaign, Detection, DocInfo, Link
from spinscope.store import StoreProtocol

PRIORITY = list(SIGNALS.values())


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def detect_campaigns(store: StoreProtocol, options: DetectionOptions | None = None,
                     encode: Encode | None = None) -> Detection:
    """Campaigns in the store, with the outlet network and the counts of documents left out."""
    opts = options or DetectionOptions()
    view = load_corpus(store, want_claims=True, want_narratives="narrative" in opts.signals, encode=encode)
    return detect_in(view, opts)


def detect_in(view: CorpusView, opts: DetectionOptions) -> Detection:
    links = candidate_links(view, opts)
    joining, opposing = _split_by_stance(view, links)
    stories = _stories(view, joining, opts)
    weights: Counter[tuple[str, str]] = Counter()
    edge_signals: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_doc: dict[str, list[Link]] = defaultdict(list)
    for link in joining:
        by_doc[link.a].append(link)
        by_doc[link.b].append(link)
    for story in stories:
        outlets = sorted({view.docs[d].outlet for d in story})
        for i, a in enumerate(outlets):
            for b in outlets[i + 1 :]:
                weights[(a, b)] += 1
        inner = {id(lk): lk for d in story for lk in by_doc[d] if lk.a in story and lk.b in story}
        for lk in inner.values():
            pair = tuple(sorted((view.docs[lk.a].outlet, view.docs[lk.b].outlet)))
            edge_signals[pair][lk.signal] += 1  # type: ignore[index]
    docs_per_outlet = Counter(d.outlet for d in view.docs.values())
    community = communities(sorted(docs_per_outlet), dict(weights), opts.min_weight)
    strong = {pair for pair, w in weights.items() if w >= opts.min_weight}
    campaigns = []
    for story in stories:
        kept = _connected_outlets(story, view, strong)
        if len(kept) < opts.min_outlets:
            continue
        members = sorted((d for d in story if view.docs[d].outlet in kept),
                         key=lambda d: (view.docs[d].published, d))
        campaigns.append(_campaign(view, members, by_doc, opposing, opts, community))
    campaigns.sort(key=lambda c: (c.start, c.id))
    part_of: dict[str, list[str]] = defaultdict(list)
    for c in campaigns:
        for o in c.outlets:
            part_of[o].append(c.id)
    nodes = {o: {"documents": n, "community": community.get(o), "campaigns": part_of.get(o, [])}
             for o, n in sorted(docs_per_outlet.items())}
    edges = {pair: {"weight": w, "signals": dict(edge_signals[pair])} for pair, w in sorted(weights.items())}
    options = {"window_hours": opts.window.total_seconds() / 3600, "min_outlets": opts.min_outlets,
               "min_weight": opts.min_weight, "signals": list(opts.signals),
               "near_threshold": opts.near_threshold, "claim_threshold": opts.claim_threshold}
    return Detection(campaigns, nodes, edges, len(view.docs), view.undated, view.no_outlet, options)


def _split_by_stance(view: CorpusView, links: list[Link]) -> tuple[list[Link], list[Link]]:
    joining, opposing = [], []
    for link in links:
        if link.claims is not None:
            if view.refutes(link.claims[0]) != view.refutes(link.claims[1]):
                opposing.append(link)
                continue
        joining.append(link)
    return joining, opposing


def _stories(view: CorpusView, links: list[Link], opts: DetectionOptions) -> list[set[str]]:
    """Connected documents, cut at the window from each piece's first publication; ≥ 2 outlets each."""
    union = _Union()
    for link in links:
        union.join(link.a, link.b)
    groups: dict[str, list[DocInfo]] = defaultdict(list)
    for doc_id in list(union.parent):
        groups[union.find(doc_id)].append(view.docs[doc_id])
    stories = []
    for members in groups.values():
        members.sort(key=lambda d: (d.published, d.id))
        while members:
            first = members[0].published
            piece = [d for d in members if d.published - first <= opts.window]
            members = members[len(piece) :]
            if len({d.outlet for d in piece}) >= 2:
                stories.append({d.id for d in piece})
    return stories


def _connected_outlets(story: set[str], view: CorpusView, strong: set[tuple[str, str]]) -> set[str]:
    outlets = sorted({view.docs[d].outlet for d in story})
    return {a for a in outlets if any(tuple(sorted((a, b))) in strong for b in outlets if b != a)}


def _campaign(view: CorpusView, members: list[str], by_doc: dict[str, list[Link]], opposing: list[Link],
              opts: DetectionOptions, community: dict[str, int]) -> Campaign:
    docs = [view.docs[d] for d in members]
    member_set = set(members)
    inner = {(lk.a, lk.b, lk.signal): lk for d in members for lk in by_doc[d]
             if lk.a in member_set and lk.b in member_set}
    kinds = Counter(lk.signal for lk in inner.values())
    signal = max(PRIORITY, key=lambda s: (kinds.get(s, 0), -PRIORITY.index(s)))
    first = docs[0]
    seen_outlets = {first.outlet}
    followers = []
    for d in docs[1:]:
        if d.outlet in seen_outlets:
            continue
        seen_outlets.add(d.outlet)
        lag = (d.published - first.published).total_seconds() / 3600
        followers.append({"outlet": d.outlet, "document": d.id, "published": d.published_text,
                          "lag_hours": round(lag, 2)})
    refuters = {}
    for lk in opposing:
        later = lk.b if lk.a in member_set else lk.a if lk.b in member_set else None
        if later and later not in member_set and later not in refuters:
            r = view.docs[later]
            refuters[later] = {"outlet": r.outlet, "document": r.id, "published": r.published_text,
                               "lag_hours": round((r.published - first.published).total_seconds() / 3600, 2)}
    sims = [lk.similarity for lk in inner.values()] or [0.0]
    lags = [f["lag_hours"] for f in followers] or [0.0]
    window_h = opts.window.total_seconds() / 3600
    spread = 1 - float(np.exp(-(len(seen_outlets) - 1) / 2))
    speed = 1 - 0.5 * min(1.0, statistics.median(lags) / window_h)
    ident = hashlib.sha1("\n".join(sorted(members)).encode()).hexdigest()[:10]
    return Campaign(
        id=f"c-{ident}",
        outlets=[first.outlet, *(f["outlet"] for f in followers)],
        documents=members,
        start=first.published_text,
        end=docs[-1].published_text,
        signal=signal,
        signals={s: kinds[s] for s in PRIORITY if kinds.get(s)},
        first={"outlet": first.outlet, "document": first.id, "published": first.published_text,
               "title": first.title},
        followers=followers,
        shared_claims=_shared_claims(view, members, opts),
        refuted_by=sorted(refuters.values(), key=lambda r: r["lag_hours"]),
        score=round(statistics.fmean(sims) * spread * speed, 3),
        community=community.get(first.outlet),
    )


def _shared_claims(view: CorpusView, members: list[str], opts: DetectionOptions) -> list[dict]:
    """Claims that recur across the campaign's outlets, each with every outlet's wording, in time order."""
    member_set = set(members)
    idx = [i for i in view.claims_of(member_set) if not view.refutes(i)]
    if len(idx) < 2 or view.vectors.size == 0:
        return []
    sims = view.vectors[idx] @ view.vectors[idx].T
    union = _Union()
    for r, c in zip(*np.nonzero(sims >= opts.claim_threshold), strict=True):
        union.join(str(idx[r]), str(idx[c]))
    groups: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        groups[union.find(str(i))].append(i)
    out = []
    for group in groups.values():
        variants = sorted(
            ({"outlet": view.docs[view.claims[i].doc_id].outlet, "document": view.claims[i].doc_id,
              "published": view.docs[view.claims[i].doc_id].published_text, "text": view.claims[i].text,
              "start": view.claims[i].start, "end": view.claims[i].end} for i in group),
            key=lambda v: (view.docs[v["document"]].published, v["document"], v["start"]),
        )
        if len({v["outlet"] for v in variants}) >= 2:
            out.append({"claim": variants[0]["text"], "outlets": len({v["outlet"] for v in variants}),
                        "variants": variants})
    out.sort(key=lambda g: (-g["outlets"], g["variants"][0]["published"]))
    return out
