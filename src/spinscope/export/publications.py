"""Exports carry every publication: each text with the list of where and when it appeared.

A text three outlets printed word for word is exported once (its annotations are the text's), with
``meta["publications"]`` listing the three publications (id, title, source, url, published); the CSV
writes one row per publication (layer ``publications``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spinscope.core.document import Document
from spinscope.store import StoreProtocol

FIELDS = ("id", "title", "source", "url", "published")


def text_ids(store: StoreProtocol, ids: Iterable[str]) -> list[str]:
    """The texts that ids (of texts or publications) name, each once, in the order first named."""
    out: dict[str, None] = {}
    for i in ids:
        text = store.text_id(i)
        if text is not None:
            out.setdefault(text)
    return list(out)


def with_publications(store: StoreProtocol, docs: Iterable[Document]) -> Iterator[Document]:
    """Each text with ``meta["publications"]``: every publication of it, first seen first."""
    for doc in docs:
        doc.meta["publications"] = [{k: p[k] for k in FIELDS} for p in store.publications(doc.id)]
        yield doc
