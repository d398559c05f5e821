"""The analysis report as an Excel workbook.

A report is a list of :class:`Sheet` s, each a few lines of text and one or
more :class:`Block` s (a titled table); :func:`write_excel_report` writes any
such list, so other reports add their own sheets: build ``Sheet`` objects
and pass ``analysis_sheets(analysis, report, extra=[...])`` (extras go before
the import report and the glossary) to :func:`write_excel_report`. Column
widths follow the content, numbers get a format, a block can carry a colour
scale, and every cell goes through
:func:`~stakegraph.render.safe.neutralise_cell`.

Examples
--------
>>> import pathlib, tempfile, openpyxl
>>> path = pathlib.Path(tempfile.mkdtemp()) / "r.xlsx"
>>> block = Block(["name", "score"], [["=Caritas", 0.5]], formats={"score": "0.00"})
>>> write_excel_report(path, [Sheet("Scores", ["Top scores"], [block])])
>>> [c.value for c in openpyxl.load_workbook(path)["Scores"][4]]
["'=Caritas", 0.5]
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from stakegraph.analysis.brokerage import ROLES
from stakegraph.analysis.glossary import GLOSSARY, gloss, label
from stakegraph.analysis.grid import HIGH_FROM, NEWS, QUADRANTS, quadrant_names, widest_gaps_first
from stakegraph.analysis.network import NetworkAnalysis
from stakegraph.model.report import ImportReport
from stakegraph.render.atomic import save_workbook
from stakegraph.render.report.analysis import method_lines, theme_notes
from stakegraph.render.safe import xlsx_cell
from stakegraph.render.text import name_list

__all__ = ["Block", "Sheet", "analysis_sheets", "write_excel_report"]

_MIN_WIDTH, _MAX_WIDTH = 8, 60
_BOLD = Font(bold=True)
_HEADING = Font(bold=True, size=13)


@dataclass
class Block:
    """A table: headers, rows, an optional title above it, number formats by
    header (e.g. ``{"betweenness": "0.000"}``) and, with ``color_scale``, a
    white-to-blue colour scale over its numeric cells (all but the first column)."""

    headers: list[str]
    rows: list[list[Any]]
    title: str | None = None
    formats: dict[str, str] = field(default_factory=dict)
    color_scale: bool = False


@dataclass
class Sheet:
    """A worksheet: ``title`` (at most 31 characters), lines of text, then blocks."""

    title: str
    lines: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


def _put(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    if isinstance(value, (list, tuple, set)):
        items = [str(v) for v in value]
        value = name_list(items, shown=len(items))  # semicolons when a name holds a comma
    elif value is pd.NA or (isinstance(value, float) and value != value):
        value = None
    elif value is not None and not isinstance(value, (str, int, float, bool)):
        value = value.item() if hasattr(value, "item") else str(value)
    cell = ws.cell(row=row, column=col, value=xlsx_cell(value))
    return cell


def _write_block(ws: Worksheet, block: Block, top: int, widths: dict[int, int]) -> int:
    row = top
    if block.title:
        _put(ws, row, 1, block.title).font = _BOLD
        row += 1
    for col, header in enumerate(block.headers, start=1):
        _put(ws, row, col, header).font = _BOLD
        widths[col] = max(widths.get(col, 0), len(str(header)))
    header_row = row
    for values in block.rows:
        row += 1
        for col, value in enumerate(values, start=1):
            cell = _put(ws, row, col, value)
            fmt = block.formats.get(block.headers[col - 1])
            if fmt and isinstance(cell.value, float) and not isinstance(cell.value, bool):
                cell.number_format = fmt
            shown = f"{cell.value:.3f}" if isinstance(cell.value, float) else str(cell.value or "")
            widths[col] = max(widths.get(col, 0), len(shown))
    if block.color_scale and block.rows and len(block.headers) > 1:
        area = f"B{header_row + 1}:{get_column_letter(len(block.headers))}{row}"
        ws.conditional_formatting.add(area, ColorScaleRule(
            start_type="min", start_color="FFFFFF", end_type="max", end_color="2C7FB8"))
    return row + 2


def _write_sheet(ws: Worksheet, sheet: Sheet) -> None:
    widths: dict[int, int] = {}
    row = 1
    for i, line in enumerate(sheet.lines):
        cell = _put(ws, row, 1, line)
        cell.font = _HEADING if i == 0 else Font()
        cell.alignment = Alignment(wrap_text=False)
        row += 1
    if sheet.lines:
        row += 1
    first_table = row + (1 if sheet.blocks and sheet.blocks[0].title else 0)
    for block in sheet.blocks:
        row = _write_block(ws, block, row, widths)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(
            _MAX_WIDTH, max(_MIN_WIDTH, width + 2))
    if len(sheet.blocks) == 1 and not sheet.lines:
        ws.freeze_panes = ws.cell(row=first_table + 1, column=2)


def write_excel_report(path: str | os.PathLike[str], sheets: list[Sheet]) -> None:
    """Write ``sheets`` to the workbook at ``path``, replacing it only once
    complete (:func:`~stakegraph.render.atomic.atomic_file`)."""
    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        _write_sheet(book.create_sheet(sheet.title[:31]), sheet)
    save_workbook(book, path)


_MEASURE_COLUMNS = ["degree", "weighted_degree", "betweenness", "betweenness_raw", "closeness",
                    "eigenvector", "pagerank", "constraint", "effective_size", "core"]
_RANKS = ["degree_rank", "betweenness_rank", "closeness_rank", "eigenvector_rank",
          "pagerank_rank"]
_FLOAT = "0.000"


def _formats(headers: list[str]) -> dict[str, str]:
    return {h: _FLOAT for h in headers if h in _MEASURE_COLUMNS and h not in {"degree", "core"}}


def _summary(analysis: NetworkAnalysis) -> Sheet:
    s = analysis.summary
    mixing = analysis.mixing
    rows = [
        ["Stakeholders", s["stakeholders"], "organisations in the mapping"],
        ["Ties", s["ties"], "pairs of organisations with at least one tie"],
        ["Ties as written", s["ties_written"], "rows of ties in the workbook (a pair may have two)"],
        ["Density", s["density"], gloss("density")],
        ["Components", s["components"], gloss("components")],
        ["Largest component", s["largest_component"], "organisations in the largest piece"],
        ["Isolates", len(s["isolates"]), ", ".join(s["isolates"]) or gloss("isolates")],
        ["Cut points", len(analysis.articulation_points), gloss("articulation_points")],
        ["Bridges", len(analysis.bridges), gloss("bridges")],
        ["Communities", len(analysis.communities.clusters), gloss("community")],
        ["Modularity", analysis.communities.modularity, "how clearly the clusters stand apart"],
        ["E-I index", mixing.ei.overall, gloss("ei_index")],
        ["Assortativity", mixing.assortativity, gloss("assortativity")],
    ]
    rows += [[f"Sector: {k}", v, "organisations of this sector"] for k, v in s["sectors"].items()]
    formats = {"value": _FLOAT}
    return Sheet("Summary", [analysis.title or "Network analysis", *method_lines(analysis)],
                 [Block(["measure", "value", "meaning"], rows, formats=formats)])


def _stakeholders(analysis: NetworkAnalysis) -> Sheet:
    table = analysis.stakeholders
    names = {c.id: c.name for c in analysis.communities.clusters}
    headers = ["name", "sector", *_MEASURE_COLUMNS, "community", *ROLES, "brokerage", *_RANKS,
               "id"]
    rows = []
    for node, row in table.iterrows():
        values = [row[h] for h in headers[:-1]] + [node]
        community = row["community"]
        values[headers.index("community")] = None if community is pd.NA else names[community]
        rows.append(values)
    return Sheet("Stakeholders", [], [Block(headers, rows, formats=_formats(headers))])


def _brokers(analysis: NetworkAnalysis) -> Sheet:
    brokers = analysis.brokers(top=len(analysis.stakeholders))
    cuts = analysis.cut_points
    headers = ["name", "sector", "brokerage", *ROLES, "betweenness", "cut point", "separates"]
    rows = [[row["name"], row["sector"], row["brokerage"], *(row[r] for r in ROLES),
             row["betweenness"], node in cuts.index,
             cuts.loc[node, "separates"] if node in cuts.index else None]
            for node, row in brokers.iterrows()]
    lines = ["Brokers: who links whom across the sectors",
             *(f"{label(r)}: {gloss(r)}" for r in ROLES)]
    return Sheet("Brokers", lines, [Block(headers, rows, formats={"betweenness": _FLOAT})])


def _structure(analysis: NetworkAnalysis) -> Sheet:
    name = analysis.name
    cuts = Block(["name", "pieces", "separates"],
                 [[name(v), r["pieces"], r["separates"]] for v, r in analysis.cut_points.iterrows()],
                 title=f"Cut points: {gloss('articulation_points')}")
    bridges = Block(["from", "to"], [[name(u), name(v)] for u, v in analysis.bridges],
                    title=f"Bridges: {gloss('bridges')}")
    clusters = Block(["community", "size", "sectors", "members"],
                     [[c.name, len(c.members), [f"{k} {v}" for k, v in c.sectors.items()],
                       [name(v) for v in c.members]] for c in analysis.communities.clusters],
                     title=f"Communities: {gloss('community')}")
    return Sheet("Structure", ["Structure of the network"], [cuts, bridges, clusters])


def _mixing(analysis: NetworkAnalysis) -> Sheet:
    m = analysis.mixing
    matrix = Block(["sector", *map(str, m.matrix.columns)],
                   [[s, *m.matrix.loc[s].tolist()] for s in m.matrix.index],
                   title="Ties between sectors", color_scale=True)
    ei = Block(["sector", "E-I index"],
               [["all sectors", m.ei.overall], *([s, v] for s, v in m.ei.by_sector.items())],
               title=f"E-I index: {gloss('ei_index')}", formats={"E-I index": _FLOAT})
    lines = ["Sector mixing", f"Assortativity by sector: "
             f"{'not defined' if m.assortativity != m.assortativity else f'{m.assortativity:.3f}'}"
             f" ({gloss('assortativity')})"]
    return Sheet("Mixing", lines, [matrix, ei])


def _themes(analysis: NetworkAnalysis) -> Sheet:
    M = analysis.themes
    matrix = Block(["sector", *map(str, M.columns)], [[s, *M.loc[s].tolist()] for s in M.index],
                   title="Organisations by sector and theme", color_scale=True)
    return Sheet("Themes", [f"Themes by sector: {gloss('themes')}", *theme_notes(M)], [matrix])


def _grid(analysis: NetworkAnalysis) -> Sheet:
    g = analysis.grid
    quadrants = Block(["quadrant", "how to engage", "organisations", "names"],
                      [[label(q), gloss(q), len(names := quadrant_names(g, q)), names] for q in QUADRANTS]
                      + [["not rated", "rate their influence and interest", len(names := quadrant_names(g, None)),
                          names]],
                      title="The four quadrants")
    order = widest_gaps_first(g)
    table = Block(["name", "sector", "influence", "interest", "quadrant", "influence the ties show", "gap",
                   "reading"],
                  [[r["name"], r["sector"], r["influence"], r["interest"],
                    label(r["quadrant"]) if r["quadrant"] else None, r["network_influence"], r["gap"],
                    r["reading"]] for _, r in order.iterrows()],
                  title="Every stakeholder, where the ratings and the ties disagree most first")
    lines = [f"Power–interest grid (Mendelow): {gloss('quadrant')}",
             f"A rating of {HIGH_FROM} to 5 is high. The column 'influence the ties show' runs "
             f"{gloss('network_influence').removeprefix('the influence the ties show, ')}.",
             f"gap: rated influence minus the influence the ties show; {NEWS} or more either way is worth a look."]
    return Sheet("Power-interest", lines, [quadrants, table])


def _import_report(report: ImportReport) -> Sheet:
    accounting = Block(["sheet", "rows", "imported", "merged", "rejected"],
                       [[a.sheet, a.rows, a.imported, a.merged, a.rejected]
                        for a in report.accounting], title="Rows read")
    headers = ["severity", "code", "sheet", "row", "column", "value", "message", "suggestion"]
    problems = Block(headers, [[getattr(p, h) for h in headers] for p in report.problems],
                     title="Problems")
    lines = [f"Import report: {report.file}",
             f"{len(report.errors)} errors, {len(report.warnings)} warnings"]
    return Sheet("Import report", lines, [accounting, problems])


def _glossary() -> Sheet:
    return Sheet("Glossary", [], [Block(["measure", "meaning"],
                                        [[label(k), v] for k, v in GLOSSARY.items()])])


def analysis_sheets(
    analysis: NetworkAnalysis, report: ImportReport | None = None, extra: list[Sheet] | None = None
) -> list[Sheet]:
    """The analysis report's sheets: Summary, Stakeholders, Brokers,
    Structure, Mixing, Themes, Power-interest, then ``extra`` (e.g. Gaps, Recommendations), the
    Import report (when given) and the Glossary."""
    sheets = [_summary(analysis), _stakeholders(analysis), _brokers(analysis),
              _structure(analysis), _mixing(analysis), _themes(analysis), _grid(analysis),
              *(extra or [])]
    if report is not None:
        sheets.append(_import_report(report))
    return [*sheets, _glossary()]
