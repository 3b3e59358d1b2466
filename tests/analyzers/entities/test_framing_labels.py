"""Framing labels that are labels (issue 22 item 2), on invented texts of the shapes under "Why".

The plain noun of a compound ("Velmarian planes", "soldiers", "formations", "residential areas",
"delegation", "aircraft") is no label, nor is a verb ("rejects"); an evaluative word is, with its
labeller; a title is its own kind.
"""

from __future__ import annotations

import pytest

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

NOT_LABELS = (
    "Velmarian planes struck the depot. Velmarian soldiers and Velmarian military personnel guarded the road. "
    "Kessian formations withdrew from the residential areas of Kolva. The Kessian delegation arrived. "
    "Velmarian aircraft returned to base. We welcome the efforts of Norland. Velmar rejects the report."
)

VOICES = (
    "Statement by the Foreign Ministry of Velmar\n\n"
    "Special Envoy Peter Walsh accused Velmar of propping up the Tolan regime, calling it \"a criminal gang\". "
    "We reject these accusations. It is the legitimate government in Tolan that fights the militants of the "
    "Crimson Shield."
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["parse", "entities", "quotes"], threaded=False)


def _labels(doc: Document, kind: str = "label") -> dict[str, list]:
    return {e.name: [lab for lab in e.labels if lab.kind == kind] for e in doc.entities}


def test_plain_nouns_of_compounds_and_verbs_are_no_labels(pipe: Pipeline) -> None:
    doc = pipe(Document(id="plain", text=NOT_LABELS))
    found = {name: [lab.label for lab in labs] for name, labs in _labels(doc).items() if labs}
    assert found == {}


def test_labels_carry_their_labeller(pipe: Pipeline) -> None:
    doc = pipe(Document(id="voices", text=VOICES))
    labels = _labels(doc)
    tolan = {lab.label: lab for lab in labels["Tolan"]}
    assert "regime" in tolan and tolan["regime"].by == "Peter Walsh"  # the envoy's word
    assert tolan["regime"].polarity == "negative"
    assert "legitimate government" in tolan  # the ministry's own word
    assert tolan["legitimate government"].by != "Peter Walsh" and tolan["legitimate government"].polarity == "positive"
    shield = [lab.label for lab in labels["Crimson Shield"]]
    assert shield == ["militants"]


def test_titles_are_their_own_kind(pipe: Pipeline) -> None:
    text = ("Velmarian Deputy Foreign Minister Yuri Sotnik met Defence Ministry spokesman Arkady Brun. "
            "Council member Ella Stone was there.")
    doc = pipe(Document(id="titles", text=text))
    titles = {e.name: [lab.label for lab in labs] for e, labs in
              ((e, [lab for lab in e.labels if lab.kind == "title"]) for e in doc.entities) if labs}
    assert titles["Yuri Sotnik"] == ["Velmarian Deputy Foreign Minister"]
    assert titles["Arkady Brun"] == ["Defence Ministry spokesman"]
    assert titles["Ella Stone"] == ["Council member"]
    assert not any(_labels(doc).values())  # a title is never a framing label
    assert "Defence Ministry" not in titles  # the spokesman's title, not the ministry's


@pytest.mark.parametrize(("text", "actor", "label"), [
    ("The so-called Crimson Shield attacked the town.", "Crimson Shield", "so-called"),
    ("Western-backed Crimson Shield fighters attacked.", "Crimson Shield", "Western-backed fighters"),
    ("The criminal Velmarian leadership must answer.", "Velmarian", "criminal leadership"),
    ("Mayor Oskar Brin, a brave man, stayed.", "Oskar Brin", "brave man"),
    ("The Crimson Shield, a band of terrorists, fled.", "Crimson Shield", "band of terrorists"),
    ("Walsh called the Tolan government \"a murderous regime\".", "Tolan", "murderous regime"),
])
def test_evaluative_words_are_labels(pipe: Pipeline, text: str, actor: str, label: str) -> None:
    doc = pipe(Document(id="one", text=text))
    found = {e.name: [lab.label for lab in e.labels if lab.kind == "label"] for e in doc.entities}
    assert label in found.get(actor, []), found
    for e in doc.entities:
        for lab in e.labels:
            assert text[lab.start:lab.end].split()[-1] == lab.label.split()[-1]
            assert lab.score is not None and 0 < lab.score <= 1


def test_labels_of_unnamed_targets_have_their_own_layer(pipe: Pipeline) -> None:
    text = ("It is the legitimate Tolan government that fights terrorists, while the legitimate Tolan "
            "government's ill-wishers arm them. 'These pseudo-rescuers are part of it,' Yuri Sotnik said. "
            "The so-called investigation found nothing. The terrorist depots burned.")
    doc = pipe(Document(id="unnamed", text=text))
    found = {lab.label: lab for lab in doc.framing}
    assert {"terrorists", "ill-wishers", "pseudo-rescuers", "so-called investigation"} <= set(found), found
    assert "terrorist depots" not in found  # an evaluative adjective on a thing labels no actor
    assert found["pseudo-rescuers"].by == "Yuri Sotnik"  # the quoted speaker's word
    for lab in doc.framing:
        assert text[lab.start:lab.end].endswith(lab.label.split()[-1].split("-")[-1])
        assert lab.kind == "label" and lab.polarity == "negative" and lab.score
    again = Document.from_dict(doc.to_dict())
    assert again.framing == doc.framing


def test_a_label_in_an_apposition_is_not_counted_twice(pipe: Pipeline) -> None:
    doc = pipe(Document(id="app", text="The Crimson Shield, a gang of foreign mercenaries, fled."))
    assert [lab.label for e in doc.entities for lab in e.labels if lab.kind == "label"] == ["gang"]
    assert doc.framing == []


def test_the_labels_minimum_hides_unnamed_labels_too() -> None:
    from spinscope.core.annotations import Label
    from spinscope.service.min_score import hidden_counts, shown

    doc = Document(id="m", text="They are 'monitors' and terrorists.")
    doc.framing.extend([Label(9, 19, "'monitors'", "label", None, 0.6), Label(24, 34, "terrorists", "label",
                                                                             "negative", 0.9)])
    view = shown(doc, {"labels": 0.7})
    assert [lab.label for lab in view.framing] == ["terrorists"]
    assert hidden_counts(doc, {"labels": 0.7})["labels"] == 1
