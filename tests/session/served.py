"""The real server, started as a user starts it, and a phone that talks to it.

:class:`Served` runs ``python -m stakegraph session BOOK --port P`` on a
free port of 127.0.0.1 and reads the join code, the projector key and the
PIN from what it prints. :class:`Phone` is one participant's browser
without the page: a cookie jar, the CSRF token, JSON in and out. Every
request goes to 127.0.0.1 only.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BOOK = ROOT / "stakegraph" / "data" / "examples" / "limerick_iwg_en.xlsx"
#: how long a server may take to start on a busy 2-core machine
START_TIMEOUT = 90.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """``stakegraph session`` running in a subprocess on 127.0.0.1."""

    def __init__(self, book: Path, port: int | None = None, *extra: str) -> None:
        self.book, self.port, self.extra = book, port or free_port(), extra
        self.process: subprocess.Popen[str] | None = None
        self.printed = ""
        #: what the command runs under (the benchmark pins it: taskset -c 0,1)
        self.prefix: list[str] = []

    def start(self) -> Served:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [*self.prefix, sys.executable, "-m", "stakegraph", "session", str(self.book), "--port", str(self.port),
             *self.extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        assert self.process.stdout is not None
        deadline = time.monotonic() + START_TIMEOUT
        lines = []
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("Stop with"):
                break
        self.printed = "".join(lines)
        assert "Stop with" in self.printed, self.printed
        self.code = re.search(r"join code (\w+)", self.printed).group(1)  # type: ignore[union-attr]
        self.key = re.search(r"projector\?key=(\S+)", self.printed).group(1)  # type: ignore[union-attr]
        self.pin = re.search(r"Facilitator PIN: (\d+)", self.printed).group(1)  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{self.port}"
        self._wait_listening()
        return self

    def _wait_listening(self) -> None:
        for _ in range(200):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("the server does not listen")

    def kill(self) -> None:
        """SIGKILL: the process gets no chance to tidy anything."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


class Phone:
    """One participant's browser, without the page."""

    def __init__(self, served: Served, origin: str | None = None) -> None:
        self.served = served
        self.cookies: dict[str, str] = {}
        self.csrf = ""
        self.origin = origin

    def request(self, method: str, path: str, body: Any = None, *, headers: dict[str, str] | None = None,
                raw: bytes | None = None, csrf: bool = True) -> tuple[int, Any]:
        conn = http.client.HTTPConnection("127.0.0.1", self.served.port, timeout=20)
        sent = dict(headers or {})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method == "POST":
            sent.setdefault("Content-Type", "application/json")
            if csrf:
                sent.setdefault("X-CSRF-Token", self.csrf)
            if self.origin:
                sent["Origin"] = self.origin
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        try:
            conn.request(method, path, body=data, headers=sent)
            reply = conn.getresponse()
            text = reply.read()
        finally:
            conn.close()
        for header in reply.headers.get_all("set-cookie") or []:
            jar: SimpleCookie = SimpleCookie()
            jar.load(header)
            self.cookies.update({k: m.value for k, m in jar.items()})
        try:
            return reply.status, json.loads(text)
        except ValueError:
            return reply.status, text.decode("utf-8", "replace")

    def hello(self) -> Phone:
        status, data = self.request("GET", "/api/hello")
        assert status == 200, data
        self.csrf = data["csrf"]
        return self

    def directory(self) -> list[dict[str, Any]]:
        status, data = self.request("GET", "/api/directory", headers={"X-Join-Code": self.served.code})
        assert status == 200, data
        return list(data["stakeholders"])

    def claim(self, stakeholder: str) -> tuple[int, Any]:
        return self.request("POST", "/api/claim", {"code": self.served.code, "stakeholder": stakeholder})

    def answer(self, other: str, answer: str = "yes", tie_type: str | None = "collaboration") -> tuple[int, Any]:
        return self.request("POST", "/api/answer", {"other": other, "answer": answer, "type": tie_type})

    def propose(self, name: str, **fields: Any) -> tuple[int, Any]:
        return self.request("POST", "/api/propose", {"name": name, **fields})

    def me(self) -> tuple[int, Any]:
        return self.request("GET", "/api/me")

    def admin(self, action: str, target: Any = None, pin: str | None = None) -> tuple[int, Any]:
        return self.request("POST", "/api/admin", {"pin": pin if pin is not None else self.served.pin,
                                                   "action": action, "target": target})


def events_state(served: Served, until: Any = None, timeout: float = 10.0) -> dict[str, Any]:
    """The first state the projector's event stream sends for which
    ``until(state)`` holds (any state, without ``until``); the stream
    sends the state again after each change, at most every 0.25 s."""
    conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=timeout)
    try:
        conn.request("GET", f"/api/events?key={served.key}")
        reply = conn.getresponse()
        assert reply.status == 200
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = reply.readline().decode("utf-8")
            if line.startswith("data: "):
                state = dict(json.loads(line[6:]))
                if until is None or until(state):
                    return state
    finally:
        conn.close()
    raise AssertionError("no such state from the event stream")
