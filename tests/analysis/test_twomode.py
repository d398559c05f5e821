"""Two-mode networks: the projections against networkx.bipartite and igraph's
bipartite_projection, on the example IWG and on Davis's Southern Women."""

from __future__ import annotations

from pathlib import Path

import igraph
import networkx as nx
import pytest
from networkx.algorithms import bipartite

from stakegraph.analysis.twomode import (
    affiliation_graph,
    forum_affiliations,
    iwg_affiliations,
    linking_organisations,
    main_groups,
    projections,
)
from stakegraph.io import load

EXAMPLES = Path(__file__).parents[2] / "examples"


def davis() -> nx.Graph:
    """Davis's Southern Women (networkx's copy): 18 women, 14 events."""
    G = nx.davis_southern_women_graph()
    women = {n for n, side in G.nodes(data="bipartite") if side == 0}
    return affiliation_graph({w: [e for e in G[w]] for w in sorted(women)}, kind="event")


def random_affiliations(seed: int) -> nx.Graph:
    import random

    rng = random.Random(seed)
    forums = [f"Forum {i}" for i in range(8)]
    return affiliation_graph({f"org{i}": rng.sample(forums, rng.randint(0, 4)) for i in range(40)})


def as_weights(P: nx.Graph) -> dict[frozenset, int]:
    return {frozenset((u, v)): int(w) for u, v, w in P.edges(data="weight")}


def cases() -> list[nx.Graph]:
    G = load(EXAMPLES / "limerick_iwg_en.xlsx").graph
    return [davis(), random_affiliations(1), random_affiliations(2),
            affiliation_graph(iwg_affiliations(G), kind="iwg")]


@pytest.mark.parametrize("index", range(4))
def test_projections_match_networkx_bipartite(index: int) -> None:
    B = cases()[index]
    people, groups = projections(B)
    for ours, side in ((people, 0), (groups, 1)):
        nodes = [n for n, s in B.nodes(data="bipartite") if s == side]
        theirs = bipartite.weighted_projected_graph(B, nodes)
        assert sorted(ours, key=str) == sorted(theirs, key=str)
        assert as_weights(ours) == as_weights(theirs)


@pytest.mark.parametrize("index", range(4))
def test_projections_match_igraph(index: int) -> None:
    B = cases()[index]
    nodes = list(B)
    g = igraph.Graph(n=len(nodes), edges=[(nodes.index(u), nodes.index(v)) for u, v in B.edges()])
    g.vs["type"] = [B.nodes[n]["bipartite"] == 1 for n in nodes]
    g.vs["key"] = nodes
    first, second = g.bipartite_projection(types="type", multiplicity=True)
    for ours, theirs in zip(projections(B), (first, second)):
        weights = {frozenset((theirs.vs[e.source]["key"], theirs.vs[e.target]["key"])): int(e["weight"])
                   for e in theirs.es}
        assert as_weights(ours) == weights
        assert set(ours) == set(theirs.vs["key"])


def test_davis_southern_women_matches_breiger() -> None:
    # Breiger (1974), "The duality of persons and groups", the women-by-women
    # matrix: the events Evelyn Jefferson attended with each other woman
    people, _ = projections(davis())
    evelyn = {"Laura Mandeville": 6, "Theresa Anderson": 7, "Brenda Rogers": 6,
              "Charlotte McDowd": 3, "Frances Anderson": 4, "Eleanor Nye": 3,
              "Pearl Oglethorpe": 3, "Ruth DeSand": 3, "Verne Sanderson": 2, "Myra Liddel": 2,
              "Katherina Rogers": 2, "Sylvia Avondale": 2, "Nora Fayette": 2, "Helen Lloyd": 1,
              "Dorothy Murchison": 2, "Olivia Carleton": 1, "Flora Price": 1}
    assert {n: d["weight"] for n, d in people["Evelyn Jefferson"].items()} == evelyn


def test_linking_organisations_rank_sole_links_first() -> None:
    B = affiliation_graph({"a": ["F1", "F2"], "b": ["F1", "F2", "F3"], "c": ["F3", "F4"], "d": ["F4"]})
    assert [(r["id"], r["links"], r["sole_links"]) for r in linking_organisations(B)] == [
        ("b", 3, 2), ("c", 1, 1), ("a", 1, 0)]


def test_the_example_iwg_projection() -> None:
    G = load(EXAMPLES / "limerick_iwg_en.xlsx").graph
    B = affiliation_graph(iwg_affiliations(G), kind="iwg")
    people, groups = projections(B)
    # one IWG of 19 members: every pair of members shares it once
    assert people.number_of_edges() == 19 * 18 // 2
    assert set(w for _, _, w in people.edges(data="weight")) == {1}
    assert groups.number_of_nodes() == 1 and linking_organisations(B) == []


@pytest.mark.parametrize("index", range(4))
def test_the_main_group_shares_a_group_with_the_most_others(index: int) -> None:
    # from networkx's projection of each group alone: the others a member meets there
    B = cases()[index]
    found = main_groups(B)
    for person in (n for n, side in B.nodes(data="bipartite") if side == 0):
        groups = list(B[person])
        if not groups:
            assert person not in found
            continue
        met = {g: bipartite.projected_graph(B.subgraph([g, *B[g]]), list(B[g])).degree(person)
               for g in groups}
        best = max(met.values())
        ties = sorted((g for g in groups if met[g] == best), key=lambda g: B.nodes[g]["name"].casefold())
        assert found[person] == ties[0]


def test_forums_are_found_in_a_column_of_any_language_and_beside_the_iwgs(make_workbook) -> None:
    book = make_workbook(
        Stakeholders=[["name", "sector", "Progetti"], ["Comune", "public", "FAMI | Lavoro"],
                      ["Caritas", "NGO", "FAMI"], ["Coop", "private", None]],
        IWGs=[["iwg", "stakeholder"], ["Tavolo", "Coop"]])
    assert forum_affiliations(load(book).graph) == {
        "comune": ["FAMI", "Lavoro"], "caritas": ["FAMI"], "coop": ["Tavolo"]}
