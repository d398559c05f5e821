"""Filling in a survey as a person's Excel would: open it, type into the white
(unlocked) cells only, in the survey's own language, save it under a new name.

``fill(survey, out, ties={...}, new=[...], fix={...})`` is one respondent's
return; every cell it types is checked to be unlocked on a protected sheet,
so a test cannot pass by writing where a person could not.
"""

from __future__ import annotations

from copy import copy
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from stakegraph.codebook import default_codebook
from stakegraph.model.survey import SIGNATURE_SHEET, Signature
from stakegraph.render.survey.words import words

__all__ = ["fill", "locked", "survey_language", "typed"]

CB = default_codebook()


def survey_language(book: openpyxl.Workbook) -> str:
    """The language the survey is written in (from its signature)."""
    signature = Signature.from_rows(book[SIGNATURE_SHEET].iter_rows(values_only=True))
    assert signature is not None
    return signature.lang


def locked(sheet: Worksheet, row: int, column: int) -> bool:
    """Whether a cell is locked, as Excel sees it: a cell the file does not
    hold takes the style of its column."""
    cell = sheet._cells.get((row, column))
    if cell is not None and cell.has_style:
        return bool(cell.protection.locked)
    return bool(sheet.column_dimensions[get_column_letter(column)].protection.locked)


def typed(sheet: Worksheet, row: int, column: int, value: Any) -> None:
    """Type ``value`` into a cell, as a person can: only into an unlocked cell
    of a protected sheet (a new cell takes its column's style, as in Excel)."""
    assert sheet.protection.sheet, f"{sheet.title} is not protected"
    assert not locked(sheet, row, column), f"{sheet.title}!{get_column_letter(column)}{row} is locked"
    fresh = (row, column) not in sheet._cells
    cell = sheet.cell(row=row, column=column)
    if fresh:
        cell._style = copy(sheet.column_dimensions[get_column_letter(column)]._style)
    cell.value = value


def _word(vocab: str, code: str | None, lang: str) -> str | None:
    """What the drop-down offers for ``code`` in ``lang`` (a free word passes as it is)."""
    if code is None:
        return None
    if vocab == "answer":
        return words(lang)["unknown"] if code == "unknown" else CB.label("yes_no", code, lang)
    return CB.label(vocab, code, lang) if code in CB.vocab[vocab] else code


def fill(survey: Path, out: Path, *, ties: dict[str, tuple[Any, ...]] | None = None,
         new: list[tuple[Any, ...]] | None = None, fix: dict[str, Any] | None = None) -> Path:
    """Answer ``survey`` and save the return to ``out``.

    ``ties``: organisation name -> (answer, type, strength) with codes
    (``"yes"``, ``"funding"``), typed as the survey's language words; an
    answer of ``""`` clears a pre-filled row. ``new``: (name, sector, type,
    strength) of missing organisations. ``fix``: field -> corrected word.
    """
    book = openpyxl.load_workbook(survey)
    lang = survey_language(book)
    w = words(lang)
    sheet = book[w["ties_sheet"]]
    rows = {sheet.cell(row=r, column=2).value: r for r in range(1, sheet.max_row + 1)
            if sheet.cell(row=r, column=1).value and not str(sheet.cell(row=r, column=1).value).startswith("new:")}
    for name, (answer, kind, strength) in (ties or {}).items():
        r = rows[name]
        typed(sheet, r, 4, _word("answer", answer, lang) if answer else None)
        typed(sheet, r, 5, _word("tie_type", kind, lang))
        typed(sheet, r, 6, strength)
    free = [r for r in range(1, sheet.max_row + 1)
            if str(sheet.cell(row=r, column=1).value or "").startswith("new:")]
    for r, (name, sector, kind, strength) in zip(free, new or []):
        typed(sheet, r, 2, name)
        typed(sheet, r, 3, _word("sector", sector, lang))
        typed(sheet, r, 4, _word("answer", "yes", lang))
        typed(sheet, r, 5, _word("tie_type", kind, lang))
        typed(sheet, r, 6, strength)
    about = book[w["org_sheet"]]
    for field, value in (fix or {}).items():
        r = next(r for r in range(1, about.max_row + 1) if about.cell(row=r, column=1).value == field)
        typed(about, r, 4, value)
    book.save(out)
    return out
