"""The power–interest grid beside what the ties show, and the themes each
sector works on: what a rating says, what the network says, and where they
part."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from scipy.stats import rankdata

from stakegraph.analysis.grid import network_influence, power_interest, quadrant
from stakegraph.analysis.network import analyze_network
from stakegraph.analysis.themes import theme_matrix, themes_of_one_sector, themes_without
from stakegraph.cli import main
from stakegraph.io import load
from stakegraph.model import Stakeholder, Tie, build_graph, stakeholder_graph

EXAMPLE = Path(__file__).parents[2] / "examples" / "limerick_iwg_en.xlsx"


@pytest.fixture(scope="module")
def example():
    return analyze_network(load(EXAMPLE).graph)


# ------------------------------------------------------------------ the grid

@pytest.mark.parametrize(("influence", "interest", "expected"), [
    (5, 5, "manage_closely"), (3, 3, "manage_closely"),
    (3, 2, "keep_satisfied"), (5, 1, "keep_satisfied"),
    (2, 3, "keep_informed"), (1, 5, "keep_informed"),
    (2, 2, "monitor"), (1, 1, "monitor"),
    (None, 4, None), (4, None, None), (float("nan"), 4, None),
])
def test_the_ratings_place_a_stakeholder_in_one_quadrant_three_counting_as_high(influence, interest, expected):
    assert quadrant(influence, interest) == expected


def test_the_influence_the_ties_show_is_the_pagerank_quintile_as_scipy_ranks_it(example):
    # networkx's PageRank (the analysis computes it with igraph) and scipy's ranks
    G = load(EXAMPLE).graph
    H = stakeholder_graph(G)
    pr = pd.Series(nx.pagerank(H, weight="weight"))
    share = rankdata(pr.to_numpy(), method="average") / len(pr)
    expected = {n: min(5, max(1, int(-(-round(p * 5, 9) // 1)))) for n, p in zip(pr.index, share)}
    assert example.grid["network_influence"].to_dict() == expected
    assert network_influence(pr).to_dict() == expected


def test_equal_pagerank_shares_one_level_and_the_levels_run_one_to_five():
    levels = network_influence(pd.Series([0.1] * 4 + [0.2, 0.3, 0.4, 0.5, 0.6, 0.7]))
    # the four share the average of ranks 1-4, 2.5 of 10: the second fifth
    assert levels.tolist()[:4] == [2, 2, 2, 2]
    assert levels.max() == 5
    assert network_influence(pd.Series([0.1, 0.2, 0.3, 0.4, 0.5])).tolist() == [1, 2, 3, 4, 5]
    assert levels.is_monotonic_increasing


def test_on_the_example_the_resource_centre_is_more_central_than_rated_and_the_radio_less(example):
    g = example.grid.set_index("name")
    # Kilcarrig is rated 2 for influence but its ties put it in the top fifth
    assert (g.loc["Kilcarrig Family Resource Centre", ["influence", "network_influence", "gap"]].tolist()
            == [2, 5, -3])
    assert g.loc["Kilcarrig Family Resource Centre", "reading"] == "more central than rated"
    # the local radio is rated 3 but is among the least tied
    assert g.loc["Shannon Local Radio", ["influence", "network_influence", "reading"]].tolist() == [
        3, 1, "rated above its ties"]
    # the council is rated as central as it is
    assert g.loc["Shannonmouth City and County Council", ["gap", "reading"]].tolist() == [0, ""]
    assert (g["reading"] != "").sum() == ((g["gap"].abs() >= 2) & g["gap"].notna()).sum()


def test_a_stakeholder_without_ratings_has_no_quadrant_and_no_gap():
    G = build_graph([Stakeholder("Rated", "public", influence=4, interest=4), Stakeholder("Unrated", "ngo"),
                     Stakeholder("Half", "private", influence=5)],
                    [Tie("rated", "unrated"), Tie("unrated", "half")])
    a = analyze_network(G)
    grid = a.grid.set_index("name")
    assert grid.loc["Unrated", "quadrant"] is None and grid.loc["Half", "quadrant"] is None
    assert grid.loc["Unrated", "gap"] is pd.NA
    assert grid.loc["Half", "gap"] == 5 - grid.loc["Half", "network_influence"]
    pi = a.to_dict()["power_interest"]
    assert pi["quadrants"]["manage_closely"] == ["Rated"]
    assert pi["unrated"] == ["Half", "Unrated"]


def test_nobody_rated_is_said_in_words(make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector"], ["Doras", "NGO"], ["Council", "public"]])
    out = CliRunner().invoke(main, ["analyze", str(book)]).stdout
    assert "Power–interest grid: nobody is rated for both influence and interest." in out


def test_power_interest_of_an_empty_view_is_an_empty_table():
    assert power_interest(nx.Graph(), pd.Series(dtype=float)).empty


# ------------------------------------------------------------------ the themes

def test_the_theme_matrix_counts_what_pandas_counts_from_the_nodes(example):
    H = stakeholder_graph(load(EXAMPLE).graph)
    rows = pd.DataFrame([{"sector": a["sector"], "theme": a.get("themes") or []} for _, a in H.nodes(data=True)])
    pairs = rows.explode("theme").dropna().reset_index(drop=True)
    crosstab = pd.crosstab(pairs["sector"], pairs["theme"])
    M = example.themes
    for sector in crosstab.index:
        for theme in crosstab.columns:
            assert M.loc[sector, theme] == crosstab.loc[sector, theme], (sector, theme)
    assert M.to_numpy().sum() == crosstab.to_numpy().sum()


def test_a_missing_sector_and_a_missing_theme_show_as_zeros_and_are_named():
    H = nx.Graph()
    H.add_node("a", sector="public", themes=["housing", "health", "health"])
    H.add_node("b", sector="civil_society", themes=["health", "Roma inclusion"])
    H.add_node("c", sector=None, themes=["housing"])
    M = theme_matrix(H)
    assert M.index.tolist() == ["public", "private", "civil_society", "unknown"]
    assert M.loc["private"].sum() == 0
    assert M.loc["public", "health"] == 1, "a theme written twice counts once"
    assert M.columns[-1] == "Roma inclusion", "a theme outside the codebook comes last, as written"
    assert "other" not in M.columns, "the catch-all is a column only when someone wrote it"
    assert "employment" in themes_without(M) and "health" not in themes_without(M)
    # housing: public, and someone of unknown sector, which does not count as a second sector
    assert themes_of_one_sector(M) == {"housing": "public", "Roma inclusion": "civil_society"}


# ------------------------------------------------------------------ the outputs

def test_the_text_reads_the_grid_the_disagreements_and_the_themes():
    out = CliRunner().invoke(main, ["analyze", str(EXAMPLE)]).stdout
    assert "Themes by sector: how many organisations of each sector work on each theme" in out
    assert "Every theme has someone working on it." in out
    assert "  monitor (3): Riverside Accommodation Centre, Shannonmouth Credit Union, " \
           "Shannonmouth Capoeira Group" in out
    assert "Where the ratings and the ties disagree: " in out
    disagree = out.split("Where the ratings and the ties disagree: ")[1].splitlines()
    assert disagree[3].split()[:4] == ["Kilcarrig", "Family", "Resource", "Centre"]
    assert "  and 2 more (all in the Excel report)" in disagree


def test_the_json_has_the_grid_and_the_themes(example):
    data = json.loads(json.dumps(example.to_dict()))
    pi = data["power_interest"]
    assert list(pi["quadrants"]) == ["manage_closely", "keep_satisfied", "keep_informed", "monitor"]
    assert sum(map(len, pi["quadrants"].values())) + len(pi["unrated"]) == 40
    assert pi["high_from"] == 3
    kilcarrig = next(s for s in pi["stakeholders"] if s["name"] == "Kilcarrig Family Resource Centre")
    assert kilcarrig == {"name": "Kilcarrig Family Resource Centre", "influence": 2, "interest": 4,
                         "quadrant": "keep_informed", "network_influence": 5, "gap": -3,
                         "reading": "more central than rated"}
    assert data["themes"]["matrix"]["private"]["employment"] == 4
    assert data["themes"]["without"] == [] and data["themes"]["one_sector"] == {}


def test_the_excel_report_has_a_coloured_theme_matrix_and_the_grid(example, tmp_path):
    out = tmp_path / "report.xlsx"
    assert CliRunner().invoke(main, ["analyze", str(EXAMPLE), "-o", str(out)]).exit_code == 0
    book = openpyxl.load_workbook(out)
    themes = book["Themes"]
    rules = [r for rng in themes.conditional_formatting for r in rng.rules]
    assert [r.type for r in rules] == ["colorScale"]
    matrix = pd.read_excel(out, sheet_name="Themes", skiprows=4, index_col=0, engine="openpyxl")
    # sectors and themes as words in the sheet (the JSON keeps the codes)
    assert matrix.loc["civil society", "social cohesion"] == example.themes.loc["civil_society", "social_cohesion"]
    grid = book["Power-interest"]
    cells = [[c.value for c in row] for row in grid.iter_rows()]
    assert ["manage closely", "high influence, high interest: involve them fully", 13] in [r[:3] for r in cells]
    header = cells.index(["name", "sector", "influence", "interest", "quadrant", "influence the ties show",
                          "gap", "reading"])
    assert cells[header + 1][0] in {"Kilcarrig Family Resource Centre", "Shannonmouth Red Cross Branch",
                                    "Ukrainian Community Shannonmouth"}, "the widest gaps come first"
    assert abs(cells[header + 1][6]) == 3
