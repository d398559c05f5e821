"""The analysis report as an Excel workbook.

A report is a list of :class:`Sheet` s, each a few lines of text and one or
more :class:`Block` s (a titled table); :func:`write_excel_report` writes any
such list, so other reports add their own sheets: build ``Sheet`` objects
and pass ``analysis_sheets(analysis, report, extra=[...])`` (extras go before
the import report and the glossary) to :func:`write_excel_report`. Column
widths follow the content, numbers get a format, a block can carry a colour
scale, and every cell goes through
:func:`~stakegraph.render.safe.neutralise_cell`.

Sheet names, headers and notes are in the current language
(:func:`~stakegraph.i18n.speaking`), sectors and themes as its words; numbers
stay numeric cells with a number format such as ``0.000``, which Excel shows
with the reader's own decimal separator (a comma in a Spanish Excel).

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
from stakegraph.i18n import N_, gettext, ngettext, pgettext
from stakegraph.model.report import ImportReport
from stakegraph.render.atomic import save_workbook
from stakegraph.render.report.analysis import cluster_name, count, method_lines, theme_notes
from stakegraph.render.report.columns import column, columns
from stakegraph.render.report.words import sector_word
from stakegraph.render.safe import xlsx_cell
from stakegraph.render.text import localised, name_list
from stakegraph.render.words import vocab_word

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
    return {column(h): _FLOAT for h in headers if h in _MEASURE_COLUMNS and h not in {"degree", "core"}}


def _summary(analysis: NetworkAnalysis) -> Sheet:
    s = analysis.summary
    mixing = analysis.mixing
    rows = [
        [gettext("Stakeholders"), s["stakeholders"], gettext("organisations in the mapping")],
        [gettext("Ties"), s["ties"], gettext("pairs of organisations with at least one tie")],
        [gettext("Ties as written"), s["ties_written"],
         gettext("rows of ties in the workbook (a pair may have two)")],
        [label("density"), s["density"], gloss("density")],
        [label("components"), s["components"], gloss("components")],
        [gettext("Largest component"), s["largest_component"], gettext("organisations in the largest piece")],
        [label("isolates"), len(s["isolates"]), ", ".join(s["isolates"]) or gloss("isolates")],
        [label("articulation_points"), len(analysis.articulation_points), gloss("articulation_points")],
        [label("bridges"), len(analysis.bridges), gloss("bridges")],
        [gettext("Communities"), len(analysis.communities.clusters), gloss("community")],
        [gettext("Modularity"), analysis.communities.modularity, gettext("how clearly the clusters stand apart")],
        [label("ei_index"), mixing.ei.overall, gloss("ei_index")],
        [label("assortativity"), mixing.assortativity, gloss("assortativity")],
    ]
    rows += [[gettext("Sector: {sector}").format(sector=sector_word(k)), v,
              gettext("organisations of this sector")] for k, v in s["sectors"].items()]
    formats = {column("value"): _FLOAT}
    return Sheet(pgettext("sheet", "Summary"), [analysis.title or gettext("Network analysis"),
                                                *method_lines(analysis)],
                 [Block(columns(["measure", "value", "meaning"]), rows, formats=formats)])


def _stakeholders(analysis: NetworkAnalysis) -> Sheet:
    table = analysis.stakeholders
    names = {c.id: cluster_name(analysis, c) for c in analysis.communities.clusters}
    headers = ["name", "sector", *_MEASURE_COLUMNS, "community", *ROLES, "brokerage", *_RANKS,
               "id"]
    rows = []
    for node, row in table.iterrows():
        values = [row[h] for h in headers[:-1]] + [node]
        community = row["community"]
        values[headers.index("community")] = None if community is pd.NA else names[community]
        values[1] = sector_word(values[1])
        rows.append(values)
    return Sheet(pgettext("sheet", "Stakeholders"), [],
                 [Block(columns(headers), rows, formats=_formats(headers))])


def _brokers(analysis: NetworkAnalysis) -> Sheet:
    brokers = analysis.brokers(top=len(analysis.stakeholders))
    cuts = analysis.cut_points
    headers = ["name", "sector", "brokerage", *ROLES, "betweenness", "cut point", "separates"]
    rows = [[row["name"], sector_word(row["sector"]), row["brokerage"], *(row[r] for r in ROLES),
             row["betweenness"], node in cuts.index,
             cuts.loc[node, "separates"] if node in cuts.index else None]
            for node, row in brokers.iterrows()]
    lines = [gettext("Brokers: who links whom across the sectors"),
             *(gettext("{role}: {meaning}").format(role=label(r), meaning=gloss(r)) for r in ROLES)]
    return Sheet(pgettext("sheet", "Brokers"), lines,
                 [Block(columns(headers), rows, formats={column("betweenness"): _FLOAT})])


def _structure(analysis: NetworkAnalysis) -> Sheet:
    name = analysis.name
    cuts = Block(columns(["name", "pieces", "separates"]),
                 [[name(v), r["pieces"], r["separates"]] for v, r in analysis.cut_points.iterrows()],
                 title=gettext("Cut points: {meaning}").format(meaning=gloss("articulation_points")))
    bridges = Block(columns(["from", "to"]), [[name(u), name(v)] for u, v in analysis.bridges],
                    title=gettext("Bridges: {meaning}").format(meaning=gloss("bridges")))
    clusters = Block(columns(["community", "size", "sectors", "members"]),
                     [[cluster_name(analysis, c), len(c.members),
                       [f"{sector_word(k)} {v}" for k, v in c.sectors.items()],
                       [name(v) for v in c.members]] for c in analysis.communities.clusters],
                     title=gettext("Communities: {meaning}").format(meaning=gloss("community")))
    return Sheet(pgettext("sheet", "Structure"), [gettext("Structure of the network")],
                 [cuts, bridges, clusters])


def _mixing(analysis: NetworkAnalysis) -> Sheet:
    m = analysis.mixing
    matrix = Block([column("sector"), *map(sector_word, m.matrix.columns)],
                   [[sector_word(s), *m.matrix.loc[s].tolist()] for s in m.matrix.index],
                   title=gettext("Ties between sectors"), color_scale=True)
    ei = Block([column("sector"), label("ei_index")],
               [[gettext("all sectors"), m.ei.overall], *([sector_word(s), v] for s, v in m.ei.by_sector.items())],
               title=gettext("E-I index: {meaning}").format(meaning=gloss("ei_index")),
               formats={label("ei_index"): _FLOAT})
    value = (gettext("not defined") if m.assortativity != m.assortativity
             else localised(f"{m.assortativity:.3f}"))
    lines = [gettext("Sector mixing"), gettext("Assortativity by sector: {value} ({meaning})").format(
        value=value, meaning=gloss("assortativity"))]
    return Sheet(pgettext("sheet", "Mixing"), lines, [matrix, ei])


def _themes(analysis: NetworkAnalysis) -> Sheet:
    M = analysis.themes
    matrix = Block([column("sector"), *(vocab_word("theme", t, in_sentence=True) for t in M.columns)],
                   [[sector_word(s), *M.loc[s].tolist()] for s in M.index],
                   title=gettext("Organisations by sector and theme"), color_scale=True)
    return Sheet(pgettext("sheet", "Themes"),
                 [gettext("Themes by sector: {meaning}").format(meaning=gloss("themes")), *theme_notes(M)],
                 [matrix])


def _grid(analysis: NetworkAnalysis) -> Sheet:
    g = analysis.grid
    quadrants = Block(columns(["quadrant", "how to engage", "organisations", "names"]),
                      [[label(q), gloss(q), len(names := quadrant_names(g, q)), names] for q in QUADRANTS]
                      + [[gettext("not rated"), gettext("rate their influence and interest"),
                          len(names := quadrant_names(g, None)), names]],
                      title=gettext("The four quadrants"))
    order = widest_gaps_first(g)
    table = Block(columns(["name", "sector", "influence", "interest", "quadrant", "influence the ties show",
                         "gap", "reading"]),
                  [[r["name"], sector_word(r["sector"]), r["influence"], r["interest"],
                    label(r["quadrant"]) if r["quadrant"] else None, r["network_influence"], r["gap"],
                    gettext(r["reading"]) if r["reading"] else r["reading"]] for _, r in order.iterrows()],
                  title=gettext("Every stakeholder, where the ratings and the ties disagree most first"))
    lines = [gettext("Power–interest grid (Mendelow): {meaning}").format(meaning=gloss("quadrant")),
             gettext("A rating of {high} to 5 is high. The column 'influence the ties show' runs from 1 "
                     "(the fifth of organisations with the least PageRank) to 5 (the fifth with the most).")
             .format(high=HIGH_FROM),
             gettext("gap: rated influence minus the influence the ties show; {news} or more either way "
                     "is worth a look.").format(news=NEWS)]
    return Sheet(pgettext("sheet", "Power-interest"), lines, [quadrants, table])


def _import_report(report: ImportReport) -> Sheet:
    accounting = Block(columns(["sheet", "rows", "imported", "merged", "rejected"]),
                       [[a.sheet, a.rows, a.imported, a.merged, a.rejected]
                        for a in report.accounting], title=gettext("Rows read"))
    headers = ["severity", "code", "sheet", "row", "column", "value", "message", "suggestion"]
    problems = Block(columns(headers), [[_severity(p.severity) if h == "severity" else getattr(p, h)
                                       for h in headers] for p in report.problems],
                     title=gettext("Problems"))
    errors = count(ngettext("{n} error", "{n} errors", len(report.errors)), len(report.errors))
    warnings = count(ngettext("{n} warning", "{n} warnings", len(report.warnings)), len(report.warnings))
    lines = [gettext("Import report: {file}").format(file=report.file),
             gettext("{errors}, {warnings}").format(errors=errors, warnings=warnings)]
    return Sheet(pgettext("sheet", "Import report"), lines, [accounting, problems])


#: a problem's severity as a word for people (the code keeps the English)
_SEVERITIES = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


def _severity(code: str) -> str:
    return gettext(_SEVERITIES[code]) if code in _SEVERITIES else code


def _glossary() -> Sheet:
    return Sheet(pgettext("sheet", "Glossary"), [],
                 [Block(columns(["measure", "meaning"]), [[label(k), gloss(k)] for k in GLOSSARY])])


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
