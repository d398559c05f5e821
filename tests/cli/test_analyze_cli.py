"""``stakegraph analyze``: the words on the terminal, the JSON shape, the
report files and the exit status (0 done, 1 workbook errors, 2 unreadable).

The mapping below is a line HSE - Council - Doras with Sudanese Community
and Dell hanging off Doras, and one organisation with no tie. Counted by
hand (6 stakeholders, 10 pairs among the other five): Doras lies between
{Council, HSE} x {Sudanese, Dell} and Sudanese-Dell, 5 pairs (0.5); Council
between HSE and the three beyond it, 3 pairs (0.3).
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import openpyxl
import pandas as pd
import pytest

from stakegraph.analysis.network import analyze_network
from stakegraph.model import Stakeholder, Tie, build_graph

STAKEHOLDERS = [
    ["name", "sector", "type"],
    ["Limerick City Council", "public", "local authority"],
    ["HSE", "public", "statutory agency"],
    ["Doras", "civil society", "NGO"],
    ["Sudanese Community", "civil society", "migrant-led organisation"],
    ["Dell", "private", "employer"],
    ["Lonely Club", "civil society", "community group"],
]
RELATIONSHIPS = [
    ["source", "target", "type", "weight"],
    ["Limerick City Council", "HSE", "partnership", 2],
    ["Limerick City Council", "Doras", "funding", 3],
    ["Doras", "Sudanese Community", "collaboration", 1],
    ["Doras", "Dell", "referral", 1],
]


@pytest.fixture
def book(make_workbook):
    return make_workbook(Stakeholders=STAKEHOLDERS, Relationships=RELATIONSHIPS)


def test_text_output_reads_as_sentences_and_tables(runner, book):
    result = runner("analyze", book)
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert "6 stakeholders with 4 ties between them: 27% of the ties that could exist." in out
    assert "The network falls into 2 separate pieces; the largest holds 5." in out
    assert "No tie at all: Lonely Club." in out
    assert "Cut points (organisations whose departure would split the network in pieces): " \
           "Limerick City Council, Doras." in out
    assert "Betweenness is exact (every shortest path counted)." in out
    assert "Betweenness: how often this organisation lies on the shortest path between two others" \
        in out
    betweenness = out.split("Betweenness: ")[1].splitlines()
    assert betweenness[3].split() == ["1", "Doras", "civil", "society", "0.5"], "the sector as words, not its code"
    assert betweenness[4].split() == ["2", "Limerick", "City", "Council", "public", "0.3"]
    assert "Sector mixing: how many ties join each pair of sectors" in out


def test_a_pair_tied_twice_in_the_workbook_is_one_tied_pair_and_the_text_says_both(runner, make_workbook):
    book = make_workbook(Stakeholders=STAKEHOLDERS, Relationships=[
        *RELATIONSHIPS, ["Doras", "Limerick City Council", "referral"]])
    result = runner("analyze", book)
    assert "6 stakeholders with 4 pairs of them tied (5 ties in the workbook): " \
           "27% of the pairs that could be tied." in result.stdout
    summary = json.loads(runner("analyze", book, "--format", "json").stdout)["summary"]
    assert (summary["ties"], summary["ties_written"]) == (4, 5)


def test_the_text_ends_with_the_gaps_of_the_group_asked_for(runner):
    example = Path(__file__).parents[2] / "examples" / "limerick_iwg_en.xlsx"
    out = runner("analyze", example, "--iwg", "shannonmouth city iwg").stdout
    assert out.rstrip().splitlines()[-1] == (
        "Gaps of the IWG 'Shannonmouth City IWG' (19 members) against the profile 'iwg': 5 missing, "
        "2 weak, 12 met (`stakegraph gaps` says which; the Excel report has them too).")
    whole = runner("analyze", example, "--profile", "capacity-building").stdout.rstrip().splitlines()[-1]
    assert whole.startswith("Gaps of the whole mapping (40 stakeholders) against the profile 'capacity-building': ")


def test_co_membership_and_ties_of_an_unknown_sector_are_said(runner, make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector", "iwg"], ["Council", "pubic", "Forum"],
                                       ["Doras", "NGO", "Forum"], ["Dell", "private", ""],
                                       ["Global Migration Organisation, Ireland Office", "public", ""],
                                       ["Lonely Club", "NGO", ""]],
                         Relationships=[["source", "target"], ["Council", "Doras"], ["Doras", "Dell"]])
    out = runner("analyze", book, "--comembership").stdout
    assert "Two members of the same IWG count as tied (--comembership)." in out
    assert ("E-I index +1.00 (from -1 (ties only inside sectors) to +1 (ties only across sectors)): "
            "1 tie across sectors, 0 inside them (1 tie of an organisation of unknown sector left out).") in out
    # a name with a comma keeps its comma; the list is joined by semicolons
    assert "No tie at all: Global Migration Organisation, Ireland Office; Lonely Club." in out


def test_json_has_the_documented_shape(runner, book):
    result = runner("analyze", book, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert {"summary", "stakeholders", "articulation_points", "bridges", "communities",
            "mixing", "method", "glossary"} <= set(data)
    assert data["summary"] | {"sectors": None} == {
        "stakeholders": 6, "ties": 4, "ties_written": 4, "density": pytest.approx(4 / 15), "components": 2,
        "largest_component": 5, "isolates": ["Lonely Club"], "sectors": None}
    doras = next(s for s in data["stakeholders"] if s["name"] == "Doras")
    assert list(doras) == ["id", "name", "sector", "degree", "betweenness", "closeness",
                           "eigenvector", "pagerank", "constraint", "effective_size", "core",
                           "community", "brokerage"]
    assert (doras["id"], doras["degree"], doras["betweenness"]) == ("doras", 3, 0.5)
    assert list(doras["brokerage"]) == ["coordinator", "consultant", "gatekeeper",
                                        "representative", "liaison"]
    assert data["articulation_points"] == ["Limerick City Council", "Doras"]
    assert sorted(map(sorted, data["bridges"])) == sorted(map(sorted, [
        ["Limerick City Council", "HSE"], ["Limerick City Council", "Doras"],
        ["Doras", "Sudanese Community"], ["Doras", "Dell"]]))
    assert set(data["mixing"]) >= {"matrix", "ei_index", "assortativity"}
    assert set(data["mixing"]["ei_index"]) >= {"overall", "by_sector"}
    assert data["method"]["betweenness"]["exact"] is True
    assert data["glossary"]["betweenness"].startswith("how often")


def test_nan_becomes_null(runner, book):
    data = json.loads(runner("analyze", book, "--format", "json").stdout)
    lonely = next(s for s in data["stakeholders"] if s["name"] == "Lonely Club")
    assert lonely["constraint"] is None and lonely["effective_size"] is None
    assert lonely["community"] is None
    assert "NaN" not in runner("analyze", book, "--format", "json").stdout


def test_json_report_file_is_what_json_prints(runner, book, tmp_path):
    out = tmp_path / "report.json"
    printed = runner("analyze", book, "-o", out, "--format", "json")
    written = json.loads(out.read_text("utf-8"))
    assert json.loads(printed.stdout) == written
    assert written["output"] == str(out)


def test_excel_report_is_written_and_named(runner, book, tmp_path):
    out = tmp_path / "report.xlsx"
    result = runner("analyze", book, "-o", out)
    assert result.exit_code == 0
    assert result.stdout.rstrip().endswith(f"Wrote {out}")
    assert openpyxl.load_workbook(out).sheetnames == [
        "Summary", "Stakeholders", "Brokers", "Structure", "Mixing", "Themes", "Power-interest", "Gaps",
        "Recommendations",
        "Import report", "Glossary"]
    table = pd.read_excel(out, sheet_name="Stakeholders", engine="openpyxl").set_index("name")
    assert table.loc["Doras", "betweenness"] == pytest.approx(0.5)


def test_the_report_holds_the_gaps_of_the_iwg_asked_for(runner, tmp_path):
    example = Path(__file__).parents[2] / "examples" / "limerick_iwg_en.xlsx"
    out = tmp_path / "report.json"
    result = runner("analyze", example, "--iwg", "shannonmouth city iwg", "-o", out)
    assert result.exit_code == 0
    data = json.loads(out.read_text("utf-8"))
    missing = [r["id"] for r in data["gaps"]["requirements"] if r["status"] == "missing"]
    assert missing == ["sector:private", "theme:health", "level:regional",
                       "ties:civil_society-private", "ties:private-public"]
    assert data["recommendations"]["candidates"][0]["name"] == "Atlantic Meats Ltd"
    assert "schema_version" not in data["gaps"]
    workbook = tmp_path / "report.xlsx"
    runner("analyze", example, "--iwg", "Shannonmouth City IWG", "-o", workbook)
    gaps = pd.read_excel(workbook, sheet_name="Gaps", header=None, engine="openpyxl")
    assert gaps.astype(str).apply(lambda col: col.str.contains("no private-sector member")).any().any()


def test_an_unknown_iwg_stops_the_analysis_with_a_suggestion(runner, tmp_path):
    example = Path(__file__).parents[2] / "examples" / "limerick_iwg_en.xlsx"
    result = runner("analyze", example, "--iwg", "Shannonmuoth City IWG")
    assert result.exit_code == 2
    assert "did you mean 'Shannonmouth City IWG'?" in result.stderr


def test_workbook_errors_still_analyse_and_exit_1(runner, make_workbook):
    book = make_workbook(Stakeholders=STAKEHOLDERS,
                         Relationships=[*RELATIONSHIPS, ["Doras", "Dorras Ltd", "other", 1]])
    result = runner("analyze", book)
    assert result.exit_code == 1
    assert "6 stakeholders with 4 ties" in result.stdout
    assert result.stderr == ("Warning: the workbook has 1 error (run `stakegraph validate` to see it): rows and ties "
                             "in error are left out, and a stakeholder whose sector is missing or unknown "
                             "counts as 'unknown'.\n")
    data = json.loads(runner("analyze", book, "--format", "json").stdout)
    assert data["import"] == {"ok": False, "errors": 1, "warnings": 0}


def test_unreadable_workbook_exits_2(runner, tmp_path):
    fake = tmp_path / "book.xlsx"
    fake.write_bytes(b"this is not a spreadsheet")
    result = runner("analyze", fake)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")


def test_unknown_report_ending_exits_2_before_any_work(runner, book, tmp_path):
    result = runner("analyze", book, "-o", tmp_path / "report.txt")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: '{tmp_path / 'report.txt'}' is not a report stakegraph "
                             "can write; end the name in .xlsx or .json\n")
    assert not (tmp_path / "report.txt").exists()


def mapping() -> nx.MultiDiGraph:
    people = [("Council", "public"), ("HSE", "public"), ("Doras", "civil_society"),
              ("Sudanese", "civil_society"), ("Dell", "private"), ("Lonely", "civil_society")]
    return build_graph([Stakeholder(n, s) for n, s in people],
                       [Tie("council", "hse"), Tie("council", "doras"),
                        Tie("doras", "sudanese"), Tie("doras", "dell")])


def test_analyze_network_states_sampling_and_leaves_the_graph_alone():
    G = mapping()
    before = (nx.to_dict_of_dicts(G), dict(G.nodes(data=True)))
    result = analyze_network(G, exact_threshold=3, sample_size=4, seed=7)
    assert result.method["betweenness"] | {"normalisation": None} == {
        "exact": False, "k": 4, "seed": 7, "paths": "unweighted", "normalisation": None}
    assert (nx.to_dict_of_dicts(G), dict(G.nodes(data=True))) == before


def test_analyze_network_columns_and_brokers():
    result = analyze_network(mapping())
    table = result.stakeholders
    assert table.loc["doras", "betweenness"] == pytest.approx(0.5)
    assert table.loc["council", "betweenness"] == pytest.approx(0.3)
    # Doras (civil society) between Council (public), Sudanese (civil), Dell (private):
    # gatekeeper Council->Doras->Sudanese, Dell->Doras->Sudanese; representative the
    # reverse two; liaison Council->Doras->Dell and back
    assert table.loc["doras", ["coordinator", "consultant", "gatekeeper", "representative",
                               "liaison"]].tolist() == [0, 0, 2, 2, 2]
    assert result.brokers().index.tolist() == ["doras", "council"]


def test_sampling_is_stated_in_the_text():
    from stakegraph.render.report.analysis import format_analysis

    text = format_analysis(analyze_network(mapping(), exact_threshold=3, sample_size=4))
    assert "Betweenness is estimated from the paths of 4 sampled stakeholders (seed 7)." in text
    assert "Closeness is estimated from the distances to the same 4 stakeholders." in text


@pytest.mark.parametrize("people,ties", [
    ([], []),
    ([Stakeholder("Alone", "public")], []),
    ([Stakeholder("A", "public"), Stakeholder("B", None)], [Tie("a", "b")]),
])
def test_tiny_mappings_give_valid_json_and_readable_text(people, ties):
    from stakegraph.render.report.analysis import format_analysis

    result = analyze_network(build_graph(people, ties))
    json.dumps(result.to_dict(), allow_nan=False)
    text = format_analysis(result)
    if not people:
        assert text.splitlines()[-1] == "There are no stakeholders to analyse."
    if len(people) == 2:
        assert "   1  B     unknown       1" in text
