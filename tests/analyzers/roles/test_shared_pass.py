"""The one windowed encoder pass per document that ``roles`` and ``narratives_semeval25`` share
(``spinscope.models.windows_cache``): tiling, which window a token's state comes from, long
documents, and results that do not depend on what else is analysed. Texts written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline
from spinscope.models.windows_cache import (
    CACHE_KEY,
    STRIDE,
    TILE,
    document_states,
    owners,
    shared_window_encoder,
    tiles,
)

PARAS = [
    "Marvania's president Oren Kask ordered new strikes on Oskel, and officials in Dunmark said the attacks "
    "killed four civilians. Kask called the reports Western lies.",
    "Aid worker Lena Moor drove three convoys into the city. Doctors said the hospitals had run out of "
    "medicine and that children were among the wounded.",
    "Analysts in Veloria warned that the sanctions hurt European families more than Marvania, while heating "
    "bills doubled across the continent this winter.",
]
LONG = "\n".join(PARAS[i % 3] for i in range(12)) + "\nIn the end, Lena Moor thanked the drivers of Oskel."


@pytest.mark.parametrize("n", [0, 1, TILE - 1, TILE, TILE + 1, 300, 1000])
def test_tiles_cover_every_token_with_windows_of_one_length(n: int) -> None:
    spans = tiles(n)
    covered = np.zeros(n, dtype=int)
    for lo, hi in spans:
        covered[lo:hi] += 1
    assert (covered >= 1).all()
    if n > TILE:
        assert {hi - lo for lo, hi in spans} == {TILE}  # equal lengths: int8 scales never differ by size
        assert spans[-1][1] == n
        assert all(b[0] - a[0] <= STRIDE for a, b in zip(spans, spans[1:], strict=False))
    else:
        assert spans == ([(0, n)] if n else [])


def test_each_token_takes_the_window_where_it_is_most_central() -> None:
    spans = tiles(400)
    own = owners(400, spans)
    for t in range(400):
        margin = [min(t - lo, hi - 1 - t) if lo <= t < hi else -1 for lo, hi in spans]
        assert margin[own[t]] == max(margin)
    inner = [t for t in range(400) if spans[0][1] - (TILE - STRIDE) <= t < spans[-1][0] + TILE - STRIDE]
    assert all(min(t - spans[own[t]][0], spans[own[t]][1] - 1 - t) >= (TILE - STRIDE) // 2 - 1 for t in inner)


def test_a_long_document_is_read_to_its_end_window_by_window() -> None:
    enc = shared_window_encoder()
    states = enc.states(LONG)
    n = len(states.offsets)
    assert n > 3 * TILE and states.windows == len(tiles(n))
    # The last mention's states are exactly those of the last window run on its own.
    start = LONG.rindex("Lena Moor")
    first, last = states.token_range(start, start + len("Lena Moor"))
    ids = enc.tokenizer.encode(LONG, add_special_tokens=False).ids
    lo, hi = tiles(n)[-1]
    feeds = {"input_ids": np.array([[enc.cls_id, *ids[lo:hi], enc.sep_id]], dtype=np.int64)}
    feeds["attention_mask"] = np.ones_like(feeds["input_ids"])
    feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
    alone = enc.encoder.session_.run(None, feeds)[0][0][1:-1]
    np.testing.assert_array_equal(states.states[first:last], alone[first - lo:last - lo])
    assert LONG[states.offsets[first][0]:states.offsets[last - 1][1]] == "Lena Moor"


def test_roles_and_narratives_share_one_pass() -> None:
    doc = Document(id="one", text=LONG)
    pipe = Pipeline(["parse", "entities", "quotes", "claims", "roles", "narratives_semeval25"], threaded=False)
    for a in pipe.analyzers:
        a.ensure_initialized()
        a(doc)
        if a.name == "roles":
            slot = doc.cache[CACHE_KEY]
            first = slot.value
    assert first is not None and doc.cache[CACHE_KEY] is slot and slot.value is first  # one pass, read twice
    assert document_states(doc) is first
    assert any(e.role is not None for e in doc.entities)


def test_results_do_not_depend_on_the_other_documents_of_a_batch() -> None:
    texts = [LONG, PARAS[0], "\n".join(PARAS[1:]) + " Oren Kask denied it."]
    pipe = Pipeline(["parse", "entities", "quotes", "claims", "roles", "narratives_semeval25"])
    alone = [pipe(Document(id=f"d{i}", text=t)).to_dict() for i, t in enumerate(texts)]
    together = [d.to_dict() for d in pipe.pipe([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)])]
    reversed_ = [d.to_dict() for d in pipe.pipe([Document(id=f"d{i}", text=t) for i, t in reversed(list(enumerate(texts)))])]
    assert together == alone
    assert reversed_[::-1] == alone
