"""Where a file's stakeholders and ties are, when its sheets do not say so
by name: lists of ties, lists of transfers, the sheet of unique
organisation names, and, when nothing fits, what the file looks like.

* A **list of ties** has two columns of names (``source``/``target``,
  ``from``/``to``, ``Organisation A``/``Organisation B`` …) and perhaps a
  weight, type, year or amount.
* A **list of transfers** names a payer, a recipient and an amount, in any of
  the languages (``Fördergeber``/``Empfänger``/``Betrag``,
  ``concedente``/``beneficiario``/``importe`` …); each row is a directed
  funding tie.
* A sheet whose name column repeats names, beside a partners column
  ("Organisation", "Partner"), is a list of ties written one partner a row.
* A sheet of two columns of names and no header (an edge list exported
  from another tool) is a list of ties; a third column of numbers is the
  weight.
* A file with ties but no list of stakeholders gets its stakeholders from
  the names in its ties, their sector unknown.

Examples
--------
>>> from stakegraph.codebook import default_codebook
>>> cb = default_codebook()
>>> list_kind([["Fördergeber", "Empfänger", "Betrag"], ["Stadt", "Verein", 100]], cb)
'transfers'
>>> list_kind([["Organisation A", "Organisation B", "weight"], ["Doras", "Garda", 2]], cb)
'ties'
>>> list_kind([["Name", "Sector"], ["Doras", "NGO"]], cb) is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from stakegraph.codebook import Codebook, default_codebook, fold, fold_name
from stakegraph.io.cells import cell_number, cell_text, split_list
from stakegraph.io.columns import ColumnMap
from stakegraph.io.headers import SEARCH_ROWS, Header, find_header
from stakegraph.io.personal import SAMPLE
from stakegraph.io.vocabularies import header_fields
from stakegraph.model.personal import PERSONAL_SHARE, personal_reason

__all__ = [
    "NameColumn",
    "headerless_ties",
    "list_kind",
    "list_overrides",
    "name_column",
    "partner_pairs",
    "people_overrides",
    "tie_names",
]

#: of a column's texts, how many must differ for it to hold names
_UNIQUE_SHARE = 0.9
#: how many names a column needs to look like a list of stakeholders
_FEWEST_NAMES = 3
#: a web address, which names no organisation however different each is
_WEB = re.compile(r"^\s*(?:https?://|www\.)", re.IGNORECASE)
#: of a name column's texts, at most this share may differ for it to list ties
_REPEATED_SHARE = 0.8
#: what separates several partners in one cell (a comma may be part of a name)
PARTNER_SEPARATORS = ";|\n"


def list_overrides(kind: str, layout_overrides: dict[str, str] | None = None,
                   columns: ColumnMap | None = None) -> dict[str, str]:
    """The header words of a relationships sheet of ``kind`` (``"ties"`` or
    ``"transfers"``): the layout's, then the list's, then the user's mapping."""
    words = {**header_fields("ties"), **(header_fields("transfers") if kind == "transfers" else {})}
    return {**words, **(layout_overrides or {}), **(columns.fields("relationships") if columns else {})}


def people_overrides(layout_overrides: dict[str, str] | None = None,
                     columns: ColumnMap | None = None) -> dict[str, str]:
    """The header words of a list of stakeholders: node tables' ``Label``,
    then the layout's, then the user's mapping."""
    return {**header_fields("stakeholders"), **(layout_overrides or {}),
            **(columns.fields("stakeholders") if columns else {})}


def list_kind(rows: list[list[Any]], codebook: Codebook, columns: ColumnMap | None = None) -> str | None:
    """``"transfers"`` or ``"ties"`` when the sheet's header names two
    endpoints of a tie, else ``None``. A sheet whose header names a
    stakeholder and a sector is a list of stakeholders, not of ties."""
    people = find_header(rows, "stakeholders", codebook, people_overrides(columns=columns))
    if people is not None and "sector" in people.fields:
        return None
    for kind in ("transfers", "ties"):
        header = find_header(rows, "relationships", codebook, list_overrides(kind, columns=columns))
        if header is None:
            continue
        if kind == "ties" or fold(header.label("source")) in header_fields("transfers") \
                or fold(header.label("target")) in header_fields("transfers"):
            return kind
    return None


def partner_pairs(rows: list[list[Any]], codebook: Codebook,
                  columns: ColumnMap | None = None) -> dict[str, str] | None:
    """The header words that read a sheet of "Organisation | Partner" rows as
    a list of ties (the name column as source, the partners column as
    target), or ``None`` when the sheet is a list of stakeholders: its names
    do not repeat, or it states a sector.

    >>> from stakegraph.codebook import default_codebook
    >>> rows = [["Organisation", "Partner"], ["Doras", "Garda"], ["Doras", "HSE"], ["Garda", "HSE"]]
    >>> partner_pairs(rows, default_codebook())
    {'organisation': 'source', 'partner': 'target'}
    """
    header = find_header(rows, "stakeholders", codebook, people_overrides(columns=columns))
    if header is None or "partners" not in header.fields or "sector" in header.fields:
        return None
    names = [t for _, row in header.data_rows(rows) if (t := cell_text(row[header.fields["name"]]))]
    if len(names) < _FEWEST_NAMES or len({fold_name(t) for t in names}) > _REPEATED_SHARE * len(names):
        return None
    return {fold(header.label("name")): "source", fold(header.label("partners")): "target"}


def headerless_ties(rows: list[list[Any]]) -> Header | None:
    """A header for a sheet of name pairs written without one, or ``None``:
    every filled row holds two texts with letters (and perhaps a number),
    and some name is in both columns, as in any list of ties.

    >>> h = headerless_ties([["Doras", "Garda", 2], ["Doras", "HSE", 1], ["HSE", "Garda", 5]])
    >>> h.row, h.fields
    (-1, {'source': 0, 'target': 1, 'weight': 2})
    >>> headerless_ties([["Doras", "Limerick"], ["Garda", "Ennis"], ["HSE", "Limerick"]]) is None
    True
    """
    filled = [[v for v in row] for row in rows if any(cell_text(v) for v in row)]
    if len(filled) < _FEWEST_NAMES or any(len(row) > 3 for row in filled):
        return None
    pairs = [(cell_text(row[0]), cell_text(row[1]) if len(row) > 1 else None) for row in filled]
    if not all(a and b and any(c.isalpha() for c in a) and any(c.isalpha() for c in b) for a, b in pairs):
        return None
    if not {fold_name(a) for a, _ in pairs} & {fold_name(b) for _, b in pairs}:
        return None  # a name and its town, say: no organisation on both sides
    weighted = all(len(row) > 2 and cell_number(row[2]) is not None for row in filled)
    return Header(row=-1, fields={"source": 0, "target": 1, **({"weight": 2} if weighted else {})})


def tie_names(rows: list[list[Any]], header: Header, separators: str = "") -> list[tuple[str, int]]:
    """The distinct names in a list of ties, each with the Excel row where it
    first appears, in order of appearance (sources and targets alike); a
    target cell may name several, split on ``separators``."""
    seen: dict[str, tuple[str, int]] = {}
    for excel_row, row in header.data_rows(rows):
        for field in ("source", "target"):
            value = row[header.fields[field]]
            texts = split_list(value, separators) if separators and field == "target" else [cell_text(value)]
            for text in texts:
                if text is not None:
                    seen.setdefault(fold_name(text), (" ".join(text.split()), excel_row))
    return list(seen.values())


class NameColumn:
    """A column that holds organisation names: its sheet, header row (0-based),
    header as written and how many different names it holds."""

    def __init__(self, sheet: str, row: int, header: str, names: int) -> None:
        self.sheet, self.row, self.header, self.names = sheet, row, header, names

    def __repr__(self) -> str:
        return f"NameColumn({self.sheet!r}, {self.row}, {self.header!r}, {self.names})"


def name_column(sheet: str, rows: list[list[Any]], codebook: Codebook | None = None) -> NameColumn | None:
    """The column of ``rows`` most like a list of organisation names: under
    a header row, texts with letters, nearly all different. ``None`` when no
    column has at least three such names.

    A column that names people is never offered: a first name or a surname
    by its header, e-mail addresses or phone numbers by its content; nor is
    one of web addresses. When a column names people, the rows are people
    (a participant list, a register of contacts), so an organisation may
    repeat: the column with the most different names is offered, repeats
    or not, and the word "Name" beside a first name is a surname.

    >>> rows = [["Register of partners"], ["Nr", "Name of organisation", "Town"],
    ...         [1, "Doras", "Limerick"], [2, "Garda", "Limerick"], [3, "Caritas", "Ennis"]]
    >>> name_column("Sheet1", rows)
    NameColumn('Sheet1', 1, 'Name of organisation', 3)
    >>> people = [["Voornaam", "Naam", "Affiliatie", "E-mail"], ["An", "Peeters", "Stad Gent", "an@x.example"],
    ...           ["Bo", "Claes", "Stad Gent", "bo@x.example"], ["Cas", "Maes", "VDAB", "cas@x.example"],
    ...           ["Dries", "Aerts", "Rode Kruis", "dries@x.example"]]
    >>> name_column("Sheet1", people)
    NameColumn('Sheet1', 0, 'Affiliatie', 3)
    """
    codebook = codebook or default_codebook()
    best: NameColumn | None = None
    for r, row in enumerate(rows[:SEARCH_ROWS]):
        headers = [(c, cell_text(v)) for c, v in enumerate(row)]
        if sum(1 for _, h in headers if h) < 2:
            continue
        people = any(h and codebook.person_word(h) for _, h in headers)
        for c, header in headers:
            if header is None or codebook.person_word(header) or (people and codebook.is_generic_name(header)):
                continue
            texts = [t for t in (cell_text(x[c]) if c < len(x) else None for x in rows[r + 1:])
                     if t and sum(ch.isalpha() for ch in t) >= 2]
            if not texts or _not_names(texts):
                continue
            distinct = Counter(fold_name(t) for t in texts)
            if len(distinct) >= _FEWEST_NAMES and (people or len(distinct) >= _UNIQUE_SHARE * len(texts)) and (
                    best is None or len(distinct) > best.names):
                best = NameColumn(sheet, r, " ".join(header.split()), len(distinct))
        if best is not None:
            return best  # the first row with headers over a column of names is the header
    return best


def _not_names(texts: list[str]) -> bool:
    """Whether most of ``texts`` are e-mail addresses, phone numbers or web addresses."""
    sample = texts[:SAMPLE]
    if personal_reason(sample) is not None:
        return True
    return sum(1 for t in sample if _WEB.match(t)) > PERSONAL_SHARE * len(sample)
