"""Coordinated campaigns: documents of several outlets joined by one signal within a time window.

1. Candidate links between documents of different outlets (``candidates``: near-duplicate text,
   a matching check-worthy claim, the same narrative), each within the window.
2. A link whose two claims take opposite stances (one asserts, the other refutes: ``stance``), or
   where one document refutes a narrative the other carries, does not join; only documents that
   assert a narrative join on it.
3. Linked documents form stories (connected components), cut so that every document falls within
   the window of the story's first publication: an outlet covering it days later is not part of it.
4. The outlet network: an edge per pair of outlets in a story, its weight the number of stories
   they share; communities by label propagation over edges at or above ``min_weight``.
5. A story with at least ``min_outlets`` outlets (connected at ``min_weight``) is a campaign.
6. A document that refutes a campaign's claim (a refuting claim as similar as a paraphrase) or a
   narrative two of its outlets assert is never a member: it is listed under ``refuted_by``, however
   late it came (refutations are searched over the whole corpus, not within the window).
7. A campaign is labelled with the strongest signal among its links (republication, then claim, then
   narrative): a weaker signal never relabels a stronger one. Each campaign and each network edge
   lists its document pairs, their signal and the passages they share.
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
REFUTER_MARGIN = 0.1  # a refuting claim joins refuted-by this far below the paraphrase threshold
MAX_EDGE_PAIRS = 20  # document pairs listed per network edge (the weight counts them all)


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
    # Narratives always: their stance tells refuters from members whatever signals link documents.
    view = load_corpus(store, want_claims=True, want_narratives=True, encode=encode)
    return detect_in(view, opts)


def detect_in(view: CorpusView, opts: DetectionOptions) -> Detection:
    links = candidate_links(view, opts)
    joining, _ = _split_by_stance(view, links)
    # A denial words the claim with a negation, which costs similarity ("Dunmark did not move
    # launchers into Orsk" is 0.77 from "Dunmark moved launchers into Orsk"): a looser bar.
    refuting = _RefutingIndex(view, opts.claim_threshold - REFUTER_MARGIN)
    stories, refuters = [], []
    for story in _stories(view, joining, opts):
        against = refuting.of(story)
        kept = story - set(against)
        if len({view.docs[d].outlet for d in kept}) >= 2:
            stories.append(kept)
            refuters.append(against)
    weights: Counter[tuple[str, str]] = Counter()
    edge_signals: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    edge_pairs: dict[tuple[str, str], list[dict]] = defaultdict(list)
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
            if len(edge_pairs[pair]) < MAX_EDGE_PAIRS:  # type: ignore[index]
                edge_pairs[pair].append(_pair(view, lk, opts))  # type: ignore[index]
    docs_per_outlet = Counter(d.outlet for d in view.docs.values())
    community = communities(sorted(docs_per_outlet), dict(weights), opts.min_weight)
    strong = {pair for pair, w in weights.items() if w >= opts.min_weight}
    campaigns = []
    for story, against in zip(stories, refuters, strict=True):
        kept = _connected_outlets(story, view, strong)
        if len(kept) < opts.min_outlets:
            continue
        members = sorted((d for d in story if view.docs[d].outlet in kept),
                         key=lambda d: (view.docs[d].published, d))
        campaigns.append(_campaign(view, members, by_doc, against, opts, community))
    campaigns.sort(key=lambda c: (c.start, c.id))
    part_of: dict[str, list[str]] = defaultdict(list)
    for c in campaigns:
        for o in c.outlets:
            part_of[o].append(c.id)
    nodes = {o: {"documents": n, "community": community.get(o), "campaigns": part_of.get(o, [])}
             for o, n in sorted(docs_per_outlet.items())}
    edges = {pair: {"weight": w, "signals": dict(edge_signals[pair]), "pairs": edge_pairs[pair]}
             for pair, w in sorted(weights.items())}
    options = {"window_hours": opts.window.total_seconds() / 3600, "min_outlets": opts.min_outlets,
               "min_weight": opts.min_weight, "signals": list(opts.signals),
               "near_threshold": opts.near_threshold, "claim_threshold": opts.claim_threshold}
    return Detection(campaigns, nodes, edges, len(view.docs), view.undated, view.no_outlet, options)


def _split_by_stance(view: CorpusView, links: list[Link]) -> tuple[list[Link], list[Link]]:
    joining, opposing = [], []
    for link in links:
        if link.claims is not None and view.refutes(link.claims[0]) != view.refutes(link.claims[1]):
            opposing.append(link)
        elif _opposite_on_a_narrative(view, link.a, link.b):
            opposing.append(link)
        else:
            joining.append(link)
    return joining, opposing


def _opposite_on_a_narrative(view: CorpusView, a: str, b: str) -> bool:
    """Whether one document refutes a narrative the other carries (asserts, reports or was not
    assessed): a fact-check and the story it checks are never one push, whatever else links them."""
    mine, theirs = view.doc_stances(a), view.doc_stances(b)
    return any((mine[k] == "refutes") != (theirs[k] == "refutes") for k in mine.keys() & theirs.keys())


class _RefutingIndex:
    """Refuting claims and narrative refuters of the whole corpus, to find a story's refuters at any date.

    Every refuting claim is compared once with every claim (in blocks, keeping only the matches), so
    a story's refuters are a lookup per member claim, not a matrix product per story.
    """

    def __init__(self, view: CorpusView, threshold: float) -> None:
        self.view = view
        refuting = [i for i in range(len(view.claims)) if view.refutes(i)]
        self.refuted_by: dict[int, list[int]] = defaultdict(list)  # claim -> refuting claims close to it
        if refuting and view.vectors.size:
            for start in range(0, len(refuting), 256):  # bounded memory on large stores
                block = refuting[start:start + 256]
                sims = view.vectors[block] @ view.vectors.T
                for r, c in zip(*np.nonzero(sims >= threshold), strict=True):
                    self.refuted_by[int(c)].append(block[int(r)])
        self.by_narrative: dict[tuple[str, str], list[str]] = defaultdict(list)
        for n in view.narratives:
            if n.get("stance") == "refutes":
                self.by_narrative[(n["taxonomy"], n["id"])].append(n["doc_id"])

    def of(self, story: set[str]) -> dict[str, str]:
        """Documents refuting the story's claims or a narrative two of its outlets assert: doc -> how."""
        view, found = self.view, {}
        for i in view.claims_of(story):
            if not view.refutes(i):
                for r in self.refuted_by.get(i, ()):
                    found.setdefault(view.claims[r].doc_id, "claim")
        outlets: dict[tuple[str, str], set[str]] = defaultdict(set)
        for d in story:
            for key, st in view.doc_stances(d).items():
                if st in (None, "asserts"):
                    outlets[key].add(view.docs[d].outlet)
        for key, who in outlets.items():
            if len(who) >= 2:
                for d in self.by_narrative.get(key, ()):
                    found.setdefault(d, "narrative")
        return found


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


def _campaign(view: CorpusView, members: list[str], by_doc: dict[str, list[Link]], against: dict[str, str],
              opts: DetectionOptions, community: dict[str, int]) -> Campaign:
    docs = [view.docs[d] for d in members]
    member_set = set(members)
    inner = {(lk.a, lk.b, lk.signal): lk for d in members for lk in by_doc[d]
             if lk.a in member_set and lk.b in member_set}
    kinds = Counter(lk.signal for lk in inner.values())
    # The strongest signal present names it: verbatim copies stay "republication" however many
    # narrative links also join them.
    signal = next(s for s in PRIORITY if kinds.get(s))
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
    refuters = []
    for doc_id, how in against.items():
        r = view.docs.get(doc_id)
        if r is None:
            continue
        refuters.append({"outlet": r.outlet, "document": r.id, "published": r.published_text, "by": how,
                         "lag_hours": round((r.published - first.published).total_seconds() / 3600, 2)})
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
        refuted_by=sorted(refuters, key=lambda r: (r["lag_hours"], r["document"])),
        score=round(statistics.fmean(sims) * spread * speed, 3),
        community=community.get(first.outlet),
        pairs=[_pair(view, lk, opts) for lk in sorted(inner.values(), key=lambda lk: (lk.a, lk.b, lk.signal))],
    )


def _pair(view: CorpusView, lk: Link, opts: DetectionOptions) -> dict:
    """One linked document pair with what they share: claim sentences, or the narratives both assert."""
    a, b = view.docs[lk.a], view.docs[lk.b]
    passages: list[dict] = []
    if lk.claims is not None:
        passages.append({"a": view.sentence(lk.claims[0]), "b": view.sentence(lk.claims[1])})
    else:
        ia, ib = view.claims_of({lk.a}), view.claims_of({lk.b})
        if ia and ib and view.vectors.size:
            sims = view.vectors[ia] @ view.vectors[ib].T
            for r, c in zip(*np.nonzero(sims >= opts.claim_threshold), strict=True):
                passages.append({"a": view.sentence(ia[int(r)]), "b": view.sentence(ib[int(c)])})
                if len(passages) == 3:
                    break
    shared = sorted(k[1] for k, st in view.doc_stances(lk.a).items()
                    if st in (None, "asserts") and view.doc_stances(lk.b).get(k, "-") in (None, "asserts"))
    return {"a": lk.a, "b": lk.b, "outlets": [a.outlet, b.outlet], "published": [a.published_text, b.published_text],
            "signal": lk.signal, "similarity": lk.similarity, "passages": passages, "narratives": shared}


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
              "published": view.docs[view.claims[i].doc_id].published_text, "text": view.sentence(i),
              "claim": view.claims[i].text, "start": view.claims[i].start, "end": view.claims[i].end}
             for i in group),
            key=lambda v: (view.docs[v["document"]].published, v["document"], v["start"]),
        )
        if len({v["outlet"] for v in variants}) >= 2:
            out.append({"claim": variants[0]["text"], "outlets": len({v["outlet"] for v in variants}),
                        "variants": variants})
    out.sort(key=lambda g: (-g["outlets"], g["variants"][0]["published"]))
    return out
