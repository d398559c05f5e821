"""Sector mixing against netseg's published values (REFERENCES.md) and networkx/igraph.

netseg's Classroom and Sampson data are not shipped with networkx or igraph,
so the graphs below are built from the mixing counts REFERENCES.md gives; the
E-I index and the directed assortativity depend on those counts only.
"""

from __future__ import annotations

import itertools
import random

import igraph as ig
import networkx as nx
import numpy as np
import pytest

from stakegraph.analysis.mixing import UNKNOWN, assortativity, ei_index, mixing_matrix
from stakegraph.model import Stakeholder, Tie, build_graph, stakeholder_graph


def from_counts(groups: dict[str, int], counts: dict[tuple[str, str], int],
                directed: bool = True) -> nx.Graph:
    """A graph with ``groups[g]`` members of each group and exactly
    ``counts[g, h]`` distinct ties from group g to group h."""
    H = nx.DiGraph() if directed else nx.Graph()
    members = {g: [f"{g}{i}" for i in range(k)] for g, k in groups.items()}
    for g, names in members.items():
        H.add_nodes_from(names, sector=g)
    for (g, h), k in counts.items():
        pairs = [(a, b) for a in members[g] for b in members[h]
                 if a != b and not H.has_edge(a, b)]
        H.add_edges_from(pairs[:k])
        assert len(pairs) >= k
    return H


def classroom() -> nx.DiGraph:
    """netseg Classroom: 26 pupils, 88 directed ties by gender."""
    return from_counts({"Boy": 13, "Girl": 13}, {
        ("Boy", "Boy"): 40, ("Boy", "Girl"): 2, ("Girl", "Boy"): 5, ("Girl", "Girl"): 41})


def test_classroom_directed_ei_index():
    D = classroom()
    assert D.number_of_edges() == 88
    ei = ei_index(D)
    assert (ei.external, ei.internal) == (7, 81)
    assert ei.overall == pytest.approx(-0.8409091, abs=1e-7)


def test_classroom_mutual_ties_ei_index():
    """Mutual ties only: 1 external, 21 internal -> -0.9090909."""
    H = from_counts({"Boy": 13, "Girl": 13},
                    {("Boy", "Boy"): 10, ("Girl", "Girl"): 11, ("Boy", "Girl"): 1},
                    directed=False)
    assert ei_index(H).overall == pytest.approx(-0.9090909, abs=1e-7)


def test_classroom_directed_assortativity_is_networkx_formula_not_r():
    D = classroom()
    ours = assortativity(D)
    assert ours == pytest.approx(0.84107, abs=5e-6)  # networkx's number in REFERENCES.md
    assert ours == pytest.approx(nx.attribute_assortativity_coefficient(D, "sector"), abs=1e-12)
    assert abs(ours - 0.84089) > 1e-4  # R's igraph counts each arc both ways


def test_sampson_overall_ei_index():
    """Sampson's monks: 88 ties, overall E-I -0.4318182 (25 external, 63 internal)."""
    D = from_counts({"Turks": 7, "Loyal": 7, "Outcasts": 4}, {
        ("Turks", "Turks"): 30, ("Loyal", "Loyal"): 24, ("Outcasts", "Outcasts"): 9,
        ("Turks", "Outcasts"): 10, ("Outcasts", "Turks"): 8, ("Loyal", "Turks"): 7})
    ei = ei_index(D)
    assert (ei.external, ei.internal) == (25, 63)
    assert ei.overall == pytest.approx(-0.4318182, abs=1e-7)


def test_per_sector_ei_counts_ties_touching_the_sector():
    G = build_graph(
        [Stakeholder("Council", "public"), Stakeholder("Health Board", "public"),
         Stakeholder("Caritas", "civil_society"), Stakeholder("Dell", "private"),
         Stakeholder("Mystery", None)],
        [Tie("council", "health-board"), Tie("council", "caritas"), Tie("caritas", "dell"),
         Tie("dell", "mystery")],
    )
    H = stakeholder_graph(G)
    M = mixing_matrix(H)
    assert list(M.index) == ["public", "private", "civil_society", UNKNOWN]
    assert M.loc["public"].tolist() == [1, 0, 1, 0]
    assert M.loc["private"].tolist() == [0, 0, 1, 1]
    ei = ei_index(H)
    assert (ei.external, ei.internal) == (2, 1)  # the tie to 'Mystery' is left out
    assert ei.by_sector == {"public": 0.0, "private": 1.0, "civil_society": 1.0}


def random_sectors(seed: int, directed: bool) -> nx.Graph:
    rng = random.Random(seed)
    H = nx.gnm_random_graph(200, 700, seed=seed, directed=directed)
    nx.set_node_attributes(H, {v: rng.choice(["public", "private", "civil_society"]) for v in H},
                           "sector")
    return H


@pytest.mark.parametrize("seed,directed", list(itertools.product([1, 2, 3], [False, True])))
def test_matrix_and_assortativity_equal_networkx(seed, directed):
    H = random_sectors(seed, directed)
    order = ["public", "private", "civil_society"]
    theirs = nx.attribute_mixing_matrix(H, "sector", nodes=None, mapping={s: i for i, s in
                                        enumerate(order)}, normalized=False)
    ours = mixing_matrix(H).loc[order, order].to_numpy()
    if not directed:  # networkx counts a tie inside a sector twice
        theirs = theirs - np.diag(np.diag(theirs)) / 2
    np.testing.assert_array_equal(ours, theirs)
    assert assortativity(H) == pytest.approx(
        nx.attribute_assortativity_coefficient(H, "sector"), abs=1e-12)


@pytest.mark.parametrize("seed", [1, 2])
def test_undirected_assortativity_equals_igraph(seed):
    H = random_sectors(seed, False)
    g = ig.Graph.from_networkx(H)
    codes = {"public": 0, "private": 1, "civil_society": 2}
    expected = g.assortativity_nominal([codes[s] for s in g.vs["sector"]], directed=False)
    assert assortativity(H) == pytest.approx(expected, abs=1e-12)


def test_undefined_values_are_nan():
    H = nx.Graph([("a", "b")])
    nx.set_node_attributes(H, "public", "sector")
    assert np.isnan(assortativity(H))
    empty = nx.Graph()
    empty.add_node("a", sector="public")
    assert np.isnan(ei_index(empty).overall) and np.isnan(ei_index(empty).by_sector["public"])
