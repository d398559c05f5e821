"""The participant's routes: who I am, my answers, my proposals.

Each change is checked (CSRF, token, the session open), cleaned and
validated against the mapping's lists, written to the session file, and
only then acknowledged. The reporter is always the token's organisation:
nothing in a request can make it answer for another.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from stakegraph.codebook import did_you_mean, fold_name
from stakegraph.session.room import Room, refuse
from stakegraph.session.security import clean_text
from stakegraph.session.store import Claim

__all__ = ["LONGEST_NAME", "MAX_PROPOSALS", "answer", "me", "propose", "retype", "withdraw"]

#: the longest organisation name a participant may propose
LONGEST_NAME = 120
#: the most organisations one participant may propose
MAX_PROPOSALS = 60


async def me(room: Room, request: Request) -> Response:
    """The participant's organisation, answers, proposals and the mapping's
    ties of its organisation (to confirm or deny)."""
    token = request.cookies.get("sg_token")
    found = room.store.claim_of(token) if token else None
    if found is None:
        return refuse(401, "no-token")
    who = found.stakeholder
    if not found.approved:
        return JSONResponse({"stakeholder": who, "name": room.names[who], "approved": False})
    mapped = _mapped(room, who)
    return JSONResponse({
        "stakeholder": who, "name": room.names[who], "approved": True, "mapping": sorted(mapped),
        "mapping_types": mapped,
        "answers": room.store.answers_of(who), "proposals": room.store.proposals(who),
        "paused": room.store.flag("paused"), "ended": room.store.flag("ended"),
    })


def _mapped(room: Room, who: str) -> dict[str, str]:
    """``who``'s partners in the mapping, each with the type of their tie
    (the first, when the mapping has several)."""
    found: dict[str, str] = {}
    for u, v, d in [*room.G.out_edges(who, data=True), *room.G.in_edges(who, data=True)]:
        if d.get("kind") == "tie":
            found.setdefault(v if u == who else u, str(d.get("type") or "collaboration"))
    return found


async def _change(room: Room, request: Request) -> tuple[Claim, dict[str, Any]] | Response:
    """The checked body and claim of a change, or the refusal."""
    body = await room.checked_body(request)
    if isinstance(body, Response):
        return body
    found = room.participant(request)
    if isinstance(found, Response):
        return found
    closed = room.open_for_answers()
    return closed if closed is not None else (found, body)


def _code(room: Room, vocab: str, value: Any) -> str | None | Response:
    """A code of the codebook list ``vocab`` (or nothing), or the refusal."""
    if value in (None, ""):
        return None
    codes = {c for c, _ in room.directory(room.lang)[vocab]}
    return value if isinstance(value, str) and value in codes else refuse(422, "bad-value", field=vocab)


async def answer(room: Room, request: Request) -> Response:
    """``{"other": id, "answer": "yes"|"no", "type": tie type}``: the
    participant's answer about its tie with ``other``."""
    checked = await _change(room, request)
    if isinstance(checked, Response):
        return checked
    found, body = checked
    other, said = body.get("other"), body.get("answer")
    if other not in room.people or other == found.stakeholder:
        return refuse(422, "bad-value", field="other")
    if said not in ("yes", "no"):
        return refuse(422, "bad-value", field="answer")
    tie_type = _code(room, "tie_types", body.get("type"))
    if isinstance(tie_type, Response):
        return tie_type
    # on disk before the reply; waiting for the disk in a worker thread lets other requests on
    await asyncio.to_thread(room.store.answer, found.token, found.stakeholder, other, said, tie_type)
    room.changed()
    return JSONResponse({"saved": True, "answers": room.store.answers_of(found.stakeholder)})


async def retype(room: Room, request: Request) -> Response:
    """``{"other": id, "type": tie type}``: the participant changes the type
    of one of its own ties in place: one it said yes to, or one of the
    mapping's that it has not denied. Any other pair is refused
    (``not-your-tie``): the reporter is the token's organisation, so no
    request changes what another organisation said."""
    checked = await _change(room, request)
    if isinstance(checked, Response):
        return checked
    found, body = checked
    other, who = body.get("other"), found.stakeholder
    tie_type = _code(room, "tie_types", body.get("type"))
    if isinstance(tie_type, Response) or tie_type is None:
        return tie_type or refuse(422, "bad-value", field="tie_types")
    if not isinstance(other, str) or other not in room.people:
        return refuse(404, "not-your-tie")
    said = {a["other"]: a for a in room.store.answers_of(who)}.get(other)
    mapped = _mapped(room, who).get(other)
    if said is not None and said["answer"] != "yes" or said is None and mapped is None:
        return refuse(404, "not-your-tie")
    was = said["type"] if said is not None else mapped
    await asyncio.to_thread(room.store.retype, found.token, who, other, tie_type, was)
    room.changed()
    return JSONResponse({"saved": True, "answers": room.store.answers_of(who)})


async def propose(room: Room, request: Request) -> Response:
    """``{"name", "sector", "org_type", "type", "force"}``: an organisation
    the list lacks. A name close to one on the list is answered with
    ``did_you_mean`` (409) unless ``force``; the very name of one on the
    list is that organisation."""
    checked = await _change(room, request)
    if isinstance(checked, Response):
        return checked
    found, body = checked
    name = clean_text(body.get("name") or "", LONGEST_NAME)
    if not name:
        return refuse(422, "bad-value", field="name")
    fields = {k: _code(room, vocab, body.get(k)) for k, vocab in
              (("sector", "sectors"), ("org_type", "types"), ("type", "tie_types"))}
    for value in fields.values():
        if isinstance(value, Response):
            return value
    exact = next((n for n, text in room.names.items() if fold_name(text) == fold_name(name)), None)
    if exact is not None:
        return refuse(409, "on-the-list", id=exact, name=room.names[exact])
    close = did_you_mean(name, {fold_name(t): n for n, t in room.names.items()}, key=fold_name)
    if close is not None and body.get("force") is not True:
        return refuse(409, "did-you-mean", id=close, name=room.names[close])
    if len(room.store.proposals(found.stakeholder)) >= MAX_PROPOSALS:
        return refuse(422, "too-many")
    number = await asyncio.to_thread(partial(
        room.store.propose, found.token, found.stakeholder, name, sector=fields["sector"],  # type: ignore[arg-type]
        org_type=fields["org_type"], tie_type=fields["type"]))  # type: ignore[arg-type]
    room.changed()
    return JSONResponse({"saved": True, "id": number, "proposals": room.store.proposals(found.stakeholder)})


async def withdraw(room: Room, request: Request) -> Response:
    """``{"id": n}``: the participant takes back its own proposal ``n``."""
    checked = await _change(room, request)
    if isinstance(checked, Response):
        return checked
    found, body = checked
    number = body.get("id")
    if not isinstance(number, int) or not await asyncio.to_thread(room.store.withdraw, found.token,
                                                                  found.stakeholder, number):
        return refuse(404, "not-found")
    room.changed()
    return JSONResponse({"saved": True, "proposals": room.store.proposals(found.stakeholder)})
