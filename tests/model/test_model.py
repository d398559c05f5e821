"""The graph and its views: what analyses see, and that views never change the graph."""

from __future__ import annotations

import networkx as nx

from stakegraph.model import (
    Membership,
    Stakeholder,
    Tie,
    build_graph,
    iwg_members,
    iwg_nodes,
    stakeholder_graph,
    stakeholder_id,
    stakeholder_nodes,
    tie_digraph,
)


def mapping():
    people = [Stakeholder("Council", "public"), Stakeholder("Doras", "civil_society"),
              Stakeholder("Dell", "private", extra={"Website": "dell.example", "kind": "x"}),
              Stakeholder("Garda", "public")]
    ties = [Tie("council", "doras", "funding", 2, True), Tie("doras", "council", "collaboration"),
            Tie("doras", "dell", "referral", 1, True)]
    members = [Membership("council", "IWG", "chair"), Membership("doras", "IWG"),
               Membership("garda", "IWG"), Membership("doras", "Health forum")]
    return build_graph(people, ties, members, title="Limerick")


def test_the_graph_holds_typed_nodes_and_edges():
    G = mapping()
    assert isinstance(G, nx.MultiDiGraph)
    assert stakeholder_nodes(G) == ["council", "doras", "dell", "garda"]
    assert iwg_nodes(G) == ["iwg:iwg", "iwg:health-forum"]
    assert G.graph["title"] == "Limerick"
    assert G.graph["extra_columns"] == ["Website", "kind (column)"]
    assert G.nodes["dell"]["kind"] == "stakeholder" and G.nodes["dell"]["kind (column)"] == "x"
    kinds = sorted(d["kind"] for *_, d in G.edges(data=True))
    assert kinds == ["member"] * 4 + ["tie"] * 3


def test_the_stakeholder_view_is_undirected_simple_and_sums_parallel_ties():
    G = mapping()
    V = stakeholder_graph(G)
    assert not V.is_directed() and not V.is_multigraph()
    assert sorted(V.nodes) == ["council", "dell", "doras", "garda"]
    assert V["council"]["doras"] == {"weight": 3.0, "ties": 2, "types": ["funding", "collaboration"]}
    assert V.number_of_edges() == 2
    assert "iwg:iwg" not in V


def test_comembership_ties_members_of_the_same_iwg():
    V = stakeholder_graph(mapping(), comembership=True)
    assert V["council"]["garda"] == {"weight": 1.0, "ties": 0, "types": [], "shared_iwgs": 1}
    assert V["council"]["doras"]["weight"] == 4.0
    assert V.number_of_edges() == 4


def test_the_tie_digraph_keeps_directions_and_doubles_undirected_ties():
    D = tie_digraph(mapping())
    assert sorted(D.edges(data="weight")) == [
        ("council", "doras", 3.0), ("doras", "council", 1.0), ("doras", "dell", 1.0)]


def test_views_do_not_change_the_graph():
    G = mapping()
    before = (list(G.nodes(data=True)), list(G.edges(keys=True, data=True)))
    stakeholder_graph(G, comembership=True)["council"]["doras"]["weight"] = 99
    tie_digraph(G)
    assert (list(G.nodes(data=True)), list(G.edges(keys=True, data=True))) == before


def test_ids_are_stable_across_spellings_and_distinct_across_punctuation():
    assert stakeholder_id("Cáritas Varese") == stakeholder_id(" caritas  VARESE") == "caritas-varese"
    assert stakeholder_id("A.B.C.") != stakeholder_id("ABC")
    assert iwg_members(mapping(), "iwg:iwg") == ["council", "doras", "garda"]
