"""One stakeholder's survey workbook: protected, signed, in its language.

The layout is :mod:`stakegraph.model.survey`'s: a sheet about the
organisation (what the mapping says, and a white cell to correct it), a
sheet of ties (every other stakeholder grouped by sector, with drop-downs
for "do you work with them?", the type of tie and its strength, and rows
for missing organisations), a hidden sheet of drop-down lists and a very
hidden signature sheet. Every sheet is protected and only the answer cells
are unlocked; the workbook's structure is locked, so sheets cannot be
added, renamed or unhidden. There is no password: protection keeps answers
from breaking the layout by accident, it is not a secret (the signature is
what collect checks).

The answers are pre-filled with what the mapping already says (its ties of
this organisation): leaving a pre-filled tie as it is reports it.

Examples
--------
>>> import pathlib, tempfile, openpyxl
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> from stakegraph.model.survey import Signature
>>> G = build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("City Council", "public")],
...                 [Tie("doras", "city-council", "funding", 3)])
>>> path = pathlib.Path(tempfile.mkdtemp()) / "Doras.xlsx"
>>> _ = write_survey(G, "doras", path, Signature("m", "doras", 1, "en", ""), b"key")
>>> book = openpyxl.load_workbook(path)
>>> book.sheetnames
['Your organisation', 'Your ties', 'Lists', 'stakegraph-signature']
>>> [c.value for c in book["Your ties"][5][1:6]]
['City Council', 'public', 'yes', 'funding', 3]
>>> book["Your ties"]["D5"].protection.locked, book["Your ties"]["B5"].protection.locked
(False, True)
"""

from __future__ import annotations

import os
from copy import copy
from typing import Any

import networkx as nx
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from stakegraph.codebook import Codebook, default_codebook
from stakegraph.model.graph import stakeholder_nodes
from stakegraph.model.survey import (
    CORRECTABLE,
    NEW_ROWS,
    SIGNATURE_SHEET,
    Signature,
    is_new_row,
    layout_digest,
    new_row_key,
)
from stakegraph.render.atomic import save_workbook
from stakegraph.render.safe import xlsx_cell
from stakegraph.render.survey.words import words
from stakegraph.render.template import write_list_columns

__all__ = ["survey_rows", "ties_of", "write_survey"]

_OPEN = Protection(locked=False)
_TITLE = Font(bold=True, size=14)
_BOLD = Font(bold=True)
_HEADER = (Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F4E79"))
_GROUP = PatternFill("solid", fgColor="D9E1F2")
_LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")
_WRAP = Alignment(wrap_text=True, vertical="top")
#: the drop-down lists of the hidden sheet, and the codebook vocabulary of each
_LISTS = ("answer", "tie_type", "sector", "type", "level", "theme", "yes_no")
#: the drop-down of each correctable field (free text where absent)
_FIELD_LISTS = {"sector": "sector", "type": "type", "level": "level", "themes": "theme",
                "migrant_led": "yes_no"}


def survey_rows(G: nx.MultiDiGraph, me: str, cb: Codebook) -> list[str]:
    """The keys of the ties sheet's rows in order: every other stakeholder,
    grouped by sector (in codebook order, then unknown), by name, then the
    rows for newcomers. The signature covers them."""
    order = {code: i for i, code in enumerate(cb.codes("sector"))}
    others = [n for n in stakeholder_nodes(G) if n != me]
    others.sort(key=lambda n: (order.get(G.nodes[n].get("sector"), len(order)),
                               str(G.nodes[n].get("name", n)).casefold()))
    return others + [new_row_key(i) for i in range(1, NEW_ROWS + 1)]


def ties_of(G: nx.MultiDiGraph, me: str) -> dict[str, dict[str, Any]]:
    """What the mapping says of ``me``'s ties: other stakeholder -> the data of
    its strongest tie with ``me`` (either way; by type name among equals), so
    that both sides of a pair see the same tie filled in."""
    known: dict[str, dict[str, Any]] = {}
    found = [(other, d) for _, other, d in G.edges(me, data=True)]
    found += [(other, d) for other, _, d in G.in_edges(me, data=True)]
    for other, d in found:
        if d.get("kind") != "tie":
            continue
        old = known.get(other)
        if old is None or _rank(d) < _rank(old):
            known[other] = d
    return known


def _rank(d: dict[str, Any]) -> tuple[float, str]:
    return (-float(d.get("weight") or 1.0), str(d.get("type") or ""))


def write_survey(G: nx.MultiDiGraph, me: str, path: str | os.PathLike[str], signature: Signature,
                 key: bytes, codebook: Codebook | None = None) -> Signature:
    """Write the survey of stakeholder ``me`` to ``path``, in
    ``signature.lang``, sealed with ``key``; return the sealed signature
    (its ``layout`` is filled in here, from the rows written)."""
    cb = codebook or default_codebook()
    lang = signature.lang
    w = words(lang)
    name = str(G.nodes[me].get("name", me))
    book = Workbook()
    book.remove(book.active)
    about = book.create_sheet(w["org_sheet"])
    ties = book.create_sheet(w["ties_sheet"])
    lists = _write_lists(book.create_sheet(w["lists_sheet"]), cb, lang)
    field_keys = _write_about(about, G.nodes[me], name, w, cb, lang, lists)
    row_keys = survey_rows(G, me, cb)
    _write_ties(ties, G, me, name, row_keys, w, cb, lang, lists)
    sealed = Signature(signature.mapping, me, signature.round, lang,
                       layout_digest(field_keys + row_keys)).sealed(key)
    seal = book.create_sheet(SIGNATURE_SHEET)
    for row in sealed.rows():
        seal.append(row)
    for sheet in book.worksheets:
        sheet.protection.sheet = True
    book[w["lists_sheet"]].sheet_state = "hidden"
    seal.sheet_state = "veryHidden"
    book.security = WorkbookProtection(lockStructure=True)
    book.active = 0
    save_workbook(book, path)
    return sealed


def _write_lists(sheet: Worksheet, cb: Codebook, lang: str) -> dict[str, str]:
    """One column per drop-down list; list -> the range a validation points at."""
    columns = {v: [cb.label(v, c, lang) for c in cb.codes(v)] for v in _LISTS if v != "answer"}
    columns["answer"] = [cb.label("yes_no", "yes", lang), cb.label("yes_no", "no", lang),
                         words(lang)["unknown"]]
    return write_list_columns(sheet, columns)


def _shown(cb: Codebook, field: str, value: Any, lang: str) -> Any:
    """A stakeholder's value as the survey shows it: codebook words in ``lang``."""
    if value is None or value == []:
        return None
    if field == "themes":
        return "; ".join(cb.label("theme", t, lang) for t in value)
    if field == "migrant_led":
        return cb.label("yes_no", "yes" if value else "no", lang)
    if field in _FIELD_LISTS:
        return cb.label(_FIELD_LISTS[field], value, lang)
    return value


def _text_block(sheet: Worksheet, lines: list[str], font: Font | None = None) -> None:
    for line in lines:
        sheet.append([None, xlsx_cell(line)])
        cell = sheet.cell(row=sheet.max_row, column=2)
        cell.alignment = _WRAP
        if font is not None:
            cell.font = font
        sheet.merge_cells(start_row=sheet.max_row, start_column=2, end_row=sheet.max_row, end_column=4)
        sheet.row_dimensions[sheet.max_row].height = 15 * (1 + len(line) // 90)


def _header(sheet: Worksheet, labels: list[str]) -> None:
    sheet.append([None, *(xlsx_cell(label) for label in labels)])
    for cell in sheet[sheet.max_row][1:]:
        cell.font, cell.fill = _HEADER


def _write_about(sheet: Worksheet, node: dict[str, Any], name: str, w: dict[str, Any],
                 cb: Codebook, lang: str, lists: dict[str, str]) -> list[str]:
    """The organisation sheet: title, instructions, consent, corrections."""
    slots = {"name": name, "ties_sheet": w["ties_sheet"]}
    sheet.append([None, xlsx_cell(w["title"].format(**slots))])
    sheet["B1"].font = _TITLE
    sheet.append([])
    _text_block(sheet, [line.format(**slots) for line in w["intro"]])
    sheet.append([])
    _text_block(sheet, [w["consent_title"]], _BOLD)
    _text_block(sheet, w["consent"])
    sheet.append([])
    _header(sheet, [w["field"], w["now"], w["change"]])
    first = sheet.max_row + 1
    for field in CORRECTABLE:
        sheet.append([field, xlsx_cell(cb.column_label("stakeholders", field, lang)),
                      xlsx_cell(_shown(cb, field, node.get(field), lang)), None])
        sheet.cell(row=sheet.max_row, column=4).protection = _OPEN
    last = sheet.max_row
    for field, index in zip(CORRECTABLE, range(first, last + 1)):
        if field in _FIELD_LISTS:
            _dropdown(sheet, lists[_FIELD_LISTS[field]], f"D{index}", strict=field != "themes")
    for letter, width in (("A", 4), ("B", 34), ("C", 40), ("D", 40)):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["A"].hidden = True
    return list(CORRECTABLE)


def _dropdown(sheet: Worksheet, formula: str, cells: str, *, strict: bool = True) -> None:
    rule = DataValidation(type="list", formula1=formula, allow_blank=True,
                          showErrorMessage=strict, errorStyle="stop")
    rule.add(cells)
    sheet.add_data_validation(rule)


def _write_ties(sheet: Worksheet, G: nx.MultiDiGraph, me: str, name: str, keys: list[str],
                w: dict[str, Any], cb: Codebook, lang: str, lists: dict[str, str]) -> None:
    """The ties sheet: one row per other stakeholder, grouped by sector, then newcomers."""
    sheet.append([None, xlsx_cell(w["title"].format(name=name))])
    sheet["B1"].font = _TITLE
    sheet.append([])
    _header(sheet, [w["organisation"], w["sector"], w["tied"], w["type"], w["strength"], w["comment"]])
    sheet.freeze_panes = "C4"
    known = ties_of(G, me)
    yes = cb.label("yes_no", "yes", lang)
    styles = _Styles()
    group = object()
    row = 3
    rows = []
    for key in keys:
        new = is_new_row(key)
        sector = None if new else G.nodes[key].get("sector")
        if sector != group:
            group = sector
            label = w["missing"] if new else (cb.label("sector", sector, lang) if sector else "?")
            row += 1
            for column in range(2, 8):
                cell = sheet.cell(row=row, column=column, value=xlsx_cell(label) if column == 2 else None)
                styles.apply(cell, "group", fill=_GROUP, font=_BOLD)
        tie = known.get(key)
        shown = [None, None] if new else [G.nodes[key].get("name", key),
                                          cb.label("sector", sector, lang) if sector else None]
        answer = [yes, cb.label("tie_type", tie.get("type") or "collaboration", lang),
                  _strength(tie.get("weight"))] if tie else [None, None, None]
        row += 1
        rows.append(row)
        for column, value in enumerate([key, *shown, *answer], start=1):
            if value is None and not (new and column in (2, 3)):
                continue  # an empty answer cell takes its column's style: unlocked
            cell = sheet.cell(row=row, column=column, value=xlsx_cell(value))
            if column >= (2 if new else 4):
                styles.apply(cell, "answer", protection=_OPEN)
            elif column > 1:
                styles.apply(cell, "shown", fill=_LOCKED_FILL)
    _validations(sheet, rows, keys, lists)
    for letter, width in zip("ABCDEFG", (4, 40, 18, 24, 20, 16, 36)):
        sheet.column_dimensions[letter].width = width
        if letter in "DEFG":
            # the answer columns are unlocked as columns, so their empty cells
            # need not be written one by one (half the cells of a large survey)
            sheet.column_dimensions[letter].protection = _OPEN
    sheet.column_dimensions["A"].hidden = True


class _Styles:
    """Cells styled alike share one style record: the first cell of a kind is
    styled through openpyxl, the others get a copy of its record (looking each
    style up anew was most of the time a survey of 400 rows took)."""

    def __init__(self) -> None:
        self._first: dict[str, Any] = {}

    def apply(self, cell: Any, kind: str, **style: Any) -> None:
        record = self._first.get(kind)
        if record is None:
            for attribute, value in style.items():
                setattr(cell, attribute, value)
            self._first[kind] = copy(cell._style)
        else:
            cell._style = copy(record)


def _strength(weight: Any) -> Any:
    return int(weight) if isinstance(weight, float) and weight.is_integer() else weight


def _validations(sheet: Worksheet, rows: list[int], keys: list[str], lists: dict[str, str]) -> None:
    """Drop-downs over the answer columns, from the first answer row to the
    last (the sector rows between are locked, so the rule is idle there)."""
    span = f"{{}}{rows[0]}:{{}}{rows[-1]}"
    for letter, list_name in (("D", "answer"), ("E", "tie_type")):
        _dropdown(sheet, lists[list_name], span.format(letter, letter), strict=list_name == "answer")
    new_rows = [r for r, k in zip(rows, keys) if is_new_row(k)]
    if new_rows:
        _dropdown(sheet, lists["sector"], f"C{new_rows[0]}:C{new_rows[-1]}")
    strength = DataValidation(type="whole", operator="between", formula1="1", formula2="5",
                              allow_blank=True, showErrorMessage=True, errorStyle="stop")
    strength.add(span.format("F", "F"))
    sheet.add_data_validation(strength)
