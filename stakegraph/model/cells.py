"""The spreadsheet-cell convention that stakegraph's writers and readers share.

A cell we write whose text starts with one of :data:`FORMULA_PREFIXES` gets a
leading apostrophe, so that no spreadsheet program runs it as a formula; the
reader takes that one apostrophe off again, so a round trip loses nothing.

Examples
--------
>>> quote("=1+1"), unquote("'=1+1"), unquote("'tis"), unquote("'+39 0332 123456")
("'=1+1", '=1+1', "'tis", '+39 0332 123456')
"""

from __future__ import annotations

__all__ = ["FORMULA_PREFIXES", "quote", "unquote"]

#: a cell whose text starts with one of these may be read as a formula
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def quote(text: str) -> str:
    """``text`` with a leading apostrophe when it could be read as a formula."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def unquote(text: str) -> str:
    """``text`` without the apostrophe :func:`quote` added."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_PREFIXES) else text
