"""ASGI middleware for hostile input: security headers, a Host check, an upload size limit, a
same-origin check and a refusal of strings that are not text.

Article text comes from the open web, so pages are served with a strict Content-Security-Policy: only
scripts and styles from this server, no inline script or style, no plugins, no framing. Templates
autoescape, and data reaches scripts only through ``data-`` attributes or JSON endpoints.

DNS rebinding: a hostile page whose name is made to resolve to 127.0.0.1 is same-origin with the
server for its browser, so it could read the corpus and post to it. Its requests carry its own name
in ``Host``: only the address the connection came in on (``localhost`` too on a loopback address)
and the names given with ``--allow-host`` are answered; anything else gets 400. Writes must also
come with no ``Origin`` (not a browser) or one equal to this server's scheme, host and port, and a
request with two Host or two Origin headers is refused rather than guessed at.
"""

from __future__ import annotations

import ipaddress
import json
import re
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from markupsafe import escape

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    # same-origin, not no-referrer: under no-referrer Chromium sends "Origin: null" on same-site form
    # posts, which the same-origin check below would have to accept blindly.
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_BODY_METHODS = {"POST", "PUT", "PATCH"}
# Methods a cross-site page must not use on this server: every one but the safe ones.
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
_DEFAULT_PORTS = {"http": 80, "https": 443}
# A JSON escape of a UTF-16 surrogate: only then can a parsed body hold a lone one (checked fully below).
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def error_body(path: str, status: int, message: str) -> tuple[bytes, bytes]:
    """(content type, body): the API's JSON error shape under /api/, a small HTML page elsewhere."""
    if path.startswith("/api/"):
        body = json.dumps({"ok": False, "error": message, "status": status}).encode()
        return b"application/json", body
    html = (
        f"<!doctype html><title>Error {status}</title><link rel=stylesheet href=/static/app.css><link rel=icon href=/static/favicon.svg>"
        f"<main class=error><h1>Error {status}</h1><p>{escape(message)}</p><p><a href=/>Back to the corpus</a></p></main>"
    )
    return b"text/html; charset=utf-8", html.encode()


async def _respond(send: Send, path: str, status: int, message: str) -> None:
    ctype, body = error_body(path, status, message)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), *HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})


class SecurityMiddleware:
    """Adds the security headers; refuses foreign Host names and repeated Host or Origin headers (400),
    cross-site writes (403), oversized bodies (413) and JSON bodies holding lone surrogates (422).

    ``allowed_hosts``: names answered besides the connection's own address (``serve --allow-host``).
    """

    def __init__(self, app: ASGIApp, max_upload: int, allowed_hosts: Iterable[str] = ()) -> None:
        self.app = app
        self.max_upload = max_upload
        self.allowed_hosts = {h.lower().rstrip(".") for h in allowed_hosts if h}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        headers: dict[str, str] = {}
        for k, v in scope.get("headers", []):
            name = k.decode("latin-1").lower()
            if name in headers and name in ("host", "origin"):
                await _respond(send, path, 400, f"Two {name.title()} headers: send one.")
                return
            headers[name] = v.decode("latin-1")
        refused = self._foreign_host(scope, headers.get("host"))
        if refused:
            await _respond(send, path, 400, refused)
            return
        if scope["method"] not in _SAFE_METHODS and not _same_origin(scope, headers):
            await _respond(send, path, 403, "Cross-site request refused: the Origin does not match this server "
                           f"({scope.get('scheme', 'http')}://{headers.get('host', '')}).")
            return
        if scope["method"] in _BODY_METHODS:
            declared = headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_upload:
                await _respond(send, path, 413, self._too_large(int(declared)))
                return
            # A chunked body has no length up front: read it (bounded) before the app sees it.
            body, size = [], 0
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.max_upload:
                    await _respond(send, path, 413, self._too_large(size, at_least=True))
                    return
                body.append(chunk)
                if not message.get("more_body"):
                    break
            data = b"".join(body)
            problem = _lone_surrogate(headers.get("content-type", ""), data)
            if problem:
                await _respond(send, path, 422, problem)
                return
            receive = _replay(data, receive)

        started = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                existing = {k.lower() for k, _ in message.get("headers", [])}
                # Server-Timing: the time the app took, for bench/bench_web.py and browser dev tools.
                took = f"app;dur={(time.perf_counter() - started) * 1000:.2f}".encode()
                message["headers"] = [
                    *message.get("headers", []), *(h for h in HEADERS if h[0] not in existing), (b"server-timing", took)
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _foreign_host(self, scope: Scope, host: str | None) -> str | None:
        """Why the Host header is refused, or None. No Host at all (HTTP/1.0 tools) names no one."""
        if host is None:
            return None
        name = _hostname(host)
        if name is None:
            return f"The Host header {host!r} is not a host name and port."
        server = scope.get("server") or ("", None)
        own = {str(server[0]).lower()}
        if _loopback(server[0]):
            own |= {"localhost", "127.0.0.1", "::1"}
        if name.rstrip(".") in own | self.allowed_hosts:
            return None
        answered = ", ".join(sorted(own | self.allowed_hosts))
        return (f"This server does not answer to the host {name!r} (it answers to {answered}); against DNS "
                f"rebinding, other names are refused. Start it with --allow-host {name} to answer to that name.")

    def _too_large(self, size: int, at_least: bool = False) -> str:
        more = "more than " if at_least else ""
        return (
            f"The request body is {more}{size:,} bytes; this server accepts at most {self.max_upload:,} bytes. "
            "Send a shorter text, or start the server with a larger --max-upload."
        )


class ErrorGuard:
    """Turns an exception no handler took into the app's own 500 response, inside SecurityMiddleware.

    Starlette answers such exceptions from its outermost middleware, outside ours: the 500 went out
    without the security headers, and the exception, re-raised to the server, made it drop the
    keep-alive connection. Answered here, the 500 passes through ``SecurityMiddleware`` like any
    response and the connection stays open. ``respond(scope, exc)`` logs and builds the response.
    """

    def __init__(self, app: ASGIApp, respond: Callable[[Scope, Exception], ASGIApp]) -> None:
        self.app = app
        self.respond = respond

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:  # the status line is out: nothing better than letting the server end it
                raise
            await self.respond(scope, exc)(scope, receive, send)


def _hostname(host: str) -> str | None:
    """The lower-case name (an IPv6 address without brackets) of a Host header, None if malformed."""
    try:
        parts = urlsplit(f"//{host}")
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number in range
    except ValueError:
        return None
    if not parts.hostname or parts.username is not None or parts.password is not None or parts.path:
        return None
    return parts.hostname


def _loopback(address: Any) -> bool:
    try:
        return ipaddress.ip_address(str(address)).is_loopback
    except ValueError:
        return False


def _same_origin(scope: Scope, headers: dict[str, str]) -> bool:
    """True unless the browser says the request comes from another site (a cross-site form post).

    Scheme, host and port must all match this server as the request reached it: an ``https://``
    origin, or the same host on another port, is another site.
    """
    origin = headers.get("origin")
    if origin is None:
        return True  # not sent by a browser page (curl, scripts); those are not the threat here
    if origin == "null":
        return False  # sandboxed or file:// pages
    try:
        theirs = urlsplit(origin)
        ours = urlsplit(f"{scope.get('scheme', 'http')}://{headers.get('host', '')}")
        their_port = theirs.port or _DEFAULT_PORTS.get(theirs.scheme)
        our_port = ours.port or _DEFAULT_PORTS.get(ours.scheme)
    except ValueError:
        return False
    return (theirs.scheme.lower(), theirs.hostname, their_port) == (ours.scheme.lower(), ours.hostname, our_port) \
        and theirs.path in ("", "/") and not theirs.query


def _lone_surrogate(content_type: str, body: bytes) -> str | None:
    """Why a JSON body is refused, or None: a string with a lone surrogate (``"\\ud800"``) is no text and
    cannot be encoded, stored or written; every field of every route is refused with 422 here, the
    way a parsed model refuses a wrong type."""
    if "json" not in content_type.lower() or not _SURROGATE_ESCAPE.search(body):
        return None  # the common case costs one regex scan of the body
    try:
        value = json.loads(body)
    except ValueError:
        return None  # not JSON: the route's own parsing says so
    where = _find_surrogate(value, "body")
    if where is None:
        return None
    return f"Invalid request: {where}: the string holds a lone surrogate (\\ud800-\\udfff), which is not text."


def _find_surrogate(value: Any, where: str) -> str | None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            found = _find_surrogate(k, f"{where} key") or _find_surrogate(v, f"{where}.{k}")
            if found:
                return found
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found = _find_surrogate(v, f"{where}.{i}")
            if found:
                return found
    return None


def _replay(body: bytes, original: Receive) -> Receive:
    """Hand the buffered body to the app once, then pass through (to hear a real disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await original()

    return receive
