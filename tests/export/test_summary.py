"""The per-document summary (``export/_summary.py``) on documents annotated by hand."""

from __future__ import annotations

from samples import full_doc, sparse_doc
from spinscope.core.document import Claim, Document, Entity, Evidence, Quote, Span, Technique
from spinscope.core.layers import layer_names
from spinscope.export._summary import UNATTRIBUTED, summarize

TEXT = (
    'Lena Vos said: "The border stays closed until Friday." '
    "Officials in Karsby denied that any trucks were stopped. "
    "LENA VOS added that talks would resume, in a statement to Radio Nord. "
    '"Nobody has read the report," a source said. '
    "The Ostland ministry called the claims a vile smear."
)


def at(fragment: str) -> Span:
    i = TEXT.index(fragment)
    return Span(i, i + len(fragment))


def built() -> Document:
    doc = Document(id="vos-1", text=TEXT, meta={"analysis_errors": [{"analyzer": "claims", "error": "boom"}]})
    doc.sentences += [at('Lena Vos said: "The border stays closed until Friday."'),
                      at("Officials in Karsby denied that any trucks were stopped."),
                      at("LENA VOS added that talks would resume, in a statement to Radio Nord."),
                      at('"Nobody has read the report," a source said.'),
                      at("The Ostland ministry called the claims a vile smear.")]
    smear, vile = at("a vile smear"), at("vile")
    doc.techniques += [
        Technique(vile.start, vile.end, "Loaded_Language", 0.9),
        Technique(smear.start, smear.end, "Name_Calling,Labeling", 0.7),
        Technique(smear.start, smear.end, "Loaded_Language", 0.6),
        Technique(0, 8, "Made_Up_Technique", 0.1),
        Technique(smear.start, smear.end, "Doubt", 0.2),
        Technique(vile.start, vile.end, "Doubt", 0.3),
        Technique(vile.start, vile.end, "Loaded_Language", 0.5),
    ]
    doc.quotes += [
        Quote("direct", at("The border stays closed until Friday."), at("said"), at("Lena Vos"), "Lena Vos"),
        Quote("indirect", at("any trucks were stopped"), at("denied"), at("Officials in Karsby"), "Officials in Karsby"),
        Quote("indirect", at("talks would resume"), at("added"), at("LENA VOS"), "lena vos ", "in a statement to Radio Nord"),
        Quote("direct", at("Nobody has read the report"), None, None, None),
        Quote("mixed", at("the claims"), None, None, "  "),
    ]
    claim = at("any trucks were stopped")
    doc.claims += [
        Claim(at("talks would resume").start, at("talks would resume").end, 0.4, "Lena Vos", []),
        Claim(claim.start, claim.end, 0.8, None, ["Officials in Karsby", "Lena Vos"]),
    ]
    doc.entities += [
        Entity("Radio Nord", "ORG", ["Radio Nord"], [at("Radio Nord")]),
        Entity("Lena Vos", "PERSON", ["Lena Vos", "LENA VOS", "Vos"], [at("Lena Vos"), at("LENA VOS")]),
        Entity("Karsby", "GPE", [], [at("Karsby")]),
        Entity("Ostland ministry", "ORG", [], [at("Ostland ministry"), at("Ostland")]),
    ]
    doc.evidence.append(Evidence(claim.start, claim.end, "absent"))
    doc.validate()
    return doc


def counts_of(s: dict, expected: dict[str, int]) -> dict[str, int]:
    """The counts of the layers named in ``expected``, after checking every declared layer is counted."""
    assert list(s["counts"]) == list(layer_names())
    return {k: s["counts"][k] for k in expected}


def test_counts_per_layer():
    s = summarize(built())
    expected = {"sentences": 5, "entities": 4, "techniques": 7, "quotes": 5, "claims": 2, "evidence": 1}
    assert counts_of(s, expected) == expected
    assert (s["id"], s["title"]) == ("vos-1", "vos-1")  # no title: the id stands in


def test_counts_per_technique_most_frequent_first_then_by_name():
    s = summarize(built())
    assert s["techniques"] == [
        {"technique": "Loaded_Language", "label": "Loaded Language", "class": "ss-t-loaded-language", "count": 3},
        {"technique": "Doubt", "label": "Doubt", "class": "ss-t-doubt", "count": 2},
        {"technique": "Made_Up_Technique", "label": "Made Up Technique", "class": "ss-t-other", "count": 1},
        {"technique": "Name_Calling,Labeling", "label": "Name Calling / Labeling",
         "class": "ss-t-name-calling-labeling", "count": 1},
    ]


def test_speakers_fold_case_and_spaces_and_unattributed_comes_last():
    doc = built()
    s = summarize(doc)
    assert [(sp["name"], sp["class"], len(sp["quotes"])) for sp in s["speakers"]] == [
        ("Lena Vos", "ss-spk-2", 2),  # "Lena Vos" and "lena vos " are one speaker, named as first seen
        ("Officials in Karsby", "ss-spk-6", 1),
        (UNATTRIBUTED, "ss-spk-none", 2),  # None and a blank name alike
    ]
    vos = s["speakers"][0]["quotes"]
    assert vos == [
        {"kind": "direct", "via": None, "start": 16, "end": 53, "text": "The border stays closed until Friday."},
        {"kind": "indirect", "via": "in a statement to Radio Nord", "start": doc.quotes[2].content.start,
         "end": doc.quotes[2].content.end, "text": "talks would resume"},
    ]
    assert [q["text"] for q in s["speakers"][2]["quotes"]] == ["Nobody has read the report", "the claims"]


def test_claims_by_offset_with_asserters_and_deniers():
    doc = built()
    s = summarize(doc)
    first, second = s["claims"]
    assert first == {
        "start": doc.claims[1].start,
        "end": doc.claims[1].end,
        "text": "any trucks were stopped",
        "score": 0.8,
        "asserted_by": None,
        "denied_by": ["Officials in Karsby", "Lena Vos"],
        "asserted_class": "ss-spk-none",
        "denied": [{"name": "Officials in Karsby", "class": "ss-spk-6"}, {"name": "Lena Vos", "class": "ss-spk-2"}],
    }
    assert (second["text"], second["asserted_by"], second["asserted_class"], second["denied"]) == (
        "talks would resume", "Lena Vos", "ss-spk-2", [],
    )
    # A copy: editing the summary leaves the document alone.
    first["denied_by"].append("x")
    assert doc.claims[1].denied_by == ["Officials in Karsby", "Lena Vos"]


def test_entities_by_mention_count_then_name_without_their_own_name_as_alias():
    s = summarize(built())
    assert s["entities"] == [
        {"name": "Lena Vos", "type": "PERSON", "aliases": ["LENA VOS", "Vos"], "mentions": 2},
        {"name": "Ostland ministry", "type": "ORG", "aliases": [], "mentions": 2},
        {"name": "Karsby", "type": "GPE", "aliases": [], "mentions": 1},
        {"name": "Radio Nord", "type": "ORG", "aliases": [], "mentions": 1},
    ]


def test_errors_are_listed():
    assert summarize(built())["errors"] == [{"analyzer": "claims", "error": "boom"}]
    assert summarize(sparse_doc())["errors"] == []


def test_every_list_is_present_on_a_sparse_document():
    s = summarize(sparse_doc())
    assert s["title"] == "Council"
    expected = {"sentences": 2, "entities": 1, "techniques": 0, "quotes": 0, "claims": 0, "evidence": 0}
    assert counts_of(s, expected) == expected
    assert (s["techniques"], s["speakers"], s["claims"]) == ([], [], [])
    assert s["entities"] == [{"name": "Ruth Engel", "type": "PERSON", "aliases": [], "mentions": 1}]


def test_empty_document():
    s = summarize(Document(id="e", text=""))
    assert s.pop("counts") == dict.fromkeys(layer_names(), 0)
    assert s == {
        "id": "e",
        "title": "e",
        "techniques": [],
        "speakers": [],
        "claims": [],
        "entities": [],
        "errors": [],
    }


def test_full_sample_keeps_exact_quote_texts():
    doc = full_doc()
    s = summarize(doc)
    assert s["title"] == doc.title
    texts = {sp["name"]: [q["text"] for q in sp["quotes"]] for sp in s["speakers"]}
    assert texts == {
        "Anna Kovacs": [doc.text[27:65]],
        'Bob "the <b>"': [doc.text[190:197]],
        UNATTRIBUTED: [doc.text[75:84]],
    }
    assert [sp["name"] for sp in s["speakers"]][-1] == UNATTRIBUTED
    assert next(q for sp in s["speakers"] for q in sp["quotes"] if q["start"] == 75)["via"] == "Radio Nord"
