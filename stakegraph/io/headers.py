"""Finding a sheet's header row and what each column means.

A header need not be row 1: title rows above it, and any number of blank
rows, are skipped; the first :data:`SEARCH_ROWS` rows that hold anything
are searched. The header row is the first row that names every required
column of the sheet's kind, unless a later one names more known columns with
no data between them (a title such as "Name" above the real header). When
the row right under it names some of the same columns again, in the same
places (local labels under a row of codes, say), the two rows are one header.
A later row that names the columns again never becomes the header, which
would lose the rows above it: a copy of the header pasted again is left out,
and any other header-like row (an organisation called "Organisation" in the
sector "Sector") is read as data; both are noted in :attr:`Header.notes`. A hint in
brackets or on a second line of a header cell (``Influence (1-5)``) is not
part of the column's name. Columns stakegraph does not know are kept, under their header as
written, and become node attributes.

Examples
--------
>>> from stakegraph.codebook import default_codebook
>>> rows = [["Mapping of Limerick, 2026"], [], ["Name", "Sector", "Website"], ["Doras", "NGO", "x"]]
>>> h = find_header(rows, "stakeholders", default_codebook())
>>> h.row, h.fields, h.extras
(2, {'name': 0, 'sector': 1}, {'Website': 2})
>>> h.excel_row(3)
4
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from stakegraph.codebook import Codebook, fold
from stakegraph.io.cells import blank_row, cell_text

__all__ = ["REQUIRED", "Header", "find_header", "names_people_beside", "note_header_like_rows"]

#: the columns a sheet of each kind cannot do without
REQUIRED: dict[str, tuple[str, ...]] = {
    "stakeholders": ("name",),
    "relationships": ("source", "target"),
    "memberships": ("iwg", "stakeholder"),
    "lists": ("list", "value"),
}

#: how many rows that hold anything (blank rows are not counted) may come before the header
SEARCH_ROWS = 100
#: a hint after the name of a column: "(1-5)", "[yes/no]", or a second line
_HINT = re.compile(r"\s*(?:\([^)]*\)|\[[^\]]*\])\s*|\s*[\r\n].*", re.DOTALL)


@dataclass
class Header:
    """Where a sheet's header is (0-based ``row``), and its columns.

    ``fields`` maps known fields to column indexes, ``extras`` unknown headers
    (as written) to column indexes, ``labels`` each known field to its header
    as written, and ``near`` unknown headers to the field they resemble.
    ``skipped`` holds the 0-based rows under the header that repeat it, and
    ``notes`` the header-like rows found under it, as (problem code, Excel
    row, value, detail), for the reader to report.
    """

    row: int
    fields: dict[str, int]
    extras: dict[str, int] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    near: dict[str, str] = field(default_factory=dict)
    skipped: set[int] = field(default_factory=set)
    notes: list[tuple[str, int, Any, Any]] = field(default_factory=list)

    @staticmethod
    def excel_row(index: int) -> int:
        """The Excel row number of the 0-based row ``index``."""
        return index + 1

    def data_rows(self, rows: list[list[Any]]) -> Iterator[tuple[int, list[Any]]]:
        """The rows under the header that hold anything, as (Excel row number,
        row padded to every column of the header). Blank rows are skipped:
        they are not data, and are not counted; nor are the rows in
        :attr:`skipped` (the header pasted again).

        >>> h = Header(row=0, fields={"name": 0, "sector": 2})
        >>> list(h.data_rows([["name", None, "sector"], ["Doras"], [], ["  "], ["Garda", 1]]))
        [(2, ['Doras', None, None]), (5, ['Garda', 1, None])]
        """
        width = max([*self.fields.values(), *self.extras.values(), 0]) + 1
        for index in range(self.row + 1, len(rows)):
            if index in self.skipped:
                continue
            row = rows[index]
            if len(row) < width:
                row = row + [None] * (width - len(row))
            if not blank_row(row):
                yield index + 1, row

    def title(self, rows: list[list[Any]]) -> str | None:
        """The sheet's title: the first row above the header that holds one
        text and nothing else (a merged title block repeats it), or ``None``.

        >>> Header(row=2, fields={"name": 0}).title([["Mapping of  Limerick"], [], ["Name"]])
        'Mapping of Limerick'
        >>> Header(row=1, fields={"name": 0}).title([["Region:", "Mid-West"], ["Name"]]) is None
        True
        """
        for row in rows[:self.row]:
            texts = {t for t in map(cell_text, row) if t}
            if len(texts) == 1:
                return " ".join(texts.pop().split())
        return None

    def label(self, name: str) -> str:
        """The header as written for field ``name`` (the field name if absent)."""
        return self.labels.get(name, name)


def _match(
    row: list[Any], kind: str, codebook: Codebook, overrides: dict[str, str]
) -> Header:
    header = Header(row=-1, fields={})
    for col, value in enumerate(row):
        text = cell_text(value)
        if text is None:
            continue
        name = _field(text, kind, codebook, overrides)
        text = " ".join(text.split())  # line breaks and no-break spaces, as one space
        if (name == "name" and name in header.fields and fold(header.labels[name]) not in overrides
                and names_people_beside(header.labels[name], text, codebook)):
            # "Name" beside "Organisation": the organisations are the key, and "Name" names people
            header.extras[header.labels[name]] = header.fields[name]
            header.fields[name], header.labels[name] = col, text
        elif name is not None and name not in header.fields:
            header.fields[name] = col
            header.labels[name] = text
        elif text not in header.extras:
            header.extras[text] = col
            near = codebook.suggest_column(kind, text) if name is None else None
            if near is not None and near not in header.fields:
                header.near[text] = near
    return header


def names_people_beside(header: str, other: str, codebook: Codebook) -> bool:
    """True when ``header`` is only "Name" and ``other``, another header
    read as the name column, is not: a list of people (participants,
    contacts) whose organisations are in ``other``, so ``header`` names
    people and ``other`` is the key.

    >>> from stakegraph.codebook import default_codebook
    >>> cb = default_codebook()
    >>> names_people_beside("Nombre", "Entidad", cb), names_people_beside("Name", "Nombre", cb)
    (True, False)
    >>> h = find_header([["Nombre", "Entidad", "Correo"], ["Ana Ruiz", "Cruz Roja", "ana@x.example"]],
    ...                 "stakeholders", cb)
    >>> h.fields, h.extras
    ({'name': 1, 'email': 2}, {'Nombre': 0})
    """
    return codebook.is_generic_name(header) and not codebook.is_generic_name(other)


def _field(text: str, kind: str, codebook: Codebook, overrides: dict[str, str]) -> str | None:
    """The field a header cell names, read whole and then without its hint.

    >>> from stakegraph.codebook import default_codebook
    >>> _field("Influence\\n(1 = low, 5 = high)", "stakeholders", default_codebook(), {})
    'influence'
    """
    for words in dict.fromkeys([text, _HINT.sub(" ", text).strip()]):
        name = overrides.get(fold(words)) or codebook.column(kind, words) if words else None
        if name is not None:
            return name
    return None


def find_header(
    rows: list[list[Any]],
    kind: str,
    codebook: Codebook,
    overrides: dict[str, str] | None = None,
) -> Header | None:
    """The header of a sheet of ``kind``, or ``None`` when none of the first
    :data:`SEARCH_ROWS` rows that hold anything names the required columns.
    Of those that name them, the first wins, unless a later one names more
    known columns with no data between the two (the first was a title).
    :func:`note_header_like_rows` then finds the rows under it that name the
    columns again.

    ``overrides`` maps folded header words to fields before the codebook is
    asked (foreign layouts such as Kumu's ``Label`` use it).

    >>> from stakegraph.codebook import default_codebook
    >>> rows = [[]] * 150 + [["Name", "Sector"], ["Doras", "NGO"], ["Name", "Sector"], ["Nasc", "NGO"]]
    >>> h = find_header(rows, "stakeholders", default_codebook())
    >>> h.row
    150
    >>> note_header_like_rows(h, rows, "stakeholders", default_codebook())
    >>> h.skipped, h.notes
    ({152}, [('repeated-header', 153, 151, None)])
    """
    overrides = overrides or {}
    required = REQUIRED.get(kind, ())
    best: Header | None = None
    searched = 0
    for index, row in enumerate(rows):
        if not any(cell_text(v) for v in row):
            continue
        searched += 1
        if searched > SEARCH_ROWS:
            break
        header = _match(row, kind, codebook, overrides)
        if not all(name in header.fields for name in required) or not header.fields:
            continue
        header.row = index
        if best is None:
            best = header
        elif _repeats(header, best, rows):
            best = _joined(best, header)
        # a title such as "Name" above the real header names fewer columns, and has no data under it
        elif len(header.fields) > len(best.fields) and not _data_between(best, header, rows):
            best = header
    if best is not None:
        # a near-miss of a column that is present anyway is just another column
        best.near = {k: v for k, v in best.near.items() if v not in best.fields}
    return best


def _data_between(upper: Header, lower: Header, rows: list[list[Any]]) -> bool:
    """True when a row between ``upper`` and ``lower`` fills two or more of
    the columns ``upper`` names: data, so ``upper`` is a header, not a title."""
    columns = set(upper.fields.values())
    return any(sum(1 for c in columns if c < len(row) and cell_text(row[c])) >= 2
               for row in rows[upper.row + 1:lower.row])


def note_header_like_rows(header: Header, rows: list[list[Any]], kind: str, codebook: Codebook,
                          overrides: dict[str, str] | None = None) -> None:
    """Note, in ``header``, each row under it that names the required columns:
    the same columns in the same places is the header pasted again (left
    out of :meth:`Header.data_rows`); more known columns than the header
    names, a row that reads like a header (kept as data: an IWG named "IWG"
    with a member named "Member" is just data). Only a row whose cell under the
    first required column starts as one of that column's names does is
    matched whole, so that the search costs one look a row."""
    _skip_hxl_tags(header, rows)
    overrides = overrides or {}
    required = REQUIRED.get(kind, ())
    if not required or required[0] not in header.fields:
        return
    key = header.fields[required[0]]
    starts = _starts(codebook, kind, required[0], overrides)
    for index in range(header.row + 1, len(rows)):
        row = rows[index]
        text = row[key] if key < len(row) else None
        if (not isinstance(text, str) or text.lstrip()[:2].casefold() not in starts
                or _field(text.strip(), kind, codebook, overrides) != required[0]):
            continue
        again = _match(row, kind, codebook, overrides)
        if not all(name in again.fields for name in required):
            continue
        if again.fields == header.fields:
            header.skipped.add(index)
            header.notes.append(("repeated-header", index + 1, header.row + 1, None))
        elif len(again.fields) > len(header.fields):  # would once have been taken as the header
            named = ", ".join(f"'{label}'" for label in again.labels.values())
            header.notes.append(("header-like-row", index + 1, header.row + 1, named))


#: a Humanitarian Exchange Language hashtag, with its attributes: ``#org``, ``#adm1 +name``
_HXL_TAG = re.compile(r"#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*", re.IGNORECASE)


def _skip_hxl_tags(header: Header, rows: list[list[Any]]) -> None:
    """Leave out the row of HXL hashtags (``#org``, ``#adm1+name``) that the
    humanitarian data of HDX and OCHA's 3W lists put under the header, and
    note it: every text in the first row under the header is a hashtag.

    >>> h = Header(row=0, fields={"name": 0})
    >>> _skip_hxl_tags(h, [["Organisation", "Region"], ["#org", "#adm1 +name"], ["Caritas", "Lazio"]])
    >>> h.skipped, h.notes
    ({1}, [('hxl-tags', 2, None, None)])
    """
    for index in range(header.row + 1, min(len(rows), header.row + 3)):
        texts = [t for t in (cell_text(v) for v in rows[index]) if t]
        if not texts:
            continue
        if all(_HXL_TAG.fullmatch(t) for t in texts):
            header.skipped.add(index)
            header.notes.append(("hxl-tags", index + 1, None, None))
        return


def _starts(codebook: Codebook, kind: str, name: str, overrides: dict[str, str]) -> set[str]:
    """The first two letters of every word that names the field ``name``,
    as written and folded.

    >>> from stakegraph.codebook import default_codebook
    >>> {"na", "or", "no"} <= _starts(default_codebook(), "stakeholders", "name", {})
    True
    """
    words = [w for ws in codebook.columns.get(kind, {}).get(name, {}).values() for w in ws]
    words += [w for w, f in overrides.items() if f == name]
    return {w.strip()[:2].casefold() for w in words} | {fold(w)[:2] for w in words}


def _repeats(header: Header, best: Header, rows: list[list[Any]]) -> bool:
    """True when ``header`` names columns that ``best``, just above it with
    only blank rows between, names in the same places (labels under codes)."""
    return (all(best.fields.get(name) == col for name, col in header.fields.items())
            and all(blank_row(r) for r in rows[best.row + 1:header.row]))


def _joined(upper: Header, lower: Header) -> Header:
    """Two header rows as one, at the lower row: the fields either names,
    the lower row's labels, and unknown headers of columns neither names.

    >>> upper = Header(0, {"name": 0, "sector": 1}, {"Website": 2})
    >>> lower = Header(1, {"name": 0}, {"Settore": 1, "Sito": 2}, {"name": "Nome"})
    >>> j = _joined(upper, lower)
    >>> j.row, j.fields, j.extras, j.labels["name"]
    (1, {'name': 0, 'sector': 1}, {'Sito': 2}, 'Nome')
    """
    fields = {**upper.fields, **lower.fields}
    known = set(fields.values())
    extras = {text: col for text, col in lower.extras.items() if col not in known}
    extras.update({text: col for text, col in upper.extras.items()
                   if col not in known and col not in extras.values()})
    return Header(row=lower.row, fields=fields, extras=extras,
                  labels={**upper.labels, **lower.labels},
                  near={text: field for text, field in {**upper.near, **lower.near}.items()
                        if text in extras})
