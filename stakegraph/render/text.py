"""Plain-text tables for the terminal.

Examples
--------
>>> print(format_table([["Caritas", 12], ["City Council", 3]], ["name", "degree"]))
name          degree
------------  ------
Caritas           12
City Council       3
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from stakegraph.i18n import SOURCE, babel_locale, clauses, current_language, gettext, ngettext
from stakegraph.model.rounding import shown

__all__ = ["format_cell", "format_table", "localised", "name_list", "percent"]


def localised(text: str) -> str:
    """A number Python wrote (``f"{x:,.2f}"``: point for decimals, comma
    between thousands) with the current language's separators instead.

    >>> from stakegraph.i18n import speaking
    >>> with speaking("es"):
    ...     localised("1,234.5"), localised("+0.25")
    ('1.234,5', '+0,25')
    >>> localised("1,234.5")
    '1,234.5'
    """
    lang = current_language()
    if lang == SOURCE:
        return text
    from babel.numbers import get_decimal_symbol, get_group_symbol

    swap = {",": get_group_symbol(lang), ".": get_decimal_symbol(lang)}
    return "".join(swap.get(c, c) for c in text)


def percent(share: float) -> str:
    """``share`` as a whole percentage, written as the current language writes it.

    >>> from stakegraph.i18n import speaking
    >>> with speaking("sv"):
    ...     sv = percent(0.666)
    >>> percent(0.666), sv
    ('67%', '67\xa0%')
    """
    lang = current_language()
    if lang == SOURCE:
        return f"{share:.0%}"
    from babel.numbers import format_percent

    return str(format_percent(share, locale=babel_locale(lang)))


def name_list(names: Sequence[str], shown: int = 5) -> str:
    """Names joined for a sentence, the rest counted; joined as clauses
    (:func:`~stakegraph.i18n.clauses`: semicolons in English) when a name
    holds a comma, so that every name stays whole.

    Examples
    --------
    >>> name_list(["Doras", "Caritas", "Dell"], shown=2)
    'Doras, Caritas and 1 more'
    >>> name_list(["Doras", "Global Migration Organisation, Ireland Office"])
    'Doras; Global Migration Organisation, Ireland Office'
    """
    head = list(names[:shown])
    joined = clauses(head) if any("," in n for n in head) else ", ".join(head)
    if len(names) <= shown:
        return joined
    return ngettext("{names} and {n} more", "{names} and {n} more", len(names) - shown).format(
        names=joined, n=len(names) - shown)


def format_cell(value: Any, digits: int = 3) -> str:
    """A cell as text: floats rounded to ``digits``, ``None`` as an empty cell,
    lists joined with ``", "``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, float):
        # the digits a rank compares (stakegraph.model.rounding), so equal printed values share a rank
        return localised(f"{shown(value, digits):.{digits}f}".rstrip("0").rstrip(".")) if value == value else ""
    if isinstance(value, (list, tuple, set)):
        return ", ".join(format_cell(v, digits) for v in value)
    return str(value)


def format_table(rows: Sequence[Sequence[Any]], headers: Sequence[str], digits: int = 3) -> str:
    """Rows under headers, columns aligned; numbers right-aligned."""
    cells = [[format_cell(v, digits) for v in row] for row in rows]
    numeric = [
        all(isinstance(row[i], (int, float)) and not isinstance(row[i], bool)
            for row in rows if row[i] is not None) and any(row[i] is not None for row in rows)
        for i in range(len(headers))
    ]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)]
        return "  ".join(parts).rstrip()

    out = [line(list(headers)), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    return "\n".join(out)
