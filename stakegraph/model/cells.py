"""The spreadsheet-cell convention that stakegraph's writers and readers share.

A cell we write whose text starts with one of :data:`FORMULA_PREFIXES` gets a
leading apostrophe, so that no spreadsheet program runs it as a formula; the
reader takes that one apostrophe off again, so a round trip loses nothing.

The start is looked for past any invisible or blank characters (a byte-order
mark, a zero-width space, a direction mark, NUL, a no-break space…): a
spreadsheet program may drop those and then run what follows (OWASP's advice
on CSV injection).

Examples
--------
>>> quote("=1+1"), unquote("'=1+1"), unquote("'tis"), unquote("'+39 0332 123456")
("'=1+1", '=1+1', "'tis", '+39 0332 123456')
>>> quote("\\ufeff=1+1"), unquote(quote("\\u200b @SUM(A1)"))
("'\\ufeff=1+1", '\\u200b @SUM(A1)')
>>> quote("Caritas - Varese")
'Caritas - Varese'
"""

from __future__ import annotations

import unicodedata

__all__ = ["FORMULA_PREFIXES", "formula_start", "quote", "unquote"]

#: a cell whose text starts with one of these may be read as a formula
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")

#: the Unicode categories a spreadsheet program may pass over before a formula:
#: format characters (U+FEFF, U+200B–U+200F, U+2060), spaces and line or
#: paragraph separators, and control characters other than the prefixes above
_PASSED_OVER = frozenset({"Cf", "Zs", "Zl", "Zp", "Cc", "Cs", "Co", "Cn"})


def formula_start(text: str) -> bool:
    """``True`` when ``text``, past any invisible or blank start, begins with
    one of :data:`FORMULA_PREFIXES`.

    >>> formula_start("\\x00\\u200e-5"), formula_start("\\u200b\\tA"), formula_start(" Doras")
    (True, True, False)
    """
    for char in text:
        if char in FORMULA_PREFIXES:
            return True
        if unicodedata.category(char) not in _PASSED_OVER:
            return False
    return False


def quote(text: str) -> str:
    """``text`` with a leading apostrophe when it could be read as a formula."""
    return "'" + text if formula_start(text) else text


def unquote(text: str) -> str:
    """``text`` without the apostrophe :func:`quote` added."""
    return text[1:] if text.startswith("'") and formula_start(text[1:]) else text
