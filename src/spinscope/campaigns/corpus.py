"""The store's documents, claims and narratives as detection needs them, read once.

Documents without a date or an outlet cannot be placed in a time window or on the outlet network:
they are counted (``undated``, ``no_outlet``) and reported with every result, never dropped silently.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from spinscope.analyzers.claims.contradictions import StoredClaim, claim_vectors, load_claims
from spinscope.campaigns.crosslingual import multilingual_vectors, needs_multilingual
from spinscope.campaigns.records import DocInfo
from spinscope.campaigns.stance import own_sentence, refutes
from spinscope.ingest import dedup
from spinscope.ingest.dates import as_utc
from spinscope.store import StoreProtocol

Encode = Callable[[list[str]], np.ndarray]


@dataclass
class CorpusView:
    docs: dict[str, DocInfo]
    undated: int
    no_outlet: int
    signatures: dict[str, np.ndarray] = field(default_factory=dict)
    claims: list[StoredClaim] = field(default_factory=list)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    narratives: list[dict] = field(default_factory=list)
    # (doc_id, claim idx) -> text before and after the claim, for its stance.
    contexts: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)
    # Each document's language, and multilingual claim vectors when the corpus has non-English
    # documents (campaigns/crosslingual.py); None for an English-only corpus.
    langs: dict[str, str | None] = field(default_factory=dict)
    ml_vectors: np.ndarray | None = None
    _by_doc: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _stances: dict[str, dict[tuple[str, str], str | None]] = field(default_factory=dict, repr=False)
    _refutes: dict[int, bool] = field(default_factory=dict, repr=False)

    def claims_of(self, doc_ids: set[str]) -> list[int]:
        """Indices of the claims of these documents (an index built on first use)."""
        if not self._by_doc and self.claims:
            for i, c in enumerate(self.claims):
                self._by_doc.setdefault(c.doc_id, []).append(i)
        return sorted(i for d in doc_ids for i in self._by_doc.get(d, ()))

    def doc_stances(self, doc_id: str) -> dict[tuple[str, str], str | None]:
        """The document's narratives (taxonomy, id) and its stance toward each (None: not assessed)."""
        if not self._stances and self.narratives:
            for n in self.narratives:
                self._stances.setdefault(n["doc_id"], {})[(n["taxonomy"], n["id"])] = n.get("stance")
        return self._stances.get(doc_id, {})

    def sentence(self, i: int) -> str:
        """Claim ``i`` shown whole: the sentence it stands in, not the fragment the claims layer kept."""
        c = self.claims[i]
        context = self.contexts.get((c.doc_id, c.idx))
        if context is None:
            return c.text
        head, tail = own_sentence(*context)
        return (head + c.text + tail).strip()

    def refutes(self, i: int) -> bool:
        """Whether claim ``i`` refutes what it states (see :mod:`spinscope.campaigns.stance`); read once."""
        hit = self._refutes.get(i)
        if hit is None:
            c = self.claims[i]
            hit = self._refutes[i] = refutes(c, self.contexts.get((c.doc_id, c.idx)))
        return hit


def load_corpus(store: StoreProtocol, want_claims: bool, want_narratives: bool,
                encode: Encode | None = None) -> CorpusView:
    """Dated documents with an outlet, their MinHash signatures, claims with unit vectors, narratives.

    Claim vectors come from the store's cache (``claim_vectors``, filled by ``spinscope
    contradictions`` too); missing ones are encoded with the bundled MiniLM (or ``encode``) and
    cached unless the store is read-only.
    """
    # One entry per publication: three outlets printing one text are three documents here, each
    # carrying the text's signature, claims and narratives (the republication signal joins them).
    docs: dict[str, DocInfo] = {}
    langs: dict[str, str | None] = {}
    undated = no_outlet = 0
    for row in store.campaign_documents():
        moment = as_utc(row["published"])
        if moment is None:
            undated += 1
        if not row["source"]:
            no_outlet += 1
        if moment is None or not row["source"]:
            continue
        text = row.get("doc_id") or row["id"]
        docs[row["id"]] = DocInfo(row["id"], row["source"], moment, row["published"], row["title"], text)
        langs[row["id"]] = row.get("lang")
    pubs_of: dict[str, list[str]] = {}
    for pub_id, info in docs.items():
        pubs_of.setdefault(info.text or pub_id, []).append(pub_id)
    view = CorpusView(docs, undated, no_outlet, langs=langs)
    view.signatures = {p: dedup.from_bytes(sig) for d, sig in store.iter_signatures() for p in pubs_of.get(d, ())}
    if want_claims:
        claims = [c for c in load_claims(store) if c.doc_id in pubs_of]
        if claims:
            vectors = claim_vectors(store, claims, encode or _bundled_encoder)
            rows = [(i, p) for i, c in enumerate(claims) for p in pubs_of[c.doc_id]]
            view.claims = [claims[i] if p == claims[i].doc_id else dataclasses.replace(claims[i], doc_id=p)
                           for i, p in rows]
            view.vectors = vectors[[i for i, _ in rows]]
            view.contexts = {(p, idx): ctx for (d, idx), ctx in store.claim_contexts().items()
                             for p in pubs_of.get(d, ())}
            if needs_multilingual({c.doc_id: langs.get(c.doc_id) for c in view.claims}):
                view.ml_vectors = multilingual_vectors([c.text for c in view.claims])
    if want_narratives:
        view.narratives = [{**n, "doc_id": p} for n in store.document_narratives() for p in pubs_of.get(n["doc_id"], ())]
    return view


def _bundled_encoder(texts: list[str]) -> np.ndarray:
    """The bundled MiniLM, loaded only when some claim has no cached vector."""
    from spinscope.models.encoder import shared_encoder

    return shared_encoder().encode(texts)
