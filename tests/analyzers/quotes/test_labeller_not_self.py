"""A scare-quoted label read as a quote must not make the labelled actor its own labeller (issue 22,
session 8, an invented RT-style article): 'The so-called "volunteers" of the Civil Shield group ...'
gave the quote 'The so-called "volunteers"' the speaker Civil Shield, and so the label "so-called" on
Civil Shield the labeller Civil Shield. The accusation the group makes is cast in the group's voice."""

from __future__ import annotations

from spinscope.core.document import Document
from spinscope.core.pipeline import Pipeline

TEXT = (
    "The so-called \"volunteers\" of the Green Shield group, who are known for staging provocations, have "
    "again accused Tessaria of striking a hospital, Deputy Foreign Minister Pavel Orin said."
)


def test_nobody_labels_itself_so_called() -> None:
    doc = Pipeline(["parse", "entities", "quotes", "claims", "roles"], threaded=False)(Document(id="t", text=TEXT))
    shield = next(e for e in doc.entities if "Green Shield" in e.name)
    so_called = [lab for lab in shield.labels if "so-called" in lab.label]
    assert so_called and all(lab.by != shield.name for lab in so_called), so_called
    tessaria = next((e for e in doc.entities if e.name == "Tessaria"), None)
    assert tessaria is not None and tessaria.role is not None and tessaria.role.main == "antagonist"
    assert tessaria.role.by in (shield.name, "Pavel Orin"), tessaria.role.by


def test_the_label_of_the_accused_is_the_reporters_word() -> None:
    text = (
        "Comment by the Foreign Ministry of Tessaria\n\n"
        "We have noted the statement by Norvia's envoy Mark Olsen, who once again accused Tessaria and the "
        "legitimate government of Marvania of \"deliberate attacks on civilians\". These accusations are false."
    )
    doc = Pipeline(["parse", "entities", "quotes"], threaded=False)(Document(id="t", text=text))
    labels = [(lab.label, lab.by) for e in doc.entities for lab in e.labels if "legitimate" in lab.label]
    assert labels and all(by != "Mark Olsen" for _, by in labels), labels


def test_what_someone_keeps_silent_about_is_not_his_quote() -> None:
    text = (
        "Comment by the Foreign Ministry of Tessaria\n\n"
        "Ambassador Soll prefers to stay silent about the fact that it was the so-called \"Free Orla Legion\" "
        "that shelled the city of Kesh last week."
    )
    doc = Pipeline(["parse", "entities", "quotes"], threaded=False)(Document(id="t", text=text))
    assert not [q for q in doc.quotes if "Soll" in (q.speaker_name or "")], [
        (q.speaker_name, doc.text[q.content.start:q.content.end]) for q in doc.quotes]
