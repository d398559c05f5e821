"""What keeps a room full of phones on a shared Wi-Fi honest.

* a **join code** (six letters, shown on the projector) lets a phone in;
* a **participant token** (an HttpOnly cookie) is given once an
  organisation is claimed; a second claim of the same organisation waits
  for the facilitator's approval;
* the **PIN** printed in the terminal guards the facilitator's actions,
  with a lock after repeated wrong tries;
* every change carries a **CSRF token** (an HMAC of the client's cookie,
  sent back in a header that another site's page cannot set);
* a body larger than :data:`MAX_BODY` is refused before it is read whole,
  and each client has a request budget (:class:`RateLimiter`);
* every string a participant types is cleaned (:func:`clean_text`); the
  pages put it on screen as text, never as HTML.

Examples
--------
>>> s = new_secrets()
>>> len(s.join_code), s.pin.isdigit(), len(s.pin)
(6, True, 6)
>>> tok = csrf_token(s.hmac_key, "client-1")
>>> same(tok, csrf_token(s.hmac_key, "client-1")), same(tok, csrf_token(s.hmac_key, "client-2"))
(True, False)
>>> clean_text("  Café\\x00 <b>Mundo</b>\\n ", 40)
'Café <b>Mundo</b>'
>>> limiter = RateLimiter(rate=1.0, burst=2)
>>> [limiter.allow("a", now=0.0) for _ in range(3)], limiter.allow("a", now=1.0)
([True, True, False], True)
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

__all__ = ["MAX_BODY", "PinGuard", "RateLimiter", "Secrets", "clean_text", "csrf_token", "new_secrets",
           "new_token", "same"]

#: the largest request body accepted, in bytes (an answer is a few hundred)
MAX_BODY = 16 * 1024
#: letters that cannot be misread on a projector (no 0/O, 1/I/L)
_CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+")


@dataclass(frozen=True)
class Secrets:
    """A session's secrets, kept in its file so that a restart keeps them."""

    join_code: str
    pin: str
    view_key: str
    hmac_key: str


def new_secrets() -> Secrets:
    """Fresh secrets for a new session."""
    return Secrets(join_code="".join(secrets.choice(_CODE_LETTERS) for _ in range(6)),
                   pin=f"{secrets.randbelow(10**6):06d}", view_key=secrets.token_urlsafe(18),
                   hmac_key=secrets.token_hex(32))


def new_token() -> str:
    """A participant token (or a client id): 192 random bits."""
    return secrets.token_urlsafe(24)


def csrf_token(key: str, client: str) -> str:
    """The CSRF token of ``client`` (its cookie), under the session's key."""
    return hmac.new(key.encode(), f"csrf:{client}".encode(), hashlib.sha256).hexdigest()[:40]


def same(given: str | None, expected: str) -> bool:
    """A comparison that takes as long whatever the first difference."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def clean_text(text: object, longest: int) -> str:
    """``text`` as one line: control and direction-changing characters
    become spaces, spaces are collapsed, the result is NFC and at most
    ``longest`` characters (an empty string when nothing is left)."""
    line = unicodedata.normalize("NFC", _CONTROL.sub(" ", str(text)))
    return " ".join(line.split())[:longest]


class RateLimiter:
    """A token bucket per key: ``rate`` requests a second, ``burst`` at
    once; it remembers at most ``keys`` keys (the least recent forgotten)."""

    def __init__(self, rate: float, burst: int, keys: int = 10_000) -> None:
        self.rate, self.burst, self.keys = rate, burst, keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def allow(self, key: str, now: float | None = None) -> bool:
        """Spend one request of ``key``'s budget; ``False`` when it is spent."""
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.pop(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
        while len(self._buckets) > self.keys:
            self._buckets.popitem(last=False)
        return allowed


class PinGuard:
    """Checks the facilitator's PIN; after ``tries`` wrong ones in a row,
    every try is refused for ``lock`` seconds (six digits cannot be guessed
    at that pace within a session).

    >>> guard = PinGuard("123456", tries=2, lock=60)
    >>> guard.check("000000", now=0), guard.check("000001", now=1), guard.check("123456", now=2)
    (False, False, False)
    >>> guard.check("123456", now=62)
    True
    """

    def __init__(self, pin: str, tries: int = 5, lock: float = 30.0) -> None:
        self.pin, self.tries, self.lock = pin, tries, lock
        self._wrong = 0
        self._until = 0.0

    def check(self, given: object, now: float | None = None) -> bool:
        """Whether ``given`` is the PIN and the guard is not locked."""
        now = time.monotonic() if now is None else now
        if now < self._until:
            return False
        if isinstance(given, str) and same(given, self.pin):
            self._wrong = 0
            return True
        self._wrong += 1
        if self._wrong >= self.tries:
            self._wrong, self._until = 0, now + self.lock
        return False
