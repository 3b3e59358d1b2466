"""The ingest service: every way into the store (CLI, API, web, codebook path, Python) goes through Batch.

A batch normalises each input's metadata (:func:`~spinscope.ingest.outlets.fill_metadata`), hashes
its text (:func:`~spinscope.ingest.reader.content_hash`), and decides what to do with it:

- a publication already stored with the same text and pipeline version: *unchanged*;
- a text already stored (or in flight in this batch) under another id: a *republication* when
  outlet, url or date differ (a new publication of the same text, analysed once), else an *exact
  duplicate* (recorded, nothing stored); the same url again is always a duplicate;
- otherwise the text is claimed (under the store's write lock, so two runs never analyse it twice),
  analysed, linked to its earliest near-duplicate by MinHash, and saved with its run record.

Documents are saved as they are finished, so an interrupted batch resumes where it stopped.
"""

from __future__ import annotations

import copy
import io
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.core.review import carry_forward
from spinscope.engine.local import Engine, LocalEngine
from spinscope.errors import InputError
from spinscope.ingest import dedup
from spinscope.ingest.outlets import fill_metadata
from spinscope.ingest.reader import DEFAULT_MAX_BYTES, content_hash, read_paths, safe_text
from spinscope.settings import default
from spinscope.store import Store

Progress = Callable[[int], None]
# While another run analyses a text this batch also holds, wait this long between looks.
CLAIM_POLL_S = 0.2
# Inputs between two looks for MinHash signatures other runs stored (an indexed read of the new rows).
SYNC_EVERY = 100


@dataclass
class BatchReport:
    """What one run did; ``ok`` is False when any input or document failed."""

    run_id: int | None = None
    analyzed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    republished: list[tuple[str, str]] = field(default_factory=list)  # (new publication id, text id)
    exact_duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new id, stored id)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    # The stored contradiction pairs brought up to date after the run (campaigns/contradictions.py):
    # documents compared, pairs found; None when the pipeline has no claims or nothing was analysed.
    contradictions: dict[str, int] | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def outcome(self, doc_id: str) -> str:
        """What happened to one input: analyzed, unchanged, republished, duplicate or failed."""
        for name, ids in (("analyzed", self.analyzed), ("unchanged", self.unchanged),
                          ("republished", [r[0] for r in self.republished]),
                          ("duplicate", [d[0] for d in self.exact_duplicates])):
            if doc_id in ids:
                return name
        return "failed"

    def summary(self) -> dict[str, Any]:
        return {
            "analyzed": len(self.analyzed),
            "unchanged": len(self.unchanged),
            "republished": len(self.republished),
            "exact_duplicates": len(self.exact_duplicates),
            "near_duplicates": len(self.near_duplicates),
            "errors": len(self.errors),
        }


class StoredSignatures:
    """A near-duplicate index kept in step with a store's MinHash table.

    Loaded lazily on the first :meth:`sync`, and each later sync adds only the signatures stored
    since (by this process or another one), so one index can serve many batches (a web app).
    """

    def __init__(self, threshold: float = default("near_duplicate_threshold")) -> None:
        self.index = dedup.NearDuplicateIndex(threshold)
        self._seen = 0  # the last minhashes rowid read

    def sync(self, store: Store) -> None:
        if not self._seen and not store.read_only:
            # Files written before document and signature shared a transaction may hold documents
            # a killed run saved without their MinHash: sign them, or no later run could match them.
            for doc_id, text in list(store.unsigned_documents()):
                store.save_signature(doc_id, dedup.to_bytes(dedup.signature(text)))
        for rowid, doc_id, sig in store.signatures_since(self._seen):
            self.index.add(doc_id, dedup.from_bytes(sig))
            self._seen = max(self._seen, rowid)


def prepare(doc: Document) -> Document:
    """Normalise what came in (dates to ISO 8601, a missing outlet from the URL, the language) and
    hash its text.

    Idempotent: the readers already called :func:`fill_metadata`; documents posted to the API or the
    web page get it here.
    """
    fill_metadata(doc)
    set_language(doc)
    doc.meta["content_hash"] = content_hash(doc.text)
    return doc


# Share of non-ASCII letters from which a text is worth identifying (see set_language).
NON_ASCII_SHARE = 0.005
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def set_language(doc: Document) -> None:
    """Set ``doc.lang`` from :func:`spinscope.ingest.language.detect` when the input gave none.

    ``en`` is the readers' default, so it counts as not given; another language an input states is
    kept. A text whose letters are all (99.5%) ASCII stays ``en`` without asking the identifier:
    loading its model costs seconds on a cold start, and such a text is English in our corpora
    (Russian, Greek, Polish, German and French texts all pass the bar). "und" (unsure) keeps ``en``.
    """
    if doc.lang not in (None, "", "en"):
        return
    sample = doc.text[:3000]
    if sample.isascii():  # the common case, decided in C
        return
    foreign = sum(1 for c in _NON_ASCII.findall(sample) if c.isalpha())
    if foreign < NON_ASCII_SHARE * (foreign + len(_ASCII_LETTER.findall(sample))):
        return
    from spinscope.ingest.language import UNDETERMINED, detect

    lang = detect(doc.text)
    if lang != UNDETERMINED:
        doc.lang = lang


def _repeats(doc: Document, pubs: Iterable[dict[str, Any]]) -> bool:
    """Whether ``doc`` is a publication already known: the same url, or the same outlet, url and date."""
    for p in pubs:
        if doc.url and p.get("url") == doc.url:
            return True
        if (p.get("source"), p.get("url"), p.get("published")) == (doc.source, doc.url, doc.published):
            return True
    return False


def _publication(doc: Document) -> dict[str, Any]:
    return {"title": doc.title, "source": doc.source, "url": doc.url, "published": doc.published}


class Batch:
    """One run of a pipeline over inputs, into a store. The constructor does no I/O.

    Parameters
    ----------
    store : where documents, publications, duplicates and errors go.
    pipeline : the analyzers to run. It is not changed: a failing analyzer is recorded per document
        (a shallow copy with ``on_error="record"`` runs when the given one raises).
    near_threshold : estimated Jaccard similarity over 5-word shingles at which a document is linked
        to an earlier one as a near-duplicate.
    on_error : called with each InputError as it happens (the CLI prints them).
    engine : where the analysis runs (default: this process); this object stays the one writer.
    signatures : a :class:`StoredSignatures` to share between batches on one store (else its own).
    force : analyse again texts this pipeline version has analysed already.
    """

    def __init__(self, store: Store, pipeline: Pipeline,
                 near_threshold: float = default("near_duplicate_threshold"),
                 on_error: Callable[[InputError], None] | None = None,
                 batch_size: int = default("batch_size"), engine: Engine | None = None,
                 signatures: StoredSignatures | None = None, force: bool = False) -> None:
        self.store = store
        # Re-analyse texts already analysed by this pipeline version (`analyze --force`); reviewed items
        # keep the analyst's word all the same (the store applies reviews on every save).
        self.force = force
        self.pipeline = pipeline
        if pipeline.on_error != "record":
            # The same analyzers, recording failures: the caller's pipeline keeps its own setting.
            self.pipeline = copy.copy(pipeline)
            self.pipeline.on_error = "record"
        self.on_error = on_error or (lambda err: None)
        self.batch_size = batch_size
        self.engine = engine or LocalEngine()
        self.signatures = signatures or StoredSignatures(near_threshold)
        self.index = self.signatures.index
        self._signatures: dict[str, np.ndarray] = {}
        self._failed: set[str] = set()
        self._in_flight: dict[str, str] = {}  # content hash -> id of the text being analysed
        self._analysed: set[str] = set()  # content hashes analysed by this batch
        self._flying_meta: dict[str, dict[str, Any]] = {}  # text id in flight -> its publication metadata
        self._doc_for: dict[str, Document] = {}  # content hash -> the document to analyse for it
        self._pending: dict[str, list[Document]] = {}  # text id -> republications waiting for it
        self._keep = False
        self._kept: dict[str, Document] = {}

    # -- entry points --------------------------------------------------------------------------------
    def run_paths(self, paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES,
                  stdin: io.BufferedIOBase | None = None, progress: Progress | None = None) -> BatchReport:
        return self.run(read_paths(paths, max_bytes=max_bytes, stdin=stdin), progress=progress)

    def run_one(self, doc: Document) -> tuple[Document, BatchReport]:
        """Ingest one document (the API and the web page): the stored document and the report.

        When the text was analysed now, the document comes back as analysed (with
        ``meta["analysis_errors"]`` when an analyzer failed, in which case nothing was stored); when
        it was unchanged, republished or a duplicate, the stored text with this publication's metadata.
        """
        self._kept = {}
        report = self.run([doc], keep=True)
        analysed = self._kept.pop(doc.id, None)
        if analysed is not None:
            return analysed, report
        stored_id = doc.id if self.store.text_id(doc.id) else next(
            (old for new, old in report.exact_duplicates if new == doc.id), doc.id)
        return self.store.get(stored_id), report

    def run(self, items: Iterable[Document | InputError], progress: Progress | None = None,
            keep: bool = False) -> BatchReport:
        started = time.monotonic()
        report = BatchReport(run_id=self.store.start_run(self.pipeline.describe()))
        self._keep = keep
        status = "interrupted"  # unless the loop ends: Ctrl-C, a full disk, a lost cluster
        try:
            self.signatures.sync(self.store)
            waiting: list[Document] = []
            self._analyse(self._triage(items, report, progress, waiting), report, progress)
            while waiting:  # texts another live run was analysing when this one met them
                self._wait_for_claims(waiting)
                again, waiting = waiting, []
                self.signatures.sync(self.store)
                self._analyse(self._triage(again, report, progress, waiting), report, progress)
            report.contradictions = self._update_contradictions(report)
            status = "finished"
        finally:
            self.store.release_claims(report.run_id)
            self.store.finish_run(report.run_id, len(report.analyzed), len(report.errors), status)
            report.seconds = time.monotonic() - started
        return report

    def _update_contradictions(self, report: BatchReport) -> dict[str, int] | None:
        """Pair the new claims with the stored ones as documents arrive, so the contradictions page
        reads stored pairs (issue 23). Only the documents new or changed since the last update are
        compared; a republication changes a stored document's outlets, so it counts too."""
        if "claims" not in self.pipeline.names or not (report.analyzed or report.republished):
            return None
        from spinscope.campaigns.contradictions import update

        return update(self.store)

    # -- the run ---------------------------------------------------------------------------------------
    def _analyse(self, todo: Iterator[Document], report: BatchReport, progress: Progress | None) -> None:
        for doc in self.engine.stream(self.pipeline, todo, self.batch_size):
            self._finish(doc, report)
            if progress:
                progress(1)

    def _wait_for_claims(self, waiting: list[Document]) -> None:
        while any(self.store.claim_live(d.meta["content_hash"]) for d in waiting):
            time.sleep(CLAIM_POLL_S)

    def _record_error(self, err: InputError, report: BatchReport) -> None:
        err = InputError(safe_text(err.source), safe_text(err.reason), err.row)
        report.errors.append(err)
        self.store.record_error(err.source, err.reason, err.row, report.run_id)
        self.on_error(err)

    def _triage(self, items: Iterable[Document | InputError], report: BatchReport, progress: Progress | None,
                waiting: list[Document]) -> Iterator[Document]:
        """Yield only the documents that need analysis; the rest are handled here."""
        for n, item in enumerate(items, start=1):
            if n % SYNC_EVERY == 0:  # another run on this store may have stored texts since
                self.signatures.sync(self.store)
            if isinstance(item, InputError):
                self._record_error(item, report)
            else:
                action = self._place(prepare(item), report)
                if action == "analyse":
                    yield self._sign(item, report)
                    continue
                if action == "wait":
                    waiting.append(item)
                    continue
            if progress:
                progress(1)

    def _place(self, doc: Document, report: BatchReport) -> str:
        """``analyse``, ``wait`` (another run holds its text) or ``done`` (recorded here)."""
        digest = doc.meta["content_hash"]
        pub = self.store.publication(doc.id)
        if pub is not None and pub["content_hash"] == digest:
            if digest in self._analysed or (pub["pipeline_version"] == self.pipeline.version and not self.force):
                report.unchanged.append(doc.id)
                return "done"
            if pub["doc_id"] != doc.id:  # a new pipeline version: the text is re-analysed under its own id
                doc = self._stored_text(pub["doc_id"], digest)
            return self._claim(doc, digest, report, reanalyse=True)
        if digest in self._in_flight:
            text_id = self._in_flight[digest]
            pending = self._pending.setdefault(text_id, [])
            if _repeats(doc, [_publication(d) for d in pending] + [self._flying_meta[text_id]]):
                self._duplicate(doc, text_id, report)
            else:
                pending.append(doc)
            return "done"
        return self._claim(doc, digest, report)

    def _claim(self, doc: Document, digest: str, report: BatchReport, reanalyse: bool = False) -> str:
        held = self.store.claim_text(digest, doc.id, report.run_id, reanalyse=reanalyse)
        if held is None:
            self._in_flight[digest] = doc.id
            self._flying_meta[doc.id] = _publication(doc)
            doc.meta["pipeline_version"] = self.pipeline.version
            self._doc_for[digest] = doc
            return "analyse"
        kind, text_id = held
        if kind == "claimed":
            return "wait"
        if text_id == doc.id:  # stored under this id (its publication row was removed): nothing to do
            report.unchanged.append(doc.id)
        elif _repeats(doc, self.store.publications(text_id)):
            self._duplicate(doc, text_id, report)
        else:
            self._republish(doc, text_id, report)
        return "done"

    def _duplicate(self, doc: Document, text_id: str, report: BatchReport) -> None:
        report.exact_duplicates.append((doc.id, text_id))
        if doc.id != text_id:
            self.store.record_duplicate(doc.id, text_id, "exact", 1.0, doc.meta.get("path"))

    def _republish(self, doc: Document, text_id: str, report: BatchReport) -> None:
        old = self.store.publication(doc.id)
        if old is not None and old["doc_id"] != doc.id:
            self.store.delete(doc.id)  # a republication whose text changed into another stored text
        if self.store.add_publication(doc.id, text_id, _publication(doc), doc.meta.get("path"), report.run_id):
            report.republished.append((doc.id, text_id))
        else:
            self._duplicate(doc, text_id, report)

    def _stored_text(self, text_id: str, digest: str) -> Document:
        """The stored text ``text_id`` as a fresh document to analyse again, with its own metadata."""
        stored = self.store.get(text_id)
        return Document(id=stored.id, text=stored.text, title=stored.title, source=stored.source,
                        url=stored.url, published=stored.published, lang=stored.lang, issuer=stored.issuer,
                        meta={**{k: v for k, v in stored.meta.items()
                                 if k not in ("near_duplicate_of", "near_duplicate_similarity")},
                              "content_hash": digest})

    def _sign(self, doc: Document, report: BatchReport) -> Document:
        doc = self._doc_for.pop(doc.meta["content_hash"], doc)
        sig = dedup.signature(doc.text)
        near = self.index.query(sig, exclude=doc.id)
        if near:
            doc.meta["near_duplicate_of"] = near[0]
            doc.meta["near_duplicate_similarity"] = round(near[1], 3)
            report.near_duplicates.append((doc.id, near[0], near[1]))
        self.index.add(doc.id, sig)
        self._signatures[doc.id] = sig
        return doc

    def _finish(self, doc: Document, report: BatchReport) -> None:
        digest = doc.meta["content_hash"]
        self._in_flight.pop(digest, None)
        self._flying_meta.pop(doc.id, None)
        self._analysed.add(digest)
        pending = self._pending.pop(doc.id, [])
        failures = doc.meta.pop("analysis_errors", None)
        sig = self._signatures.pop(doc.id, None)
        if sig is None:
            sig = dedup.signature(doc.text)
        if self._keep:
            self._kept[doc.id] = doc
        if failures:
            # Never stored, so nothing may be linked to it as a near-duplicate.
            self.index.remove(doc.id)
            self._failed.add(doc.id)
            self.store.release_claims(report.run_id, digest)
            for f in failures:
                self._record_error(InputError(doc.meta.get("path") or doc.id, f"analyzer {f['analyzer']} failed: {f['error']}"), report)
            for p in pending:
                self._record_error(InputError(p.meta.get("path") or p.id, f"not stored: its text is that of {doc.id}, "
                                              "whose analysis failed", p.meta.get("row")), report)
            if self._keep:
                doc.meta["analysis_errors"] = failures
            return
        if self.store.text_id(doc.id) == doc.id:
            # A stored text analysed again: what no analyzer of this run owns stays (issue 25).
            carry_forward(doc, self.store.get(doc.id), self.pipeline.analyzers)
        near = self._stored_near_duplicate(doc, sig, report)
        # Document, signature, near-duplicate link and claim release in one transaction: a crash keeps all or none.
        self.store.save(doc, report.run_id, signature=dedup.to_bytes(sig), near_duplicate=near)
        report.analyzed.append(doc.id)
        for p in pending:
            self._republish(p, doc.id, report)

    def _stored_near_duplicate(self, doc: Document, sig: np.ndarray,
                               report: BatchReport) -> tuple[str, float | None] | None:
        """The near-duplicate link found at triage, if its target was stored; else the next stored one.

        At triage the earlier document was still in flight; if its analysis failed it was never
        stored, and linking to it would point at nothing.
        """
        near = doc.meta.get("near_duplicate_of")
        if not near or near not in self._failed:
            return (near, doc.meta.get("near_duplicate_similarity")) if near else None
        report.near_duplicates = [n for n in report.near_duplicates if n[0] != doc.id]
        found = self.index.query(sig, exclude=doc.id)
        if found and found[0] not in self._failed and self.store.analyzed_version(found[0]) is not None:
            doc.meta["near_duplicate_of"], doc.meta["near_duplicate_similarity"] = found[0], round(found[1], 3)
            report.near_duplicates.append((doc.id, found[0], found[1]))
            return found[0], round(found[1], 3)
        doc.meta.pop("near_duplicate_of", None)
        doc.meta.pop("near_duplicate_similarity", None)
        return None
