"""The facilitator's actions, each needing the PIN printed in the terminal.

``POST /api/admin`` with ``{"pin", "action", "target"}``:

* ``pause`` / ``resume``: stop and restart answers (phones say so);
* ``hide`` / ``show``: a proposed organisation (``target``: its number)
  leaves the map and the round, or comes back;
* ``approve`` / ``refuse``: a second claim of an organisation
  (``target``: the reference the projector shows);
* ``end``: no more answers; the round can be exported.

Wrong PINs are counted; after five in a row, the PIN is refused for a
while whatever is typed (:class:`~stakegraph.session.security.PinGuard`).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from stakegraph.session.room import Room, refuse
from stakegraph.session.security import csrf_token

__all__ = ["ACTIONS", "admin_action"]

ACTIONS = ("pause", "resume", "hide", "show", "approve", "refuse", "end")


async def admin_action(room: Room, request: Request) -> Response:
    """Carry out one facilitator's action (see the module notes)."""
    body = await room.checked_body(request)
    if isinstance(body, Response):
        return body
    if not room.pin.check(body.get("pin")):
        return refuse(403, "wrong-pin")
    action, target = body.get("action"), body.get("target")
    store = room.store
    if action in ("pause", "resume"):
        store.set_flag("paused", action == "pause")
    elif action == "end":
        store.set_flag("ended", True)
    elif action in ("hide", "show"):
        if not isinstance(target, int) or not store.hide(target, action == "hide"):
            return refuse(404, "not-found")
    elif action in ("approve", "refuse"):
        token = next((c.token for c in store.pending()
                      if csrf_token(room.secrets.hmac_key, c.token)[:16] == target), None)
        if token is None or not store.decide(token, action == "approve"):
            return refuse(404, "not-found")
    else:
        return refuse(422, "bad-value", field="action")
    room.changed()
    return JSONResponse({"done": action})
