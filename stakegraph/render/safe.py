"""Making user strings safe where they are written: HTML, spreadsheet cells and XML.

Every user string that reaches HTML goes through :func:`html_text`; every cell
written to a spreadsheet or CSV goes through :func:`neutralise_cell`, so that a
name such as ``=HYPERLINK(...)`` is shown as text and never run as a formula
(even behind an invisible first character); every string written into XML
(xlsx, GraphML, GEXF) goes through :func:`storable_text`, so that the file
stays well-formed whatever a name holds.

Examples
--------
>>> html_text('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
>>> neutralise_cell("=1+1")
"'=1+1"
>>> neutralise_cell("-5")
"'-5"
>>> neutralise_cell(-5)
-5
>>> neutralise_cell("Caritas")
'Caritas'
>>> xlsx_cell(chr(1) + "=1+1")
"'=1+1"
>>> neutralise_cell("\ufeff@SUM(A1)")
"'\ufeff@SUM(A1)"
"""

from __future__ import annotations

import html
import re
from typing import Any

from stakegraph.model.cells import FORMULA_PREFIXES, quote

__all__ = ["FORMULA_PREFIXES", "html_text", "neutralise_cell", "neutralise_row", "storable_text", "xlsx_cell"]

#: the characters XML 1.0, hence xlsx, GraphML and GEXF, cannot hold: control
#: characters other than tab and line breaks (a CSV input may have them),
#: surrogates (which cannot even be encoded) and the noncharacters U+FFFE, U+FFFF
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def html_text(value: Any) -> str:
    """``value`` as text, escaped for HTML content and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def neutralise_cell(value: Any) -> Any:
    """A cell value safe to write to a spreadsheet or CSV.

    Text starting with ``= + - @`` (or a tab or line break), past any
    invisible or blank characters, gets a leading apostrophe, which
    spreadsheet programs show as text (see :func:`stakegraph.model.cells.quote`).
    Numbers, booleans, dates and ``None`` pass unchanged.
    """
    return quote(value) if isinstance(value, str) else value


def neutralise_row(values: list[Any]) -> list[Any]:
    """:func:`neutralise_cell` applied to every cell of a row."""
    return [neutralise_cell(v) for v in values]


def xlsx_cell(value: Any) -> Any:
    """A cell value an xlsx workbook can hold and shows as text: the control
    characters xlsx cannot store are left out first, then :func:`neutralise_cell`
    (so that ``"\\x01=1+1"`` cannot turn into a formula once cleaned)."""
    return neutralise_cell(storable_text(value) if isinstance(value, str) else value)


def storable_text(text: str) -> str:
    """``text`` without the characters an XML 1.0 file (xlsx, GraphML, GEXF)
    cannot hold: control characters, surrogates, U+FFFE and U+FFFF; tabs and
    line breaks stay.

    Examples
    --------
    >>> storable_text("Caritas" + chr(1) + " Varese")
    'Caritas Varese'
    >>> storable_text("Doras" + chr(0xFFFF) + chr(0xFFFE) + chr(0xD800))
    'Doras'
    """
    return _NOT_IN_XML.sub("", text)
