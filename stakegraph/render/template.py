"""The blank workbook of ``stakegraph template``: the sheets a mapping needs,
with sheet names, headers and drop-down lists in one of the nine languages.

The drop-down lists (sector, type, level, themes, yes/no, tie type, role)
point at columns of a hidden sheet holding the codebook's labels in that
language, so long lists fit where an inline list would not (Excel caps those
at 255 characters). The names in the Relationships and IWGs sheets drop down
from the Stakeholders sheet's name column. A filled template imports with
``stakegraph.io.load`` as it is.

The Instructions sheet's sentences come from the gettext catalogue (domain
``template``, ``stakegraph/locale/<lang>/LC_MESSAGES/template.po``); their
``{placeholders}`` are filled with the codebook's words in the same language.

Examples
--------
>>> import pathlib, tempfile, openpyxl
>>> path = write_template(pathlib.Path(tempfile.mkdtemp()) / "mapping.xlsx", lang="es")
>>> book = openpyxl.load_workbook(path)
>>> book.sheetnames[:3]
['Actores', 'Vínculos', 'Mesas de trabajo']
>>> [c.value for c in book["Actores"][1][:3]]
['Nombre', 'Sector', 'Tipo']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from stakegraph.codebook import LANGUAGES, VOCABULARIES, Codebook, default_codebook
from stakegraph.i18n import N_, gettext, speaking
from stakegraph.render.atomic import save_workbook
from stakegraph.render.safe import xlsx_cell

__all__ = ["CHOICES", "DATA_ROWS", "INSTRUCTIONS", "TEMPLATE_SHEETS", "instruction_lines",
           "write_list_columns", "write_template"]

#: the sheets a template holds, in order (the hidden drop-down sheet comes last)
TEMPLATE_SHEETS = ("stakeholders", "relationships", "memberships", "lists", "instructions")
#: how many rows under each header carry the drop-down lists
DATA_ROWS = 1000
#: columns left out of the template: shortcuts for what the Relationships and IWGs sheets hold
_SHORTCUTS = {"stakeholders": ("partners", "iwg")}

#: (sheet kind, column) -> (list on the hidden sheet, error style). "stop" refuses
#: other words; "warning" lets a region keep its own word (open vocabularies);
#: None only offers the list, as a themes cell may hold several themes.
CHOICES: dict[tuple[str, str], tuple[str, str | None]] = {
    ("stakeholders", "sector"): ("sector", "stop"),
    ("stakeholders", "type"): ("type", "warning"),
    ("stakeholders", "level"): ("level", "warning"),
    ("stakeholders", "themes"): ("theme", None),
    ("stakeholders", "migrant_led"): ("yes_no", "stop"),
    ("relationships", "type"): ("tie_type", "warning"),
    ("relationships", "directed"): ("yes_no", "stop"),
    ("memberships", "role"): ("role", "warning"),
    ("lists", "list"): ("list", "stop"),
}
#: columns whose values are stakeholder names (drop-down from the name column)
_NAME_COLUMNS = {("relationships", "source"), ("relationships", "target"),
                 ("memberships", "stakeholder")}
_RATINGS = {("stakeholders", "influence"), ("stakeholders", "interest")}
_WEIGHTS = {("relationships", "weight")}
_WIDE = {"name": 38, "themes": 34, "email": 28, "source": 34, "target": 34, "stakeholder": 34,
         "iwg": 30, "notes": 40, "value": 28}

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_TITLE_FONT = Font(bold=True, size=14)


#: the Instructions sheet's numbered sentences, in order. Placeholders: sheet
#: names ({stakeholders}, {relationships}, {memberships}, {lists}), column
#: headers ({name}, {sector}, {themes}, ...), {no} (the word for "no"),
#: {community_group} (that stakeholder type), {theme_example} (two themes as
#: one cell holds them) and {list_names} (the lists a Lists sheet may extend)
INSTRUCTIONS = (
    N_("One row per organisation in the sheet '{stakeholders}'. Only '{name}' is required; "
       "'{sector}' is needed for the analysis."),
    N_("Pick '{sector}', '{type}', '{level}', '{migrant_led}' and the other coded columns from "
       "the drop-down lists; every value is listed below."),
    N_("'{themes}': several themes in one cell, separated by ; (for example: {theme_example})."),
    N_("'{influence}' and '{interest}': a whole number from 1 (low) to 5 (high)."),
    N_("'{contact}', '{email}' and '{phone}' are personal data: they stay in this workbook and are "
       "not shown on maps unless you ask for them (--show-contacts)."),
    N_("One row per tie in the sheet '{relationships}': '{source}' and '{target}' are names written "
       "as in the sheet '{stakeholders}'; '{weight}' from 1 to 5; funding and referral ties are "
       "directed unless '{directed}' says {no}."),
    N_("One row per member in the sheet '{memberships}': the working group, the organisation and "
       "its '{role}'."),
    N_("The sheet '{lists}' teaches stakegraph your own words: the list ({list_names}), your word, "
       "and the value it means (for example: type | Family resource centre | {community_group})."),
    N_("Columns you add (a website, notes) are kept. Check the workbook with: "
       "stakegraph validate FILE.xlsx"),
)


def write_template(path: str | os.PathLike[str], lang: str = "en",
                   codebook: Codebook | None = None) -> Path:
    """Write a blank mapping workbook in ``lang`` to ``path`` and return the path.

    Parameters
    ----------
    path : the ``.xlsx`` file to write (overwritten if it exists)
    lang : one of :data:`stakegraph.codebook.LANGUAGES`
    codebook : the words to use (default: the built-in codebook)
    """
    if lang not in LANGUAGES:
        raise ValueError(f"no template in '{lang}'; use one of {', '.join(LANGUAGES)}")
    cb = codebook or default_codebook()
    book = Workbook()
    book.remove(book.active)
    lists = _write_dropdowns(book.create_sheet(cb.sheet_label("dropdowns", lang)), cb, lang)
    names = cb.sheet_label("stakeholders", lang)
    for kind in TEMPLATE_SHEETS[:-1]:
        _write_data_sheet(book.create_sheet(cb.sheet_label(kind, lang)), kind, cb, lang, lists, names)
    _write_instructions(book.create_sheet(cb.sheet_label("instructions", lang)), cb, lang)
    dropdowns = book[cb.sheet_label("dropdowns", lang)]
    dropdowns.sheet_state = "hidden"
    book.move_sheet(dropdowns, offset=len(book.sheetnames) - 1)
    book.active = 0
    out = Path(path)
    save_workbook(book, out)
    return out


def _list_names() -> list[str]:
    """The lists a Lists sheet may extend (every vocabulary but yes/no)."""
    return [v for v in VOCABULARIES if v != "yes_no"]


def _write_dropdowns(sheet: Worksheet, cb: Codebook, lang: str) -> dict[str, str]:
    """One column per list, its labels in ``lang`` under a header; returns
    list -> the absolute range a data validation points at."""
    columns = {vocab: [cb.label(vocab, code, lang) for code in cb.codes(vocab)]
               for vocab in VOCABULARIES}
    columns["list"] = _list_names()
    return write_list_columns(sheet, columns)


def write_list_columns(sheet: Worksheet, columns: dict[str, list[str]]) -> dict[str, str]:
    """Write each list as a column of ``sheet`` (its name, then its values)
    and return list -> the absolute range a drop-down (data validation) points at."""
    ranges = {}
    for index, (name, labels) in enumerate(columns.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index, value=name)
        for row, label in enumerate(labels, start=2):
            sheet.cell(row=row, column=index, value=xlsx_cell(label))
        ranges[name] = f"{quote_sheetname(sheet.title)}!${letter}$2:${letter}${len(labels) + 1}"
    return ranges


def _fields(cb: Codebook, kind: str) -> list[str]:
    return [f for f in cb.fields(kind) if f not in _SHORTCUTS.get(kind, ())]


def _write_data_sheet(sheet: Worksheet, kind: str, cb: Codebook, lang: str,
                      lists: dict[str, str], names_sheet: str) -> None:
    fields = _fields(cb, kind)
    sheet.append([xlsx_cell(cb.column_label(kind, f, lang)) for f in fields])
    for cell in sheet[1]:
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(vertical="center")
    sheet.freeze_panes = "A2"
    name_column = get_column_letter(_fields(cb, "stakeholders").index("name") + 1)
    names = f"{quote_sheetname(names_sheet)}!${name_column}$2:${name_column}${DATA_ROWS + 1}"
    for index, field in enumerate(fields, start=1):
        letter = get_column_letter(index)
        label = cb.column_label(kind, field, lang)
        sheet.column_dimensions[letter].width = max(_WIDE.get(field, 14), len(label) + 4)
        validation = _validation((kind, field), lists, names)
        if validation is not None:
            validation.add(f"{letter}2:{letter}{DATA_ROWS + 1}")
            sheet.add_data_validation(validation)


def _validation(column: tuple[str, str], lists: dict[str, str], names: str) -> DataValidation | None:
    """The drop-down list or number rule of a column, or None for free text."""
    if column in CHOICES:
        list_name, style = CHOICES[column]
        return DataValidation(type="list", formula1=lists[list_name], allow_blank=True,
                              showErrorMessage=style is not None, errorStyle=style or "stop")
    if column in _NAME_COLUMNS:
        return DataValidation(type="list", formula1=names, allow_blank=True,
                              showErrorMessage=True, errorStyle="warning")
    if column in _RATINGS or column in _WEIGHTS:
        kind = "whole" if column in _RATINGS else "decimal"
        return DataValidation(type=kind, operator="between", formula1="1", formula2="5",
                              allow_blank=True, showErrorMessage=True, errorStyle="stop")
    return None


def instruction_lines(cb: Codebook, lang: str) -> tuple[str, list[str], str]:
    """The Instructions sheet's title, sentences and values heading in ``lang``.

    >>> title, lines, values = instruction_lines(default_codebook(), "sv")
    >>> title, values
    ('Så fyller du i den här arbetsboken', 'Värden i rullistorna')
    """
    slots: dict[str, str] = {k: cb.sheet_label(k, lang) for k in TEMPLATE_SHEETS}
    for kind, fields in (("stakeholders", cb.fields("stakeholders")),
                         ("relationships", ("source", "target", "weight", "directed")),
                         ("memberships", ("role",))):
        slots.update({f: cb.column_label(kind, f, lang) for f in fields})
    slots["no"] = cb.label("yes_no", "no", lang)
    slots["community_group"] = cb.label("type", "community_group", lang)
    slots["theme_example"] = "; ".join(cb.label("theme", t, lang) for t in ("employment", "housing"))
    slots["list_names"] = ", ".join(_list_names())
    with speaking(lang):
        return (gettext("How to fill in this workbook"),
                [gettext(line).format(**slots) for line in INSTRUCTIONS],
                gettext("Values of the drop-down lists"))


def _values_table(cb: Codebook, lang: str) -> Iterable[tuple[str, str]]:
    """("sheet › column", the values its drop-down offers) for every coded column."""
    for (kind, field), (vocab, _) in CHOICES.items():
        if vocab in VOCABULARIES:
            labels = [cb.label(vocab, code, lang) for code in cb.codes(vocab)]
            where = f"{cb.sheet_label(kind, lang)} › {cb.column_label(kind, field, lang)}"
            yield where, " · ".join(labels)


def _write_instructions(sheet: Worksheet, cb: Codebook, lang: str) -> None:
    title, lines, values = instruction_lines(cb, lang)
    sheet.append([xlsx_cell(title)])
    sheet["A1"].font = _TITLE_FONT
    sheet.append([])
    for number, line in enumerate(lines, start=1):
        sheet.append([number, xlsx_cell(line)])
    sheet.append([])
    sheet.append([None, xlsx_cell(values)])
    sheet.cell(row=sheet.max_row, column=2).font = Font(bold=True)
    for where, labels in _values_table(cb, lang):
        sheet.append([None, xlsx_cell(where), xlsx_cell(labels)])
    sheet.column_dimensions["A"].width = 4
    sheet.column_dimensions["B"].width = 40
    sheet.column_dimensions["C"].width = 90
    for row in sheet.iter_rows(min_row=3):
        for cell in row[2:3]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
