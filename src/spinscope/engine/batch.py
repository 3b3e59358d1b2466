"""Analyse a batch of inputs into the store: resumable, duplicate-aware, never stopped by one bad file.

Re-running the same input with the same pipeline does nothing (the document's content hash and the
pipeline version are both unchanged); a new pipeline version re-analyses. Documents are saved as
they are finished, so an interrupted batch resumes where it stopped.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.engine.local import Engine, LocalEngine
from spinscope.errors import InputError
from spinscope.ingest import dedup
from spinscope.ingest.reader import DEFAULT_MAX_BYTES, content_hash, read_paths
from spinscope.settings import default
from spinscope.store import Store


@dataclass
class BatchReport:
    """What one run did; ``ok`` is False when any input or document failed."""

    run_id: int | None = None
    analyzed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    exact_duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new id, stored id)
    near_duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> dict[str, Any]:
        return {
            "analyzed": len(self.analyzed),
            "unchanged": len(self.unchanged),
            "exact_duplicates": len(self.exact_duplicates),
            "near_duplicates": len(self.near_duplicates),
            "errors": len(self.errors),
        }


class Batch:
    """One run of a pipeline over inputs, into a store.

    Parameters
    ----------
    store : where documents, duplicates and errors go.
    pipeline : the analyzers to run (errors are recorded per document, never raised).
    near_threshold : estimated Jaccard similarity over 5-word shingles at which a document is linked
        to an earlier one as a near-duplicate.
    on_error : called with each InputError as it happens (the CLI prints them).
    engine : where the analysis runs (default: this process); this object stays the one writer.
    """

    def __init__(self, store: Store, pipeline: Pipeline,
                 near_threshold: float = default("near_duplicate_threshold"),
                 on_error: Callable[[InputError], None] | None = None,
                 batch_size: int = default("batch_size"), engine: Engine | None = None) -> None:
        self.store = store
        self.pipeline = pipeline
        self.pipeline.on_error = "record"
        self.on_error = on_error or (lambda err: None)
        self.batch_size = batch_size
        self.engine = engine or LocalEngine()
        self.index = dedup.NearDuplicateIndex(near_threshold)
        self._signatures: dict[str, np.ndarray] = {}
        self._failed: set[str] = set()
        # Files written before document and signature shared a transaction may hold documents a
        # killed run saved without their MinHash: sign them now, or no later run could match them.
        for doc_id, text in list(store.unsigned_documents()):
            store.save_signature(doc_id, dedup.to_bytes(dedup.signature(text)))
        for doc_id, sig in store.iter_signatures():
            self.index.add(doc_id, dedup.from_bytes(sig))

    def run_paths(self, paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES,
                  stdin: io.BufferedIOBase | None = None, progress: Callable[[int], None] | None = None) -> BatchReport:
        return self.run(read_paths(paths, max_bytes=max_bytes, stdin=stdin), progress=progress)

    def run(self, items: Iterable[Document | InputError], progress: Callable[[int], None] | None = None) -> BatchReport:
        report = BatchReport(run_id=self.store.start_run(self.pipeline.describe()))
        version = self.pipeline.version
        status = "interrupted"  # unless the loop ends: Ctrl-C, a full disk, a lost cluster
        try:
            todo = self._triage(items, report, version, progress)
            for doc in self.engine.stream(self.pipeline, todo, self.batch_size):
                self._finish(doc, report)
                if progress:
                    progress(1)
            status = "finished"
        finally:
            self.store.finish_run(report.run_id, len(report.analyzed), len(report.errors), status)
        return report

    def _record_error(self, err: InputError, report: BatchReport) -> None:
        report.errors.append(err)
        self.store.record_error(err.source, err.reason, err.row, report.run_id)
        self.on_error(err)

    def _triage(self, items: Iterable[Document | InputError], report: BatchReport, version: str,
                progress: Callable[[int], None] | None) -> Iterator[Document]:
        """Yield only the documents that need analysis; duplicates and errors are handled here."""
        batch_hashes: dict[str, str] = {}
        for item in items:
            if isinstance(item, InputError):
                self._record_error(item, report)
                if progress:
                    progress(1)
                continue
            doc = item
            digest = doc.meta.get("content_hash") or content_hash(doc.text)
            doc.meta["content_hash"] = digest
            stored = self.store.analyzed_version(doc.id)
            if stored == (digest, version):
                report.unchanged.append(doc.id)
                if progress:
                    progress(1)
                continue
            twin = batch_hashes.get(digest) or self.store.find_by_hash(digest)
            if twin and twin != doc.id:
                report.exact_duplicates.append((doc.id, twin))
                self.store.record_duplicate(doc.id, twin, "exact", 1.0, doc.meta.get("path"))
                if progress:
                    progress(1)
                continue
            batch_hashes[digest] = doc.id
            sig = dedup.signature(doc.text)
            near = self.index.query(sig, exclude=doc.id)
            if near:
                doc.meta["near_duplicate_of"] = near[0]
                doc.meta["near_duplicate_similarity"] = round(near[1], 3)
                report.near_duplicates.append((doc.id, near[0], near[1]))
            self.index.add(doc.id, sig)
            doc.meta["pipeline_version"] = version
            self._signatures[doc.id] = sig
            yield doc

    def _finish(self, doc: Document, report: BatchReport) -> None:
        failures = doc.meta.pop("analysis_errors", None)
        sig = self._signatures.pop(doc.id, None)
        if sig is None:
            sig = dedup.signature(doc.text)
        if failures:
            # Never stored, so nothing may be linked to it as a near-duplicate.
            self.index.remove(doc.id)
            self._failed.add(doc.id)
            for f in failures:
                self._record_error(InputError(doc.meta.get("path") or doc.id, f"analyzer {f['analyzer']} failed: {f['error']}"), report)
            return
        near = self._stored_near_duplicate(doc, sig, report)
        # Document, signature and near-duplicate link in one transaction: a crash keeps all or none.
        self.store.save(doc, report.run_id, signature=dedup.to_bytes(sig), near_duplicate=near)
        report.analyzed.append(doc.id)

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
