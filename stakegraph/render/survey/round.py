"""The round workbook ``stakegraph collect`` writes: the mapping as it stands
after the survey, which stakegraph reads back like any mapping.

* ``Stakeholders``: the mapping's title above the header, every stakeholder with its own corrections, then the
  newcomers, whose ``proposed_by`` column names who proposed them;
* ``Relationships``: the merged ties, with three more columns, ``status``
  (confirmed, one-sided, mapping), ``reported_by`` and ``denied_by``
  (names, separated by ``;``); stakegraph keeps them (in the tie's notes);
* ``IWGs``: the mapping's memberships, unchanged;
* ``Collection report (ignore)``: the collection report, its name in the
  reader's language (:func:`report_sheet`); the name ending in ``(ignore)``
  makes stakegraph (and Kumu) skip it when reading.

Every cell is neutralised: an answer such as ``=cmd|' /C calc'!A0`` is
written as text.

Examples
--------
>>> import pathlib, tempfile, openpyxl
>>> from stakegraph.model import Stakeholder, build_graph
>>> H = build_graph([Stakeholder("=Doras", "civil_society"), Stakeholder("City", "public")])
>>> _ = H.add_edge("city", Stakeholder("=Doras").id, kind="tie", type="funding", weight=2.0,
...            directed=False, status="one-sided", reported_by="City", denied_by=None)
>>> path = write_round(H, [("Returns: 1 accepted.",)], pathlib.Path(tempfile.mkdtemp()) / "r.xlsx")
>>> book = openpyxl.load_workbook(path)
>>> book.sheetnames
['Stakeholders', 'Relationships', 'IWGs', 'Collection report (ignore)']
>>> [c.value for c in book["Relationships"][2]]
['City', "'=Doras", 'funding', 'no', 2, None, None, 'one-sided', 'City', None]
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from openpyxl import Workbook
from openpyxl.styles import Font

from stakegraph.i18n import gettext
from stakegraph.render.atomic import save_workbook
from stakegraph.render.export.tables import table_sheets
from stakegraph.render.safe import xlsx_cell

__all__ = ["PROVENANCE", "REPORT_SHEET", "report_sheet", "write_round"]

#: the columns a round adds to the Relationships sheet
PROVENANCE = ("status", "reported_by", "denied_by")
#: the sheet of the collection report, in English (skipped by stakegraph's reader)
REPORT_SHEET = "Collection report (ignore)"
#: what makes a reader skip a sheet (stakegraph's and Kumu's)
_SKIPPED = " (ignore)"


def report_sheet() -> str:
    """The name of the collection report's sheet in the current language,
    ending in the marker that makes readers skip it (at most Excel's 31
    characters).

    >>> from stakegraph.i18n import speaking
    >>> with speaking("es"):
    ...     report_sheet()
    'Informe de recogida (ignore)'
    """
    return gettext("Collection report")[:31 - len(_SKIPPED)] + _SKIPPED


def _tie_rows(H: nx.MultiDiGraph) -> list[list[Any]]:
    names = {n: H.nodes[n].get("name", n) for n in H}
    rows: list[list[Any]] = [["source", "target", "type", "directed", "weight", "since", "notes",
                              *PROVENANCE]]
    for u, v, d in H.edges(data=True):
        if d.get("kind") == "tie":
            weight = float(d.get("weight") or 1.0)
            rows.append([names[u], names[v], d.get("type"), "yes" if d.get("directed") else "no",
                         int(weight) if weight.is_integer() else round(weight, 2), d.get("since"),
                         d.get("notes"), *(d.get(c) for c in PROVENANCE)])
    return rows


def write_round(H: nx.MultiDiGraph, report: Iterable[tuple[str, ...]],
                path: str | os.PathLike[str], report_name: str = REPORT_SHEET) -> Path:
    """Write round ``H`` (see :func:`stakegraph.model.rounds.round_graph`) and
    the ``report`` rows, in a sheet named ``report_name``, to ``path``;
    return the path."""
    sheets = table_sheets(H, "stakegraph")
    sheets["Relationships"] = _tie_rows(H)
    if H.graph.get("title"):
        # the title row above the header keeps the mapping's title in the round
        sheets["Stakeholders"].insert(0, [H.graph["title"]])
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append([xlsx_cell(v) for v in row])
        for cell in sheet[2 if len(rows[0]) == 1 else 1]:
            cell.font = Font(bold=True)
    summary = book.create_sheet(report_name)
    for line in report:
        row = list(line)
        summary.append([xlsx_cell(v) for v in row])
        if len(row) == 1:
            summary.cell(row=summary.max_row, column=1).font = Font(bold=True)
    for letter, width in zip("ABC", (34, 48, 60)):
        summary.column_dimensions[letter].width = width
    return save_workbook(book, path)
