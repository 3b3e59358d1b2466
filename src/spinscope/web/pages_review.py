"""Review pages and forms (issue 25): the article page's Review panel posts here, the review queue across
the corpus (least confident first), the audit list, and merging speakers. Every write goes through
:mod:`spinscope.service.review`, the API's path, and names its reviewer (the form's, else the one
remembered in a cookie). JSON twins: ``/api/reviews/queue``, ``/api/reviews?log=true``."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from spinscope.core.review import ReviewError, item_key
from spinscope.service import review as svc
from spinscope.service.http import app_state as state
from spinscope.service.http import document_filter, in_thread
from spinscope.web.pages import render

router = APIRouter(tags=["pages"], default_response_class=HTMLResponse)
COOKIE = "spinscope_reviewer"
# The corpus filters a collect form may carry (the names of the corpus page's query parameters).
FILTER_FIELDS = ("q", "outlet", "technique", "speaker", "actor", "narrative", "stance", "collection", "date_from",
                 "date_to")
Text = Annotated[str, Form()]


def cookie_reviewer(request: Request) -> str:
    """The reviewer remembered in the cookie (percent-encoded there: a header is Latin-1, a name any text)."""
    return unquote(request.cookies.get(COOKIE, ""))


def _reviewer(request: Request, given: str) -> str:
    return (given or cookie_reviewer(request)).strip()


def _remember(response: Response, reviewer: str) -> Response:
    if reviewer:
        # Percent-encoded: a name like "Łukasz" or "Иван" cannot go into a header as it is (it was a 500).
        response.set_cookie(COOKIE, quote(reviewer, safe=""), samesite="strict", max_age=365 * 86400)
    return response


def _local_path(back: str) -> bool:
    """A path on this server, never another site: browsers read "/\\evil.example" as "//evil.example"
    and drop tabs and newlines ("/\t/evil.example"), so a backslash or a control character is refused."""
    return back.startswith("/") and not back.startswith("//") and "\\" not in back \
        and not any(ord(c) < 32 or ord(c) == 127 for c in back)


def _offsets(start: str, end: str) -> tuple[int, int]:
    try:
        return int(start), int(end)
    except ValueError:
        raise ReviewError("Start and end must be whole numbers (character offsets).") from None


def _locate(full: str, words: str, occurrence: str) -> tuple[int, int]:
    n = int(occurrence or 1) if (occurrence or "1").isdigit() else 1
    at = -1
    for _ in range(max(n, 1)):
        at = full.find(words, at + 1)
        if at < 0:
            raise ReviewError(f"The words {words!r} are not in the text (occurrence {n}).")
    return at, at + len(words)


def _item(layer: str, action: str, full_text: str, fields: dict[str, str]) -> dict[str, Any] | None:
    """The item (add) or the changed fields (edit) the form describes; None for accept and reject."""
    if action in ("accept", "reject"):
        return None
    out: dict[str, Any] = {}
    span = None
    if fields["start"].strip() and fields["end"].strip():
        span = _offsets(fields["start"], fields["end"])
    elif fields["words"].strip():
        span = _locate(full_text, fields["words"], fields["occurrence"])
    if span is not None:
        if layer == "quotes":
            out["content"] = {"start": span[0], "end": span[1]}
        else:
            out["start"], out["end"] = span
    elif action == "add":
        raise ReviewError("Select the words in the text (or type them) to add an annotation.")
    if layer == "techniques" and fields["technique"]:
        out["technique"] = fields["technique"]
    if layer == "quotes":
        if fields["speaker_name"].strip():
            out["speaker_name"] = fields["speaker_name"].strip()
        if fields["kind"]:
            out["kind"] = fields["kind"]
    if layer == "claims" and (fields["denied_by"].strip() or action == "edit"):
        out["denied_by"] = [d.strip() for d in fields["denied_by"].split(";") if d.strip()]
    if layer == "evidence" and fields["kind"]:
        out["kind"] = fields["kind"]
    if layer == "narratives" and fields["stance"]:
        out["stance"] = fields["stance"]
    if layer == "entities" and fields["role"]:
        out["role"] = None if fields["role"] == "none" else {"main": fields["role"], "fine": [], "score": 1.0}
    if action == "add":
        if layer in ("techniques", "claims"):
            out.setdefault("score", 1.0)  # a person put it there
        if layer == "techniques":
            out.setdefault("technique", "Loaded_Language")
            out["reason"] = "added by a reviewer"
        if layer == "quotes":
            out.setdefault("kind", "direct")
        if layer == "evidence":
            out.setdefault("kind", "absent")
    if not out:
        raise ReviewError("Nothing to change: fill in the fields to edit.")
    return out


def _actor_edit(doc: Any, key: str, role: str, kept_labels: list[int] | None) -> dict[str, Any]:
    """An actor's changed role and the framing labels left ticked (the form lists them in order)."""
    actor = next((e for e in doc.entities if item_key("entities", {"name": e.name}) == key), None)
    if actor is None:
        raise ReviewError(f"No actor {key!r} in this document.")
    out: dict[str, Any] = {}
    current = actor.role.main if actor.role else "none"
    if role and role != current:
        out["role"] = None if role == "none" else {"main": role, "fine": [], "score": 1.0}
    if kept_labels is not None and len(kept_labels) != len(actor.labels):
        out["labels"] = [dataclasses.asdict(actor.labels[i]) for i in kept_labels if i < len(actor.labels)]
    if not out:
        raise ReviewError("Nothing to change: choose another role or untick a label.")
    return out


@router.post("/documents/{doc_id:path}/review", summary="Accept, reject, edit or add one annotation (form)")
async def review_post(
    request: Request, doc_id: str, layer: Text, action: Text, key: Text = "", reviewer: Text = "",
    technique: Text = "", start: Text = "", end: Text = "", words: Text = "", occurrence: Text = "",
    speaker_name: Text = "", kind: Text = "", denied_by: Text = "", stance: Text = "", role: Text = "",
) -> Response:
    who = _reviewer(request, reviewer)
    st = state(request)
    fields = {"technique": technique, "start": start, "end": end, "words": words, "occurrence": occurrence,
              "speaker_name": speaker_name, "kind": kind, "denied_by": denied_by, "stance": stance, "role": role}

    form = await request.form()
    kept_labels = [int(v) for v in form.getlist("keep_label") if str(v).isdigit()] if form.get("labels_shown") else None

    def change(store: Any) -> None:
        doc = store.get(store.text_id(doc_id) or doc_id)
        if layer == "entities" and action == "edit":
            item = _actor_edit(doc, key, role, kept_labels)
        else:
            item = _item(layer, action, doc.text, fields)
        svc.review(store, doc_id, layer, action, who, key=key or None, item=item)

    await in_thread(lambda: st.write(change))
    return _remember(RedirectResponse(f"/documents/{quote(doc_id, safe='')}#review", status_code=303), who)


@router.post("/review/reviewer", summary="Remember who is reviewing (a cookie) and go back")
def reviewer_post(request: Request, reviewer: Text, back: Text = "/review") -> Response:
    target = back if _local_path(back) else "/review"
    return _remember(RedirectResponse(target, status_code=303), reviewer.strip()[:200])


@router.post("/speakers/merge", summary="Merge speakers and actors across the corpus (form)")
def merge_post(request: Request, into: Text, names: Annotated[list[str], Form()], reviewer: Text = "") -> Response:
    who = _reviewer(request, reviewer)
    state(request).write(lambda store: svc.merge_actors(store, names, into, who))
    return _remember(RedirectResponse(f"/speakers/{quote(into.strip(), safe='')}", status_code=303), who)


@router.get("/review", summary="Review queue: unreviewed items across the corpus, least confident first")
def queue_page(
    request: Request,
    layer: Annotated[str | None, Query(pattern="^(|techniques|quotes|claims|narratives)$")] = None,
    label: Annotated[str | None, Query(max_length=200)] = None,
    outlet: Annotated[str | None, Query(max_length=500)] = None,
    collection: Annotated[str | None, Query(max_length=200)] = None,
    unreviewed: bool = True,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Response:
    store = state(request).reader()
    items = store.review_queue(layer or None, label or None, outlet or None, collection or None, unreviewed, limit)
    return render(request, "review_queue.html", {
        "items": items, "layer": layer or "", "label": label or "", "outlet": outlet or "",
        "collection": collection or "", "unreviewed": unreviewed, "collections": store.collections(),
        "reviewer": cookie_reviewer(request), "quality": svc.quality(store)})


@router.get("/review/log", summary="Audit list: every change to the annotations, newest first")
def log_page(request: Request, doc_id: Annotated[str | None, Query(max_length=1000)] = None,
             limit: Annotated[int, Query(ge=1, le=10_000)] = 500) -> Response:
    store = state(request).reader()
    text = (store.text_id(doc_id) or doc_id) if doc_id else None
    return render(request, "review_log.html", {"log": store.review_log(text, limit=limit), "doc_id": doc_id})


@router.post("/collections/add", summary="Put documents into a named collection (the corpus page's form)")
async def collect_post(request: Request) -> Response:
    """The form's ``name`` and either ``id`` fields or the corpus filters it carries (every match is added)."""
    form = await request.form()
    name = str(form.get("name") or "")
    ids = [str(v) for v in form.getlist("id")]
    flt = await document_filter(**{k: str(form.get(k) or "") or None for k in FILTER_FIELDS})

    def change(store: Any) -> None:
        svc.collect(store, name, list(ids) or svc.matching_ids(store, flt))

    await in_thread(lambda: state(request).write(change))
    return RedirectResponse(f"/?collection={quote(name.strip(), safe='')}", status_code=303)


@router.get("/quality", summary="Quality page: precision per layer and per label from the analysts' reviews")
def quality_page(request: Request) -> Response:
    store = state(request).reader()
    return render(request, "quality.html", {"quality": svc.quality(store), "calibrations": store.calibrations()})
