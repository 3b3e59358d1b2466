"""The Dask engine: batches analysed on a Dask cluster, results streamed back to the one writer.

``spinscope analyze PATH... --engine dask --workers 4`` starts a ``LocalCluster`` on 127.0.0.1 (one
process per worker, one thread each); ``--scheduler tcp://HOST:8786`` uses a running cluster (see
docs/scale.md). Reading, deduplication and every store write stay in the calling process
(:class:`~spinscope.engine.batch.Batch`), so the store has one writer and the same input gives the
same store as the local engine. Workers receive documents, not paths: they need spinscope installed,
not the input files.

A worker that dies mid-batch loses nothing: the scheduler gives its batch to another worker. A batch
that still fails (its workers keep dying, or it raises) is split and each document retried alone
(twice where its workers died: Dask also blames the tasks queued beside the one that kills); a
document that fails alone comes back with ``analysis_errors``, which the batch records, and the
run goes on.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.errors import ConfigError

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

# Per worker process: one pipeline per description, so models load once per process, not per batch.
_PIPELINES: dict[str, Pipeline] = {}
KEY_PREFIX = "spinscope-analyse"
# How often a document is tried alone after its batch failed, when its workers died (not when it raised).
LONE_TRIES = 2


def worker_pipeline(spec: dict[str, Any]) -> Pipeline:
    """The pipeline ``spec`` (``Pipeline.describe()``) describes, built once in this process."""
    pipeline = _PIPELINES.get(spec["version"])
    if pipeline is None:
        names = [a["name"] for a in spec["analyzers"]]
        config = {a["name"]: a["config"] for a in spec["analyzers"]}
        pipeline = Pipeline(names, config=config, on_error="record")
        if pipeline.version != spec["version"]:
            raise ConfigError(
                f"this worker builds pipeline version {pipeline.version}, the client asked for {spec['version']}: "
                "install the same spinscope (and models) on every worker"
            )
        _PIPELINES[spec["version"]] = pipeline
    return pipeline


def load_pipeline(spec: dict[str, Any]) -> str:
    """Run on every worker before the first batch: build the pipeline and load its models."""
    for analyzer in worker_pipeline(spec).analyzers:
        analyzer.ensure_initialized()
    return spec["version"]


def analyse_batch(spec: dict[str, Any], docs: list[Document]) -> list[Document]:
    """Run on a worker: analyse one batch; per-document failures are recorded on the documents."""
    return worker_pipeline(spec).pipe(docs, batch_size=max(1, len(docs)))


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _missing_dask() -> ConfigError:
    return ConfigError("--engine dask needs Dask's distributed scheduler: pip install 'spinscope[dask]'")


class DaskEngine:
    """Analyse on a Dask cluster; use as a context manager (it starts or connects, then closes).

    Parameters
    ----------
    scheduler : address of a running scheduler (``tcp://10.0.0.5:8786``); None starts a LocalCluster.
    workers : worker processes of the LocalCluster (one thread each); ignored with ``scheduler``.
    in_flight : batches submitted ahead of the one being written (default: two per worker thread),
        which bounds memory in the client however large the input.
    batch_size : documents per task, at most the batch's own size. Small tasks keep every worker busy
        to the end of a run and make a retried batch cheap; results do not depend on it (an
        analyzer's ``pipe`` equals its per-document calls).
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None, in_flight: int | None = None,
                 batch_size: int = 4) -> None:
        if scheduler and workers:
            raise ConfigError("give --scheduler (a running cluster) or --workers (a local one), not both")
        if workers is not None and workers < 1:
            raise ConfigError(f"--workers must be at least 1; got {workers}")
        self.scheduler = scheduler
        self.workers = workers or 1
        self.in_flight = in_flight
        self.batch_size = max(1, batch_size)
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise _missing_dask() from None
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="20s")
            except OSError as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None
        else:
            self.cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                # Port 0: a free port, so several runs (and tests) on one machine never collide.
                dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None

    def worker_threads(self) -> int:
        assert self.client is not None, "use DaskEngine as a context manager"
        return max(1, sum(self.client.nthreads().values()))

    def warm(self, pipeline: Pipeline) -> None:
        """Load the pipeline's models on every current worker, all at once, before any batch.

        A worker that cannot build it (another spinscope version, a missing model) fails the run
        here, with its message, instead of failing every batch. Workers that join later load lazily.
        """
        assert self.client is not None, "use DaskEngine as a context manager"
        try:
            self.client.run(load_pipeline, pipeline.describe())
        except ConfigError:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. ModuleNotFoundError: spinscope not installed there
            raise ConfigError(
                f"a Dask worker cannot load the pipeline ({type(exc).__name__}: {exc}); install the same "
                "spinscope, with its models, on every worker (docs/scale.md)"
            ) from exc

    def stream(self, pipeline: Pipeline, docs: Iterable[Document], batch_size: int) -> Iterator[Document]:
        """Analysed documents in input order, ``in_flight`` batches working ahead on the cluster."""
        assert self.client is not None, "use DaskEngine as a context manager"
        self.warm(pipeline)
        spec = pipeline.describe()
        ahead = self.in_flight or 2 * self.worker_threads()
        run = uuid.uuid4().hex[:8]
        window: deque[tuple[Future, list[Document]]] = deque()
        for n, chunk in enumerate(_chunks(docs, max(1, min(batch_size, self.batch_size)))):
            window.append((self._submit(spec, chunk, f"{run}-{n}"), chunk))
            while len(window) > ahead:
                yield from self._collect(spec, *window.popleft())
        while window:
            yield from self._collect(spec, *window.popleft())

    def _submit(self, spec: dict[str, Any], chunk: list[Document], name: str) -> Future:
        assert self.client is not None
        # The key names the first document, so an operator (or a test) can tell which batch is where.
        return self.client.submit(analyse_batch, spec, chunk, key=f"{KEY_PREFIX}-{name}-{chunk[0].id}", pure=False)

    def _collect(self, spec: dict[str, Any], future: Future, chunk: list[Document], lone_tries: int = 0) -> Iterator[Document]:
        try:
            analysed: list[Document] = future.result()
        except Exception as exc:  # noqa: BLE001 - KilledWorker, a worker-side error: handled per document
            failure = exc
        else:
            yield from analysed
            return
        finally:
            future.release()
        if len(chunk) > 1:
            # One bad document must not sink its batch: each is retried alone, all at once.
            singles = [(self._submit(spec, [doc], f"retry-{uuid.uuid4().hex[:8]}"), [doc]) for doc in chunk]
            for single in singles:
                yield from self._collect(spec, *single, lone_tries=1)
            return
        (doc,) = chunk
        if type(failure).__name__ == "KilledWorker" and lone_tries < LONE_TRIES:
            # Dask blames every task queued on a worker that dies: a good document retried alone beside
            # the one that kills workers can be blamed twice for its deaths. A fresh key starts its count
            # again; the poison itself dies again, and only then is it recorded.
            retry = self._submit(spec, [doc], f"retry-{uuid.uuid4().hex[:8]}")
            yield from self._collect(spec, retry, [doc], lone_tries=lone_tries + 1)
            return
        doc.meta.setdefault("analysis_errors", []).append(
            {"analyzer": "(dask engine)", "error": f"{type(failure).__name__}: {failure}"}
        )
        yield doc
