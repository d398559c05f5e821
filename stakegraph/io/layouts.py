"""Which sheet is which: stakegraph's own layout (in nine languages), and
the layouts of the tools regions move from, Kumu and Onodo.

* Kumu: ``Elements`` (``Label``, optional ``ID``, ``Type``, ``Description``,
  ``Tags``, custom fields) and ``Connections`` (``From``, ``To``, ``Type``,
  ``Direction``, ``Strength``, custom fields; several ``To`` names separated
  by ``|``). A sheet whose name ends in ``(ignore)`` is skipped, as Kumu does.
* Onodo: ``Nodes`` (``Name``, ``Type``, ``Description``, ``Visible``, custom
  columns) and ``Relations`` (``Source``, ``Type``, ``Target``, ``Directed``
  1/0/blank).

A sheet named like a list of stakeholders or of ties counts in any of the
languages, whole ("Aktörer") or as words of a longer name ("Stakeholders
list", "Lista de actores", "Mappatura degli stakeholder").

In both, a ``Type`` that is a sector word ("Public", "NGO") is read as the
sector when there is no sector column; custom fields named like stakegraph's
columns (``Sector``, ``Themes``, ``Level`` …) are read as those columns.

Examples
--------
>>> from stakegraph.codebook import default_codebook
>>> detect_layout(["Elements", "Connections", "Notes (ignore)"], default_codebook())
('kumu', {'Elements': 'stakeholders', 'Connections': 'relationships'})
>>> detect_layout(["Nodes", "Relations"], default_codebook())[0]
'onodo'
>>> detect_layout(["Stakeholder register", "Actor relations"], default_codebook())[1]
{'Stakeholder register': 'stakeholders', 'Actor relations': 'relationships'}
"""

from __future__ import annotations

import re

from stakegraph.codebook import LANGUAGES, Codebook, fold

__all__ = ["OVERRIDES", "TARGET_SEPARATORS", "detect_layout", "foreign_layout", "is_ignored", "sheet_kind"]

#: the kinds a sheet name may name among other words, the first found winning
#: ("Stakeholder relationships" is a list of ties)
_WORDED_KINDS = ("relationships", "stakeholders")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

_FOREIGN_SHEETS = {
    "kumu": {"elements": "stakeholders", "connections": "relationships"},
    "onodo": {"nodes": "stakeholders", "relations": "relationships"},
}

#: header words of foreign layouts, read before the codebook is asked
OVERRIDES: dict[str, dict[str, dict[str, str]]] = {
    "kumu": {
        "stakeholders": {"label": "name", "type": "type"},
        "relationships": {"from": "source", "to": "target", "type": "type",
                          "direction": "directed", "strength": "weight"},
    },
    "onodo": {
        "stakeholders": {"name": "name", "type": "type"},
        "relationships": {"source": "source", "target": "target", "type": "type",
                          "directed": "directed"},
    },
    "stakegraph": {},
}

#: how a layout separates several targets in one tie row
TARGET_SEPARATORS = {"kumu": "|", "onodo": "", "stakegraph": ""}


def is_ignored(sheet: str) -> bool:
    """True for a sheet Kumu and stakegraph skip: its name ends in ``(ignore)``."""
    return fold(sheet).endswith("ignore") and sheet.rstrip().endswith(")")


def foreign_layout(sheet: str) -> str | None:
    """The tool whose layout names a sheet ``sheet`` (``"Kumu"``, ``"Onodo"``), if any.

    >>> foreign_layout(" elements "), foreign_layout("Partners")
    ('Kumu', None)
    """
    key = fold(sheet)
    return next((layout.capitalize() for layout, kinds in _FOREIGN_SHEETS.items() if key in kinds), None)


def detect_layout(sheets: list[str], codebook: Codebook) -> tuple[str, dict[str, str]]:
    """The layout of a workbook with these sheet names, and the kind of each
    sheet it reads (``stakeholders``, ``relationships``, ``memberships``,
    ``lists``, ``instructions``); sheets of no known kind are left out."""
    names = [s for s in sheets if not is_ignored(s)]
    folded = {fold(s): s for s in names}
    for layout, kinds in _FOREIGN_SHEETS.items():
        if all(key in folded for key in kinds) and not any(
            codebook.sheet_kind(s) == "stakeholders" for s in names
        ):
            return layout, {folded[key]: kind for key, kind in kinds.items()}
    kinds = {}
    for s in names:
        kind = sheet_kind(s, codebook)
        if kind is not None:
            kinds[s] = kind
    return "stakegraph", kinds


def _words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, each without a plural ``s``."""
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") else w
                 for w in (fold(m) for m in _WORD.findall(text)) if w)


def sheet_kind(name: str, codebook: Codebook) -> str | None:
    """The kind of sheet ``name`` stands for: the codebook's word for it, or
    a stakeholder or tie word among the words of the name.

    >>> from stakegraph.codebook import default_codebook
    >>> cb = default_codebook()
    >>> [sheet_kind(n, cb) for n in ("Stakeholders list", "Mappatura degli stakeholder",
    ...                              "Lista de actores", "Φορείς", "Stakeholder ties", "Budget")]
    ['stakeholders', 'stakeholders', 'stakeholders', 'stakeholders', 'relationships', None]
    """
    kind = codebook.sheet_kind(name)
    if kind is not None:
        return kind
    words = _words(name)
    for kind in _WORDED_KINDS:
        for lang in LANGUAGES:
            for term in codebook.sheets[kind].get(lang, ()):
                wanted = _words(term)
                if wanted and any(words[i:i + len(wanted)] == wanted for i in range(len(words))):
                    return kind
    return None
