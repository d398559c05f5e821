"""The survey workbook's contract, shared by the writer (``render``) and the
reader of returns (``io``): its layout, the words a return is read back by
(its sheets' names and the answer "we don't know them", from the gettext
catalogue, domain ``survey``), how a written answer is read, and its signature.

A survey has two visible sheets, *your organisation* (a corrections table)
and *your ties* (one row per other stakeholder, grouped by sector, then
rows for newcomers), a hidden sheet of drop-down lists and a very hidden
signature sheet. Column A of both visible sheets is hidden and locked: it
holds the key of each row (a field code, a stakeholder id, or ``new:N``).
The signature covers those keys, so a row cannot be moved to another
organisation without the signature failing.

Examples
--------
>>> layout_words("it")["unknown"]
'non li conosciamo'
>>> read_answer("Sì"), read_answer("No"), read_answer("We don't know them"), read_answer("")
('yes', 'no', 'unknown', None)
>>> read_answer("perhaps") is None
True
>>> language_code("Italiano"), language_code("de"), language_code("Klingon")
('it', 'de', None)
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from stakegraph.codebook import LANGUAGES, default_codebook, fold, language_names
from stakegraph.i18n import pgettext, speaking

__all__ = [
    "ANSWERS",
    "CORRECTABLE",
    "FORMAT",
    "NEW_ROWS",
    "SIGNATURE_SHEET",
    "TIE_COLUMNS",
    "Signature",
    "SurveyKey",
    "is_new_row",
    "language_code",
    "layout_digest",
    "layout_words",
    "new_row_key",
    "read_answer",
    "sign",
]

#: the version of the survey layout; a return of another version is not read
FORMAT = "stakegraph-survey/1"
#: the very hidden sheet holding the signature (key, value rows)
SIGNATURE_SHEET = "stakegraph-signature"
#: the answers to "do you work with them?"
ANSWERS = ("yes", "no", "unknown")
#: the fields of its own row a respondent may correct (not the name: the id
#: is made from it; not the ratings: they are the coordinator's judgement;
#: not the contacts: personal data are not collected by a survey)
CORRECTABLE = ("sector", "type", "level", "themes", "migrant_led", "region", "municipality",
               "country")
#: the columns of the ties sheet, in order (A, the row key, is hidden)
TIE_COLUMNS = ("key", "organisation", "sector", "tied", "type", "strength", "comment")
#: rows offered for organisations missing from the list
NEW_ROWS = 10


def layout_words(lang: str) -> dict[str, str]:
    """The words of the survey's layout in ``lang``, which the writer puts in
    and the reader of returns finds again: the names of the organisation,
    ties and lists sheets, and the answer "we don't know them".

    >>> layout_words("sv")["ties_sheet"], layout_words("en")["unknown"]
    ('Era relationer', "we don't know them")
    """
    with speaking(lang):
        # TRANSLATORS: collect finds a returned survey's sheets by these names
        # in its language, so a change leaves surveys sent out before unread
        return {"org_sheet": pgettext("survey sheet", "Your organisation"),
                "ties_sheet": pgettext("survey sheet", "Your ties"),
                "lists_sheet": pgettext("survey sheet", "Lists"),
                "unknown": pgettext("survey answer", "we don't know them")}


@lru_cache(maxsize=1)
def _answer_words() -> dict[str, str]:
    cb = default_codebook()
    found = {fold(w): "unknown" for lang in LANGUAGES
             for w in (layout_words(lang)["unknown"], "unknown")}
    for code in ("yes", "no"):
        for langs in cb.vocab["yes_no"][code].values():
            found.update({fold(w): code for w in langs})
        found[fold(code)] = code
    return found


def read_answer(text: Any) -> str | None:
    """The answer ``text`` stands for (:data:`ANSWERS`), in any of the
    languages, or ``None`` when it is empty or not an answer."""
    if text is None:
        return None
    return _answer_words().get(fold(text))


def language_code(text: Any) -> str | None:
    """The language a ``language`` cell names: a code (``it``) or a name in
    one of the languages (``Italiano``, ``Italian``); ``None`` otherwise."""
    key = fold(text)
    for lang in LANGUAGES:
        if key == lang or key in {fold(n) for n in language_names(lang)}:
            return lang
    return None


def new_row_key(number: int) -> str:
    """The key of the ``number``-th row for a missing organisation (from 1);
    a stakeholder id never holds ``:``, so the two never meet."""
    return f"new:{number}"


def is_new_row(key: str) -> bool:
    """``True`` for the key of a row for a missing organisation.

    >>> is_new_row(new_row_key(3)), is_new_row("doras")
    (True, False)
    """
    return key.startswith("new:")


def layout_digest(keys: Iterable[str]) -> str:
    """A digest of the row keys of a survey, in order (what the signature covers)."""
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Signature:
    """What a survey is: for which mapping, stakeholder and round, in which
    language, with which rows; ``mac`` seals the rest with the survey key.

    >>> s = Signature("m1", "doras", 1, "en", layout_digest(["a", "b"]))
    >>> s.sealed(b"secret").verify(b"secret"), s.sealed(b"secret").verify(b"other")
    (True, False)
    >>> Signature.from_rows(s.sealed(b"k").rows()) == s.sealed(b"k")
    True
    """

    mapping: str
    stakeholder: str
    round: int
    lang: str
    layout: str
    mac: str = ""

    def payload(self) -> bytes:
        """The signed text: every field but the seal, one per line."""
        return (f"{FORMAT}\nmapping={self.mapping}\nstakeholder={self.stakeholder}\n"
                f"round={self.round}\nlang={self.lang}\nlayout={self.layout}").encode()

    def sealed(self, key: bytes) -> Signature:
        """This signature sealed with ``key`` (HMAC-SHA256 of :meth:`payload`)."""
        return Signature(self.mapping, self.stakeholder, self.round, self.lang, self.layout,
                         sign(key, self.payload()))

    def verify(self, key: bytes) -> bool:
        """``True`` when the seal was made with ``key`` over these very fields."""
        return hmac.compare_digest(self.mac, sign(key, self.payload()))

    def rows(self) -> list[list[str]]:
        """The signature as the signature sheet holds it: (field, value) rows."""
        return [["format", FORMAT], ["mapping", self.mapping], ["stakeholder", self.stakeholder],
                ["round", str(self.round)], ["lang", self.lang], ["layout", self.layout],
                ["signature", self.mac]]

    @classmethod
    def from_rows(cls, rows: Iterable[Iterable[Any]]) -> Signature | None:
        """Read :meth:`rows` back; ``None`` when a field is missing or the
        format is not :data:`FORMAT`."""
        found: Mapping[str, str] = {str(r[0]): str(r[1]) for r in map(list, rows)
                                    if len(r) >= 2 and r[0] is not None and r[1] is not None}
        try:
            if found["format"] != FORMAT:
                return None
            number = float(found["round"])
            return cls(found["mapping"], found["stakeholder"], int(number), found["lang"],
                       found["layout"], found["signature"])
        except (KeyError, ValueError):
            return None


def sign(key: bytes, payload: bytes) -> str:
    """HMAC-SHA256 of ``payload`` under ``key``, in hex."""
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


#: the version of the survey key file
KEY_FORMAT = "stakegraph-survey-key/1"


@dataclass(frozen=True)
class SurveyKey:
    """The coordinator's secret for one survey round: the survey's random
    ``mapping`` id, its ``round``, the HMAC ``secret``, and the ``book`` it
    was made from (for messages).

    >>> key = SurveyKey.new("mapping.xlsx", 2)
    >>> SurveyKey.from_json(key.to_json()) == key, len(key.secret), key.round
    (True, 32, 2)
    >>> SurveyKey.from_json('{"format": "other"}') is None
    True
    """

    mapping: str
    round: int
    secret: bytes
    book: str = ""

    @classmethod
    def new(cls, book: str, round: int = 1) -> SurveyKey:
        """A fresh key: a random mapping id and a random 256-bit secret."""
        return cls(secrets.token_hex(8), round, secrets.token_bytes(32), book)

    def to_json(self) -> str:
        """The key file's text."""
        return json.dumps({"format": KEY_FORMAT, "mapping": self.mapping, "round": self.round,
                           "secret": self.secret.hex(), "book": self.book}, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> SurveyKey | None:
        """Read :meth:`to_json` back; ``None`` when it is not a survey key."""
        try:
            d = json.loads(text)
            if d.get("format") != KEY_FORMAT:
                return None
            return cls(str(d["mapping"]), int(d["round"]), bytes.fromhex(d["secret"]),
                       str(d.get("book", "")))
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
