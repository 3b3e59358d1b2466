"""Outlet profiles: what each outlet publishes, how, whom it quotes, and the campaigns it joined.

Per outlet (and per month of it): documents, date range, technique spans per 1,000 words, the top
techniques, the share of its text inside technique spans, narratives carried, speakers quoted most
with how often each one's claims are denied, issuers republished, republication rate (the share of
its documents that are copies or near-duplicates of *another outlet's earlier* text) and campaigns.
Documents are publications: a text three outlets printed counts once for each of them.

Documents without an outlet are profiled together as ``(unknown outlet)``; undated documents are
counted in ``undated`` and in a ``(undated)`` period of the time series, never dropped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from spinscope.campaigns.records import Detection
from spinscope.ingest.dates import as_utc
from spinscope.store import StoreProtocol

UNKNOWN_OUTLET = "(unknown outlet)"
UNDATED = "(undated)"
TOP = 5


class _Acc:
    """Sums for one outlet, or one outlet's month."""

    def __init__(self) -> None:
        self.documents = 0
        self.undated = 0
        self.words = 0
        self.chars = 0
        self.technique_chars = 0
        self.techniques: Counter[str] = Counter()
        self.narratives: Counter[str] = Counter()
        self.narrative_stances: dict[str, Counter[str]] = defaultdict(Counter)
        self.speakers: Counter[str] = Counter()
        self.issuers: Counter[str] = Counter()
        self.republished = 0
        self.dates: list[str] = []

    def figures(self) -> dict[str, Any]:
        spans = sum(self.techniques.values())
        return {
            "documents": self.documents,
            "undated": self.undated,
            "words": self.words,
            "technique_spans": spans,
            "techniques_per_1000_words": round(1000 * spans / self.words, 2) if self.words else 0.0,
            "technique_share": round(self.technique_chars / self.chars, 4) if self.chars else 0.0,
            "top_techniques": [{"technique": t, "spans": n} for t, n in self.techniques.most_common(TOP)],
            "republication_rate": round(self.republished / self.documents, 4) if self.documents else 0.0,
        }


def outlet_profiles(store: StoreProtocol, detection: Detection | None = None) -> list[dict[str, Any]]:
    """One profile per outlet, most documents first; ``(unknown outlet)`` last when present."""
    docs = store.campaign_documents()  # one row per publication
    by_id = {d["id"]: d for d in docs}
    outlet_of = {d["id"]: d["source"] or UNKNOWN_OUTLET for d in docs}
    month_of = {d["id"]: _month(d["published"]) for d in docs}
    pubs_of: dict[str, list[str]] = defaultdict(list)  # text id -> its publications
    for d in docs:
        pubs_of[d.get("doc_id") or d["id"]].append(d["id"])
    totals: dict[str, _Acc] = defaultdict(_Acc)
    months: dict[str, dict[str, _Acc]] = defaultdict(lambda: defaultdict(_Acc))

    def accs(doc_id: str) -> list[_Acc]:
        """The sums a text's rows add to: those of each outlet and month that published it."""
        return [acc for p in pubs_of.get(doc_id, ()) for acc in (totals[outlet_of[p]], months[outlet_of[p]][month_of[p]])]

    for d in docs:
        republished = _republished(d, by_id)
        for acc in (totals[outlet_of[d["id"]]], months[outlet_of[d["id"]]][month_of[d["id"]]]):
            acc.documents += 1
            acc.undated += month_of[d["id"]] == UNDATED
            acc.words += int(d["word_count"] or 0)
            acc.chars += int(d["chars"] or 0)
            acc.republished += republished
            if d["issuer"]:
                acc.issuers[d["issuer"]] += 1
        if month_of[d["id"]] != UNDATED:
            totals[outlet_of[d["id"]]].dates.append(d["published"])
    for doc_id, chars in store.document_technique_chars().items():
        for acc in accs(doc_id):
            acc.technique_chars += chars
    for doc_id, technique, n in store.document_technique_counts():
        for acc in accs(doc_id):
            acc.techniques[technique] += n
    for doc_id, speaker, n in store.document_speakers():
        for acc in accs(doc_id):
            acc.speakers[speaker] += n
    for n in store.document_narratives():
        # Counted as pushed only where the document asserts it (or was stored before stance); a
        # fact-checker's refutations and a wire's reports are shown beside, never as pushing.
        stance = n.get("stance") or "asserts"
        for acc in accs(n["doc_id"]):
            acc.narrative_stances[n["label"] or n["id"]][stance] += 1
            if stance == "asserts":
                acc.narratives[n["label"] or n["id"]] += 1
    denials = store.speaker_claim_denials()
    campaigns: dict[str, list[str]] = defaultdict(list)
    for c in detection.campaigns if detection else []:
        for o in c.outlets:
            campaigns[o].append(c.id)
    out = []
    for outlet in sorted(totals, key=lambda o: (o == UNKNOWN_OUTLET, -totals[o].documents, o)):
        acc = totals[outlet]
        dates = sorted(acc.dates, key=lambda s: as_utc(s) or 0)
        out.append({
            "outlet": outlet,
            **acc.figures(),
            "first_published": dates[0] if dates else None,
            "last_published": dates[-1] if dates else None,
            "narratives": _narratives(acc),
            "speakers": [
                {"speaker": s, "quotes": n, "claims": denials.get(s, (0, 0))[0], "denied": denials.get(s, (0, 0))[1]}
                for s, n in acc.speakers.most_common(TOP)
            ],
            "issuers": [{"issuer": k, "documents": n} for k, n in acc.issuers.most_common(TOP)],
            "campaigns": campaigns.get(outlet, []),
            "over_time": _over_time(months[outlet]),
        })
    return out


def _month(published: str | None) -> str:
    moment = as_utc(published)
    return moment.strftime("%Y-%m") if moment else UNDATED


def _over_time(months: dict[str, Any]) -> list[dict[str, Any]]:
    """The outlet's months from its first to its last, empty ones kept (zero figures), the undated last."""
    dated = sorted(m for m in months if m != UNDATED)
    out = []
    if dated:
        y, mo = int(dated[0][:4]), int(dated[0][5:7])
        while f"{y}-{mo:02d}" <= dated[-1]:
            key = f"{y}-{mo:02d}"
            out.append({"period": key, **(months[key] if key in months else _Acc()).figures()})
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    if UNDATED in months:
        out.append({"period": UNDATED, **months[UNDATED].figures()})
    return out


def _republished(doc: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> bool:
    """A copy (verbatim: a later publication of a text; or a near-duplicate) of another outlet's
    text published no later (or with no date to compare)."""
    text = doc.get("doc_id") or doc["id"]
    original = by_id.get(text if text != doc["id"] else doc["near_duplicate_of"] or "")
    if original is None or (original["source"] or None) == (doc["source"] or None):
        return False
    mine, theirs = as_utc(doc["published"]), as_utc(original["published"])
    return mine is None or theirs is None or theirs <= mine


def _narratives(acc: Any) -> list[dict[str, Any]]:
    """The narratives an outlet pushes (documents asserting them), most first, then those it only
    refutes or reports; each with its refuting and reporting documents beside."""
    order = [k for k, _ in acc.narratives.most_common()]
    order += sorted((k for k in acc.narrative_stances if k not in acc.narratives),
                    key=lambda k: (-sum(acc.narrative_stances[k].values()), k))
    return [{"narrative": k, "documents": acc.narratives.get(k, 0), "refutes": acc.narrative_stances[k]["refutes"],
             "reports": acc.narrative_stances[k]["reports"]} for k in order[:TOP]]
