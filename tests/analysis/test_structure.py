"""Structure: our depth-first search against networkx and against removing
each stakeholder by hand; k-cores against igraph; Louvain seeded and named."""

from __future__ import annotations

import random

import igraph as ig
import networkx as nx
import pytest

from stakegraph.analysis.structure import (
    bridges,
    communities,
    components,
    core_numbers,
    cut_points,
    density,
    isolates,
)
from stakegraph.model import Stakeholder, Tie, build_graph, stakeholder_graph

SECTORS = ["public", "private", "civil_society", None]


def sparse_graph(n: int, seed: int) -> nx.Graph:
    """A forest-like random graph: many cut points and bridges, some cycles,
    sectors at random (some unknown), and an isolate."""
    rng = random.Random(seed)
    H = nx.gnm_random_graph(n, int(n * 1.1), seed=seed)
    H.add_node(n)
    nx.set_node_attributes(H, {v: rng.choice(SECTORS) for v in H}, "sector")
    return H


def separated_by_hand(H: nx.Graph, v) -> tuple[int, list[str]]:
    """Remove v and look at what is left of its component."""
    rest = H.subgraph(nx.node_connected_component(H, v) - {v})
    pieces = list(nx.connected_components(rest))
    seen: dict[str, int] = {}
    for piece in pieces:
        for sector in {H.nodes[u]["sector"] for u in piece} - {None}:
            seen[sector] = seen.get(sector, 0) + 1
    return len(pieces), sorted(s for s, k in seen.items() if k >= 2)


@pytest.mark.parametrize("n,seed", [(15, 1), (60, 2), (200, 3), (800, 4)])
def test_cut_points_and_bridges_are_networkx_ones(n, seed):
    H = sparse_graph(n, seed)
    table = cut_points(H)
    assert set(table.index) == set(nx.articulation_points(H))
    assert {frozenset(e) for e in bridges(H)} == {frozenset(e) for e in nx.bridges(H)}


@pytest.mark.parametrize("n,seed", [(15, 1), (60, 2), (200, 3)])
def test_pieces_and_separated_sectors_match_removing_each_by_hand(n, seed):
    H = sparse_graph(n, seed)
    table = cut_points(H)
    for v in table.index:
        assert (table.loc[v, "pieces"], table.loc[v, "separates"]) == separated_by_hand(H, v)


def test_a_hub_between_two_public_bodies_separates_the_public_sector():
    G = build_graph(
        [Stakeholder("Council", "public"), Stakeholder("Caritas", "civil_society"),
         Stakeholder("Health Board", "public"), Stakeholder("Doras", "civil_society"),
         Stakeholder("Dell", "private")],
        [Tie("council", "caritas"), Tie("caritas", "health-board"), Tie("caritas", "doras"),
         Tie("health-board", "doras"), Tie("doras", "dell")],
    )
    H = stakeholder_graph(G)
    table = cut_points(H)
    assert table["pieces"].to_dict() == {"caritas": 2, "doras": 2}
    assert table["separates"].to_dict() == {"caritas": ["public"], "doras": []}
    assert bridges(H) == [("council", "caritas"), ("doras", "dell")]


def test_components_isolates_density():
    H = nx.Graph([("a", "b"), ("c", "d"), ("d", "e")])
    H.add_node("z")
    assert components(H) == [["c", "d", "e"], ["a", "b"], ["z"]]
    assert isolates(H) == ["z"]
    assert density(H) == pytest.approx(nx.density(H)) == pytest.approx(3 / 15)
    assert density(nx.Graph()) == 0.0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_core_numbers_equal_igraph_coreness(seed):
    H = nx.gnm_random_graph(300, 1200, seed=seed)
    H.add_node("alone")
    ours = core_numbers(H)
    g = ig.Graph.from_networkx(H)
    assert ours.to_dict() == dict(zip(g.vs["_nx_name"], g.coreness()))
    assert ours["alone"] == 0


def caves(seed: int = 0) -> nx.Graph:
    """Four cliques of six, joined in a ring by one tie each."""
    H = nx.connected_caveman_graph(4, 6)
    for v in H:
        H.nodes[v]["name"] = f"Org {v}"
        H.nodes[v]["sector"] = SECTORS[v % 3]
    H.add_node(99, name="Alone", sector="public")
    return H


def test_louvain_finds_the_planted_cliques_and_names_them():
    H = caves()
    found = communities(H, seed=0)
    assert sorted(sorted(c.members) for c in found.clusters) == [
        list(range(i, i + 6)) for i in range(0, 24, 6)
    ]
    for cluster in found.clusters:
        most = max(cluster.members, key=lambda v: (H.degree(v), -v))
        assert cluster.anchor == most
        assert cluster.name == f"the Org {most} cluster"
        assert sum(cluster.sectors.values()) == 6
    assert found.membership[99] is not None and found.membership.isna()[99]


@pytest.mark.parametrize("seed", [0, 5])
def test_louvain_is_seeded_and_its_modularity_is_networkx_and_igraph(seed):
    H = nx.gnm_random_graph(400, 1600, seed=seed)
    rng = random.Random(seed)
    for u, v in H.edges():
        H[u][v]["weight"] = float(rng.randint(1, 4))
    first = communities(H, seed=seed)
    again = communities(H, seed=seed)
    assert first.membership.equals(again.membership)
    labels = first.membership.fillna(-1).astype(int).tolist()
    groups: dict[int, set] = {}
    for v, label in zip(H, labels):
        groups.setdefault(label if label >= 0 else -1 - v, set()).add(v)
    assert first.modularity == pytest.approx(
        nx.community.modularity(H, groups.values(), weight="weight"), abs=1e-9)
    g = ig.Graph.from_networkx(H)
    relabel = {key: i for i, key in enumerate(groups)}
    membership = [relabel[label if label >= 0 else -1 - v] for v, label in zip(H, labels)]
    assert first.modularity == pytest.approx(g.modularity(membership, weights="weight"),
                                             abs=1e-9)


def test_sector_mix_counts_unknown_sectors():
    H = nx.Graph([("a", "b"), ("b", "c"), ("a", "c")])
    nx.set_node_attributes(H, {"a": "public", "b": None, "c": "public"}, "sector")
    (cluster,) = communities(H).clusters
    assert cluster.sectors == {"public": 2, "unknown": 1}
    assert cluster.to_dict()["size"] == 3


def test_the_graph_is_not_changed():
    H = caves()
    before = (nx.to_dict_of_dicts(H), dict(H.nodes(data=True)))
    cut_points(H), bridges(H), core_numbers(H), communities(H)
    assert (nx.to_dict_of_dicts(H), dict(H.nodes(data=True))) == before


def test_the_map_colours_the_communities_the_report_lists():
    """One seed: the clusters the map colours are the clusters analyze names
    (they were drawn with seed 7 and listed with seed 0, two partitions)."""
    from pathlib import Path

    from stakegraph.analysis.network import analyze_network
    from stakegraph.io import load
    from stakegraph.jobs.map import community_numbers

    G = load(Path(__file__).parents[2] / "examples" / "limerick_iwg_en.xlsx").graph
    listed = analyze_network(G).stakeholders["community"].dropna()
    coloured = community_numbers(G)

    def partition(membership):
        groups: dict = {}
        for node, cluster in membership.items():
            groups.setdefault(cluster, set()).add(str(node))
        return {frozenset(g) for g in groups.values() if len(g) > 1}

    assert partition(coloured) == partition(listed.to_dict())
    assert len(partition(coloured)) >= 3
