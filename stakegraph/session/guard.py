"""The middleware every request passes: size limit, rate limits, headers.

:class:`Guard` is a plain ASGI middleware in front of the Starlette app:

* a body announced larger than :data:`~stakegraph.session.security.MAX_BODY`
  is refused at once (413), and one that grows past it while it is read
  is cut off (413) before it is held whole in memory;
* each client (its cookie) and each address have a request budget (a
  request without the cookie counts for its address only); past it the
  answer is 429 with ``Retry-After``;
* every response says that it may not be framed, sniffed or cached, and
  carries a Content-Security-Policy that allows only the server's own
  scripts and styles (no inline code, no other host).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any

from stakegraph.session.security import MAX_BODY, RateLimiter

__all__ = ["CLIENT_COOKIE", "CSP", "Guard"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: the cookie that names a browser (for its CSRF token and its rate budget)
CLIENT_COOKIE = "sg_client"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'")
_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"),
            (b"cache-control", b"no-store")]


class _TooLarge(Exception):
    pass


async def _refuse(send: Send, status: int, code: str, extra: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    body = json.dumps({"error": code}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), *_HEADERS, *extra]})
    await send({"type": "http.response.body", "body": body})


def _client(scope: Scope) -> tuple[str, str]:
    """The request's client cookie (or ``""``) and address."""
    address = (scope.get("client") or ("?", 0))[0]
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header names no client
                continue
            if CLIENT_COOKIE in jar:
                return jar[CLIENT_COOKIE].value[:64], address
    return "", address


class Guard:
    """Size limit, rate limits and safe headers around ``app``.

    ``per_client`` and ``per_address`` are (requests a second, burst).
    """

    def __init__(self, app: ASGIApp, per_client: tuple[float, int] = (10.0, 40),
                 per_address: tuple[float, int] = (100.0, 300)) -> None:
        self.app = app
        self.clients = RateLimiter(*per_client)
        self.addresses = RateLimiter(*per_address)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client, address = _client(scope)
        # a browser's first requests carry no cookie yet: its address's budget alone counts them
        if not (self.addresses.allow(address) and (not client or self.clients.allow(client))):
            await _refuse(send, 429, "too-many-requests", ((b"retry-after", b"1"),))
            return
        length = next((v for k, v in scope["headers"] if k == b"content-length"), b"0")
        if not length.isdigit() or int(length) > MAX_BODY:
            await _refuse(send, 413, "too-large")
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > MAX_BODY:
                raise _TooLarge
            return message

        started = False

        async def headed(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in _HEADERS if k not in names)]
            await send(message)

        try:
            await self.app(scope, counted, headed)
        except _TooLarge:
            if not started:
                await _refuse(send, 413, "too-large")
