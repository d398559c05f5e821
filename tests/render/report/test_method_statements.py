"""Each number says exactly what it is (issue 12, point 5): the brokerage
gloss counts *a* link, the method block states closeness's definition and
its treatment of pieces and isolates, which measures use the tie weights,
the eigenvector's tolerance and the ranking rule, in the text, the JSON
``method`` and the Excel summary; equal printed values share a rank."""

from __future__ import annotations

import networkx as nx
import openpyxl
import pandas as pd
from scipy.stats import rankdata

from stakegraph.analysis.centrality import RANK_DECIMALS, ranks
from stakegraph.analysis.centrality_spectral import EIGENVECTOR_TOLERANCE, eigenvector
from stakegraph.analysis.glossary import gloss
from stakegraph.analysis.network import analyze_network
from stakegraph.model import Stakeholder, Tie, build_graph
from stakegraph.render.report.analysis import format_analysis, method_lines
from stakegraph.render.report.excel import analysis_sheets, write_excel_report


def star_and_isolate():
    people = [Stakeholder(n, s) for n, s in [("Hub", "public"), ("A", "civil_society"),
                                             ("B", "civil_society"), ("C", "private"),
                                             ("Alone", "private")]]
    ties = [Tie("hub", "a"), Tie("hub", "b"), Tie("hub", "c")]
    return analyze_network(build_graph(people, ties))


def test_brokerage_is_a_link_not_the_only_one():
    assert "a link between two others" in gloss("brokerage")
    assert "only" not in gloss("brokerage")


def test_the_method_block_states_every_definition():
    text = "\n".join(method_lines(star_and_isolate()))
    assert "Closeness is Wasserman and Faust's" in text
    assert "within each stakeholder's piece of the network" in text
    assert "a stakeholder with no tie gets 0" in text
    assert "Constraint uses the tie weights; effective size counts every tie as 1." in text
    assert "less than 0.000001 per stakeholder on average" in text
    assert "values equal to 3 decimals share the best rank, and the next rank skips (1, 1, 3)" in text
    assert text in format_analysis(star_and_isolate())


def test_the_json_method_states_them_too():
    method = star_and_isolate().to_dict()["method"]
    assert method["closeness"]["definition"].startswith("Wasserman-Faust")
    assert "0 for an isolate" in method["closeness"]["definition"]
    assert method["eigenvector"]["tolerance"] == EIGENVECTOR_TOLERANCE == 1e-6
    assert method["constraint"] == {"weights": "tie weights"}
    assert method["effective_size"]["weights"].startswith("none")
    assert method["ranks"]["method"] == "competition (1, 1, 3)"
    assert method["ranks"]["decimals"] == RANK_DECIMALS


def test_the_excel_summary_states_them(tmp_path):
    path = tmp_path / "r.xlsx"
    analysis = star_and_isolate()
    write_excel_report(path, analysis_sheets(analysis))
    summary = [c.value for c in openpyxl.load_workbook(path)["Summary"]["A"] if c.value]
    assert all(line in summary for line in method_lines(analysis))


def test_the_isolate_gets_0_closeness_as_stated():
    table = star_and_isolate().stakeholders.set_index("name")
    assert table.loc["Alone", "closeness"] == 0
    # Wasserman–Faust: (r-1)/sum of distances * (r-1)/(n-1); the hub reaches 3 of 4 others in one step
    assert table.loc["Hub", "closeness"] == 3 / 3 * 3 / 4


def test_equal_printed_values_share_a_rank_as_scipy_ranks_them():
    values = pd.Series([0.5004, 0.5001, 0.4996, 0.2, 0.2, 0.1, float("nan")])
    expected = rankdata(-values.round(3).dropna(), method="min").tolist()
    assert ranks(values).dropna().tolist() == expected == [1, 1, 1, 4, 4, 6]
    assert ranks(values).isna().tolist() == [False] * 6 + [True]


def test_the_eigenvector_stops_at_the_stated_tolerance():
    G = nx.karate_club_graph()
    found = eigenvector(G, weight=None)
    reference = pd.Series(nx.eigenvector_centrality(nx.karate_club_graph(), tol=EIGENVECTOR_TOLERANCE))
    assert found.method()["tolerance"] == EIGENVECTOR_TOLERANCE
    assert (found.values - reference).abs().max() < 1e-4
