"""Where the analysis runs: the :class:`Engine` seam and the in-process engine.

:class:`~spinscope.engine.batch.Batch` reads inputs, deduplicates and writes the store in one
process; an engine only turns documents into analysed documents. ``LocalEngine`` runs the pipeline
in this process; :mod:`spinscope.engine.dask` sends batches to a Dask cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline


class Engine(Protocol):
    """Analyses documents with a pipeline and yields each one back, in the order given.

    A document the engine could not analyse comes back with ``meta["analysis_errors"]`` (a list of
    ``{"analyzer", "error"}``), like a pipeline failure: the batch records it and goes on.
    """

    def stream(self, pipeline: Pipeline, docs: Iterable[Document], batch_size: int) -> Iterator[Document]: ...


class LocalEngine:
    """The pipeline in this process, batch by batch (bounded memory)."""

    def stream(self, pipeline: Pipeline, docs: Iterable[Document], batch_size: int) -> Iterator[Document]:
        return pipeline.stream(docs, batch_size=batch_size)
