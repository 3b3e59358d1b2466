"""Server-rendered pages. Each calls the same :mod:`spinscope.service.queries` function as its API route."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from spinscope import highlight
from spinscope.core.document import Document
from spinscope.service import min_score as min_scores
from spinscope.service import queries as services
from spinscope.service import roles as role_services
from spinscope.service import state as cached
from spinscope.service.http import MinScore, Position, document_filter
from spinscope.service.http import app_state as state
from spinscope.service.neighbours import links_for
from spinscope.service.publications import set_metadata
from spinscope.service.state import cached_facets, cached_stats
from spinscope.web import charts
from spinscope.web.review_panel import review_panel

HERE = Path(__file__).parent


def make_templates() -> Jinja2Templates:
    """The page templates of one app (each app builds its own: no module-level environment to change)."""
    templates = Jinja2Templates(directory=HERE / "templates")
    # Templates change only with a new release: not asking the disk for each one on every page (2-3%
    # of a loaded server's time) is what Jinja's auto_reload=False is for.
    templates.env.auto_reload = False
    # Pure functions of a name, called several times per row (a corpus page calls them ~300 times): memoised.
    templates.env.globals.update(
        technique_label=lru_cache(maxsize=4096)(highlight.technique_label),
        technique_class=lru_cache(maxsize=4096)(highlight.technique_class),
        speaker_class=lru_cache(maxsize=4096)(highlight.speaker_class),
    )
    return templates


router = APIRouter(tags=["pages"], default_response_class=HTMLResponse)
LAYER_NAMES = {"techniques": "Techniques", "quotes": "Quotes by speaker", "entities": "Entities", "claims": "Claims",
               "evidence": "Evidence markers", "narratives": "Narrative evidence"}


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    st = state(request)
    ctx = {"read_only": st.read_only, "path": request.url.path, **context}
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status)


@router.get("/", summary="Corpus page: documents with filters, search and pagination")
def corpus_page(
    request: Request,
    flt: Annotated[services.DocumentFilter, Depends(document_filter)],
    after: str | None = None,
    limit: Annotated[int, Query(ge=1, le=services.MAX_PAGE)] = services.PAGE_SIZE,
) -> Response:
    st = state(request)
    page = cached.list_documents(st, flt, after=after, limit=limit)
    facets = cached_facets(st)
    # The corpus size comes with the cached facets: a count(*) per page view costs ~10 ms at 100k.
    return render(request, "corpus.html", {"page": page, "facets": facets, "flt": flt, "total": facets["documents"],
                                           "collections": st.reader().collections()})


def article_context(doc: Document, saved: bool = True, links: dict[str, Any] | None = None,
                    publications: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The article page's data; ``links`` (duplicates and recorded errors) and ``publications`` come from the store."""
    data = doc.to_dict()
    techniques = Counter(t.technique for t in doc.techniques)
    links = links or {"duplicates": [], "errors": []}
    return {
        "doc": data,
        "saved": saved,
        "article": highlight.highlight_article(doc),
        "legend": highlight.legend(()),
        "speakers": services.doc_speakers(data),
        "techniques": techniques.most_common(),
        "layers": [(k, v, len(data[k])) for k, v in LAYER_NAMES.items()],
        "errors": doc.meta.get("analysis_errors", []),
        "duplicates": links["duplicates"],
        "recorded_errors": links["errors"],
        "publications": publications or [],
        "publication_id": doc.meta.get("publication_id") or doc.id,
    }


@router.get("/documents/{doc_id:path}", summary="Article page: highlighted text, layers, who said what")
def article_page(request: Request, doc_id: str, min_score: MinScore = None) -> Response:
    store = state(request).reader()
    doc = services.load_document(store, doc_id)
    # Scored items below each layer's minimum are hidden here (and counted), never deleted.
    mins = min_scores.for_view(store, getattr(state(request), "min_score", None), min_score)
    hidden = min_scores.hidden_counts(doc, mins)
    doc = min_scores.shown(doc, mins)
    shown_min = {"applied": mins, "hidden": hidden, "quality": min_scores.QUALITY, "doc": min_scores.QUALITY_DOC,
                 "text": min_scores.as_text({k: v for k, v in mins.items() if k not in min_scores.UNSCORED})}
    ctx = article_context(doc, links=links_for(store, doc.id, doc.meta.get("path")), publications=store.publications(doc.id))
    review = review_panel(store, doc)  # every reviewable item with the analyst's word (issue 25)
    return render(request, "article.html", {**ctx, "min_score": shown_min, "review": review,
                                            "reviewer": unquote(request.cookies.get("spinscope_reviewer", ""))})


@router.post("/documents/{doc_id:path}/metadata", summary="Set a publication's title, outlet, URL and date (form)")
def metadata_post(
    request: Request,
    doc_id: str,
    title: Annotated[str, Form()] = "",
    source: Annotated[str, Form()] = "",
    url: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
) -> Response:
    fields = {"title": title, "source": source, "url": url, "published": published}
    state(request).write(lambda store: set_metadata(store, doc_id, fields))
    return RedirectResponse(f"/documents/{quote(doc_id)}", status_code=303)


@router.get("/speakers", summary="Speakers page")
def speakers_page(request: Request, q: str | None = None) -> Response:
    data = cached.list_speakers(state(request), q=q or None, limit=200)
    return render(request, "speakers.html", {"data": data})


@router.get("/speakers/{name:path}", summary="One speaker: every quote across the corpus")
def speaker_page(request: Request, name: str, after: Position = None) -> Response:
    data = services.speaker_quotes(state(request).reader(), name, after=after, limit=50)
    return render(request, "speaker.html", {"data": data})


@router.get("/actors", summary="Actors page")
def actors_page(request: Request, q: str | None = None) -> Response:
    data = cached.list_actors(state(request), q=q or None, limit=200)
    return render(request, "actors.html", {"data": data})


@router.get("/actors/{name:path}", summary="One actor: how it is named and labelled")
def actor_page(request: Request, name: str) -> Response:
    data = services.actor_profile(state(request).reader(), name, limit=100)
    roles = role_services.actor_roles(state(request).reader(), name)
    return render(request, "actor.html", {"data": data, "roles": roles, "quality": min_scores.QUALITY,
                                          "quality_doc": min_scores.QUALITY_DOC})


@router.get("/stats", summary="Statistics page: charts with CSV downloads")
def stats_page(request: Request) -> Response:
    st = state(request)
    version = st.version()
    data = cached_stats(st)
    # The charts are a function of the statistics: drawn once per store change (2.7 ms at 10k documents).
    figures = st.cached("stat_charts", version, lambda: charts.stat_charts(data["tables"]))
    return render(request, "stats.html", {"data": data, "figures": figures, "titles": services.STAT_TABLES})


@router.get("/analyse", summary="Analyse page: paste a text or upload a file")
def analyse_form(request: Request) -> Response:
    return render(request, "analyse.html", {"form": {}})


@router.post("/analyse", summary="Analyse a pasted or uploaded text and show (or save) the result")
def analyse_post(
    request: Request,
    text: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    source: Annotated[str, Form()] = "",
    url: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
    save: Annotated[str, Form()] = "",
    upload: Annotated[UploadFile | None, File()] = None,
    codebook: Annotated[UploadFile | None, File()] = None,
) -> Response:
    st = state(request)
    if upload is not None and upload.filename:
        raw = upload.file.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise services.QueryError(
                f"{upload.filename} is not UTF-8 text; save it as plain UTF-8 text (.txt) and upload again."
            ) from None
        title = title or Path(upload.filename).stem
    doc = services.new_document(text, title=title or None, source=source or None, url=url or None,
                                published=published or None)
    posted_codebook = None
    if codebook is not None and codebook.filename:
        from spinscope.service.codebooks import read_upload

        posted_codebook = read_upload(codebook.file)
    # The one way in (as `spinscope analyze` and POST /api/analyze): normalised, deduplicated, recorded.
    doc, report = st.ingest(doc, save=bool(save), codebook=posted_codebook)
    if report is not None and report.ok:
        return RedirectResponse(f"/documents/{quote(doc.meta.get('publication_id') or doc.id)}", status_code=303)
    return render(request, "article.html", article_context(doc, saved=False))


@router.get("/static/palette.css", include_in_schema=False)
def palette_css() -> Response:
    """The highlighter's stylesheet (technique and speaker colours), shared with the HTML report."""
    return Response(highlight.css(), media_type="text/css", headers={"cache-control": "max-age=3600"})


@router.get("/api/docs", include_in_schema=False)
def api_docs_page(request: Request) -> Response:
    """A local, script-free reading of the OpenAPI document (Swagger UI would need a CDN)."""
    spec = request.app.openapi()
    ops = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [
                {"name": p["name"], "in": p["in"], "required": p.get("required", False),
                 "description": p.get("description", "")}
                for p in op.get("parameters", [])
            ]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "tag": (op.get("tags") or [""])[0],
                        "params": params, "body": "requestBody" in op})
    return render(request, "api_docs.html", {"ops": ops, "spec": spec})
