"""Every registered analyzer keeps the contract (in the spirit of scikit-learn's test_common).

Text unchanged; spans in bounds; only declared layers written; same output twice; an empty-ish
document works; get_config() round-trips.
"""

from __future__ import annotations

import copy

import pytest

from spinscope.core import registry
from spinscope.core.document import LIST_LAYERS, Document
from spinscope.core.pipeline import DEFAULT_ANALYZERS, Pipeline

TEXT = (
    "Statement by the Ministry of Foreign Affairs of Freedonia\n\n"
    "Foreign Minister Ivo Tarn said on Monday that the so-called report was “a shameless smear campaign "
    "orchestrated by the West.” He added that the authors had offered no proof. According to the United "
    "Nations, 40,000 people have fled since March. \"We will never surrender our sovereignty,\" Tarn said, "
    "\"and our brave people know the truth.\" The agency later denied the minister's claim, calling it baseless."
)

LAYER_OF = {**{name: name for name in LIST_LAYERS}, "issuer": "issuer"}


def chain_for(name: str) -> list[str]:
    """The default analyzers up to and including ``name``, so its requirements run first."""
    names = [n for n in DEFAULT_ANALYZERS if n in registry.registered()]
    if name in names:
        return names[: names.index(name) + 1]
    return [*names, name]


def snapshot(doc: Document) -> dict:
    return copy.deepcopy(doc.to_dict())


@pytest.mark.parametrize("name", sorted(n for n in registry.registered() if not n.startswith("test_")))
def test_analyzer_contract(name):
    pipeline = Pipeline(chain_for(name))
    *earlier, analyzer = pipeline.analyzers
    analyzer_cls = registry.get(name)

    def run(text: str) -> tuple[dict, dict]:
        doc = Document(id="c", text=text, source="Test Outlet")
        for a in earlier:
            a.ensure_initialized()
            a(doc)
        before = snapshot(doc)
        analyzer.ensure_initialized()
        assert analyzer(doc) is doc, f"{name} must return the document it was given"
        return before, snapshot(doc)

    before, after = run(TEXT)
    assert after["text"] == TEXT
    Document.from_dict(after)  # every offset in bounds
    declared = {LAYER_OF[a] for a in analyzer_cls.assigns if a in LAYER_OF}
    for key in before:
        if key not in declared and key != "meta":
            assert after[key] == before[key], f"{name} changed {key!r}, which it does not declare in assigns"
    _, again = run(TEXT)
    assert again == after, f"{name} is not deterministic"
    _, tiny = run("Hi.")
    assert tiny["text"] == "Hi."
    cfg = analyzer_cls(**analyzer_cls.defaults).get_config()
    assert analyzer_cls(**cfg).get_config() == cfg
