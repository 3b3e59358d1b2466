"""Full-text search phrased for the word's frequency: the same pages and counts either way.

A word in most documents is checked per document along the date index, a rare one read from the
index as a set (store/sqlite_documents.py ``search_condition``). Both phrasings must give exactly
the rows a plain Python filter gives, in order, across every keyset page, dated and undated.
"""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.store import Store
from spinscope.store.filters import DocumentFilter
from spinscope.store.sqlite_documents import fts_query, search_condition

N = 300


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """300 documents: "tide" in all but every 10th, "lantern" in 3, a fifth undated, many date ties."""
    path = tmp_path_factory.mktemp("search") / "search.db"
    with Store(path) as writer:
        for i in range(N):
            words = ["The", "council", "met"]
            if i % 10:
                words.append("tide")
            if i in (7, 150, 299):
                words.append("lantern")
            published = None if i % 5 == 0 else f"2024-0{1 + i % 6}-1{i % 3}"
            writer.save(Document(id=f"s{i:03d}", text=" ".join(words) + f" on day {i}.", title=f"Item {i}",
                                 source="Harbour Gazette" if i % 2 else "Valley Sun", published=published))
    reader = Store(path, read_only=True)
    yield reader
    reader.close()


def expected(store: Store, word: str, outlet: str | None = None) -> list[str]:
    """Matching ids newest first, ties by insertion order (latest first), undated last: by hand."""
    rows = store.conn.execute("SELECT rowid, id, text, source, published FROM documents").fetchall()
    hits = [r for r in rows if word in r["text"].split() and (outlet is None or r["source"] == outlet)]
    dated = sorted((r for r in hits if r["published"]), key=lambda r: (r["published"], r["rowid"]), reverse=True)
    undated = sorted((r for r in hits if not r["published"]), key=lambda r: r["rowid"], reverse=True)
    return [r["id"] for r in dated + undated]


def all_pages(store: Store, flt: DocumentFilter, limit: int) -> list[str]:
    seen, after = [], None
    while True:
        page = store.list_documents(flt, after=after, limit=limit)
        seen += [r["id"] for r in page.rows]
        if page.next_key is None:
            return seen
        after = page.next_key


def test_frequent_word_is_walked_and_rare_word_read_as_a_set(store: Store) -> None:
    assert search_condition(store.conn, fts_query("tide"), 5).startswith("EXISTS")
    assert search_condition(store.conn, fts_query("lantern"), 5).startswith("d.rowid IN")
    # A count reads every match: always the set.
    assert search_condition(store.conn, fts_query("tide"), None).startswith("d.rowid IN")


@pytest.mark.parametrize("word", ["tide", "lantern", "council"])
@pytest.mark.parametrize("limit", [1, 5, 50])
def test_pages_are_the_matches_in_order(store: Store, word: str, limit: int) -> None:
    want = expected(store, word)
    assert want, word
    assert all_pages(store, DocumentFilter(q=word), limit) == want


def test_search_with_another_filter(store: Store) -> None:
    flt = DocumentFilter(q="tide", outlet="Harbour Gazette")
    assert all_pages(store, flt, 7) == expected(store, "tide", "Harbour Gazette")
    assert store.count_documents(flt, cap=10_000) == len(expected(store, "tide", "Harbour Gazette"))


@pytest.mark.parametrize("word", ["tide", "lantern"])
def test_counts_match_by_hand(store: Store, word: str) -> None:
    assert store.count_documents(DocumentFilter(q=word), cap=10_000) == len(expected(store, word))
    assert store.count_documents(DocumentFilter(q=word), cap=4) == min(4, len(expected(store, word)))
