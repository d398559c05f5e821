"""Reading single cells: text, lists, ratings, weights, yes/no.

The apostrophe stakegraph's writers put before text that could pass for a
formula (``'=1+1``) is taken off again.

Spreadsheet engines hand back floats for whole numbers, ``None`` for empty
cells and strings with stray spaces; these helpers turn cells into the
values stakegraph stores.

Examples
--------
>>> cell_text("  Caritas  ")
'Caritas'
>>> cell_text(3.0)
'3'
>>> cell_text("   ") is None
True
>>> cell_text("'+39 0332 123456")
'+39 0332 123456'
>>> split_list("employment; health,\\nhousing | language")
['employment', 'health', 'housing', 'language']
>>> split_list("Comune di Varese, Servizi sociali; Caritas", separators=";")
['Comune di Varese, Servizi sociali', 'Caritas']
>>> cell_number("4")
4.0
>>> cell_number("four") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from stakegraph.model.cells import unquote

__all__ = [
    "NOT_CALCULATED",
    "blank_row", "cell_number", "cell_text", "is_blank", "is_placeholder", "is_spreadsheet_error",
    "split_list",
]

#: what a spreadsheet shows in a cell whose formula failed; a CSV saved from
#: it holds these words as text (xlsx engines hand such cells over as empty)
SPREADSHEET_ERRORS = frozenset({
    "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!",
    "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#BUSY!", "#CONNECT!", "#UNKNOWN!",
    "#ERROR!",  # Google Sheets
})
#: LibreOffice shows most failed formulas as Err:502, Err:504 ...
_LIBREOFFICE_ERROR = re.compile(r"Err:[0-9]{3}")

_SPLITTERS: dict[str, re.Pattern[str]] = {}


def cell_text(value: Any) -> str | None:
    """A cell as trimmed text, or ``None`` when empty. Whole floats lose ``.0``;
    dates become ISO dates."""
    if value is None:
        return None
    if type(value) is str:  # the common case first: most cells are text
        text = value.strip()
        if text.startswith("'"):
            text = unquote(text).strip()
        return text or None
    if isinstance(value, bool):  # as the spreadsheet shows it; yes/no columns read it as yes/no
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    text = unquote(str(value)).strip()
    return text or None


class _NotCalculated:
    """A formula cell whose result was never saved: it reads as empty text,
    but its row is not blank, so the row is counted and accounted for."""

    def __str__(self) -> str:
        return ""

    def __repr__(self) -> str:
        return "NOT_CALCULATED"


#: what a reader finds in a formula cell whose result was never saved
NOT_CALCULATED = _NotCalculated()


def is_spreadsheet_error(text: str | None) -> bool:
    """True for the error a spreadsheet shows when a formula fails.

    >>> is_spreadsheet_error("#N/A"), is_spreadsheet_error("Err:502"), is_spreadsheet_error("#1 Club")
    (True, True, False)
    """
    if text is None:
        return False
    return (text.startswith("#") and text.upper() in SPREADSHEET_ERRORS) or bool(
        _LIBREOFFICE_ERROR.fullmatch(text))


def is_placeholder(text: str) -> bool:
    """True for text with no letter or digit, such as ``-``, ``?`` or ``...``:
    what people write in a cell to say "none" or "not known".

    >>> is_placeholder("-"), is_placeholder("..."), is_placeholder("A&B")
    (True, True, False)
    """
    return not any(ch.isalnum() for ch in text)


def is_blank(value: Any) -> bool:
    """True for an empty cell or one holding only spaces."""
    return cell_text(value) is None


def blank_row(row: list[Any]) -> bool:
    """True when every cell of ``row`` is empty or only spaces.

    >>> blank_row([None, "  ", ""]), blank_row([None, 0])
    (True, False)
    """
    for v in row:
        if v is not None and (not isinstance(v, str) or v.strip()):
            return False
    return True


def split_list(value: Any, separators: str = ";,|\n") -> list[str]:
    """Split a multi-value cell on any of ``separators`` (new lines always count),
    trimming items and dropping empty ones; order kept, repeats dropped."""
    text = cell_text(value)
    if text is None:
        return []
    pattern = _SPLITTERS.get(separators)
    if pattern is None:
        chars = set(separators) | {"\n", "\r"}
        pattern = re.compile("[" + re.escape("".join(sorted(chars))) + "]")
        _SPLITTERS[separators] = pattern
    items: dict[str, None] = {}
    for part in pattern.split(text):
        part = part.strip()
        if part:
            items.setdefault(part, None)
    return list(items)


def cell_number(value: Any) -> float | None:
    """A cell as a number, or ``None`` when it is not one (``"3,5"`` reads as 3.5)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = cell_text(value)
    if text is None:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None
