"""The evaluation annex's statistics against R's sna (qaptest with gcor,
grecip, cug.test) and against cpnet and exhaustive search for the
core–periphery partition. Reference values: tests/data/evaluate/README.md."""

from __future__ import annotations

import csv
import itertools
import json
import math
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from stakegraph.analysis.accepts import WrongGraphError
from stakegraph.analysis.coreperiphery import core_periphery, ideal_correlation
from stakegraph.analysis.homophily import homophily_test
from stakegraph.analysis.qap import graph_correlation, qap_correlation
from stakegraph.analysis.reciprocity import reciprocity

DATA = Path(__file__).parents[1] / "data" / "evaluate"
SNA = json.loads((DATA / "sna_reference.json").read_text("utf-8"))
CPNET = json.loads((DATA / "cpnet_reference.json").read_text("utf-8"))
DRAWS = 2000  # permutations in these tests; 1,000-permutation runs of large networks are benchmarks


def rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def arcs(name: str, nodes: list[str], directed: bool = True) -> nx.Graph:
    G: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from((r["source"], r["target"]) for r in rows(name))
    return G


def coleman(wave: str) -> nx.DiGraph:
    return arcs(f"coleman_{wave}.csv", [str(i) for i in range(1, 74)])


def stakeholders(name: str) -> nx.Graph:
    nodes = rows(f"{name}_nodes.csv")
    H = arcs(f"{name}_edges.csv", [r["id"] for r in nodes], directed=False)
    nx.set_node_attributes(H, {r["id"]: (None if r["sector"] == "None" else r["sector"])
                               for r in nodes}, "sector")
    return H


def within_monte_carlo(ours: float, theirs: float, reps: int) -> bool:
    """Two estimates of one p-value, from ``DRAWS`` and ``reps`` draws, agree
    within four standard errors (plus the +1 of our estimator)."""
    p = min(max(theirs, 1 / reps), 1 - 1 / reps)
    error = math.sqrt(p * (1 - p) * (1 / DRAWS + 1 / reps))
    return abs(ours - theirs) <= 4 * error + 1 / (DRAWS + 1)


# QAP: sna::gcor and sna::qaptest

def common_rounds() -> tuple[nx.DiGraph, nx.DiGraph, list[str]]:
    common = [r["id"] for r in rows("rounds_common.csv")]
    return arcs("rounds_arcs_before.csv", common), arcs("rounds_arcs_after.csv", common), common


@pytest.mark.parametrize("case", ["coleman", "coleman_boys_1_12", "rounds", "emon_texas"])
def test_qap_matches_sna_qaptest(case: str) -> None:
    if case == "rounds":
        A, B, nodes = common_rounds()
    elif case == "emon_texas":
        # two tie types of one real network: contact at least hourly, and less often
        nodes = [str(i) for i in range(1, 26)]
        A, B = arcs("emon_texas_frequent.csv", nodes), arcs("emon_texas_occasional.csv", nodes)
    else:
        nodes = [str(i) for i in range(1, 13 if case == "coleman_boys_1_12" else 74)]
        A, B = coleman("fall").subgraph(nodes), coleman("spring").subgraph(nodes)
    ref = SNA["qap"][case]
    found = qap_correlation(A, B, nodes, permutations=DRAWS, seed=3)
    assert found.correlation == pytest.approx(ref["correlation"], abs=1e-9)
    assert graph_correlation(A, B, nodes) == pytest.approx(ref["correlation"], abs=1e-9)
    assert within_monte_carlo(found.p_greater, ref["pgreq"], ref["reps"])
    assert within_monte_carlo(found.p_less, ref["pleeq"], ref["reps"])
    assert found.actors == len(nodes) and abs(found.null_mean) < 0.05


def test_qap_is_seeded_and_leaves_its_input_alone() -> None:
    A, B, nodes = common_rounds()
    edges = sorted(B.edges())
    first = qap_correlation(A, B, nodes, permutations=50, seed=11)
    assert first == qap_correlation(A, B, nodes, permutations=50, seed=11)
    assert sorted(B.edges()) == edges


def test_qap_of_an_empty_round_is_nan_not_an_error() -> None:
    found = qap_correlation(nx.DiGraph([(1, 2)]), nx.DiGraph([(1, 1)]), [1, 2], permutations=20)
    assert math.isnan(found.correlation) and math.isnan(found.p_greater)


# reciprocity: sna::grecip

@pytest.mark.parametrize("case", ["coleman_fall", "coleman_spring", "round1", "round2", "limerick"])
def test_reciprocity_matches_sna_grecip(case: str) -> None:
    if case.startswith("coleman"):
        D = coleman(case.split("_")[1])
    else:
        D = arcs(f"{case}_directed.csv", [r["id"] for r in rows(f"{case}_nodes.csv")])
    found, ref = reciprocity(D), SNA["reciprocity"][case]
    assert found.dyadic == pytest.approx(ref["dyadic_nonnull"], abs=1e-9)
    assert found.edgewise == pytest.approx(ref["edgewise"], abs=1e-9)
    assert found.edgewise == pytest.approx(nx.reciprocity(D))


# homophily: sna::cug.test, cmode="edges"

@pytest.mark.parametrize("case", ["round1", "round2", "limerick"])
def test_homophily_cug_matches_sna_cug_test(case: str) -> None:
    found = homophily_test(stakeholders(case), permutations=DRAWS, seed=5)
    for stat, ours, p_greater, p_less, expected in (
        ("ei", found.ei_index, found.ei_p_greater, found.ei_p_less, found.expected_ei_index),
        ("assortativity", found.assortativity, found.assortativity_p_greater,
         found.assortativity_p_less, found.expected_assortativity),
    ):
        ref = SNA["cug"][case][stat]
        assert ours == pytest.approx(ref["observed"], abs=1e-9)
        assert within_monte_carlo(p_greater, ref["p_greater"], ref["reps"])
        assert within_monte_carlo(p_less, ref["p_less"], ref["reps"])
        assert expected == pytest.approx(ref["expected"], abs=0.02)


def test_homophily_exact_expectation_of_the_ei_index() -> None:
    # under the edges null, the share of ties inside sectors is, on average,
    # the share of pairs inside sectors: E[E-I] = 1 - 2 * within / pairs
    H = stakeholders("limerick")
    sizes = np.unique([s for _, s in H.nodes(data="sector") if s], return_counts=True)[1]
    known = sizes.sum()
    within = (sizes * (sizes - 1) // 2).sum() / (known * (known - 1) // 2)
    found = homophily_test(H, permutations=DRAWS, seed=9)
    assert found.expected_ei_index == pytest.approx(1 - 2 * within, abs=0.02)


def test_homophily_refuses_a_directed_graph() -> None:
    with pytest.raises(WrongGraphError, match="not a directed graph"):
        homophily_test(nx.DiGraph([(1, 2)]), permutations=20)


# core and periphery: exhaustive search and cpnet

def best_by_brute_force(H: nx.Graph) -> float:
    nodes = list(H)
    A = nx.to_numpy_array(H, nodelist=nodes)
    upper = np.triu_indices(len(nodes), 1)
    ties, best = A[upper], -2.0
    for bits in itertools.product([0, 1], repeat=len(nodes)):
        x = np.array(bits)
        ideal = np.maximum.outer(x, x)[upper]
        if 0 < ideal.sum() < len(ideal):
            best = max(best, float(np.corrcoef(ties, ideal)[0, 1]))
    return best


@pytest.mark.parametrize("seed", range(24))
def test_core_periphery_finds_the_best_partition_of_small_networks(seed: int) -> None:
    n, p = [7, 8, 9, 10][seed % 4], [0.2, 0.3, 0.45][seed % 3]
    H = nx.gnp_random_graph(n, p, seed=seed)
    if H.number_of_edges() == 0:
        return
    assert core_periphery(H).correlation == pytest.approx(best_by_brute_force(H), abs=1e-9)


def test_core_periphery_of_the_florentine_families_is_the_best_of_all_32768() -> None:
    H = nx.florentine_families_graph()
    found = core_periphery(H)
    assert found.correlation == pytest.approx(best_by_brute_force(H), abs=1e-9)


@pytest.mark.parametrize("name", ["karate", "florentine", "les_miserables"])
def test_core_periphery_against_cpnet(name: str) -> None:
    G = {"karate": nx.karate_club_graph, "florentine": nx.florentine_families_graph,
         "les_miserables": nx.les_miserables_graph}[name]()
    H = nx.relabel_nodes(nx.Graph(G.edges()), str)
    found, ref = core_periphery(H), CPNET["networks"][name]
    assert sorted(found.core) == ref["stakegraph_core"]
    # cpnet measures the fit of our core as we do ...
    assert found.correlation == pytest.approx(ref["cpnet_q_of_stakegraph_core"], abs=1e-9)
    # ... and its own search, 200 runs, finds no better core
    assert found.correlation >= ref["cpnet_q"] - 1e-9
    periphery = [n for n in H if n not in set(ref["cpnet_core"])]
    assert ideal_correlation(H.number_of_nodes() * (H.number_of_nodes() - 1) // 2,
                             H.number_of_edges(), len(periphery),
                             H.subgraph(periphery).number_of_edges()) == pytest.approx(ref["cpnet_q"])


def test_core_periphery_distances_and_degenerate_networks() -> None:
    H = nx.Graph([(0, 1), (0, 2), (0, 3), (3, 4)])
    H.add_node(9)
    found = core_periphery(H)
    assert found.core == [0] and found.distance_to_core == {0: 0, 1: 1, 2: 1, 3: 1, 4: 2, 9: None}
    for empty in (nx.empty_graph(4), nx.complete_graph(4), nx.path_graph(2)):
        assert core_periphery(empty).core == [] and math.isnan(core_periphery(empty).correlation)
