"""Reading the ``Lists`` sheet: a region's own words for the codebook.

Each row says which list (``sector``, ``type``, ``level``, ``theme``,
``tie type`` or ``role``; the column headers work in any of the eight
languages, so ``Tipo`` or ``Temas`` too), the local word, and the code it means. With no
code, the word becomes a new code of that list (sectors are closed: the
three sectors of the mission are the only ones).

Examples
--------
>>> from stakegraph.codebook import default_codebook
>>> from stakegraph.io.context import ReadContext
>>> from stakegraph.io.headers import find_header
>>> from stakegraph.model.report import ImportReport
>>> ctx = ReadContext(default_codebook(), ImportReport("book.xlsx"))
>>> rows = [["List", "Value", "Code"], ["sector", "Kommun", "public"], ["theme", "Sport", ""]]
>>> read_lists("Lists", rows, find_header(rows, "lists", ctx.codebook), ctx)
>>> ctx.codebook.value("sector", "kommun"), ctx.codebook.value("theme", "sport")
('public', 'Sport')
"""

from __future__ import annotations

from typing import Any

from stakegraph.codebook import fold
from stakegraph.i18n import N_
from stakegraph.io.cells import cell_text
from stakegraph.io.context import ReadContext
from stakegraph.io.headers import Header

__all__ = ["read_lists"]

#: list names that are not column headers of the Stakeholders sheet
_OTHER_LISTS = {
    fold(word): vocab
    for vocab, words in {
        "tie_type": ["tie type", "tie types", "tie_type", "relationship type"],
        "role": ["role", "roles"],
        "rating": ["rating", "ratings"],
        "sector": ["sectors"], "type": ["types", "stakeholder types"], "level": ["levels"],
    }.items()
    for word in words
}
#: Stakeholders columns whose values a Lists row can extend
_COLUMN_LISTS = {"sector": "sector", "type": "type", "level": "level", "themes": "theme",
                 "influence": "rating", "interest": "rating"}


def _vocabulary(name: str, ctx: ReadContext) -> str | None:
    """The vocabulary a Lists row names: a Stakeholders column header in any
    of the nine languages ("Tipo", "Temas", "Τομέας"), a Memberships
    ``role`` header, or one of the English list names above."""
    field = ctx.codebook.column("stakeholders", name)
    if field in _COLUMN_LISTS:
        return _COLUMN_LISTS[field]
    if ctx.codebook.column("memberships", name) == "role":
        return "role"
    return _OTHER_LISTS.get(fold(name))


def read_lists(sheet: str, rows: list[list[Any]], header: Header, ctx: ReadContext) -> None:
    """Teach ``ctx.codebook`` the local words of the Lists sheet."""
    account = ctx.report.account(sheet)
    f = header.fields
    for excel_row, row in header.data_rows(rows):
        account.rows += 1
        where: dict[str, Any] = {"sheet": sheet, "row": excel_row}
        list_text = cell_text(row[f["list"]])
        word = cell_text(row[f["value"]])
        code_text = cell_text(row[f["code"]]) if "code" in f else None
        vocab = _vocabulary(list_text or "", ctx)
        if vocab is None:
            ctx.add("unknown-list", column=header.label("list"), value=list_text, **where)
            account.rejected += 1
            continue
        if word is None:
            ctx.add("empty-endpoint", column=header.label("value"), detail=N_("value"), **where)
            account.rejected += 1
            continue
        code = ctx.codebook.value(vocab, code_text) if code_text else None
        if vocab == "sector" and code is None:
            ctx.add("unknown-sector", column=header.label("code"), value=code_text or "",
                    suggestion=ctx.codebook.suggest("sector", code_text or word), **where)
            account.rejected += 1
            continue
        ctx.codebook.extend(vocab, word, code or code_text or word)
        account.imported += 1
