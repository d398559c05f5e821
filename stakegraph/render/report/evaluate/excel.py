"""The evaluation annex as Excel sheets: the readings with their methods,
then one sheet per table (:func:`~stakegraph.render.report.evaluate.tables.annex_tables`),
written by :func:`stakegraph.render.report.excel.write_excel_report`.

Examples
--------
>>> from stakegraph.render.report.evaluate.readings import Reading
>>> sheets = annex_sheets([Reading("stability", "Stability", "Steady.", "QAP.")],
...                       [("Ties by pair of sectors", ["sector", "sector"], [["Public", "Private"]])],
...                       heading="Evaluation annex")
>>> [s.title for s in sheets], sheets[0].blocks[0].rows
(['Annex', 'Ties by pair of sectors'], [['Stability', 'Steady.', 'QAP.']])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from stakegraph.i18n import pgettext
from stakegraph.render.report.columns import column, columns
from stakegraph.render.report.evaluate.readings import Reading
from stakegraph.render.report.excel import Block, Sheet

__all__ = ["annex_sheets"]

_P = "0.000"


def annex_sheets(found: Sequence[Reading], tables: Sequence[tuple[str, list[str], list[list[Any]]]],
                 *, heading: str) -> list[Sheet]:
    """A sheet of readings under ``heading``, then a sheet per table."""
    sheets = [Sheet(pgettext("sheet", "Annex"), [heading],
                    [Block(columns(["indicator", "reading", "method"]),
                           [[r.title, r.reading, r.method] for r in found])])]
    words = {column(h) for h in ("name", "sector", "level", "statistic")}
    for title, headers, rows in tables:
        formats = {h: _P for h in headers if h not in words}
        sheets.append(Sheet(title.split(" (")[0][:31], [], [Block(headers, rows, formats=formats)]))
    return sheets
