"""The import report on the terminal.

Examples
--------
>>> from stakegraph.errors import problem
>>> from stakegraph.model.report import ImportReport, SheetAccount
>>> r = ImportReport("book.xlsx", accounting=[SheetAccount("Stakeholders", 3, 2, 0, 1)],
...                  counts={"stakeholders": 2, "ties": 0, "iwgs": 0, "memberships": 0})
>>> r.problems.append(problem("empty-name", sheet="Stakeholders", row=4, column="name"))
>>> print(format_import_report(r))
book.xlsx: 1 error, 0 warnings
Imported 2 stakeholders, 0 ties, 0 IWGs, 0 memberships.
<BLANKLINE>
sheet         rows  imported  merged  rejected
------------  ----  --------  ------  --------
Stakeholders     3         2       0         1
<BLANKLINE>
ERRORS
  Stakeholders, row 4, column name: the name is empty; the row is left out
"""

from __future__ import annotations

from stakegraph.errors import Problem
from stakegraph.model.report import ImportReport
from stakegraph.render.text import format_table

__all__ = ["format_import_report"]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _lines(title: str, problems: list[Problem]) -> list[str]:
    if not problems:
        return []
    return ["", title] + [f"  {p}" for p in problems]


def format_import_report(report: ImportReport) -> str:
    """The report as a person reads it: a verdict, the counts, the row
    accounting per sheet, then every error, warning and note with its place."""
    c = report.counts
    lines = [
        f"{report.file}: {_plural(len(report.errors), 'error')}, "
        f"{_plural(len(report.warnings), 'warning')}",
        f"Imported {_plural(c.get('stakeholders', 0), 'stakeholder')}, "
        f"{_plural(c.get('ties', 0), 'tie')}, {c.get('iwgs', 0)} IWG"
        + ("" if c.get("iwgs", 0) == 1 else "s")
        + f", {_plural(c.get('memberships', 0), 'membership')}."
    ]
    if report.layout != "stakegraph":
        lines.append(f"Read as a {report.layout.capitalize()} workbook.")
    rows = [[a.sheet, a.rows, a.imported, a.merged, a.rejected] for a in report.accounting]
    lines += ["", format_table(rows, ["sheet", "rows", "imported", "merged", "rejected"])]
    lines += _lines("ERRORS", report.errors)
    lines += _lines("WARNINGS", report.warnings)
    lines += _lines("NOTES", report.notes)
    return "\n".join(lines)
