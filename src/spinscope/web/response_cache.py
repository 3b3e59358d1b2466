"""A cache of whole GET responses, keyed by path, query string and the store's version.

Every page and API answer of a GET is a function of its URL and the store's contents, so a finished
200 response can be replayed until the store changes: the key holds
:meth:`~spinscope.service.state.AppState.version` (the app's own saves and the file's change token,
two ``stat`` calls, read when the request arrives), so a write by any process starts new keys and
old ones age out. A ``--read-only`` server's
store never changes. Hits are answered on the event loop, without the thread pool, SQL or Jinja.

Only 200 answers without ``Set-Cookie`` or ``Cache-Control: no-store`` are kept; errors, POSTs and
HEADs always reach the app. The cache is bounded in bytes (least recently used out first) and
per process: each uvicorn worker has its own. Answers carry ``x-spinscope-cache: hit`` or ``miss``
so a load test can say how many were served from it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from spinscope.web.security import ASGIApp, Message, Receive, Scope, Send

CACHE_HEADER = b"x-spinscope-cache"
# A response larger than this share of the budget is served but not kept: one long article must not
# push out hundreds of list pages.
_LARGEST_SHARE = 16


class ResponseCache:
    """ASGI middleware; ``token()`` is the store's version, ``max_bytes`` 0 turns it off."""

    def __init__(self, app: ASGIApp, token: Callable[[], Hashable], max_bytes: int) -> None:
        self.app = app
        self.token = token
        self.max_bytes = max_bytes
        # key -> (status, headers, body, size in bytes)
        self._entries: OrderedDict[Hashable, tuple[int, list[tuple[bytes, bytes]], bytes, int]] = OrderedDict()
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or self.max_bytes <= 0:
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""), self.token())
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            self.hits += 1
            status, headers, body, _ = entry
            await send({"type": "http.response.start", "status": status, "headers": [*headers, (CACHE_HEADER, b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start: Message | None = None
        chunks: list[bytes] = []
        held = 0  # bytes of body collected; past the largest entry kept, collecting stops

        async def capture(message: Message) -> None:
            nonlocal start, held
            if message["type"] == "http.response.start":
                start = message
                message["headers"] = [*message.get("headers", []), (CACHE_HEADER, b"miss")]
            elif message["type"] == "http.response.body" and start is not None:
                chunk = message.get("body", b"")
                held += len(chunk)
                if held * _LARGEST_SHARE > self.max_bytes:
                    start = None  # a streamed export: served, never held in memory whole
                else:
                    chunks.append(chunk)
                    if not message.get("more_body"):
                        self._keep(key, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)

    def _keep(self, key: Hashable, start: Message, body: bytes) -> None:
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != CACHE_HEADER]
        names = {k.lower() for k, _ in headers}
        no_store = any(k.lower() == b"cache-control" and b"no-store" in v.lower() for k, v in headers)
        if start["status"] != 200 or b"set-cookie" in names or no_store:
            return
        size = len(body) + sum(len(k) + len(v) for k, v in headers)
        if size * _LARGEST_SHARE > self.max_bytes:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= old[3]
        self._entries[key] = (start["status"], headers, body, size)
        self._bytes += size
        while self._bytes > self.max_bytes and self._entries:
            self._bytes -= self._entries.popitem(last=False)[1][3]

    def stats(self) -> dict[str, Any]:
        """Entries, bytes held, hits and misses since the server started (for tests and benches)."""
        return {"entries": len(self._entries), "bytes": self._bytes, "hits": self.hits, "misses": self.misses,
                "max_bytes": self.max_bytes}
