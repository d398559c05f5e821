"""The Excel report, opened as a person's spreadsheet program would (openpyxl)
and as an analyst would (pandas)."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

from stakegraph.analysis.glossary import GLOSSARY
from stakegraph.analysis.network import analyze_network
from stakegraph.errors import problem
from stakegraph.model import (
    ImportReport,
    SheetAccount,
    Stakeholder,
    Tie,
    build_graph,
    stakeholder_id,
)
from stakegraph.render.report.excel import Block, Sheet, analysis_sheets, write_excel_report

HOSTILE = '=HYPERLINK("http://x","click")'


def mapping():
    people = [("Council", "public"), ("HSE", "public"), ("Doras", "civil_society"),
              ("Sudanese", "civil_society"), ("Dell", "private"), (HOSTILE, "civil_society"),
              ("Lonely", None)]
    G = build_graph([Stakeholder(n, s) for n, s in people],
                    [Tie("council", "hse"), Tie("council", "doras"), Tie("doras", "sudanese"),
                     Tie("doras", "dell"), Tie("sudanese", stakeholder_id(HOSTILE))],
                    title="Limerick")
    return analyze_network(G)


def import_report():
    report = ImportReport("book.xlsx", accounting=[SheetAccount("Stakeholders", 8, 7, 0, 1)])
    report.problems.append(problem("unknown-sector", sheet="Stakeholders", row=8,
                                   column="sector", value="pubic", suggestion="public"))
    return report


def rows_of(path, sheet: str) -> list[list]:
    """The sheet's rows as lists, without the empty cells at their end."""
    rows = []
    for row in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True):
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        rows.append(values)
    return rows


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "report.xlsx"
    gaps = Sheet("Gaps", ["Gaps against the profile"],
                 [Block(["requirement", "status"], [["every sector tied", "weak"]])])
    write_excel_report(path, analysis_sheets(mapping(), import_report(), extra=[gaps]))
    return path


def test_sheets_in_order(workbook):
    assert openpyxl.load_workbook(workbook).sheetnames == [
        "Summary", "Stakeholders", "Brokers", "Structure", "Mixing", "Themes", "Power-interest", "Gaps",
        "Import report",
        "Glossary"]


def test_pandas_reads_every_metric_of_every_stakeholder(workbook):
    analysis = mapping()
    table = pd.read_excel(workbook, engine="openpyxl", sheet_name="Stakeholders")
    assert len(table) == 7
    assert {"name", "sector", "degree", "weighted_degree", "betweenness", "closeness",
            "eigenvector", "pagerank", "constraint", "effective_size", "core", "community",
            "coordinator", "consultant", "gatekeeper", "representative", "liaison",
            "brokerage", "betweenness_rank"} <= set(table.columns)
    doras = table.set_index("name").loc["Doras"]
    assert doras["betweenness"] == pytest.approx(analysis.stakeholders.loc["doras", "betweenness"])
    assert doras["community"].startswith("the ") and doras["community"].endswith(" cluster")
    lonely = table.set_index("name").loc["Lonely"]
    assert pd.isna(lonely["constraint"]) and pd.isna(lonely["coordinator"])


def test_every_cell_is_neutralised(workbook):
    book = openpyxl.load_workbook(workbook)
    texts = [c.value for ws in book for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert "'" + HOSTILE in texts
    assert not any(t.startswith(("=", "+", "-", "@")) for t in texts)
    assert all(c.data_type != "f" for ws in book for row in ws.iter_rows() for c in row)


def test_numbers_have_formats_and_columns_have_widths(workbook):
    ws = openpyxl.load_workbook(workbook)["Stakeholders"]
    headers = [c.value for c in ws[1]]
    betweenness = ws.cell(row=2, column=headers.index("betweenness") + 1)
    assert isinstance(betweenness.value, float) and betweenness.number_format == "0.000"
    degree = ws.cell(row=2, column=headers.index("degree") + 1)
    assert isinstance(degree.value, int) and degree.number_format == "General"
    assert headers[-1] == "id"
    assert ws.column_dimensions["A"].width >= len(HOSTILE)
    assert ws.freeze_panes == "B2"


def test_mixing_matrix_has_a_colour_scale(workbook):
    ws = openpyxl.load_workbook(workbook)["Mixing"]
    rules = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    assert [r.type for r in rules] == ["colorScale"]
    rows = rows_of(workbook, "Mixing")
    # sectors as words, as everywhere people read them (JSON keeps the codes)
    header = rows.index(["sector", "public", "private", "civil society", "unknown"])
    assert rows[header + 1] == ["public", 1, 0, 1, 0]
    assert rows[header + 3] == ["civil society", 1, 1, 2, 0]


def test_import_report_lists_problems_and_accounting(workbook):
    rows = rows_of(workbook, "Import report")
    assert ["Stakeholders", 8, 7, 0, 1] in rows
    assert ["error", "unknown-sector", "Stakeholders", 8, "sector", "pubic",
            "'pubic' is not a sector; did you mean 'public'?", "public"] in rows


def test_brokers_structure_and_glossary(workbook):
    brokers = pd.read_excel(workbook, engine="openpyxl", sheet_name="Brokers", skiprows=7)
    assert brokers["name"].iloc[0] == "Doras"
    assert ["Council", 2] in rows_of(workbook, "Structure")  # two pieces, no sector split
    glossary = pd.read_excel(workbook, engine="openpyxl", sheet_name="Glossary")
    assert len(glossary) == len(GLOSSARY)
    assert "how often this organisation lies on the shortest path between two others" in \
        glossary["meaning"].tolist()


def test_summary_says_how_it_was_computed(workbook):
    rows = rows_of(workbook, "Summary")
    assert rows[0][0] == "Limerick"
    assert rows[1][0] == "Betweenness is exact (every shortest path counted)."
    assert ["Isolates", 1, "Lonely"] in rows


def test_a_list_of_names_is_one_cell_and_a_name_holding_a_comma_stays_whole(tmp_path):
    path = tmp_path / "r.xlsx"
    write_excel_report(path, [Sheet("Names", [], [Block(["group", "members"], [
        ["plain", ["Doras", "Caritas"]],
        ["comma", ["Global Migration Organisation, Ireland Office", "Doras"]]])])])
    assert rows_of(path, "Names")[1:] == [
        ["plain", "Doras, Caritas"],
        ["comma", "Global Migration Organisation, Ireland Office; Doras"]]
