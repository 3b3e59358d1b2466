"""A pipeline: analyzers run in order over documents, models loaded once per process."""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator
from typing import Any

from spinscope.core import registry
from spinscope.core.ahead import Ahead, one_by_one
from spinscope.core.document import Document
from spinscope.core.instances import run_lock, shared
from spinscope.core.registry import FALLBACK_LANGUAGE, Analyzer
from spinscope.core.stages import run_stages
from spinscope.errors import ConfigError

# The full default pipeline, in dependency order. Every one is always in it: an analyzer whose model
# files are missing fails the build (MissingModelError) instead of quietly dropping out.
DEFAULT_ANALYZERS = ("parse", "entities", "techniques", "quotes", "claims", "roles", "narratives_semeval25",
                     # The Russian set (languages = ("ru",)): each document gets its own language's.
                     "ru_parse", "ru_entities", "ru_quotes", "ru_claims", "ru_techniques")

# Documents per stage batch in threaded runs: small, so the stages fill quickly and overlap; the
# analyzers gain little from larger batches (their ONNX calls batch within one document).
STAGE_BATCH = 2

class Pipeline:
    """Ordered analyzers, checked at build time that each one's ``requires`` is met.

    Parameters
    ----------
    analyzers : names to run, in order; default: DEFAULT_ANALYZERS.
    config : per-analyzer options, ``{"claims": {"min_words": 5}}``; each is validated here against
        the analyzer's ``params`` (ConfigError names the option, what is allowed and what was given).
    on_error : ``"raise"`` or ``"record"`` (log the failure on the document and carry on).
    threaded : run the analyzers as overlapping stages in threads (see :meth:`stream`); same results.
    """

    def __init__(
        self,
        analyzers: Iterable[str] | None = None,
        config: dict[str, dict[str, Any]] | None = None,
        on_error: str = "raise",
        threaded: bool = True,
    ) -> None:
        if on_error not in ("raise", "record"):
            raise ConfigError(f"on_error must be 'raise' or 'record', got {on_error!r}")
        config = config or {}
        names = list(DEFAULT_ANALYZERS if analyzers is None else analyzers)
        unknown_cfg = sorted(set(config) - set(names))
        if unknown_cfg:
            raise ConfigError(f"config given for analyzers not in the pipeline: {unknown_cfg}")
        self.on_error = on_error
        self.threaded = threaded
        # Shared per process (models load once); each is used under its own lock (core/instances.py).
        self.analyzers = [shared(n, _session_threads(n, config.get(n, {}), threaded)) for n in names]
        self._check_requires()

    def _check_requires(self) -> None:
        provided: set[str] = {"text"}
        for a in self.analyzers:
            missing = [r for r in a.requires if r not in provided]
            if missing:
                hint = ", ".join(registry.providers(missing)) or "no registered analyzer"
                raise ConfigError(
                    f"analyzer {a.name!r} needs {missing}, which no earlier analyzer assigns or provides; "
                    f"put one of these before it: {hint}"
                )
            provided.update(a.assigns, a.provides)

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.analyzers]

    @property
    def version(self) -> str:
        """A short hash of names, versions and configs: a new one means stored docs are re-analysed."""
        spec = [[a.name, a.version, _outputs_config(a.get_config())] for a in self.analyzers]
        return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:12]

    def describe(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "analyzers": [
                {"name": a.name, "version": a.version, "config": a.get_config()} for a in self.analyzers
            ],
        }

    def __call__(self, doc: Document) -> Document:
        return self.pipe([doc])[0]

    def pipe(self, docs: Iterable[Document], batch_size: int = 16, threaded: bool | None = None) -> list[Document]:
        """Analyse every document; see :meth:`stream` for bounded memory."""
        return list(self.stream(docs, batch_size=batch_size, threaded=threaded))

    def stream(
        self, docs: Iterable[Document], batch_size: int = 16, threaded: bool | None = None
    ) -> Iterator[Document]:
        """Like :meth:`pipe` but yields documents in input order, batch by batch (bounded memory).

        ``threaded`` (default: the pipeline's own setting) runs each analyzer in a thread of its own
        over small batches (:mod:`spinscope.core.stages`), so ONNX inference of one batch overlaps the
        parse of the next; documents get exactly the annotations the sequential path gives them.
        One batch alone runs sequentially: there is nothing to overlap.
        """
        threaded = self.threaded if threaded is None else threaded
        batches = _batches(docs, min(batch_size, STAGE_BATCH) if threaded else batch_size)
        first = next(batches, None)
        if first is None:
            return
        second = next(batches, None)
        if second is None or not threaded or len(self.analyzers) < 2:
            for batch in itertools.chain([first], [] if second is None else [second], batches):
                yield from self._run_batch(batch)
            return
        for a in self.analyzers:  # load every model here, before any stage thread starts
            with run_lock(a):
                a.ensure_initialized()
        in_flight = max(2, batch_size // STAGE_BATCH) + len(self.analyzers)
        yield from run_stages(
            [functools.partial(self._run_stage, a) for a in self.analyzers],
            itertools.chain([first, second], batches),
            in_flight=in_flight,
            finish=self._finish,
        )

    def _run_batch(self, batch: list[Document]) -> list[Document]:
        # Text-only analyzers and prefetches run in a side thread beside the earlier analyzers
        # (core/ahead.py): one batch's analyzers would otherwise leave a core idle in turn.
        ahead = Ahead.start(self.analyzers, batch, self.on_error == "record", _check_result)
        try:
            for analyzer in self.analyzers:
                if ahead is not None and ahead.runs(analyzer):
                    ahead.settle(analyzer)
                else:
                    self._run_stage(analyzer, batch)
        finally:
            if ahead is not None:
                ahead.join()
        return self._finish(batch)

    def _finish(self, batch: list[Document]) -> list[Document]:
        for d in batch:
            d.cache.clear()  # drop parses: they are big and not needed after the run
            note_language(d, self.analyzers)
        return batch

    def _run_stage(self, analyzer: Analyzer, batch: list[Document]) -> list[Document]:
        """One analyzer over one batch; with ``on_error="record"`` a failing document fails alone."""
        # Each document gets only the analyzers of its language (Analyzer.languages); a model is
        # loaded only once a document needs it.
        ok = [d for d in batch if not d.meta.get("analysis_errors") and analyzer.handles(d)]
        if not ok:
            return batch
        with run_lock(analyzer):  # another pipeline may share this instance
            analyzer.ensure_initialized()
            try:
                result = analyzer.pipe(ok)
            except Exception:
                if self.on_error == "raise":
                    raise
                result, failed = one_by_one(analyzer, ok)
                for d in ok:
                    if id(d) in failed:
                        d.meta.setdefault("analysis_errors", []).append(failed[id(d)])
        _check_result(analyzer, ok, result)
        return batch


def note_language(doc: Document, analyzers: list[Analyzer]) -> None:
    """Say in ``doc.meta`` which analyzers skipped a document that is not in the fallback language.

    English (and undetermined) documents get no note, so their output is what it was before
    languages were detected. A language that no analyzer handles gets ``meta["language_note"]``,
    which the article page shows: the analyst must not read "no techniques" as "no spin".
    """
    lang = doc.lang or "und"
    if lang in (FALLBACK_LANGUAGE, "und"):
        return
    skipped = [a.name for a in analyzers if not a.handles(doc)]
    ran = [a.name for a in analyzers if a.handles(doc) and "*" not in a.languages]
    doc.meta.pop("language_note", None)
    doc.meta.pop("not_analysed", None)
    if skipped:
        doc.meta["not_analysed"] = skipped
    if not ran:
        doc.meta["language_note"] = (
            f"No analysis pipeline for language {lang!r} yet: this document was stored and is searchable, "
            f"but no techniques, quotes, claims or entities were looked for ({', '.join(skipped)} skipped)."
        )


def _session_threads(name: str, config: dict[str, Any], threaded: bool) -> dict[str, Any]:
    """A threaded pipeline's stages share the cores: each ONNX session gets one intra-op thread.

    Passed to the analyzer as its ``threads`` option (an explicit one wins), so the sessions it loads
    get it; nothing process-wide is changed, and a sequential pipeline keeps the analyzer's default.
    """
    if threaded and "threads" not in config and "threads" in registry.get(name).defaults:
        return {**config, "threads": 1}
    return config


def _outputs_config(config: dict[str, Any]) -> dict[str, Any]:
    # Threads change the speed, never an output: they do not make stored documents stale.
    return {k: v for k, v in config.items() if k != "threads"}


def _check_result(analyzer: Analyzer, given: list[Document], result: list[Document]) -> None:
    if len(result) != len(given) or any(not isinstance(r, Document) for r in result):
        raise ConfigError(f"analyzer {analyzer.name!r} must return the documents it was given")


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
