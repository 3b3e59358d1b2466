"""Round trips with annotation tools (issue 25): export, change as an annotator would (a prediction removed,
a span added, a label changed), import as reviews, re-analyse, export JSONL: the changes are there and every
offset slices the same text. Label Studio's format is checked with the real label-studio-sdk."""

from __future__ import annotations

import json
import shutil

import pytest

from spinscope import export
from spinscope.core.annotations import Claim, Narrative, Quote, Span, Technique
from spinscope.core.document import Document
from spinscope.service import review_import
from spinscope.store import Store

# An emoji before the spans: offsets are code points, never UTF-16 units.
TEXT = ("🔥 The so-called experts lie, the ministry said.\n"
        "Anna Berg said the regime bombed Varna on Monday. The claims are baseless.")


def _at(needle: str) -> tuple[int, int]:
    s = TEXT.index(needle)
    return s, s + len(needle)


def model_output() -> Document:
    """What the pipeline gives the text, every time it is analysed."""
    return Document(
        id="doc/1 é", text=TEXT, source="wire.example", meta={"pipeline_version": "v1"},
        techniques=[Technique(*_at("so-called experts"), "Name_Calling,Labeling", 0.6),
                    Technique(*_at("lie"), "Loaded_Language", 0.3)],
        quotes=[Quote("indirect", Span(*_at("the regime bombed Varna on Monday")), Span(*_at("said the r")[0:1],
                      _at("said the r")[0] + 4), Span(*_at("Anna Berg")), "Anna Berg")],
        claims=[Claim(*_at("the regime bombed Varna on Monday"), 0.8, "Anna Berg")],
        narratives=[Narrative("codebook", "smear", "The West smears us", score=0.7)],
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "tools.db") as s:
        s.save(model_output())
        yield s


def _after_reanalysis(store) -> dict:
    store.save(model_output())  # a new analysis gives the model's items again
    out = []
    export.write([store.get("doc/1 é")], "jsonl", _Sink(out))
    doc = json.loads(out[0])
    for t in doc["techniques"] + doc["claims"]:
        assert doc["text"][t["start"]:t["end"]] == TEXT[t["start"]:t["end"]]
    return doc


class _Sink:
    def __init__(self, out: list) -> None:
        self.out = out

    def write(self, s: str) -> int:
        if s.strip():
            self.out.append(s)
        return len(s)


def _check_changes(doc: dict) -> None:
    techniques = {(t["start"], t["end"], t["technique"]) for t in doc["techniques"]}
    assert (*_at("lie"), "Loaded_Language") not in techniques  # removed by the annotator
    assert (*_at("so-called experts"), "Doubt") in techniques  # relabelled
    assert (*_at("The claims are baseless"), "Loaded_Language") in techniques  # added
    assert {(c["start"], c["end"]) for c in doc["claims"]} == {_at("the regime bombed Varna on Monday")}


def test_labelstudio_round_trip(store, tmp_path):
    from label_studio_sdk.label_interface import LabelInterface

    out = tmp_path / "tasks.json"
    export.write([store.get("doc/1 é")], "labelstudio", out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    interface = LabelInterface((tmp_path / "tasks.json.config.xml").read_text(encoding="utf-8"))
    assert interface.validate_prediction(tasks[0]["predictions"][0])
    wrong = json.loads(json.dumps(tasks[0]["predictions"][0]))
    wrong["result"][0]["value"]["labels"] = ["Not_A_Technique"]
    assert not interface.validate_prediction(wrong)  # the check can fail
    for r in tasks[0]["predictions"][0]["result"]:
        if r["type"] == "labels":
            assert TEXT[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]
    # The annotator starts from the predictions: removes one, relabels one, adds one, keeps the rest.
    result = [r for r in tasks[0]["predictions"][0]["result"] if r["value"].get("text") != "lie"]
    for r in result:
        if r["value"].get("labels") == ["Name_Calling,Labeling"]:
            r["value"]["labels"] = ["Doubt"]
    s, e = _at("The claims are baseless")
    result.append({"id": "new", "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": s, "end": e, "text": TEXT[s:e], "labels": ["Loaded_Language"]}})
    tasks[0]["annotations"] = [{"id": 1, "result": result, "was_cancelled": False}]
    (tmp_path / "annotated.json").write_text(json.dumps(tasks), encoding="utf-8")
    counts = review_import.apply(store, review_import.read(tmp_path / "annotated.json", "labelstudio"), "ann")
    assert (counts["rejected"], counts["edited"], counts["added"], counts["problems"]) == (1, 1, 1, [])
    _check_changes(_after_reanalysis(store))
    # The same file again changes nothing and logs nothing new.
    logged = len(store.review_log())
    again = review_import.apply(store, review_import.read(tmp_path / "annotated.json", "labelstudio"), "ann")
    assert (again["rejected"], again["edited"], again["added"]) == (0, 0, 0)
    assert len(store.review_log()) == logged


def test_labelstudio_utf16_offsets_are_realigned(store, tmp_path):
    out = tmp_path / "tasks.json"
    export.write([store.get("doc/1 é")], "labelstudio", out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    result = tasks[0]["predictions"][0]["result"]
    s, e = _at("The claims are baseless")
    # A browser tool counting UTF-16 units: one more for the emoji.
    result.append({"type": "labels", "value": {"start": s + 1, "end": e + 1, "text": TEXT[s:e], "labels": ["Claim"]}})
    tasks[0]["annotations"] = [{"result": result}]
    (tmp_path / "a.json").write_text(json.dumps(tasks), encoding="utf-8")
    counts = review_import.apply(store, review_import.read(tmp_path / "a.json", "labelstudio"), "ann")
    assert counts["added"] == 1 and not counts["problems"]
    assert _at("The claims are baseless") in {(c.start, c.end) for c in store.get("doc/1 é").claims}


def test_brat_round_trip(store, tmp_path):
    folder = tmp_path / "brat"
    export.write([store.get("doc/1 é")], "brat", folder)
    ann = next(folder.glob("*.ann"))
    assert (folder / "annotation.conf").exists() and ann.with_suffix(".txt").read_text(encoding="utf-8") == TEXT
    lines = [ln for ln in ann.read_text(encoding="utf-8").splitlines() if "\tLoaded_Language " not in ln]
    lines = [ln.replace("Name_Calling--Labeling", "Doubt") for ln in lines]
    s, e = _at("The claims are baseless")
    lines.append(f"T99\tLoaded_Language {s} {e}\t{TEXT[s:e]}")
    lines.append("#1\tAnnotatorNotes T99\tnotes are ignored")
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = review_import.apply(store, review_import.read(folder, "brat"), "ann")
    assert (counts["rejected"], counts["edited"], counts["added"], counts["problems"]) == (1, 1, 1, [])
    _check_changes(_after_reanalysis(store))


def test_doccano_round_trip(store, tmp_path):
    path = tmp_path / "d.jsonl"
    export.write([store.get("doc/1 é")], "doccano", path)
    row = json.loads(path.read_text(encoding="utf-8"))
    assert row["meta"]["doc_id"] == "doc/1 é" and row["cats"] == ["Narrative:codebook:smear"]
    labels = [lbl for lbl in row["label"] if lbl[2] != "Loaded_Language"]
    labels = [[s, e, "Doubt" if lbl == "Name_Calling,Labeling" else lbl] for s, e, lbl in labels]
    labels.append([*_at("The claims are baseless"), "Loaded_Language"])
    row["label"], row["cats"] = labels, []  # the annotator also rejects the narrative
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = review_import.apply(store, review_import.read(path, "doccano"), "ann")
    assert (counts["rejected"], counts["edited"], counts["added"], counts["problems"]) == (2, 1, 1, [])
    doc = _after_reanalysis(store)
    _check_changes(doc)
    assert doc["narratives"] == []


def test_bad_results_are_reported_not_applied(store, tmp_path):
    folder = tmp_path / "brat"
    export.write([store.get("doc/1 é")], "brat", folder)
    ann = next(folder.glob("*.ann"))
    ann.write_text("T1\tClaim 5 99999\tx\nT2\tbroken line\n", encoding="utf-8")
    shutil.copy(ann.with_suffix(".txt"), folder / "unknown.txt")
    (folder / "unknown.ann").write_text("", encoding="utf-8")
    counts = review_import.apply(store, review_import.read(folder, "brat"), "ann")
    assert any("outside the text" in p for p in counts["problems"])
    assert any("no such document" in p for p in counts["problems"])
