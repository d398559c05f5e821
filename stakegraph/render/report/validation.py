"""The import report on the terminal, in the reader's language
(:func:`stakegraph.i18n.speaking`).

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
>>> from stakegraph.i18n import speaking
>>> with speaking("es"):
...     print(format_import_report(r).splitlines()[1])
Se importaron 2 actores, 0 vínculos, 0 mesas de trabajo y 0 pertenencias.
"""

from __future__ import annotations

from stakegraph.errors import Problem
from stakegraph.i18n import current_language, gettext, ngettext, number, pgettext
from stakegraph.model.report import ImportReport
from stakegraph.render.text import format_table

__all__ = ["format_import_report"]


def _count(n: int) -> str:
    # English keeps the bare digits it always printed; other languages group them their way
    return str(n) if current_language() == "en" else number(n)


def _lines(title: str, problems: list[Problem]) -> list[str]:
    if not problems:
        return []
    return ["", title] + [f"  {p.said()}" for p in problems]


def format_import_report(report: ImportReport) -> str:
    """The report as a person reads it: a verdict, the counts, the row
    accounting per sheet, then every error, warning and note with its place."""
    c = report.counts
    errors, warnings = len(report.errors), len(report.warnings)
    stakeholders, ties = c.get("stakeholders", 0), c.get("ties", 0)
    iwgs, memberships = c.get("iwgs", 0), c.get("memberships", 0)
    lines = [
        gettext("{file}: {errors}, {warnings}").format(
            file=report.file,
            errors=ngettext("{n} error", "{n} errors", errors).format(n=_count(errors)),
            warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=_count(warnings))),
        gettext("Imported {stakeholders}, {ties}, {iwgs}, {memberships}.").format(
            stakeholders=ngettext("{n} stakeholder", "{n} stakeholders", stakeholders).format(n=_count(stakeholders)),
            ties=ngettext("{n} tie", "{n} ties", ties).format(n=_count(ties)),
            iwgs=ngettext("{n} IWG", "{n} IWGs", iwgs).format(n=_count(iwgs)),
            memberships=ngettext("{n} membership", "{n} memberships", memberships).format(n=_count(memberships))),
    ]
    if report.layout != "stakegraph":
        lines.append(gettext("Read as a {layout} workbook.").format(layout=report.layout.capitalize()))
    rows = [[a.sheet, a.rows, a.imported, a.merged, a.rejected] for a in report.accounting]
    headers = [pgettext("import report", "sheet"), pgettext("import report", "rows"),
               pgettext("import report", "imported"), pgettext("import report", "merged"),
               pgettext("import report", "rejected")]
    lines += ["", format_table(rows, headers)]
    lines += _lines(pgettext("import report", "ERRORS"), report.errors)
    lines += _lines(pgettext("import report", "WARNINGS"), report.warnings)
    lines += _lines(pgettext("import report", "NOTES"), report.notes)
    return "\n".join(lines)
