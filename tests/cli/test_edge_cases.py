"""Odd but legal mappings: every command answers sensibly, never with a
traceback, and JSON stays valid JSON.

Each workbook is built inline (``make_workbook``) so the oddity is visible in
the test that uses it.
"""

from __future__ import annotations

import gc
import json
import sys

import openpyxl
from click.testing import CliRunner

from stakegraph.cli import main

HEADER = ["name", "sector", "type", "level", "themes"]
FOUR = [
    HEADER,
    ["Alpha", "public", "local authority", "local", "housing"],
    ["Beta", "civil society", "NGO", "regional", "employment"],
    ["Gamma", "civil society", "migrant-led organisation", "local", "language"],
    ["Delta", "private", "employer", "national", "employment"],
]
TIES = ["source", "target", "type", "weight"]


def strict_json(text: str):
    """Parse ``text`` refusing NaN and Infinity, which JSON does not have."""
    def refuse(constant: str):
        raise ValueError(f"{constant} is not JSON")
    return json.loads(text, parse_constant=refuse)


def test_a_mapping_with_no_ties_still_gets_an_analysis_that_says_so(runner, make_workbook):
    book = make_workbook(Stakeholders=FOUR, Relationships=[TIES])
    text = runner("analyze", book)
    assert text.exit_code == 0, text.output
    assert "4 stakeholders with 0 ties between them: 0% of the ties that could exist." in text.stdout
    assert "No tie at all: Alpha, Beta, Gamma, Delta." in text.stdout
    assert "Brokers: nobody links two others who are not tied themselves." in text.stdout
    summary = strict_json(runner("analyze", book, "--format", "json").stdout)["summary"]
    assert summary == {"stakeholders": 4, "ties": 0, "ties_written": 0, "density": 0.0, "components": 4,
                       "largest_component": 1, "isolates": ["Alpha", "Beta", "Gamma", "Delta"],
                       "sectors": {"public": 1, "civil_society": 2, "private": 1}}


def test_a_weight_written_as_nan_is_quoted_as_text_so_the_json_stays_valid(runner, make_workbook):
    book = make_workbook(Stakeholders=FOUR, Relationships=[
        TIES, ["Alpha", "Beta", "collaboration", "nan"], ["Beta", "Gamma", "collaboration", "inf"]])
    result = runner("validate", book, "--format", "json")
    assert result.exit_code == 0, result.output
    problems = strict_json(result.stdout)["problems"]
    assert [(p["row"], p["column"], p["value"], p["message"]) for p in problems] == [
        (2, "weight", "nan", "nan is not a weight above 0; the weight is set to 1"),
        (3, "weight", "inf", "inf is not a weight above 0; the weight is set to 1"),
    ]


def test_a_mapping_whose_every_sector_is_unknown_is_analysed_and_exits_1(runner, make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector"], ["A", "martian"], ["B", "martian"]],
                         Relationships=[TIES, ["A", "B", "collaboration", 1]])
    result = runner("analyze", book)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "unexpectedly" not in result.stderr
    assert result.stderr.startswith("Warning: the workbook has 2 errors (run `stakegraph validate` to see them):")
    assert "2 stakeholders with 1 tie between them" in result.stdout


def test_an_iwg_named_in_another_case_and_without_accents_is_found(runner, make_workbook):
    book = make_workbook(Stakeholders=FOUR, Relationships=[TIES, ["Beta", "Delta", "collaboration", 1]],
                         IWGs=[["iwg", "stakeholder", "role"], ["Grupo Acción", "Alpha", "chair"],
                               ["Grupo Acción", "Gamma", "member"]])
    result = runner("gaps", book, "--iwg", "GRUPO ACCION")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Gaps of the IWG 'Grupo Acción' (2 members)")
    # both members are isolated: the profile's requirement says so
    assert "  - No member of the group has a tie to another member.\n" in result.stdout


def test_a_workbook_compared_with_itself_changes_nothing_and_with_no_ties_loses_them_all(runner,
        make_workbook):
    book = make_workbook(Stakeholders=FOUR, Relationships=[
        TIES, ["Alpha", "Beta", "collaboration", 1], ["Gamma", "Delta", "collaboration", 1]])
    empty = make_workbook(Stakeholders=FOUR, Relationships=[TIES], name="empty.xlsx")
    same = strict_json(runner("diff", book, book, "--format", "json").stdout)
    assert same["stakeholders"] == {"added": [], "removed": [], "renamed": []}
    assert same["ties"] == {"added": [], "removed": [], "changed": []}
    gone = strict_json(runner("diff", book, empty, "--format", "json").stdout)
    assert gone["ties"]["removed"] == [["Alpha", "Beta", "collaboration"],
                                       ["Gamma", "Delta", "collaboration"]]
    # the E-I index of a network without ties is undefined, not 0
    assert gone["metrics"]["ei_index"] == {"before": 1.0, "after": None, "change": None}


def test_names_that_look_like_formulas_stay_text_in_the_excel_report(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=[["name", "sector"], ["=1+1", "public"],
                                       ["@SUM(A1)", "private"]],
                         Relationships=[TIES, ["=1+1", "@SUM(A1)", "collaboration", 1]])
    # openpyxl writes "=..." as a formula; the user typed text, so make it text
    sheet = openpyxl.load_workbook(book)
    for row in sheet["Stakeholders"].iter_rows():
        for cell in row:
            cell.data_type = "s"
    for cell in sheet["Relationships"]["A"]:
        cell.data_type = "s"
    sheet.save(book)
    out = tmp_path / "report.xlsx"
    result = runner("analyze", book, "-o", out)
    assert result.exit_code == 0, result.output
    cells = [c for ws in openpyxl.load_workbook(out) for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert {"'=1+1", "'@SUM(A1)"} <= set(texts)
    assert [text for text in texts if text.startswith(("=", "+", "-", "@"))] == []


def test_a_mapping_of_one_of_each_counts_in_the_singular(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=FOUR, Relationships=[TIES, ["Beta", "Delta", "collaboration", 1]],
                         IWGs=[["iwg", "stakeholder", "role"], ["Solo IWG", "Alpha", "chair"]])
    exported = runner("export", book, "-o", tmp_path / "net.graphml")
    assert exported.stdout == f"Wrote {tmp_path / 'net.graphml'}: 4 stakeholders, 1 tie, 1 IWG, 1 membership\n"
    lone = make_workbook(Stakeholders=[["name", "sector"], ["Solo", "public"]], name="lone.xlsx")
    assert runner("gaps", lone).stdout.startswith("Gaps of the whole mapping (1 stakeholder) against")


def test_a_file_in_a_folder_that_does_not_exist_is_refused_by_name_with_exit_2(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=FOUR, Relationships=[TIES, ["Alpha", "Beta", "collaboration", 1]])
    for command, ending in [("analyze", "xlsx"), ("analyze", "json"), ("export", "graphml"),
                            ("export", "kumu.xlsx"), ("map", "html")]:
        target = tmp_path / "missing" / f"out.{ending}"
        result = runner(command, book, "-o", target)
        assert (command, result.exit_code) == (command, 2)
        assert result.stderr == f"Error: cannot write '{target}': No such file or directory\n"
        assert not target.parent.exists()
    target = tmp_path / "missing" / "new.html"
    result = runner("diff", book, book, "-o", target)
    assert (result.exit_code, result.stderr) == (2, f"Error: cannot write '{target}': No such file or directory\n")


def test_a_kumu_workbook_that_cannot_be_written_leaves_nothing_to_complain_later(
        make_workbook, tmp_path, monkeypatch):
    unraisable: list[str] = []  # what Python would print as "Exception ignored in: ..."
    monkeypatch.setattr(sys, "unraisablehook", lambda u: unraisable.append(repr(u.exc_value)))
    book = make_workbook(Stakeholders=FOUR, IWGs=[["iwg", "stakeholder"], ["Solo IWG", "Alpha"]])
    result = CliRunner().invoke(main, ["export", str(book), "-o", str(tmp_path / "missing" / "x.kumu.xlsx")])
    assert result.exit_code == 2
    del result
    gc.collect()
    assert unraisable == []


def _csv_mapping(folder, name: str):
    """A CSV folder (a CSV input may hold control characters; xlsx cannot)."""
    folder.mkdir()
    (folder / "Stakeholders.csv").write_text(f'name,sector\n"{name}",public\nBeta,private\n', "utf-8")
    (folder / "Relationships.csv").write_text(f'source,target\n"{name}",Beta\n', "utf-8")
    return folder


def _cells(path):
    return [c for ws in openpyxl.load_workbook(path) for row in ws.iter_rows() for c in row]


def test_a_name_with_control_characters_is_written_to_the_excel_report_without_them(runner, tmp_path):
    book = _csv_mapping(tmp_path / "mapping", "Ctrl\x01Org")
    result = runner("analyze", book, "-o", tmp_path / "report.xlsx")
    assert result.exit_code == 0, result.output
    names = {c.value for c in _cells(tmp_path / "report.xlsx") if c.value in ("CtrlOrg", "Ctrl\x01Org")}
    assert names == {"CtrlOrg"}


def test_a_formula_hidden_behind_a_control_character_stays_text_in_every_workbook(runner, tmp_path):
    book = _csv_mapping(tmp_path / "mapping", "\x01=1+1")
    runner("analyze", book, "-o", tmp_path / "report.xlsx")
    runner("export", book, "-o", tmp_path / "kumu.kumu.xlsx")
    for written in ("report.xlsx", "kumu.kumu.xlsx"):
        cells = _cells(tmp_path / written)
        assert [c.coordinate for c in cells if c.data_type == "f"] == [], written
        assert "'=1+1" in {c.value for c in cells}, written


def test_graphml_and_gexf_of_names_with_control_characters_are_well_formed_xml(runner, tmp_path):
    import igraph
    import networkx as nx

    book = _csv_mapping(tmp_path / "mapping", "Ctrl\x01Org")
    for ending in ("graphml", "gexf"):
        assert runner("export", book, "-o", tmp_path / f"net.{ending}").exit_code == 0
    read = nx.read_graphml(tmp_path / "net.graphml")
    assert sorted(d["label"] for _, d in read.nodes(data=True)) == ["Beta", "CtrlOrg"]
    assert sorted(d["label"] for _, d in nx.read_gexf(tmp_path / "net.gexf").nodes(data=True)) == [
        "Beta", "CtrlOrg"]
    assert sorted(igraph.Graph.Read_GraphML(str(tmp_path / "net.graphml")).vs["label"]) == ["Beta", "CtrlOrg"]


def test_a_theme_outside_the_codebook_filters_the_map_whatever_its_case(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=[["name", "sector", "themes"], ["A", "public", "quantum; blorp"],
                                       ["B", "private", "zzz"]],
                         Relationships=[TIES, ["A", "B", "collaboration", 1]])
    page = tmp_path / "map.html"
    result = runner("map", book, "-o", page, "--theme", " QUANTUM")
    assert result.exit_code == 0, result.output
    assert '"theme": "quantum"' in page.read_text("utf-8")
    wrong = runner("map", book, "-o", page, "--theme", "Quantu")
    assert (wrong.exit_code, wrong.stderr) == (
        2, "Error: 'Quantu' is not a theme of this workbook (it has: blorp, quantum, zzz); did you mean 'quantum'?\n")


def test_a_mapping_of_one_stakeholder_is_not_called_connected_or_sparse(runner, make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector"], ["Solo", "public"]])
    result = runner("analyze", book)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2:4] == ["1 stakeholder: no tie can exist until there is a second.",
                                               "No tie at all: Solo."]
