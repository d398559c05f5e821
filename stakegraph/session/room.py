"""A running session: the mapping, the session file, the secrets, the projector's state.

:class:`Room` is what every route works on. It checks what each change
must carry (:meth:`Room.checked_body`: the CSRF token, a JSON object,
this server as origin) and who is answering (:meth:`Room.participant`:
the token's organisation, approved), and tells the projector when
something changed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import networkx as nx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from stakegraph.model import stakeholder_nodes
from stakegraph.session.events import Broadcaster
from stakegraph.session.guard import CLIENT_COOKIE
from stakegraph.session.live import base_map, directory, live_state
from stakegraph.session.security import PinGuard, Secrets, csrf_token, same
from stakegraph.session.store import Claim, SessionStore

__all__ = ["Room", "json_body", "refuse"]


def refuse(status: int, code: str, **more: Any) -> Response:
    """A refusal the pages understand: ``{"error": code, ...}``."""
    return JSONResponse({"error": code, **more}, status_code=status)


def json_body(raw: bytes) -> dict[str, Any] | None:
    """A request body as a JSON object, or ``None``.

    >>> json_body(b'{"a": 1}'), json_body(b'[1]'), json_body(b'nope')
    ({'a': 1}, None, None)
    """
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


@dataclass
class Room:
    """The session being served: mapping ``G``, its ``store``, its words'
    ``lang``, the phones' ``join_url``, vis-network's script and
    stylesheet (``vis``) and the join QR code."""

    G: nx.MultiDiGraph
    store: SessionStore
    lang: str
    join_url: str
    vis: tuple[str, str]
    qr_svg: str
    limits: dict[str, Any] = field(default_factory=dict)
    title: str = ""

    def __post_init__(self) -> None:
        self.secrets: Secrets = self.store.secrets
        self.people = set(stakeholder_nodes(self.G))
        self.names = {n: str(self.G.nodes[n].get("name", n)) for n in self.people}
        self.base = base_map(self.G, self.lang)
        self.title = self.title or self.base["title"]
        self.pin = PinGuard(self.secrets.pin)
        self.broadcaster = Broadcaster(self.state)
        # the projector's state is read on a connection of its own, from its thread
        self.reader = SessionStore(self.store.path)
        self._directories: dict[str, dict[str, Any]] = {}

    def directory(self, lang: str) -> dict[str, Any]:
        """The phone's lists in ``lang`` (built once per language)."""
        if lang not in self._directories:
            self._directories[lang] = directory(self.G, lang)
        return self._directories[lang]

    def state(self) -> dict[str, Any]:
        """What the projector shows now, with what the facilitator decides on."""
        read = self.reader
        live = live_state(self.G, read.returns(), read.participants())
        pending = [{"ref": csrf_token(self.secrets.hmac_key, c.token)[:16], "stakeholder": c.stakeholder,
                    "name": self.names.get(c.stakeholder, c.stakeholder)} for c in read.pending()]
        proposals = [{"id": p["id"], "name": p["name"], "by": self.names.get(p["stakeholder"], ""),
                      "hidden": p["hidden"]} for p in read.proposals()]
        return {**live, "pending": pending, "proposals": proposals,
                "paused": read.flag("paused"), "ended": read.flag("ended")}

    def changed(self) -> None:
        """Tell the projector (after the change is on disk)."""
        self.broadcaster.touch()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """While the server runs: the projector's updates go out."""
        task = asyncio.create_task(self.broadcaster.run())
        try:
            yield
        finally:
            await self.broadcaster.close()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            self.reader.close()

    async def checked_body(self, request: Request) -> dict[str, Any] | Response:
        """The JSON object a change sends, or the refusal: no CSRF token, a
        token not this client's, another site's origin, a body not JSON."""
        client = request.cookies.get(CLIENT_COOKIE)
        given = request.headers.get("x-csrf-token")
        if not client or not same(given, csrf_token(self.secrets.hmac_key, client)):
            return refuse(403, "csrf")
        origin = request.headers.get("origin")
        if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
            return refuse(403, "csrf")
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return refuse(415, "not-json")
        body = json_body(await request.body())
        return body if body is not None else refuse(400, "not-json")

    def participant(self, request: Request) -> Claim | Response:
        """The claim the request's token holds, approved, or the refusal."""
        token = request.cookies.get("sg_token")
        found = self.store.claim_of(token) if token else None
        if found is None:
            return refuse(401, "no-token")
        if not found.approved:
            return refuse(403, "waiting")
        return found

    def open_for_answers(self) -> Response | None:
        """A refusal while the facilitator has paused or ended the session."""
        if self.store.flag("ended"):
            return refuse(423, "ended")
        if self.store.flag("paused"):
            return refuse(423, "paused")
        return None
