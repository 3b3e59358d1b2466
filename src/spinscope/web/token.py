"""A shared secret for servers reachable from other machines (issue 25).

Bound to loopback, the server trusts its own machine (the Host and Origin checks of
:mod:`spinscope.web.security` keep other sites out). Bound to anything else, every request must show
the token: ``Authorization: Bearer TOKEN`` (scripts, the API), or the cookie a browser gets by opening
any page once with ``?token=TOKEN`` (HttpOnly, SameSite=Strict, so no other site can send it).
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

from spinscope.errors import SpinscopeError
from spinscope.settings import default

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]
COOKIE = "spinscope_token"
# Long enough that guessing is hopeless; checked at start so a weak token is never in use.
MIN_LENGTH = 16


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def required_token(host: str, token: str | None) -> str | None:
    """The token this server must demand: None on loopback; the given one or $SPINSCOPE_TOKEN otherwise.

    Raises SpinscopeError when a server off loopback would run without one (or with a short one).
    """
    token = token or os.environ.get(default("review_token_env")) or None
    if token is None and is_loopback(host):
        return None
    if token is None:
        raise SpinscopeError(
            f"Serving on {host}, reachable from other machines, needs a token: give --token or set "
            f"${default('review_token_env')} (at least {MIN_LENGTH} characters), or bind to 127.0.0.1.")
    if len(token) < MIN_LENGTH:
        raise SpinscopeError(f"The token must be at least {MIN_LENGTH} characters long.")
    return token


class TokenMiddleware:
    """Refuse (401) every request that does not show ``token``; a ``?token=`` visit sets the cookie."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token.encode("utf-8")

    def _shown(self, scope: Scope) -> tuple[bool, bool]:
        """(token shown, shown in the query string: set the cookie)."""
        for name, value in scope.get("headers", []):
            if name == b"authorization" and value.startswith(b"Bearer ") and hmac.compare_digest(value[7:], self.token):
                return True, False
            if name == b"cookie":
                jar = SimpleCookie()
                try:
                    jar.load(value.decode("latin-1"))
                except Exception:  # noqa: BLE001 - a malformed cookie header shows no token
                    continue
                if COOKIE in jar and hmac.compare_digest(jar[COOKIE].value.encode("utf-8"), self.token):
                    return True, False
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = query.get("token", [""])[0].encode("latin-1")
        return (True, True) if given and hmac.compare_digest(given, self.token) else (False, False)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ok, set_cookie = self._shown(scope)
        if not ok:
            body = b'{"ok":false,"error":"This server needs its token: Authorization: Bearer TOKEN, or open a page with ?token=TOKEN once.","status":401}'
            await send({"type": "http.response.start", "status": 401,
                        "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        if not set_cookie:
            await self.app(scope, receive, send)
            return
        cookie = f"{COOKIE}={self.token.decode('utf-8')}; HttpOnly; SameSite=Strict; Path=/".encode()

        async def with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"set-cookie", cookie)]}
            await send(message)

        await self.app(scope, receive, with_cookie)
