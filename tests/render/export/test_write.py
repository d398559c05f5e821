"""Exports: GraphML and GEXF that networkx and igraph read back with typed
attributes and the measures, node-link JSON, Kumu's workbook and the CSV
folder, every cell neutralised; and the ``export`` command."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import igraph as ig
import networkx as nx
import openpyxl
import pytest
from click.testing import CliRunner

from stakegraph.cli import main
from stakegraph.errors import StakegraphError
from stakegraph.jobs.export import export_measures
from stakegraph.model import Membership, Stakeholder, Tie, build_graph
from stakegraph.render.export.write import csv_folder, export_format, write_export


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build_graph(
        [
            Stakeholder("Limerick City Council", "public", "local_authority", "local",
                        ["housing", "social_cohesion"], False, 5, 4, email="info@lcc.ie"),
            Stakeholder("Doras", "civil_society", "ngo", "regional", ["legal_status"], False, 3, 5,
                        extra={"Founded": 2000}),
            Stakeholder("=HYPERLINK(\"http://x\")", "private", "employer"),
            Stakeholder("Sudanese Community", "civil_society", "migrant_led", migrant_led=True),
        ],
        [
            Tie("limerick-city-council", "doras", "funding", 3, directed=True, since="2019"),
            Tie("doras", "sudanese-community", "collaboration", notes="weekly"),
            Tie(Stakeholder("=HYPERLINK(\"http://x\")").id, "doras", "information"),
        ],
        [Membership("limerick-city-council", "Limerick IWG", "chair"),
         Membership("doras", "Limerick IWG")],
        title="Limerick",
    )


@pytest.mark.parametrize("name, kind", [
    ("net.graphml", "graphml"), ("net.GEXF", "gexf"), ("net.json", "json"),
    ("net.kumu.xlsx", "kumu"), ("net.csv", "csv"), ("out/", "csv"),
])
def test_the_format_comes_from_the_ending(name, kind):
    assert export_format(name) == kind


@pytest.mark.parametrize("name", ["net.xlsx", "net.txt", "net", ".graphml"])
def test_another_ending_is_refused_with_the_endings_that_work(name):
    with pytest.raises(StakegraphError) as raised:
        export_format(name)
    assert raised.value.code == "unknown-export-format"
    assert str(raised.value).endswith(
        "end the name in .graphml, .gexf, .json, .kumu.xlsx or .csv (a folder of CSV files)")


def test_graphml_reads_back_in_networkx_with_typed_attributes_and_measures(graph, tmp_path):
    out = tmp_path / "net.graphml"
    write_export(graph, out, metrics=export_measures(graph))
    back = nx.read_graphml(out)
    assert set(back) == set(graph)
    lcc = back.nodes["limerick-city-council"]
    assert lcc["label"] == "Limerick City Council"
    assert lcc["themes"] == "housing|social_cohesion"
    assert lcc["influence"] == 5 and lcc["migrant_led"] is False and lcc["email"] == "info@lcc.ie"
    assert "region" not in lcc  # empty values are left out, GraphML has no None
    assert back.nodes["doras"]["Founded"] == 2000
    assert back.nodes["iwg:limerick-iwg"] == {"kind": "iwg", "name": "Limerick IWG", "label": "Limerick IWG"}
    assert back.graph["list_separator"] == "|"
    assert back.number_of_edges() == 5
    kinds = sorted((u, v, d["kind"], d.get("tie_type") or d.get("role")) for u, v, d in back.edges(data=True))
    assert ("limerick-city-council", "doras", "tie", "funding") in kinds
    assert ("doras", "iwg:limerick-iwg", "member", "member") in kinds
    # the measures: betweenness as igraph computes it on the undirected stakeholder view
    # (Doras lies on every path between the other three: 3 pairs of 3 possible)
    assert back.nodes["doras"]["betweenness"] == pytest.approx(1.0)
    assert back.nodes["doras"]["degree"] == 3
    assert isinstance(back.nodes["doras"]["brokerage"], int)


def test_graphml_reads_back_in_igraph(graph, tmp_path):
    out = tmp_path / "net.graphml"
    write_export(graph, out, metrics=export_measures(graph))
    g = ig.Graph.Read_GraphML(str(out))
    assert g.vcount() == 5 and g.ecount() == 5
    assert sorted(g.vs["label"]) == sorted(
        ['=HYPERLINK("http://x")', "Doras", "Limerick City Council", "Limerick IWG", "Sudanese Community"])
    ours = {v["label"]: v["betweenness"] for v in g.vs if v["kind"] == "stakeholder"}
    # igraph's own betweenness on the stakeholder ties, normalised by (n-1)(n-2)/2
    ties = g.subgraph_edges(g.es.select(kind_eq="tie"), delete_vertices=True).as_undirected()
    n = ties.vcount()
    expected = {v["label"]: b * 2 / ((n - 1) * (n - 2)) for v, b in zip(ties.vs, ties.betweenness())}
    assert ours == pytest.approx(expected)


def test_gexf_reads_back_an_undirected_tie_as_two_arcs(graph, tmp_path):
    out = tmp_path / "net.gexf"
    write_export(graph, out, metrics=export_measures(graph))
    back = nx.read_gexf(out)
    assert set(back) == set(graph)
    assert back.nodes["doras"]["label"] == "Doras"
    assert back.nodes["doras"]["degree"] == 3
    # 1 directed tie + 2 undirected ties (mutual: an arc each way) + 2 memberships
    assert back.number_of_edges() == 1 + 2 * 2 + 2
    text = out.read_text("utf-8")
    assert text.count('type="mutual"') == 2


def test_node_link_json_keeps_the_graph_as_it_is_plus_the_measures(graph, tmp_path):
    out = tmp_path / "net.json"
    write_export(graph, out, metrics=export_measures(graph))
    data = json.loads(out.read_text("utf-8"))
    assert data["graph"]["schema_version"] == 1
    back = nx.node_link_graph(data, edges="edges")
    assert back.nodes["limerick-city-council"]["themes"] == ["housing", "social_cohesion"]
    assert back.nodes["doras"]["degree"] == 3
    for n, attrs in graph.nodes(data=True):
        assert {k: back.nodes[n][k] for k in attrs} == attrs
    assert sorted(map(repr, back.edges(data=True))) == sorted(map(repr, graph.edges(data=True)))


def test_kumu_workbook_has_elements_and_connections_and_neutralised_cells(graph, tmp_path):
    out = tmp_path / "net.kumu.xlsx"
    write_export(graph, out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Elements", "Connections"]
    elements = [list(r) for r in book["Elements"].iter_rows(values_only=True)]
    assert elements[0][:3] == ["Label", "Type", "Sector"]
    assert "Founded" in elements[0]
    labels = [r[0] for r in elements[1:]]
    assert labels == ["Limerick City Council", "Doras", "'=HYPERLINK(\"http://x\")", "Sudanese Community",
                      "Limerick IWG"]
    assert elements[-1][1] == "IWG"
    connections = [list(r) for r in book["Connections"].iter_rows(values_only=True)]
    assert connections[0] == ["From", "To", "Type", "Direction", "Strength", "Since", "Notes"]
    assert connections[1] == ["Limerick City Council", "Doras", "funding", "directed", 3, "2019", None]
    assert ["Doras", "Limerick IWG", "member", "directed", None, None, None] in connections
    assert all(not (isinstance(c, str) and c.startswith("=")) for row in elements + connections for c in row)


def test_control_characters_that_xlsx_cannot_hold_are_left_out_of_kumu(tmp_path):
    G = build_graph([Stakeholder("Doras", "civil_society", region="Mun\x02ster")])
    write_export(G, tmp_path / "x.kumu.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "x.kumu.xlsx")["Elements"].iter_rows(values_only=True))
    assert rows[1][rows[0].index("Region")] == "Munster"


def test_csv_export_is_a_folder_named_like_the_sheets(graph, tmp_path):
    result = write_export(graph, tmp_path / "mapping.csv")
    folder = tmp_path / "mapping"
    assert csv_folder(tmp_path / "mapping.csv") == folder
    assert result["path"] == str(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["IWGs.csv", "Relationships.csv", "Stakeholders.csv"]
    with (folder / "Stakeholders.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["name", "sector", "type", "level", "themes"]
    assert rows[0][-1] == "Founded"
    assert rows[3][0] == "'=HYPERLINK(\"http://x\")"
    assert rows[1][4] == "housing|social_cohesion"
    with (folder / "IWGs.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["iwg", "stakeholder", "role", "since"],
                                            ["Limerick IWG", "Limerick City Council", "chair", ""],
                                            ["Limerick IWG", "Doras", "member", ""]]


def test_a_name_ending_in_a_slash_is_the_folder_itself(graph, tmp_path):
    write_export(graph, str(tmp_path / "out") + "/")
    assert (tmp_path / "out" / "Stakeholders.csv").exists()


@pytest.mark.parametrize("name", ["net.graphml", "net.gexf", "net.json", "net.kumu.xlsx", "net.csv"])
def test_contacts_are_kept_unless_asked_not_to(graph, tmp_path, name):
    write_export(graph, tmp_path / f"with-{name}")
    write_export(graph, tmp_path / f"without-{name}", contacts=False)

    def text(prefix: str) -> str:
        path = tmp_path / f"{prefix}-{name}"
        if name.endswith(".csv"):
            path = path.with_suffix("")
            return "".join(p.read_text("utf-8-sig") for p in sorted(path.iterdir()))
        if name.endswith(".xlsx"):
            book = openpyxl.load_workbook(path)
            return repr([list(s.iter_rows(values_only=True)) for s in book])
        return path.read_text("utf-8")

    assert "info@lcc.ie" in text("with")
    assert "info@lcc.ie" not in text("without")


def test_export_never_changes_the_graph(graph, tmp_path):
    before = graph.copy()
    for name in ["a.graphml", "a.gexf", "a.json", "a.kumu.xlsx", "a.csv"]:
        write_export(graph, tmp_path / name, metrics=export_measures(graph))
    assert nx.utils.graphs_equal(graph, before)
    assert graph.nodes["doras"] == before.nodes["doras"]


# --- the command ------------------------------------------------------------------


@pytest.fixture
def book(make_workbook) -> Path:
    from tests.conftest import STAKEHOLDERS

    return make_workbook(
        Stakeholders=STAKEHOLDERS,
        Relationships=[["source", "target", "type"], ["Limerick City Council", "Doras", "funding"],
                       ["Doras", "Sudanese Community Limerick", "collaboration"]],
    )


def test_export_command_writes_the_file_and_says_what(book, tmp_path):
    out = tmp_path / "net.gexf"
    result = CliRunner().invoke(main, ["export", str(book), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"Wrote {out}: 4 stakeholders, 2 ties, 0 IWGs, 0 memberships\n"
    assert result.stderr == ""
    assert nx.read_gexf(out).number_of_nodes() == 4


def test_export_command_json_output(book, tmp_path):
    out = tmp_path / "net.csv"
    result = CliRunner().invoke(main, ["export", str(book), "-o", str(out), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data == {
        "schema_version": 1, "import": {"ok": True, "errors": 0, "warnings": 0},
        "format": "csv", "path": str(tmp_path / "net"),
        "files": [str(tmp_path / "net" / f) for f in ("Stakeholders.csv", "Relationships.csv", "IWGs.csv")],
        "stakeholders": 4, "ties": 2, "iwgs": 0, "memberships": 0, "contacts": True, "measures": False,
    }


def test_export_command_refuses_a_wrong_ending_before_reading(book, tmp_path):
    result = CliRunner().invoke(main, ["export", str(book), "-o", str(tmp_path / "net.xlsx")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "Error: 'net.xlsx' is not an export stakegraph can write; end the name in .graphml, .gexf, "
        ".json, .kumu.xlsx or .csv (a folder of CSV files)\n")
    assert not (tmp_path / "net.xlsx").exists()


def test_export_command_exits_1_when_the_workbook_has_errors(make_workbook, tmp_path):
    bad = make_workbook(Stakeholders=[["name", "sector"], ["Doras", "pubic"], ["City", "public"]])
    result = CliRunner().invoke(main, ["export", str(bad), "-o", str(tmp_path / "net.json")])
    assert result.exit_code == 1
    assert result.stderr == ("Warning: the workbook has 1 error (run `stakegraph validate` to see it): rows and ties "
                             "in error are left out, and a stakeholder whose sector is missing or unknown "
                             "counts as 'unknown'.\n")
    assert (tmp_path / "net.json").exists()
