"""Start a session: read the mapping, open (or resume) its file, serve it with uvicorn.

:func:`open_room` prepares everything the server needs and says what to
print; :func:`serve` runs uvicorn on the address it is told (127.0.0.1
unless the facilitator chooses the room's network). No page fetches
anything from elsewhere: vis-network comes from the installed pyvis
package, the QR code is drawn by segno as SVG.
"""

from __future__ import annotations

import io
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import segno

from stakegraph.codebook import LANGUAGES
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import gettext, number, pgettext
from stakegraph.io.language import book_language
from stakegraph.jobs.book import BookLike, as_book
from stakegraph.render.map.page import vis_assets
from stakegraph.session.room import Room
from stakegraph.session.store import SessionStore, session_path

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "Opened", "check_port", "qr_svg", "join_url", "open_room", "serve"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
_EVERYWHERE = ("0.0.0.0", "::", "")


@dataclass
class Opened:
    """A room ready to serve, and what the terminal says about it."""

    room: Room
    path: Path
    resumed: bool
    errors: int

    def lines(self, host: str, port: int) -> list[str]:
        """What the facilitator reads when the server starts."""
        s = self.room.secrets
        counts = self.room.store.counts()
        if host not in _EVERYWHERE and host.startswith("127."):
            where = gettext("this computer only (127.0.0.1): phones cannot join; to let the room's phones in, "
                            "restart with --host 0.0.0.0 on the room's Wi-Fi")
        else:
            where = gettext("{host}: every computer on this network can reach it").format(host=host)
        state = (gettext("resumed (answers kept: {answers}; proposals kept: {proposals})").format(
            answers=number(counts["answers"]), proposals=number(counts["proposals"]))
                 if self.resumed else pgettext("session file", "new"))
        return [
            gettext("Session file: {path} ({state})").format(path=self.path, state=state),
            gettext("Serving on {where}").format(where=where),
            gettext("Phones join at: {url}   join code {code}").format(url=self.room.join_url, code=s.join_code),
            gettext("Projector:      {url}").format(url=f"http://{_local(host)}:{port}/projector?key={s.view_key}"),
            gettext("Facilitator PIN: {pin}   (pause, hide a proposal, approve a second claim, end)").format(pin=s.pin),
            gettext("Stop with Ctrl+C; run the same command again to resume."),
        ]


def _local(host: str) -> str:
    return "127.0.0.1" if host in _EVERYWHERE else (f"[{host}]" if ":" in host else host)


def _room_address() -> str:
    """This computer's address on the room's network (no packet is sent:
    connecting a UDP socket only chooses the route)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def join_url(host: str, port: int, code: str) -> str:
    """The address phones open: the room's address when serving everywhere.

    >>> join_url("127.0.0.1", 8765, "K7QF2M")
    'http://127.0.0.1:8765/#code=K7QF2M'
    """
    shown = _room_address() if host in _EVERYWHERE else _local(host)
    return f"http://{shown}:{port}/#code={code}"


def qr_svg(url: str) -> str:
    """``url`` as a QR code, an SVG document (segno draws it).

    >>> qr_svg("http://127.0.0.1:8765/#code=K7QF2M")[:40]
    '<svg xmlns="http://www.w3.org/2000/svg" '
    """
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", scale=6, border=2, dark="#000", light="#fff",
                                     xmldecl=False)
    return out.getvalue().decode("utf-8")


def check_port(host: str, port: int) -> None:
    """Raise StakegraphError when ``host``:``port`` cannot be listened on."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            busy = problem("session-port-busy", value=str(port), detail=exc.strerror or str(exc))
            raise StakegraphError(busy) from None


def open_room(book: BookLike, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, lang: str = "auto",
              session_file: str | os.PathLike[str] | None = None) -> Opened:
    """Read ``book``, open or resume its session file (by default beside
    it) and prepare the room; nothing is served yet."""
    opened = as_book(book)
    G = opened.graph
    if lang == "auto":
        lang = book_language(opened.path)
    lang = lang if lang in LANGUAGES else "en"
    path = Path(session_file) if session_file else session_path(opened.path)
    store = SessionStore(path)
    url = join_url(host, port, store.secrets.join_code)
    room = Room(G, store, lang, url, vis_assets(), qr_svg(url))
    return Opened(room, path, store.resumed, len(opened.report.errors))


def serve(opened: Opened, host: str, port: int, **limits: Any) -> None:
    """Serve ``opened``'s room on ``host``:``port`` until interrupted."""
    import uvicorn

    from stakegraph.session.app import make_app

    opened.room.limits.update(limits)
    config = uvicorn.Config(make_app(opened.room), host=host, port=port, log_level="warning",
                            access_log=False, timeout_graceful_shutdown=2, lifespan="on",
                            server_header=False, proxy_headers=False)
    try:
        uvicorn.Server(config).run()
    finally:
        opened.room.store.close()
