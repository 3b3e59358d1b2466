"""ASGI middleware for hostile input: security headers, an upload size limit and a same-origin check.

Article text comes from the open web, so pages are served with a strict Content-Security-Policy: only
scripts and styles from this server, no inline script or style, no plugins, no framing. Templates
autoescape, and data reaches scripts only through ``data-`` attributes or JSON endpoints.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
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
    """Adds the security headers, refuses oversized bodies (413) and cross-site writes (403)."""

    def __init__(self, app: ASGIApp, max_upload: int) -> None:
        self.app = app
        self.max_upload = max_upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if scope["method"] in _BODY_METHODS:
            if not _same_origin(headers):
                await _respond(send, path, 403, "Cross-site request refused: the Origin does not match this server.")
                return
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
            receive = _replay(b"".join(body), receive)

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


def _same_origin(headers: dict[str, str]) -> bool:
    """True unless the browser says the request comes from another site (a cross-site form post)."""
    origin = headers.get("origin")
    if not origin or origin == "null":
        return origin is None  # "null" comes from sandboxed or file:// pages
    return urlsplit(origin).netloc == headers.get("host", "")


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
