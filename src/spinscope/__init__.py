"""spinscope: shows the spin in news — how a text persuades and who says what. Offline.

>>> import spinscope
>>> doc = spinscope.analyze("Finance Minister Anna Kovacs said the plan was sound.", analyzers=["parse", "entities"])
>>> [e.name for e in doc.entities]
['Anna Kovacs']
"""

from __future__ import annotations

import os

# Offline and private: ONNX Runtime's wheels ship Microsoft's 1DS telemetry switched on (a device id
# under ~/.cache/Microsoft, a session file in $TMPDIR, events sent over HTTPS). It reads this
# variable once, when it initialises, so it is set before any spinscope module can import it; a
# value the user set is kept. Child processes (Dask workers, the CLI's) inherit it.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from collections.abc import Iterable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from spinscope.core.document import Claim, Document, Entity, Evidence, Quote, Span, Technique  # noqa: E402
from spinscope.errors import InputError, SpinscopeError  # noqa: E402

__version__ = "0.1.0"
__all__ = [
    "analyze", "analyze_files", "Document", "Span", "Entity", "Technique", "Quote", "Claim", "Evidence",
    "SpinscopeError", "InputError", "__version__",
]


def analyze(text: str, *, id: str = "text", title: str | None = None, source: str | None = None,
            url: str | None = None, published: str | None = None, analyzers: Iterable[str] | None = None,
            config: dict[str, dict[str, Any]] | None = None) -> Document:
    """Analyse one text with the default pipeline (or the named analyzers) and return the Document."""
    from spinscope.core.pipeline import Pipeline

    doc = Document(id=id, text=text, title=title, source=source, url=url, published=published)
    return Pipeline(analyzers, config=config)(doc)


def analyze_files(paths: Iterable[str | Path], *, analyzers: Iterable[str] | None = None,
                  config: dict[str, dict[str, Any]] | None = None, db: str | Path | None = None,
                  ) -> tuple[list[Document], list[InputError]]:
    """Analyse files and folders; returns (documents, errors). With ``db``, also stores them there.

    Bad inputs never raise: each comes back as an InputError naming the file, row and reason.
    """
    from spinscope.core.pipeline import Pipeline
    from spinscope.engine.batch import Batch
    from spinscope.export.publications import text_ids, with_publications
    from spinscope.ingest.reader import read_paths
    from spinscope.store import Store

    pipeline = Pipeline(analyzers, config=config, on_error="record")
    with Store(db if db is not None else ":memory:") as store:
        # The one way in (as `spinscope analyze`); each text once, with every publication of it in
        # meta["publications"] (three outlets printing one statement: one document, three publications).
        report = Batch(store, pipeline).run(read_paths(paths))
        ids = report.analyzed + report.unchanged + [new for new, _ in report.republished]
        docs = list(with_publications(store, store.iter_documents(text_ids(store, ids))))
    return docs, report.errors
