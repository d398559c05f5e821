"""The session's web app (Starlette): the phone page, the projector page, the API.

Routes
------
``GET /``                  the phone page (the join code comes in the address's ``#code=``)
``GET /projector?key=K``   the projector page (``K`` printed in the terminal)
``GET /assets/NAME``       the pages' scripts and styles, from the package
``GET /api/hello``         a client cookie and its CSRF token, the page's words
``GET /api/directory``     the organisations to choose from (header ``X-Join-Code``)
``POST /api/claim``        claim an organisation: a participant token (cookie)
``GET /api/me``            the participant's organisation and answers
``POST /api/answer``       a partner marked (``yes``) or taken back (``no``)
``POST /api/retype``       the type of one of the participant's own ties, changed in place
``POST /api/propose``      an organisation the list lacks ("did you mean" first)
``POST /api/withdraw``     a proposal taken back
``GET /api/events?key=K``  the projector's state, as server-sent events
``GET /api/base?key=K``    the mapping's map, the join address and code
``GET /api/qr.svg?key=K``  the join address as a QR code
``POST /api/admin``        the facilitator's actions, with the PIN

Every ``POST`` needs the client cookie, its CSRF token in ``X-CSRF-Token``,
a JSON body and, when the browser sends one, an ``Origin`` of this server.
A participant answers only for the organisation its token holds: the
reporter of an answer is never read from the request.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from importlib import resources

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from stakegraph.codebook import LANGUAGES
from stakegraph.session.admin import admin_action
from stakegraph.session.answers import answer, me, propose, retype, withdraw
from stakegraph.session.guard import CLIENT_COOKIE, Guard
from stakegraph.session.room import Room, refuse
from stakegraph.session.security import csrf_token, new_token, same
from stakegraph.session.words import words

__all__ = ["make_app"]

#: a route that works on the room
Handler = Callable[[Room, Request], Awaitable[Response]]
_ASSETS = {"phone.js": "text/javascript", "phone.css": "text/css", "projector.js": "text/javascript",
           "projector.css": "text/css", "common.js": "text/javascript"}


def _page(name: str) -> str:
    return resources.files("stakegraph.session").joinpath("pages", name).read_text("utf-8")


def make_app(room: Room) -> Starlette:
    """The app serving ``room`` (see the module notes for its routes)."""

    async def phone(request: Request) -> Response:
        return HTMLResponse(_page("phone.html"))

    async def projector(request: Request) -> Response:
        if not same(request.query_params.get("key"), room.secrets.view_key):
            return refuse(403, "wrong-key")
        return HTMLResponse(_page("projector.html"))

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name == "vis-network.min.js":
            return Response(room.vis[0], media_type="text/javascript")
        if name == "vis-network.css":
            return Response(room.vis[1], media_type="text/css")
        if name not in _ASSETS:
            return refuse(404, "not-found")
        return Response(_page(name), media_type=_ASSETS[name])

    async def hello(request: Request) -> Response:
        client = request.cookies.get(CLIENT_COOKIE) or ""
        fresh = len(client) < 20 or len(client) > 64
        client = new_token() if fresh else client
        lang = request.query_params.get("lang") or room.lang
        lang = lang if lang in LANGUAGES else room.lang
        reply = JSONResponse({"csrf": csrf_token(room.secrets.hmac_key, client), "lang": lang,
                              "session_lang": room.lang, "languages": list(LANGUAGES),
                              "words": words(lang), "title": room.title})
        if fresh:
            reply.set_cookie(CLIENT_COOKIE, client, httponly=True, samesite="strict")
        return reply

    async def directory(request: Request) -> Response:
        if not same(request.headers.get("x-join-code", "").strip().upper(), room.secrets.join_code):
            return refuse(403, "wrong-code")
        lang = request.query_params.get("lang") or room.lang
        return JSONResponse(room.directory(lang if lang in LANGUAGES else room.lang))

    async def claim(request: Request) -> Response:
        body = await room.checked_body(request)
        if isinstance(body, Response):
            return body
        if not same(str(body.get("code", "")).strip().upper(), room.secrets.join_code):
            return refuse(403, "wrong-code")
        who = body.get("stakeholder")
        if who not in room.people:
            return refuse(404, "unknown-stakeholder")
        if room.store.flag("ended"):
            return refuse(423, "ended")
        token, approved = room.store.claim(who)
        room.changed()
        reply = JSONResponse({"approved": approved, "stakeholder": who})
        reply.set_cookie("sg_token", token, httponly=True, samesite="strict")
        return reply

    async def events(request: Request) -> Response:
        if not same(request.query_params.get("key"), room.secrets.view_key):
            return refuse(403, "wrong-key")
        return StreamingResponse(room.broadcaster.stream(), media_type="text/event-stream",
                                 headers={"x-accel-buffering": "no"})

    async def base(request: Request) -> Response:
        if not same(request.query_params.get("key"), room.secrets.view_key):
            return refuse(403, "wrong-key")
        lang = request.query_params.get("lang") or room.lang
        lang = lang if lang in LANGUAGES else room.lang
        words = room.directory(lang)
        return JSONResponse({**room.base, "join_url": room.join_url, "code": room.secrets.join_code,
                             **{k: words[k] for k in ("sectors", "types", "tie_types")}})

    async def qr(request: Request) -> Response:
        if not same(request.query_params.get("key"), room.secrets.view_key):
            return refuse(403, "wrong-key")
        return Response(room.qr_svg, media_type="image/svg+xml")

    def participant(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await handler(room, request)
        return endpoint

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with room.running():
            yield

    routes = [
        Route("/", phone), Route("/projector", projector), Route("/assets/{name}", asset),
        Route("/api/hello", hello), Route("/api/directory", directory),
        Route("/api/claim", claim, methods=["POST"]), Route("/api/me", participant(me)),
        Route("/api/answer", participant(answer), methods=["POST"]),
        Route("/api/retype", participant(retype), methods=["POST"]),
        Route("/api/propose", participant(propose), methods=["POST"]),
        Route("/api/withdraw", participant(withdraw), methods=["POST"]),
        Route("/api/events", events), Route("/api/base", base), Route("/api/qr.svg", qr),
        Route("/api/admin", participant(admin_action), methods=["POST"]),
    ]
    return Starlette(routes=routes, middleware=[Middleware(Guard, **room.limits)], lifespan=lifespan)

