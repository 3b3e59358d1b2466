"""The FastAPI application: REST API under /api/, server-rendered pages, local static assets.

>>> from spinscope.web import create_app
>>> app = create_app("spinscope.db", read_only=False)  # doctest: +SKIP

Run it with ``spinscope serve --db spinscope.db`` (see :mod:`spinscope.cli.serve`).
"""

from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from spinscope.api.conformance import conform
from spinscope.api.layer_models import with_current_layers
from spinscope.api.models import document_model
from spinscope.api.routes import router as api_router
from spinscope.api.routes_campaigns import router as campaigns_api_router
from spinscope.api.routes_links import router as links_router
from spinscope.api.routes_narratives import router as narratives_api_router
from spinscope.api.routes_review import router as review_api_router
from spinscope.api.routes_roles import router as roles_api_router
from spinscope.api.routes_series import router as series_api_router
from spinscope.errors import SpinscopeError
from spinscope.service.state import DEFAULT_MAX_UPLOAD, WARM_UP, AppState
from spinscope.settings import default
from spinscope.web import pages
from spinscope.web.pages_campaigns import router as campaign_pages_router
from spinscope.web.pages_narratives import router as narrative_pages_router
from spinscope.web.pages_review import router as review_pages_router
from spinscope.web.pages_series import router as series_pages_router
from spinscope.web.response_cache import ResponseCache
from spinscope.web.security import ErrorGuard, SecurityMiddleware
from spinscope.web.token import TokenMiddleware, required_token

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
# Memory for finished GET responses per server process (web/response_cache.py); 0 turns it off.
DEFAULT_RESPONSE_CACHE_MB: float = default("response_cache_mb")
# How uvicorn worker processes learn the app's options (they import the app by name, see run_server).
_CONFIG_ENV = "SPINSCOPE_WEB_CONFIG"
_HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

DESCRIPTION = """Shows the spin in news: persuasion techniques at span level, who said what, claims and
denials. Every error is JSON: `{"ok": false, "error": "...", "status": 404}`. Offsets in documents are
Python str indices into `text`, end exclusive."""


def create_app(
    db_path: str | Path,
    read_only: bool = False,
    analyzers: list[str] | None = None,
    max_upload: int = DEFAULT_MAX_UPLOAD,
    response_cache_mb: float = DEFAULT_RESPONSE_CACHE_MB,
    allowed_hosts: list[str] | tuple[str, ...] = (),
    token: str | None = None,
    min_score: dict[str, float] | None = None,
) -> FastAPI:
    """Build the app over one spinscope SQLite file.

    Parameters
    ----------
    db_path : the store file; created with its schema unless ``read_only``.
    read_only : open the file read-only and refuse every write (saving analysed texts) with 403.
    analyzers : pipeline for the Analyse page and ``POST /api/analyze``; default: every installed one.
    max_upload : largest request body in bytes; bigger ones get 413.
    response_cache_mb : memory for replaying finished GET answers until the store changes; 0 = off.
    allowed_hosts : Host names answered besides the address a request came in on (and ``localhost``
        on a loopback one), with the ``allowed_hosts`` setting's; others get 400, against DNS rebinding.
    token : when given, every request must show it (``spinscope serve`` demands one off loopback).
    min_score : per layer, the lowest score the pages and document reads show (over the settings'
        min_score; a request's ``min_score`` goes over both). Items below stay in the store.
    """
    app = FastAPI(
        title="spinscope",
        version="1",
        description=DESCRIPTION,
        # Swagger UI and ReDoc load from a CDN; the tool runs offline, so /api/docs is our own page.
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.templates = pages.make_templates()  # this app's own Jinja environment
    app.state.spinscope = AppState(db_path, read_only=read_only, analyzers=analyzers, max_upload=max_upload)
    app.state.spinscope.min_score = dict(min_score or {})  # `serve --min-score` (service/min_score.py)
    app.include_router(api_router)
    app.include_router(campaigns_api_router)
    app.include_router(roles_api_router)
    app.include_router(links_router)
    app.include_router(narratives_api_router)
    app.include_router(series_api_router)
    app.include_router(review_api_router)
    app.include_router(pages.router)
    app.include_router(campaign_pages_router)
    app.include_router(narrative_pages_router)
    app.include_router(review_pages_router)
    app.include_router(series_pages_router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(SpinscopeError, _spinscope_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
    # Added first, so it sits inside SecurityMiddleware: 500s get the security headers too.
    app.add_middleware(ErrorGuard, respond=_unhandled_error)
    # Inside SecurityMiddleware too: replayed answers get fresh security headers and Server-Timing.
    app.add_middleware(ResponseCache, token=lambda: app.state.spinscope.version(),
                       max_bytes=int(response_cache_mb * 1_000_000))
    app.add_middleware(SecurityMiddleware, max_upload=max_upload,
                       allowed_hosts=[*allowed_hosts, *default("allowed_hosts")])
    if token:
        # Outermost: a request without the token learns nothing, not even a security header's worth.
        app.add_middleware(TokenMiddleware, token=token)
    app.openapi = lambda: _openapi(app)
    app.router.add_event_handler("startup", lambda: app.state.spinscope.warm(WARM_UP))
    app.router.add_event_handler("shutdown", app.state.spinscope.close)
    return app


def run_server(db_path: Path, host: str, port: int, read_only: bool = False, analyzers: list[str] | None = None,
               max_upload: int = DEFAULT_MAX_UPLOAD, workers: int = 1,
               response_cache_mb: float = DEFAULT_RESPONSE_CACHE_MB,
               allowed_hosts: list[str] | tuple[str, ...] = (), token: str | None = None,
               min_score: dict[str, float] | None = None) -> None:
    """Serve the app with uvicorn until interrupted (``spinscope serve`` and ``python -m spinscope.web``).

    ``workers`` > 1 runs that many server processes on one port (each with its own readers and
    caches), which only a ``--read-only`` server may do: a writable one keeps every write behind one
    lock in one process. The server answers to the address it is bound to (any of the machine's
    addresses for 0.0.0.0), to ``host`` when that is a name, and to ``allowed_hosts``.
    """
    import uvicorn

    if read_only and not Path(db_path).exists():
        raise SpinscopeError(f"{db_path} does not exist; --read-only cannot create it.")
    if workers < 1:
        raise SpinscopeError(f"--workers must be 1 or more. Got {workers}.")
    if workers > 1 and not read_only:
        raise SpinscopeError(f"--workers {workers} needs --read-only: a writable server runs in one process, "
                             "so that its saves go through one writer.")
    names = list(allowed_hosts)
    if not _is_address(host):
        names.append(host)  # bound by name (`--host myhost.lan`): that name is the server's
    options = {"db_path": str(db_path), "read_only": read_only, "analyzers": analyzers, "max_upload": max_upload,
               "response_cache_mb": response_cache_mb, "allowed_hosts": sorted(set(names)),
               # Off loopback a token is required (given, or from the environment); None on loopback.
               "token": required_token(host, token), "min_score": dict(min_score or {})}
    print(f"spinscope: serving {db_path}{' (read-only)' if read_only else ''} at http://{host}:{port}/"
          f"{f' with {workers} worker processes' if workers > 1 else ''}", flush=True)
    if workers == 1:
        uvicorn.run(create_app(**options), host=host, port=port, log_level="warning")
        return
    # Worker processes import the app by name; the options reach them through the environment.
    os.environ[_CONFIG_ENV] = json.dumps(options)
    uvicorn.run("spinscope.web.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


def _is_address(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return host == ""
    return True


def app_from_environment() -> FastAPI:
    """The app of one uvicorn worker process, built from the options :func:`run_server` left in the environment."""
    return create_app(**json.loads(os.environ[_CONFIG_ENV]))


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's OpenAPI document, with the responses every operation shares (api/conformance.py) and
    the document model of the layers declared when it is built."""
    if app.openapi_schema is None:
        app.openapi_schema = with_current_layers(conform(FastAPI.openapi(app)), document_model())
    return app.openapi_schema


def error_response(request: Request, status: int, message: str, errors: list[Any] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """The API's JSON error shape under /api/, the error page elsewhere; same status either way.

    ``headers`` are the exception's own (``Allow`` of a 405), which HTTP requires to reach the client.
    """
    if request.url.path.startswith("/api/"):
        body: dict[str, Any] = {"ok": False, "error": message, "status": status}
        if errors:
            body["errors"] = errors
        return JSONResponse(body, status_code=status, headers=headers)
    response = pages.render(request, "error.html", {"status": status, "message": message}, status=status)
    response.headers.update(headers or {})
    return response


async def _spinscope_error(request: Request, exc: Exception) -> Response:
    return error_response(request, getattr(exc, "status", 400), str(exc))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = f"Nothing at {request.url.path}. The API is described at /api/openapi.json."
    headers = exc.headers
    if exc.status_code == 405:
        headers = {**(headers or {}), "Allow": _allowed_methods(request, (headers or {}).get("Allow", ""))}
        message = f"{request.method} is not allowed on {request.url.path}; allowed: {headers['Allow']}."
    return error_response(request, exc.status_code, message, headers=headers)


def _allowed_methods(request: Request, fallback: str) -> str:
    """The methods the OpenAPI document lists for the requested path, for a 405's ``Allow``.

    Starlette lists only the first matching route's methods, but a page's GET and POST are two
    routes. Of templates that match (``/api/documents/{doc_id}`` takes a path, so it also matches
    ``.../metadata``), the one with the most literal characters is the resource meant. Paths outside
    the document (static files) keep Starlette's list.
    """
    path = request.url.path
    for param in ("[^/]+", ".+"):  # a plain parameter first, then one that takes a path
        found: dict[str, list[str]] = {}
        for template, item in request.app.openapi().get("paths", {}).items():
            pattern = "".join(param if part.startswith("{") else re.escape(part)
                              for part in re.split(r"({[^}]*})", template))
            if re.fullmatch(pattern, path):
                found[template] = [m.upper() for m in item if m in _HTTP_METHODS]
        if found:
            methods = set(found[max(found, key=lambda t: len(re.sub(r"{[^}]*}", "", t)))])
            return ", ".join(sorted(methods | ({"HEAD"} if "GET" in methods else set())))
    return fallback


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"where": ".".join(str(p) for p in e.get("loc", ())), "message": _pattern_hint(e) or e.get("msg", ""),
         "type": e.get("type", "")}
        for e in exc.errors()
    ]
    summary = "; ".join(f"{e['where']}: {e['message']}" for e in errors) or "invalid request"
    return error_response(request, 422, f"Invalid request: {summary}", errors)


def _pattern_hint(error: dict[str, Any]) -> str | None:
    """What a value of a patterned parameter must be, in words (Pydantic would quote the regex)."""
    if error.get("type") != "string_pattern_mismatch":
        return None
    from spinscope.api.models_review import REVIEWER_PATTERN
    from spinscope.campaigns.options import SIGNAL_PATTERN, WINDOW_PATTERN
    from spinscope.service.http import DATE_PATTERN, NOT_BLANK, SEARCH_PATTERN, STANCE_PATTERN

    hints = {
        DATE_PATTERN.pattern: "must be a day that exists, like 2024-05-31 (a time after it is ignored)",
        WINDOW_PATTERN.pattern: "must be a duration like 24h, 90m, 2d or 1w: more than zero, at most six digits",
        SIGNAL_PATTERN.pattern: "must name signals, comma-separated: republication, claim, narrative",
        STANCE_PATTERN.pattern: "must be one of asserts, refutes, reports, any",
        REVIEWER_PATTERN.pattern: "must be the reviewer's name: printable characters, not all blank",
        NOT_BLANK.pattern: "must not be blank",
        SEARCH_PATTERN.pattern: "must be blank or have words to look for (not only quotes and stars), and no NUL (%00)",
    }
    pattern = str((error.get("ctx") or {}).get("pattern", ""))
    return hints.get(pattern, f"does not have the form /api/openapi.json gives ({error.get('msg', '')})"
                     if len(pattern) > 60 else None)


async def _server_error(request: Request, exc: Exception) -> Response:
    return _unhandled_error(request.scope, exc)


def _unhandled_error(scope: dict[str, Any], exc: Exception) -> Response:
    """The 500 answer (JSON under /api/, the error page elsewhere); the traceback goes to the log."""
    request = Request(scope)
    log.error("unhandled error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, f"Internal error ({type(exc).__name__}); the server log has details.")
