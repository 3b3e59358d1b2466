"""Label Studio tasks: every layer as predictions, and the annotators' results read back (issue 25).

Tasks are Label Studio's JSON import format: ``data`` holds the exact text and the document id, each
task has one prediction (``model_version`` = the pipeline) with a ``labels`` result per span
annotation and a ``choices`` result for the narratives. :func:`labeling_config` is the project's
labeling interface for those names. Offsets are ``str`` indices (code points), which Label Studio
stores for Text; a result whose offsets only fit as UTF-16 units is realigned by its ``text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import quoteattr

from spinscope.core.document import Document
from spinscope.export.regions import NARRATIVE, Region, choices, layer_of, realign, regions

FROM_SPANS, FROM_CHOICES, TO = "label", "narratives", "text"


def to_task(doc: Document, task_id: int) -> dict[str, Any]:
    result: list[dict[str, Any]] = []
    for i, r in enumerate(regions(doc)):
        entry: dict[str, Any] = {
            "id": f"s{i}", "from_name": FROM_SPANS, "to_name": TO, "type": "labels",
            "value": {"start": r.start, "end": r.end, "text": doc.text[r.start:r.end], "labels": [r.label]},
            "meta": {"spinscope_key": r.key, "layer": r.layer},
        }
        if r.score is not None:
            entry["score"] = r.score
        result.append(entry)
    narratives = choices(doc)
    if narratives:
        result.append({"id": "n0", "from_name": FROM_CHOICES, "to_name": TO, "type": "choices",
                       "value": {"choices": [c for c, _, _ in narratives]}})
    return {
        "id": task_id,
        "data": {"text": doc.text, "doc_id": doc.id, "title": doc.title, "source": doc.source,
                 "published": doc.published},
        "predictions": [{"model_version": f"spinscope {doc.meta.get('pipeline_version', '')}".strip(),
                         "result": result}],
    }


def to_tasks(docs: Iterable[Document]) -> list[dict[str, Any]]:
    return [to_task(doc, i) for i, doc in enumerate(docs, 1)]


def labeling_config(labels: Iterable[str], narrative_choices: Iterable[str] = ()) -> str:
    """A Label Studio labeling interface with every label the tasks use."""
    lines = ["<View>", f'  <Labels name="{FROM_SPANS}" toName="{TO}">']
    lines += [f"    <Label value={quoteattr(v)}/>" for v in sorted(set(labels))]
    lines += ["  </Labels>", f'  <Text name="{TO}" value="$text"/>']
    picks = sorted(set(narrative_choices))
    if picks:
        lines.append(f'  <Choices name="{FROM_CHOICES}" toName="{TO}" choice="multiple">')
        lines += [f"    <Choice value={quoteattr(v)}/>" for v in picks]
        lines.append("  </Choices>")
    lines.append("</View>")
    return "\n".join(lines) + "\n"


@dataclass
class Annotated:
    """One document as an annotator left it: its regions and (None when not shown) its narrative choices."""

    doc_id: str
    text: str
    regions: list[Region]
    choices: list[str] | None
    problems: list[str]


def _latest(task: dict[str, Any]) -> dict[str, Any] | None:
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if not done:
        return None
    return max(done, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""), a.get("id") or 0))


def from_tasks(tasks: list[dict[str, Any]]) -> Iterator[Annotated]:
    """Each annotated task's final regions; tasks nobody annotated are skipped (no word, no review)."""
    for n, task in enumerate(tasks, 1):
        data = task.get("data") or {}
        doc_id, text = data.get("doc_id"), data.get("text")
        annotation = _latest(task)
        if annotation is None:
            continue
        if not isinstance(doc_id, str) or not isinstance(text, str):
            yield Annotated(str(doc_id), "", [], None, [f"task {n}: data.doc_id and data.text are required"])
            continue
        found: list[Region] = []
        picked: list[str] | None = None
        problems: list[str] = []
        for res in annotation.get("result") or []:
            value = res.get("value") or {}
            if res.get("type") == "choices":
                picked = [c for c in value.get("choices") or [] if isinstance(c, str) and c.startswith(NARRATIVE)]
                continue
            if res.get("type") != "labels":
                continue
            try:
                start, end = int(value["start"]), int(value["end"])
            except (KeyError, TypeError, ValueError):
                problems.append(f"task {n}: a region without integer start/end")
                continue
            place = realign(text, start, end, value.get("text"))
            if place is None:
                problems.append(f"task {n}: region {start}-{end} does not slice {value.get('text')!r} from the text")
                continue
            for label in value.get("labels") or []:
                found.append(Region(layer_of(label), place[0], place[1], label))
        yield Annotated(doc_id, text, found, picked, problems)
