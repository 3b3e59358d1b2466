"""What every operation of the OpenAPI document declares beyond its own route: the answers given
before any route runs, the errors every page and route can give, and HTML for the pages.

Applied once, when the document is built (``web.app``), over whatever routes exist, so a route added
later is described the same way without remembering to. A route still declares what only it does
(its ``response_model``, a 409, a CSV or GraphML body): see "API conformance rules" in docs/web.md.
The suite holds the document to the server with schemathesis (tests/api/test_openapi_conformance.py).
"""

from __future__ import annotations

from typing import Any

ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}
HTML = {"text/html": {"schema": {"type": "string"}}}
_UNSAFE = {"post", "put", "patch", "delete"}
_METHODS = _UNSAFE | {"get", "head", "options", "trace"}

# status: (when it can happen, what it says). Descriptions a route gives itself are kept.
BAD_REQUEST = ("400", "A value the schema cannot check (the message names it), or a request refused before "
               "routing: a Host header that is not this server's (DNS rebinding) or two Host or Origin headers.")
CROSS_SITE = ("403", "A write from another site (its Origin is not this server's scheme, host and port), or any "
              "write to a --read-only server.")
NOT_FOUND = ("404", "Nothing by the name or id in the path.")
TOO_LARGE = ("413", "The body is over the server's upload limit (--max-upload).")
INVALID = ("422", "A parameter or body field that does not match this schema, or a string holding a lone "
           "surrogate (not text).")
REDIRECT = ("303", "Done: redirects to the page that shows the result.")


def conform(spec: dict[str, Any]) -> dict[str, Any]:
    """Add the shared responses to every operation of ``spec`` (in place) and return it."""
    from spinscope.api.models import ErrorOut

    spec.setdefault("components", {}).setdefault("schemas", {}).setdefault(
        "ErrorOut", ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}"))
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method not in _METHODS:
                continue
            api = path.startswith("/api/")
            responses = op.setdefault("responses", {})
            shared = [BAD_REQUEST, INVALID]
            if "{" in path:
                shared.append(NOT_FOUND)
            if method in _UNSAFE:
                shared.append(CROSS_SITE)
            if "requestBody" in op:
                shared.append(TOO_LARGE)
            if not api and method == "post":
                shared.append(REDIRECT)
            for status, description in shared:
                _declare(responses, status, description, api)
            if not api:
                _pages_are_html(responses)
    return spec


def _declare(responses: dict[str, Any], status: str, description: str, api: bool) -> None:
    if status == "303":
        responses.setdefault(status, {"description": description})
        return
    entry = responses.setdefault(status, {"description": description})
    if api:
        # Every /api/ error has one shape (FastAPI's default 422 schema is not what is sent).
        entry["content"] = {"application/json": {"schema": ERROR_REF}}


def _pages_are_html(responses: dict[str, Any]) -> None:
    """A page answers HTML, its errors included (an error page); a redirect has no body."""
    for status, entry in responses.items():
        if status.startswith("3"):
            entry.pop("content", None)
        else:
            entry["content"] = HTML
