"""Personal data: what an e-mail address and a phone number look like, and
which attributes of a graph hold personal data.

A column is personal when its header names a contact (read in
:mod:`stakegraph.io.personal`) or when its values mostly look like e-mail
addresses or phone numbers, whatever its header. The import records every
personal column in ``G.graph["personal_columns"]`` as ``{attribute:
reason}``; every renderer asks :func:`personal_attributes` which node
attributes to leave off a screen.

A phone number must *look* like one, not merely hold digits: a leading
``+`` (or ``00``), or separators between 8 to 15 digits. Years, amounts,
dates, postcodes and ids are not phone numbers.

Examples
--------
>>> looks_like_email("Maria Rossi <m.rossi@caritas-example.it>")
True
>>> [looks_like_phone(v) for v in ("+39 02 1234 5678", "030-1234567", "(0)20 7946 0958")]
[True, True, True]
>>> [looks_like_phone(v) for v in (2019, "2019-2020", "1.234.567", "00184", "2021-03-15", 390212345678)]
[False, False, False, False, False, False]
>>> personal_reason(["info@doras.example", "", "+353 61 310 328"])
'holds e-mail addresses or phone numbers'
>>> personal_reason(["Limerick", "Ennis"]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from stakegraph.i18n import N_
from stakegraph.model.records import PERSONAL_FIELDS

__all__ = [
    "CONTACT_COLUMN",
    "PERSONAL_SHARE",
    "looks_like_email",
    "looks_like_phone",
    "looks_personal",
    "personal_attributes",
    "personal_reason",
]

#: why the contact, email and phone fields are personal
CONTACT_COLUMN = "contact column"
#: a column is personal when more than this share of its filled cells look personal
PERSONAL_SHARE = 0.5

# an address starts where a run of address characters starts, and each part
# is as long as the standard allows: a long run with no '@' in it (a blob of
# text in a cell, a script in a page) is then passed over once, not once per
# character, which took seconds for a cell of 20,000 letters
_EMAIL = re.compile(r"(?<![\w.+\-'])[\w.+\-']{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.[^\W\d_]{2,24}",
                    re.UNICODE)
_PHONE_CHARS = re.compile(r"\+?[\d\s().\-/]+(?:\s*(?:ext|ext\.|x|int\.?|interno)\s*\d{1,5})?", re.IGNORECASE)
_INTERNATIONAL = re.compile(r"^(?:\+|00)\s*[1-9]")
# things made of digits and separators that are not phone numbers
_NOT_PHONE = (
    re.compile(r"^\d{4}\s*[-–/]\s*\d{2,4}$"),                    # 2019-2020, 2019/20
    re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$"),               # 2021-03-15
    re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$"),             # 15/03/2021
    re.compile(r"^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$"),       # 1.234.567 or 1,234,567.00
    re.compile(r"^\d+[.,]\d{1,2}$"),                              # 12345678.50
    re.compile(r"^\d{6}-\d{4}$"),                                 # 802012-3456, a Swedish organisation number
    re.compile(r"^\d{2,3}/\d{3,4}/\d{4,5}$"),                     # 12/345/67890, a German tax number
)
#: "Tel.", "Mobile:", "Fax" before a number, and "(office)" beside it, are not part of it
_LABEL = re.compile(r"^\s*(?:tel|phone|tlf|tfno|mob|cell|fax|τηλ)\w*\.?:?\s*", re.IGNORECASE)
_WORDED = re.compile(r"\([^)]*[^\W\d_][^)]*\)")
_SPLIT = re.compile(r"[;,\n]|\s/\s")


def looks_like_email(value: Any) -> bool:
    """True when the text of ``value`` holds an e-mail address.

    >>> looks_like_email("mailto:info@example.org"), looks_like_email("www.example.org")
    (True, False)
    """
    return isinstance(value, str) and "@" in value and _EMAIL.search(value) is not None


def _one_phone(text: str) -> bool:
    text = text.strip()
    if not _PHONE_CHARS.fullmatch(text):
        return False
    digits = sum(c.isdigit() for c in text)
    if not 8 <= digits <= 15:
        return False
    if _INTERNATIONAL.match(text):
        return True
    if any(p.match(text) for p in _NOT_PHONE):
        return False
    # a run of bare digits is an id or an amount; a phone is written in groups
    return any(not c.isdigit() for c in text)


def looks_like_phone(value: Any) -> bool:
    """True when ``value`` is text written like one or more phone numbers.

    A number stored as a number is never a phone (it is an amount, a year or
    an id); ``"0039 06 1234567; 06 7654321"`` is two phones.

    >>> looks_like_phone("Tel. +30 210 123 4567"), looks_like_phone("+39 02 1234 5678 (ufficio)")
    (True, True)
    >>> looks_like_phone("12345678")
    False
    """
    if not isinstance(value, str):
        return False
    text = _WORDED.sub(" ", _LABEL.sub("", value))
    parts = [p for p in _SPLIT.split(text) if p.strip()]
    return bool(parts) and all(_one_phone(p) for p in parts)


def looks_personal(value: Any) -> bool:
    """True when ``value`` looks like an e-mail address or a phone number."""
    return looks_like_email(value) or looks_like_phone(value)


def personal_reason(values: Iterable[Any]) -> str | None:
    """Why a column of ``values`` is personal by content, or ``None``:
    more than :data:`PERSONAL_SHARE` of its filled cells look like e-mail
    addresses or phone numbers.

    >>> personal_reason(["a@b.org", "c@d.org", "n/a"])
    'holds e-mail addresses'
    >>> personal_reason(["+353 61 310 328", "2019"])
    """
    filled = emails = phones = 0
    for value in values:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        filled += 1
        if looks_like_email(value):
            emails += 1
        elif looks_like_phone(value):
            phones += 1
    if not filled or emails + phones <= PERSONAL_SHARE * filled:
        return None
    # said in the reader's language where they are shown (a problem's detail)
    if emails and phones:
        return N_("holds e-mail addresses or phone numbers")
    return N_("holds e-mail addresses") if emails else N_("holds phone numbers")


def personal_attributes(G: nx.Graph | Mapping[str, Any]) -> dict[str, str]:
    """The node attributes of ``G`` that hold personal data, with why:
    the contact, email and phone fields, and every column the import
    recorded in ``G.graph["personal_columns"]``.

    >>> G = nx.MultiDiGraph(personal_columns={"Reach us at": "holds e-mail addresses"})
    >>> personal_attributes(G)["Reach us at"], personal_attributes(G)["email"]
    ('holds e-mail addresses', 'contact column')
    """
    graph = G.graph if isinstance(G, nx.Graph) else G
    found = dict.fromkeys(PERSONAL_FIELDS, CONTACT_COLUMN)
    found.update(graph.get("personal_columns") or {})
    return found
