"""spinscope: shows the spin in news — how a text persuades and who says what. Offline.

>>> import spinscope
>>> doc = spinscope.analyze("Finance Minister Anna Kovacs said the plan was sound.", analyzers=["parse", "entities"])
>>> [e.name for e in doc.entities]
['Anna Kovacs']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spinscope.core.document import Claim, Document, Entity, Evidence, Quote, Span, Technique
from spinscope.errors import InputError, SpinscopeError

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
