"""The session file: every answer, written to SQLite before it is acknowledged.

One file beside the workbook (``BOOK.session.sqlite``) holds the session's
secrets (join code, PIN, projector key), who claimed which organisation,
the answers, the proposed organisations and a log of every change with its
time and the participant's token (who said what). The database runs in
WAL mode with ``synchronous=FULL``: a write returns only once it is on
disk, so an answer the server acknowledged survives a killed process or a
laptop closed mid-session; opening the same file again resumes.

Examples
--------
>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "book.session.sqlite"
>>> store = SessionStore(path)
>>> token, approved = store.claim("doras")
>>> approved, store.claim("doras")[1]
(True, False)
>>> store.answer(token, "doras", "city", "yes", "funding")
>>> store.retype(token, "doras", "city", "referral", was="funding")
>>> [a["type"] for a in store.answers_of("doras")]
['referral']
>>> _ = store.propose(token, "doras", "Café Mundo", sector="civil_society", org_type="ngo")
>>> store.close()
>>> again = SessionStore(path)
>>> [(r.stakeholder, [a.other for a in r.answers], [p.name for p in r.proposals]) for r in again.returns()]
[('doras', ['city'], ['Café Mundo'])]
>>> again.secrets == store.secrets
True
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stakegraph.model.returns import Proposal, Return, TieAnswer
from stakegraph.session.security import Secrets, new_secrets, new_token

__all__ = ["Claim", "SessionStore", "session_path"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims (
    token TEXT PRIMARY KEY, stakeholder TEXT NOT NULL, approved INTEGER NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS answers (
    stakeholder TEXT NOT NULL, other TEXT NOT NULL, answer TEXT NOT NULL, type TEXT,
    weight REAL, token TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (stakeholder, other));
CREATE TABLE IF NOT EXISTS proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT, stakeholder TEXT NOT NULL, name TEXT NOT NULL,
    sector TEXT, org_type TEXT, tie_type TEXT, hidden INTEGER NOT NULL DEFAULT 0,
    withdrawn INTEGER NOT NULL DEFAULT 0, token TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, token TEXT, action TEXT NOT NULL,
    data TEXT NOT NULL);
"""


def session_path(book: str | os.PathLike[str]) -> Path:
    """The session file beside ``book``: ``limerick.xlsx`` -> ``limerick.session.sqlite``.

    >>> session_path("/data/limerick.xlsx").name
    'limerick.session.sqlite'
    """
    path = Path(book)
    return path.with_name(f"{path.stem if path.suffix else path.name}.session.sqlite")


@dataclass(frozen=True)
class Claim:
    """Who holds a participant token: its ``stakeholder`` and whether the
    claim is ``approved`` (a second claim of one organisation waits for the
    facilitator)."""

    token: str
    stakeholder: str
    approved: bool


class SessionStore:
    """The session file, opened (and created when new) at ``path``.

    Every method that changes something commits before it returns. One
    store may be used from several threads (the server writes from worker
    threads, so that waiting for the disk does not hold up other requests):
    a lock keeps each statement and each transaction whole.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.lock = threading.RLock()
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(_SCHEMA)
        stored = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        self.resumed = "secrets" in stored
        if not self.resumed:
            fresh = new_secrets()
            self._write("created", None, {}, [("INSERT INTO meta VALUES ('secrets', ?)",
                                              (json.dumps(fresh.__dict__),))])
            stored["secrets"] = json.dumps(fresh.__dict__)
        self.secrets = Secrets(**json.loads(stored["secrets"]))

    def close(self) -> None:
        """Close the file (everything written is already on disk)."""
        self.db.close()

    def _write(self, action: str, token: str | None, data: dict[str, Any],
               statements: list[tuple[str, tuple[Any, ...]]]) -> list[int]:
        """Run ``statements`` and log ``action`` in one transaction; return
        each statement's last row id."""
        ids = []
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for sql, args in statements:
                    ids.append(self.db.execute(sql, args).lastrowid or 0)
                self.db.execute("INSERT INTO log (at, token, action, data) VALUES (?, ?, ?, ?)",
                                (time.time(), token, action, json.dumps(data, ensure_ascii=False)))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        return ids

    def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
        """Every row of a query, read whole under the lock."""
        with self.lock:
            return self.db.execute(sql, args).fetchall()

    # flags the facilitator sets: paused, ended
    def flag(self, name: str) -> bool:
        """Whether the facilitator set ``name`` (``paused``, ``ended``)."""
        rows = self._rows("SELECT value FROM meta WHERE key = ?", (name,))
        return bool(rows and rows[0][0] == "1")

    def set_flag(self, name: str, on: bool) -> None:
        """Set or clear the flag ``name``."""
        self._write(name if on else f"un{name}", None, {}, [
            ("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, "1" if on else "0"))])

    # who answers for whom
    def claim(self, stakeholder: str) -> tuple[str, bool]:
        """A new token for ``stakeholder``: approved at once when nobody holds
        the organisation yet, else waiting for the facilitator."""
        token = new_token()
        with self.lock:  # the look and the claim, one step
            taken = self._rows("SELECT 1 FROM claims WHERE stakeholder = ? AND approved = 1", (stakeholder,))
            self._write("claim", token, {"stakeholder": stakeholder, "approved": not taken}, [
                ("INSERT INTO claims VALUES (?, ?, ?, ?)", (token, stakeholder, int(not taken), time.time()))])
        return token, not taken

    def claim_of(self, token: str) -> Claim | None:
        """The claim a token stands for, or ``None``."""
        rows = self._rows("SELECT token, stakeholder, approved FROM claims WHERE token = ?", (token,))
        return Claim(rows[0][0], rows[0][1], bool(rows[0][2])) if rows else None

    def pending(self) -> list[Claim]:
        """The second claims waiting for the facilitator, oldest first."""
        rows = self._rows("SELECT token, stakeholder, approved FROM claims WHERE approved = 0 ORDER BY at")
        return [Claim(t, s, False) for t, s, _ in rows]

    def decide(self, token: str, approve: bool) -> bool:
        """Approve or refuse a waiting claim; ``False`` when there is none."""
        if not any(c.token == token for c in self.pending()):
            return False
        sql = ("UPDATE claims SET approved = 1 WHERE token = ?" if approve
               else "DELETE FROM claims WHERE token = ?")
        self._write("approve" if approve else "refuse", token, {}, [(sql, (token,))])
        return True

    def participants(self) -> set[str]:
        """The organisations someone has joined as (approved)."""
        return {s for (s,) in self._rows("SELECT DISTINCT stakeholder FROM claims WHERE approved = 1")}

    # what they answer
    def answer(self, token: str, stakeholder: str, other: str, answer: str,
               tie_type: str | None = None, weight: float | None = None) -> None:
        """Record ``stakeholder``'s answer about its tie with ``other`` (a later
        answer about the same pair replaces the earlier one)."""
        data = {"stakeholder": stakeholder, "other": other, "answer": answer, "type": tie_type,
                "weight": weight}
        self._write("answer", token, data, [(
            "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?)",
            (stakeholder, other, answer, tie_type, weight, token, time.time()))])

    def retype(self, token: str, stakeholder: str, other: str, tie_type: str, was: str | None) -> None:
        """Record that ``stakeholder`` changed the type of its tie with
        ``other`` from ``was`` to ``tie_type``: its answer becomes a yes of
        that type (its strength kept), and the log says what it replaced."""
        data = {"stakeholder": stakeholder, "other": other, "type": tie_type, "was": was}
        with self.lock:  # the strength read and the answer written, one step
            weight = self._rows("SELECT weight FROM answers WHERE stakeholder = ? AND other = ?",
                                (stakeholder, other))
            self._write("retype", token, data, [(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, 'yes', ?, ?, ?, ?)",
                (stakeholder, other, tie_type, weight[0][0] if weight else None, token, time.time()))])

    def propose(self, token: str, stakeholder: str, name: str, *, sector: str | None = None,
                org_type: str | None = None, tie_type: str | None = None) -> int:
        """Record an organisation ``stakeholder`` works with that the mapping
        lacks; return the proposal's number."""
        data = {"stakeholder": stakeholder, "name": name, "sector": sector, "org_type": org_type,
                "type": tie_type}
        return self._write("propose", token, data, [(
            "INSERT INTO proposals (stakeholder, name, sector, org_type, tie_type, token, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (stakeholder, name, sector, org_type, tie_type, token, time.time()))])[0]

    def withdraw(self, token: str, stakeholder: str, number: int) -> bool:
        """``stakeholder`` takes back its own proposal ``number``."""
        row = self._rows("SELECT 1 FROM proposals WHERE id = ? AND stakeholder = ? AND withdrawn = 0",
                         (number, stakeholder))
        if row:
            self._write("withdraw", token, {"proposal": number}, [
                ("UPDATE proposals SET withdrawn = 1 WHERE id = ?", (number,))])
        return bool(row)

    def hide(self, number: int, hidden: bool) -> bool:
        """The facilitator hides (or shows again) proposal ``number``."""
        row = self._rows("SELECT 1 FROM proposals WHERE id = ?", (number,))
        if row:
            self._write("hide" if hidden else "show", None, {"proposal": number}, [
                ("UPDATE proposals SET hidden = ? WHERE id = ?", (int(hidden), number))])
        return bool(row)

    def answers_of(self, stakeholder: str) -> list[dict[str, Any]]:
        """``stakeholder``'s answers, as the phone page shows them."""
        rows = self._rows("SELECT other, answer, type, weight FROM answers WHERE stakeholder = ? ORDER BY at",
                          (stakeholder,))
        return [{"other": o, "answer": a, "type": t, "weight": w} for o, a, t, w in rows]

    def proposals(self, stakeholder: str | None = None) -> list[dict[str, Any]]:
        """The proposals not withdrawn (of ``stakeholder``, or everyone's)."""
        sql = ("SELECT id, stakeholder, name, sector, org_type, tie_type, hidden FROM proposals "
               "WHERE withdrawn = 0" + (" AND stakeholder = ?" if stakeholder else "") + " ORDER BY id")
        rows = self._rows(sql, (stakeholder,) if stakeholder else ())
        keys = ("id", "stakeholder", "name", "sector", "org_type", "type", "hidden")
        return [{**dict(zip(keys, r)), "hidden": bool(r[6])} for r in rows]

    def counts(self) -> dict[str, int]:
        """How many answers, proposals and log entries the file holds."""
        return {table: self._rows(f"SELECT count(*) FROM {table}")[0][0]
                for table in ("answers", "proposals", "log")}

    def returns(self) -> list[Return]:
        """Every organisation's answers as merge-model returns (hidden and
        withdrawn proposals left out), in the order they first answered."""
        found: dict[str, tuple[list[TieAnswer], list[Proposal]]] = {}
        for s, o, a, t, w in self._rows(
                "SELECT stakeholder, other, answer, type, weight FROM answers ORDER BY at, rowid"):
            found.setdefault(s, ([], []))[0].append(TieAnswer(s, o, a, t, w))
        for p in self.proposals():
            if not p["hidden"]:
                found.setdefault(p["stakeholder"], ([], []))[1].append(Proposal(
                    p["stakeholder"], p["name"], p["sector"], p["type"], org_type=p["org_type"]))
        return [Return(s, f"session:{s}", tuple(answers), tuple(proposals))
                for s, (answers, proposals) in found.items()]
